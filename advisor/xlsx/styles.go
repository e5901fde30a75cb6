package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"sync"

	"github.com/xuri/excelize/v2"
)

// Colours of the workbook: a dark blue for headings, the usual light yellow
// and blue font for input cells, grey for notes.
const (
	colorHeading = "1F3864"
	colorInputBG = "FFF2CC"
	colorInput   = "0000FF"
	colorNote    = "595959"
	colorTotalBG = "D9E1F2"
	colorBorder  = "BFBFBF"
)

// styles holds the style ids the sheets use.
type styles struct {
	title, note, header, section, label, bold, wrap, link, date      int
	money, moneyBold, moneyInput                                     int
	number, numberInput, multipleInput, pct, pctInput, pctWhole      int
	month, textInput, high, medium, low, moneyLeft, numberLeft       int
	boldNumber, strong, whole, wholeInput, nameInput, roleInput      int
	pctLeft, moneyChange, pctChange, numberChange, breakEven, bigOK  int
	sentence, boldWrap, noteWrap, multiple, monthInput, monthHead    int
	monthText, flagged, overlap, decided, failed, fraction, monthNum int
	okFormat, badFormat                                              int // conditional formats
}

// wraps reports whether a style wraps its text, so that the row is sized
// to it.
func (st styles) wraps(style int) bool {
	switch style {
	case st.wrap, st.label, st.header, st.sentence, st.boldWrap, st.noteWrap, st.flagged, st.overlap, st.decided, st.failed:
		return true
	}
	return false
}

// isInput reports whether a style is an input cell's.
func (st styles) isInput(style int) bool {
	switch style {
	case st.moneyInput, st.numberInput, st.multipleInput, st.pctInput, st.textInput, st.wholeInput, st.nameInput, st.roleInput, st.monthInput:
		return true
	}
	return false
}

// moneyFormat returns the number format for amounts in a currency, with
// zero shown as a dash: "$"#,##0;-"$"#,##0;"–".
func moneyFormat(code string) string {
	return currencyFormat(code) + `;"–"`
}

// changeFormat shows a difference with its sign, and no change as a dash.
func changeFormat(code string) string {
	f := currencySymbolFormat(code)
	return `+` + f + `;-` + f + `;"–"`
}

// currencyFormat returns the number format for amounts in a currency:
// "$"#,##0 for USD, "€"#,##0, "£"#,##0, and the code itself for others.
func currencyFormat(code string) string {
	f := currencySymbolFormat(code)
	return f + `;-` + f
}

func currencySymbolFormat(code string) string {
	var sym string
	switch strings.ToUpper(code) {
	case "", "USD":
		sym = "$"
	case "EUR":
		sym = "€"
	case "GBP":
		sym = "£"
	default:
		sym = strings.ToUpper(strings.Map(func(r rune) rune {
			if r == '"' || r == '\\' {
				return -1
			}
			return r
		}, code)) + " "
	}
	return `"` + sym + `"#,##0`
}

func newStyles(f *excelize.File, currency string) (styles, error) {
	var st styles
	money, change := moneyFormat(currency), changeFormat(currency)
	input := func(s excelize.Style) *excelize.Style {
		s.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colorInputBG}}
		s.Font = &excelize.Font{Color: colorInput}
		s.Border = box(colorBorder)
		s.Protection = &excelize.Protection{Locked: false}
		return &s
	}
	defs := []struct {
		dst *int
		s   *excelize.Style
	}{
		{&st.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 16, Color: colorHeading}}},
		{&st.note, &excelize.Style{Font: &excelize.Font{Italic: true, Color: colorNote}}},
		{&st.noteWrap, &excelize.Style{Font: &excelize.Font{Italic: true, Color: colorNote}, Alignment: &excelize.Alignment{WrapText: true}}},
		{&st.header, &excelize.Style{Font: &excelize.Font{Bold: true, Color: "FFFFFF"},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colorHeading}},
			Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"}}},
		{&st.section, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 12, Color: colorHeading},
			Border: []excelize.Border{{Type: "bottom", Color: colorHeading, Style: 2}}}},
		{&st.label, &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&st.bold, &excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colorTotalBG}}}},
		{&st.wrap, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&st.link, &excelize.Style{Font: &excelize.Font{Color: "0563C1", Underline: "single"}, Alignment: &excelize.Alignment{Vertical: "top"}}},
		{&st.date, &excelize.Style{CustomNumFmt: ptr("d mmmm yyyy"), Alignment: &excelize.Alignment{Horizontal: "left"}}},
		{&st.money, &excelize.Style{CustomNumFmt: &money}},
		{&st.moneyBold, &excelize.Style{CustomNumFmt: &money, Font: &excelize.Font{Bold: true},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colorTotalBG}}}},
		{&st.moneyInput, input(excelize.Style{CustomNumFmt: &money})},
		{&st.number, &excelize.Style{NumFmt: 0}},
		{&st.numberInput, input(excelize.Style{NumFmt: 0})},
		{&st.multipleInput, input(excelize.Style{CustomNumFmt: ptr(`0.0"x"`)})},
		{&st.monthNum, &excelize.Style{CustomNumFmt: ptr(`"M"0;-0;"–"`), Alignment: &excelize.Alignment{Horizontal: "center"}}},
		{&st.fraction, &excelize.Style{CustomNumFmt: ptr("0.00")}},
		{&st.multiple, &excelize.Style{CustomNumFmt: ptr(`0.0"x"`)}},
		{&st.monthInput, input(excelize.Style{CustomNumFmt: ptr("mmm yyyy"), Alignment: &excelize.Alignment{Horizontal: "left"}})},
		{&st.monthHead, &excelize.Style{CustomNumFmt: ptr("mmm yyyy"), Font: &excelize.Font{Bold: true, Color: "FFFFFF"},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colorHeading}},
			Alignment: &excelize.Alignment{Horizontal: "center"}}},
		{&st.monthText, &excelize.Style{CustomNumFmt: ptr("mmm yyyy"), Alignment: &excelize.Alignment{Horizontal: "left"}}},
		{&st.flagged, &excelize.Style{Font: &excelize.Font{Bold: true, Color: "9C0006"},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFC7CE"}}, Alignment: &excelize.Alignment{WrapText: true}}},
		{&st.overlap, &excelize.Style{Font: &excelize.Font{Color: "9C5700"},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFEB9C"}}, Alignment: &excelize.Alignment{WrapText: true}}},
		{&st.decided, &excelize.Style{Font: &excelize.Font{Bold: true, Color: "006100"},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"C6EFCE"}}, Alignment: &excelize.Alignment{WrapText: true}}},
		{&st.failed, &excelize.Style{Font: &excelize.Font{Bold: true, Color: "9C0006"},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFC7CE"}}, Alignment: &excelize.Alignment{WrapText: true}}},
		{&st.pct, &excelize.Style{CustomNumFmt: ptr("0%")}},
		{&st.pctInput, input(excelize.Style{CustomNumFmt: ptr("0%")})},
		{&st.pctWhole, &excelize.Style{CustomNumFmt: ptr(`0"%"`), Alignment: &excelize.Alignment{Horizontal: "center"}}},
		{&st.month, &excelize.Style{CustomNumFmt: ptr(`"M"0`), Font: &excelize.Font{Bold: true, Color: "FFFFFF"},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colorHeading}},
			Alignment: &excelize.Alignment{Horizontal: "center"}}},
		{&st.textInput, input(excelize.Style{Alignment: &excelize.Alignment{Horizontal: "center"}})},
		{&st.moneyLeft, &excelize.Style{CustomNumFmt: &money, Alignment: &excelize.Alignment{Horizontal: "left"}}},
		{&st.numberLeft, &excelize.Style{NumFmt: 0, Alignment: &excelize.Alignment{Horizontal: "left"}}},
		{&st.boldNumber, &excelize.Style{CustomNumFmt: ptr("0"), Font: &excelize.Font{Bold: true},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colorTotalBG}}, Alignment: &excelize.Alignment{Horizontal: "right"}}},
		{&st.strong, &excelize.Style{Font: &excelize.Font{Bold: true}}},
		{&st.whole, &excelize.Style{CustomNumFmt: ptr(`0;-0;"–"`)}},
		{&st.wholeInput, input(excelize.Style{CustomNumFmt: ptr("0"), Alignment: &excelize.Alignment{Horizontal: "center"}})},
		{&st.nameInput, input(excelize.Style{Alignment: &excelize.Alignment{WrapText: true}})},
		{&st.roleInput, input(excelize.Style{})},
		{&st.pctLeft, &excelize.Style{CustomNumFmt: ptr("0%"), Alignment: &excelize.Alignment{Horizontal: "left"}}},
		{&st.moneyChange, &excelize.Style{CustomNumFmt: &change, Font: &excelize.Font{Color: colorNote}}},
		{&st.pctChange, &excelize.Style{CustomNumFmt: ptr(`+0%;-0%;"–"`), Font: &excelize.Font{Color: colorNote}}},
		{&st.numberChange, &excelize.Style{CustomNumFmt: ptr(`+#,##0;-#,##0;"–"`), Font: &excelize.Font{Color: colorNote}}},
		{&st.breakEven, &excelize.Style{CustomNumFmt: ptr(`0;-0;"none in 24 months"`), Alignment: &excelize.Alignment{Horizontal: "left"}}},
		{&st.bigOK, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}, Alignment: &excelize.Alignment{WrapText: true}}},
		{&st.sentence, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&st.boldWrap, &excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colorTotalBG}},
			Alignment: &excelize.Alignment{WrapText: true}}},
		{&st.high, severity("F8CBAD")},
		{&st.medium, severity("FFE699")},
		{&st.low, severity("E2EFDA")},
	}
	for _, d := range defs {
		id, err := f.NewStyle(finish(d.s))
		if err != nil {
			return st, err
		}
		*d.dst = id
	}
	var err error
	if st.okFormat, err = f.NewConditionalStyle(&excelize.Style{Font: &excelize.Font{Color: "006100"},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"C6EFCE"}}}); err != nil {
		return st, err
	}
	st.badFormat, err = f.NewConditionalStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "9C0006"},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFC7CE"}}})
	return st, err
}

// finish gives every style the workbook's font and top alignment, so that
// numbers line up with wrapped text beside them.
func finish(s *excelize.Style) *excelize.Style {
	if s.Font == nil {
		s.Font = &excelize.Font{}
	}
	if s.Font.Family == "" {
		s.Font.Family = "Calibri"
	}
	if s.Font.Size == 0 {
		s.Font.Size = 11
	}
	if s.Alignment == nil {
		s.Alignment = &excelize.Alignment{}
	}
	if s.Alignment.Vertical == "" {
		s.Alignment.Vertical = "top"
	}
	return s
}

func box(color string) []excelize.Border {
	var b []excelize.Border
	for _, side := range []string{"left", "right", "top", "bottom"} {
		b = append(b, excelize.Border{Type: side, Color: color, Style: 1})
	}
	return b
}

func severity(bg string) *excelize.Style {
	return &excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{bg}},
		Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "center"}}
}

func ptr[T any](v T) *T { return &v }

// styledFile is a new workbook with the styles of a currency in place,
// its own to add styles to. Making the styles is a good part of an export's
// time (excelize compares each new font with every font made before it),
// so each currency's are made once, into a template file that every later
// export opens instead.
func styledFile(currency string) (*excelize.File, styles, error) {
	t, err := templateOf(currency)
	if err != nil {
		return nil, styles{}, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(t.data))
	return f, t.st, err
}

// sharedStyledFile is a new workbook whose styles are the currency
// template's own, shared with every other workbook made so: nothing is
// decoded or copied, but the workbook must not add a style (NewStyle,
// NewConditionalStyle, SetDefaultFont), for the others would see it.
// Once the workbook is built, release hands it the styles part as saved
// once for all, so that saving neither encodes the styles again nor reads
// the shared ones.
func sharedStyledFile(currency string) (f *excelize.File, st styles, release func(), err error) {
	t, err := templateOf(currency)
	if err != nil {
		return nil, styles{}, nil, err
	}
	f = excelize.NewFile()
	f.Styles = t.parsed.Styles
	release = func() {
		f.Styles = nil // excelize then saves the part as stored
		f.Pkg.Store(stylesPart, t.stylesXML)
	}
	return f, t.st, release, nil
}

// stylesPart is the styles' part in a workbook's zip.
const stylesPart = "xl/styles.xml"

// templateOf is the currency's template, made on first use.
func templateOf(currency string) (template, error) {
	templates.Lock()
	t, ok := templates.m[currency]
	templates.Unlock()
	if ok {
		return t, nil
	}
	f := excelize.NewFile()
	st, err := newStyles(f, currency)
	if err != nil {
		f.Close()
		return t, err
	}
	buf, err := f.WriteToBuffer()
	f.Close()
	if err != nil {
		return t, err
	}
	// The styles as a workbook opened from the template has them, which
	// sharedStyledFile hands out and which nothing changes after this.
	parsed, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		return t, err
	}
	parsed.Close()
	// The styles part exactly as excelize saves these styles in a new
	// workbook, which is what sharedStyledFile's workbooks would save.
	g := excelize.NewFile()
	g.Styles = parsed.Styles
	saved, err := g.WriteToBuffer()
	g.Close()
	if err != nil {
		return t, err
	}
	part, err := partOf(saved.Bytes(), stylesPart)
	if err != nil {
		return t, err
	}
	t = template{data: buf.Bytes(), st: st, parsed: parsed, stylesXML: part}
	templates.Lock()
	if len(templates.m) < maxTemplates {
		templates.m[currency] = t
	}
	templates.Unlock()
	return t, nil
}

// template is an empty workbook with a currency's styles, and their ids.
type template struct {
	data      []byte
	st        styles
	parsed    *excelize.File // data opened, for its styles
	stylesXML []byte         // its styles part as a new workbook saves it
}

// partOf is the content of the file name in the zip data.
func partOf(data []byte, name string) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	r, err := zr.Open(name)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

// maxTemplates bounds the templates kept: a batch in many currencies
// makes the rest as it goes.
const maxTemplates = 16

var templates = struct {
	sync.Mutex
	m map[string]template
}{m: map[string]template{}}
