package xlsx

import (
	"fmt"
	"strconv"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// figureInput is how the workbook holds one single-number assumption: the
// defined name of its value cell and the range a typed value must fall in.
type figureInput struct {
	name   string
	lo, hi float64
	hint   string // what to type instead of a refused value
}

// maxMoney bounds amounts as the answers file does.
const maxMoney = 1e12

// figureInputs describe the single-number assumptions by figure id. The
// bounds are the answers file's own (TestFigureBoundsMatchTheDomain holds
// them to advisor's validation), in the workbook's units: shares from 0
// to 1.
var figureInputs = map[string]figureInput{
	"burden_rate":         {"BurdenRate", 0, 1, "Type the burden as a percentage, e.g. 35%."},
	"rep_ramp_months":     {"RepRamp", 0, 24, "Type a number of months from 0 to 24, e.g. 5."},
	"quota_multiple":      {"QuotaMultiple", 0.5, 20, "Type the quota as a multiple of OTE from 0.5 to 20, e.g. 4."},
	"span_of_control":     {"Span", 1, 50, "Type a number of reps from 1 to 50, e.g. 8."},
	"fractional_retainer": {"Retainer", 0, maxMoney, "Type an amount per month, 0 or more."},
	"fractional_months":   {"FractionalMonths", 1, advisor.PlanMonths, "Type a number of months from 1 to 24, e.g. 12."},
	"recruiting_cost":     {"RecruitingCost", 0, maxMoney, "Type an amount, 0 or more."},
	"manager_ramp_months": {"ManagerRamp", 0, 24, "Type a number of months from 0 to 24, e.g. 6."},
}

// inputFor is how the workbook holds the i-th figure; one the table does
// not know gets a name of its own and the widest guard, so that a new
// figure never breaks an export (the bounds test names it).
func inputFor(fig advisor.Figure, i int) figureInput {
	if in, ok := figureInputs[fig.ID]; ok {
		return in
	}
	return figureInput{fmt.Sprintf("Assumption%d", i+1), 0, maxMoney, "Type a number of 0 or more."}
}

// Rows of the Assumptions sheet.
const (
	assumptionsHeader   = 4
	assumptionsCurrency = 5
	assumptionsSymbol   = 6
	assumptionsFirst    = 7 // first figure
)

// answerInputs are the answers the plan's formulas read, kept as inputs on
// the Assumptions sheet below the figures.
type answerInput struct {
	name, label, field string
	value              *float64
}

func answerInputs(p advisor.Plan) []answerInput {
	c := p.Answers.Company
	return []answerInput{
		{"RevenueToday", "Revenue this year", "company.annual_revenue", c.AnnualRevenue},
		{"RevenueTarget", "Revenue target", "company.revenue_target", c.RevenueTarget},
		{"LeadershipBudget", "Yearly budget for sales leadership", "constraints.annual_leadership_budget", p.Answers.Constraints.AnnualLeadershipBudget},
	}
}

// answersFirst is the first row of the answers block.
func answersFirst(p advisor.Plan) int { return assumptionsFirst + len(p.Assumptions.Figures()) + 2 }

func (w *writer) assumptions(p advisor.Plan) {
	const s = SheetAssumptions
	w.widths(s, 38, 13, 14, 60, 10, 12, 30)
	w.title(s, "Assumptions", "Yellow cells are inputs: change one and every sheet recalculates. Each default shows its source and year.")
	w.header(s, assumptionsHeader, "Assumption", "Value", "Unit", "Source", "Year", "Confidence", "Link")
	code := currencyCode(p)
	w.text(s, 1, assumptionsCurrency, "Currency of all amounts", w.st.label)
	w.text(s, 2, assumptionsCurrency, code, w.st.wrap)
	w.text(s, 4, assumptionsCurrency, "From the answers file (company.currency); the number formats use it.", w.st.wrap)
	w.text(s, 1, assumptionsSymbol, "Currency symbol in sentences", w.st.label)
	w.text(s, 2, assumptionsSymbol, w.sym, w.st.wrap)
	w.name("CurrencySymbol", s, 2, assumptionsSymbol)
	w.text(s, 4, assumptionsSymbol, "The sentences on every sheet write amounts with it.", w.st.wrap)
	for i, fig := range p.Assumptions.Figures() {
		w.figure(s, assumptionsFirst+i, fig, inputFor(fig, i), code)
	}
	r := w.section(s, answersFirst(p)-1, "From your answers")
	for i, a := range answerInputs(p) {
		w.answerInput(s, r+i, a)
	}
	w.freeze(s, 1, assumptionsHeader+1)
	w.print(s, printOpts{landscape: true, titleRows: assumptionsHeader})
}

// figure writes one assumption row, names its value cell and guards it.
func (w *writer) figure(s string, r int, fig advisor.Figure, in figureInput, code string) {
	label := orDefault(fig.Label, in.name)
	w.text(s, 1, r, label, w.st.label)
	w.num(s, 2, r, fig.Value, w.figureStyle(fig.Unit))
	w.name(in.name, s, 2, r)
	w.text(s, 3, r, unitLabel(fig.Unit), w.st.wrap)
	w.text(s, 4, r, sourceNote(fig.Source, fig.Edited), w.st.wrap)
	w.text(s, 5, r, fig.Year, w.st.wrap)
	w.text(s, 6, r, fig.Confidence, w.st.wrap)
	w.link(s, 7, r, fig.URL)
	lo, hi := in.lo, in.hi
	msg := fmt.Sprintf("%s must be between %s and %s. %s", label, figureText(fig.Unit, lo, code), figureText(fig.Unit, hi, code), in.hint)
	if hi == maxMoney {
		msg = label + " must be 0 or more. " + in.hint
	}
	w.validate(s, cell(2, r), decimalBetween(lo, hi).says(label, fmt.Sprintf("%s (%s). %s", label, unitLabel(fig.Unit), defaultNote(fig, code)), msg))
}

// defaultNote says where a figure's default comes from.
func defaultNote(fig advisor.Figure, code string) string {
	src := fig.Source
	if fig.Year != "" {
		src += ", " + fig.Year
	}
	if fig.Edited {
		return "Changed from the default. The default's source: " + src + "."
	}
	return "Default " + figureText(fig.Unit, fig.Value, code) + ": " + src + "."
}

// figureText writes a figure's value in its unit: 35%, $10,000, 4.
func figureText(unit string, v float64, code string) string {
	switch unit {
	case "share":
		return intText(v*100) + "%"
	case "per month", "one-off":
		return symbol(code) + thousands(roundHalfAway(v))
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

func (w *writer) answerInput(s string, r int, a answerInput) {
	w.text(s, 1, r, a.label, w.st.label)
	if a.value != nil {
		w.num(s, 2, r, *a.value, w.st.moneyInput)
	} else {
		w.blank(s, 2, r, w.st.moneyInput)
	}
	w.name(a.name, s, 2, r)
	w.text(s, 3, r, "a year", w.st.wrap)
	note := "From your answers (" + a.field + ")."
	if a.value == nil {
		note = "Not given in your answers (" + a.field + "): blank means \"don't know\"."
	}
	w.text(s, 4, r, note, w.st.wrap)
	w.validate(s, cell(2, r), decimalBetween(0.0, maxMoney).says(a.label, a.label+", a year, from your answers ("+a.field+"). Leave blank if you don't know.",
		a.label+" must be an amount of 0 or more, or blank if you don't know."))
}

func (w *writer) figureStyle(unit string) int {
	switch unit {
	case "share":
		return w.st.pctInput
	case "per month", "one-off":
		return w.st.moneyInput
	case "x OTE":
		return w.st.multipleInput
	}
	return w.st.numberInput
}

// unitLabel words a figure's unit for the sheet, where the value's number
// format already shows an "x" or a "%".
func unitLabel(unit string) string {
	switch unit {
	case "x OTE":
		return "multiple of OTE"
	case "share":
		return "of pay"
	}
	return unit
}

// sourceNote is a figure's source, marked when the user changed the value.
func sourceNote(src string, edited bool) string {
	if edited {
		return "Changed from the default. Default's source: " + src
	}
	return src
}

func currencyCode(p advisor.Plan) string {
	return orDefault(p.Currency, orDefault(p.Assumptions.Currency, "USD"))
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
