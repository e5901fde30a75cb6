package xlsx

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// A phrase is a sentence built from literal text and live figures. It is
// written as a formula that joins its parts with &, so that editing an input
// updates the words as well as the totals, and stored with the text those
// parts give for the plan as exported.
//
// Figures go through TEXT with formats that Excel and LibreOffice render
// alike ("#,##0", "0%", "0"), and the Go rendering below rounds as TEXT
// does, half away from zero; the LibreOffice cross-check holds both to it.
type phrase []part

// part is literal text, or a formula that yields text (fx) together with
// the text it yields for the exported plan.
type part struct {
	fx   string
	text string
}

func lit(s string) part { return part{text: s} }

// String is the phrase as the exported plan reads it.
func (ph phrase) String() string {
	var b strings.Builder
	for _, p := range ph {
		b.WriteString(p.text)
	}
	return b.String()
}

// formula joins the parts with &; ok is false when no part is live, and the
// phrase is then plain text.
func (ph phrase) formula() (fx string, ok bool) {
	var parts []string
	var run strings.Builder
	flush := func() {
		if run.Len() > 0 {
			parts = append(parts, strLit(run.String()))
			run.Reset()
		}
	}
	for _, p := range ph {
		if p.fx == "" {
			run.WriteString(p.text)
			continue
		}
		ok = true
		flush()
		parts = append(parts, p.fx)
	}
	flush()
	if len(parts) == 0 {
		return `""`, ok
	}
	return strings.Join(parts, "&"), ok
}

// maxLiteral keeps each string literal in a formula under Excel's limit of
// 255 characters.
const maxLiteral = 200

// strLit quotes s as a formula string literal, in pieces joined by & when
// it is long. A string literal is never evaluated, whatever it holds.
func strLit(s string) string {
	var pieces []string
	for s != "" || len(pieces) == 0 {
		n, i := 0, 0
		for i < len(s) && n < maxLiteral {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			n++
		}
		pieces = append(pieces, `"`+strings.ReplaceAll(s[:i], `"`, `""`)+`"`)
		s = s[i:]
	}
	return strings.Join(pieces, "&")
}

// choose is a part that reads a or b as cond (a formula) holds; ok is
// whether it holds for the exported plan.
func choose(cond string, ok bool, a, b phrase) part {
	fa, _ := a.formula()
	fb, _ := b.formula()
	p := part{fx: "IF(" + cond + "," + fa + "," + fb + ")", text: b.String()}
	if ok {
		p.text = a.String()
	}
	return p
}

// money is an amount in the workbook's currency, rounded to the unit, as
// advisor.Money writes it: "$120,000", "-€9,583", "CHF 1,200".
func (w *writer) money(fx string, v float64) part {
	return part{
		fx:   `IF(` + fx + `<0,"-","")&CurrencySymbol&TEXT(ABS(` + fx + `),"#,##0")`,
		text: w.moneyText(v),
	}
}

func (w *writer) moneyText(v float64) string {
	s := w.sym + thousands(roundHalfAway(math.Abs(v)))
	if v < 0 {
		return "-" + s
	}
	return s
}

// symbol is the currency's symbol in sentences, as advisor.Money writes it.
func symbol(code string) string {
	sym := advisor.CurrencySymbol(code)
	if utf8.RuneCountInString(sym) > 1 {
		sym += " "
	}
	return sym
}

// pct is a share as a whole percentage: "35%".
func pct(fx string, v float64) part {
	return part{fx: `TEXT(` + fx + `,"0%")`, text: intText(v*100) + "%"}
}

// count is a whole number: "6".
func count(fx string, v float64) part {
	return part{fx: `TEXT(` + fx + `,"0")`, text: intText(v)}
}

// plural is a whole number and a noun: "1 month", "6 months"; fx must give
// a whole number.
func plural(fx string, n float64, noun string) part {
	p := count(fx, n)
	p.fx += `&IF(` + fx + `=1," ` + noun + `"," ` + noun + `s")`
	if roundHalfAway(n) == 1 {
		p.text += " " + noun
	} else {
		p.text += " " + noun + "s"
	}
	return p
}

// roundHalfAway rounds as spreadsheet TEXT and ROUND do.
func roundHalfAway(v float64) float64 {
	// Shave off the binary noise of products such as 0.35*100 before
	// deciding which way a half goes, as spreadsheets do with their 15
	// significant digits.
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	return math.Round(r)
}

func intText(v float64) string {
	return strconv.FormatFloat(roundHalfAway(v), 'f', 0, 64)
}

// thousands writes a whole number with comma separators: 1,234,567.
func thousands(v float64) string {
	s := strconv.FormatFloat(v, 'f', 0, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// monthNames are the months as advisor.Month.Label abbreviates them.
const monthNames = `"Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"`

// labelOf is a formula for a date's label as the app writes it, "Jan 2027":
// built from MONTH and YEAR rather than TEXT, whose date codes change with
// the spreadsheet program's language.
func labelOf(date string) string {
	return "CHOOSE(MONTH(" + date + ")," + monthNames + `)&" "&YEAR(` + date + ")"
}

// monthSerial is plan month m's first day as a spreadsheet date.
func (w *writer) monthSerial(m int) float64 { return monthDate(w.start.At(m)) }

// monthLabel is plan month m's label: "Jan 2027".
func (w *writer) monthLabel(m int) part {
	return part{fx: labelOf(fmt.Sprintf("EDATE(PlanStart,%d)", m-1)), text: w.start.At(m).Label()}
}

// monthLabelAt is the label of the plan month a formula gives, held within
// the plan's months as advisor.Plan.ComparisonText holds it; m is the
// month for the exported plan.
func (w *writer) monthLabelAt(fx string, m int) part {
	m = min(max(m, 1), advisor.PlanMonths)
	return part{fx: labelOf(fmt.Sprintf("EDATE(PlanStart,MIN(MAX(%s,1),%d)-1)", fx, advisor.PlanMonths)), text: w.start.At(m).Label()}
}
