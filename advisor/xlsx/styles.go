package xlsx

import (
	"strings"

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
	title, note, header, section, label, bold, wrap, link, date int
	money, moneyBold, moneyInput                                int
	number, numberInput, multipleInput, pct, pctInput, pctWhole int
	month, textInput, high, medium, low, moneyLeft, numberLeft  int
	boldNumber, strong                                          int
}

// currencyFormat returns the number format for amounts in a currency:
// "$"#,##0 for USD, "€"#,##0, "£"#,##0, and the code itself for others.
func currencyFormat(code string) string {
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
	f := `"` + sym + `"#,##0`
	return f + `;-` + f
}

func newStyles(f *excelize.File, currency string) (styles, error) {
	var st styles
	money := currencyFormat(currency)
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
		{&st.number, &excelize.Style{CustomNumFmt: ptr("#,##0.##")}},
		{&st.numberInput, input(excelize.Style{CustomNumFmt: ptr("#,##0.##")})},
		{&st.multipleInput, input(excelize.Style{CustomNumFmt: ptr(`0.0"x"`)})},
		{&st.pct, &excelize.Style{CustomNumFmt: ptr("0%")}},
		{&st.pctInput, input(excelize.Style{CustomNumFmt: ptr("0%")})},
		{&st.pctWhole, &excelize.Style{CustomNumFmt: ptr(`0"%"`), Alignment: &excelize.Alignment{Horizontal: "center"}}},
		{&st.month, &excelize.Style{CustomNumFmt: ptr(`"M"0`), Font: &excelize.Font{Bold: true, Color: "FFFFFF"},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colorHeading}},
			Alignment: &excelize.Alignment{Horizontal: "center"}}},
		{&st.textInput, input(excelize.Style{Alignment: &excelize.Alignment{Horizontal: "center"}})},
		{&st.moneyLeft, &excelize.Style{CustomNumFmt: &money, Alignment: &excelize.Alignment{Horizontal: "left"}}},
		{&st.numberLeft, &excelize.Style{CustomNumFmt: ptr("#,##0.##"), Alignment: &excelize.Alignment{Horizontal: "left"}}},
		{&st.boldNumber, &excelize.Style{CustomNumFmt: ptr("0"), Font: &excelize.Font{Bold: true},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colorTotalBG}}, Alignment: &excelize.Alignment{Horizontal: "right"}}},
		{&st.strong, &excelize.Style{Font: &excelize.Font{Bold: true}}},
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
	return st, nil
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
