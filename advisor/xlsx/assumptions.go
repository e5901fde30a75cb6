package xlsx

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// figureInput is how the workbook holds one single-number assumption: the
// defined name of its value cell and what to type instead of a refused
// value. The bounds are the answers file's own (advisor.FigureBounds), in
// the workbook's units: shares from 0 to 1.
type figureInput struct {
	name string
	hint string
}

// maxMoney bounds amounts as the answers file does.
const maxMoney = 1e12

// figureInputs name the single-number assumptions by figure id.
var figureInputs = map[string]figureInput{
	"burden_rate":              {"BurdenRate", "Type the burden as a percentage, e.g. 35%."},
	"rep_ramp_months":          {"RepRamp", "Type a number of months from 0 to 24, e.g. 5."},
	"onboarding_months":        {"Onboarding", "Type a number of months from 0 to 12, e.g. 1."},
	"rep_search_months":        {"RepSearch", "Type a number of months from 0 to 12, e.g. 1."},
	"manager_search_months":    {"ManagerSearch", "Type a number of months from 0 to 12, e.g. 2."},
	"recruiting_fee_rate":      {"FeeRate", "Type the fee as a percentage of first-year pay, e.g. 20%."},
	"expected_attainment":      {"Attainment", "Type the share of quota as a percentage from 1% to 200%, e.g. 70%."},
	"rep_turnover":             {"Turnover", "Type the share of reps who leave in a year as a percentage, e.g. 14%."},
	"quota_multiple":           {"QuotaMultiple", "Type the quota as a multiple of OTE from 0.5 to 20, e.g. 4."},
	"span_of_control":          {"Span", "Type a number of reps from 1 to 50, e.g. 8."},
	"fractional_retainer":      {"Retainer", "Type an amount per month, 0 or more."},
	"fractional_months":        {"FractionalMonths", "Type a number of months from 1 to 24, e.g. 12."},
	"fractional_days_per_week": {"FractionalDays", "Type the days a week from 0.5 to 5, e.g. 2."},
	"manager_ramp_months":      {"ManagerRamp", "Type a number of months from 0 to 24, e.g. 6."},
}

// inputFor is how the workbook holds the i-th figure; one the table does
// not know gets a name of its own, so that a new figure never breaks an
// export (TestFigureInputsCoverTheDomain names it).
func inputFor(fig advisor.Figure, i int) figureInput {
	if in, ok := figureInputs[fig.ID]; ok {
		return in
	}
	return figureInput{fmt.Sprintf("Assumption%d", i+1), "Type a number within the range."}
}

// bounds is the range a figure's value must lie in, in the workbook's
// units.
func bounds(fig advisor.Figure) (lo, hi float64) {
	lo, hi, ok := advisor.FigureBounds(fig.ID)
	if !ok {
		return 0, maxMoney
	}
	if fig.Percent() {
		return lo / 100, hi / 100
	}
	return lo, hi
}

// spreadNames are the figures whose low or high end a formula reads, and
// the names of those cells.
var spreadNames = map[string][2]string{
	"fractional_retainer":      {"RetainerLow", "RetainerHigh"},
	"fractional_days_per_week": {"FractionalDaysLow", ""},
}

// Rows and columns of the Assumptions sheet.
const (
	assumptionsHeader   = 4
	assumptionsCurrency = 5
	assumptionsSymbol   = 6
	assumptionsStart    = 7
	assumptionsFirst    = 8 // first figure
	asValue             = 2
	asLow               = 3
	asHigh              = 4
	asUnit              = 5
	asSource            = 6
	asYear              = 7
	asConfidence        = 8
	asLink              = 9
)

// answerInput is an answer the plan's formulas read, kept as an input on
// the Assumptions sheet below the figures.
type answerInput struct {
	name, label, unit, field string
	value                    *float64
}

func answerInputs(p advisor.Plan) []answerInput {
	c := p.Answers.Company
	return []answerInput{
		{"RevenueToday", "Revenue this year", "a year", "company.annual_revenue", c.AnnualRevenue},
		{"RevenueTarget", "Revenue target", "a year", "company.revenue_target", c.RevenueTarget},
		{"LeadershipBudget", "Yearly budget for sales leadership", "a year", "constraints.annual_leadership_budget", p.Answers.Constraints.AnnualLeadershipBudget},
		{"SalesCycle", "Sales cycle, first conversation to signature", "days", "metrics.sales_cycle_days", p.Answers.Metrics.SalesCycleDays},
	}
}

// answersFirst is the first row of the answers block.
func answersFirst(p advisor.Plan) int { return assumptionsFirst + len(p.Assumptions.Figures()) + 2 }

func (w *writer) assumptions(p advisor.Plan) {
	const s = SheetAssumptions
	w.widths(s, 36, 12, 11, 11, 14, 56, 10, 22, 28)
	w.title(s, "Assumptions", "Yellow cells are inputs: change one and every sheet recalculates. Each default shows its source, year and the spread the simulated range draws from.")
	w.header(s, assumptionsHeader, "Assumption", "Value", "Low", "High", "Unit", "Source", "Year", "Confidence", "Link")
	code := currencyCode(p)
	w.text(s, 1, assumptionsCurrency, "Currency of all amounts", w.st.label)
	w.text(s, asValue, assumptionsCurrency, code, w.st.wrap)
	w.text(s, asSource, assumptionsCurrency, "From the answers file (company.currency); the number formats use it.", w.st.wrap)
	w.text(s, 1, assumptionsSymbol, "Currency symbol in sentences", w.st.label)
	w.text(s, asValue, assumptionsSymbol, w.sym, w.st.wrap)
	w.name("CurrencySymbol", s, asValue, assumptionsSymbol)
	w.text(s, asSource, assumptionsSymbol, "The sentences on every sheet write amounts with it.", w.st.wrap)
	w.planStart(s, p)
	for i, fig := range p.Assumptions.Figures() {
		w.figure(s, assumptionsFirst+i, fig, inputFor(fig, i), code)
	}
	r := w.section(s, answersFirst(p)-1, "From your answers")
	for i, a := range answerInputs(p) {
		w.answerInput(s, r+i, a)
	}
	sizing := r + len(answerInputs(p)) + 1
	w.engagement(s, sizing, p)
	w.freeze(s, 2, assumptionsHeader+1)
	w.print(s, printOpts{landscape: true, titleRows: assumptionsHeader, rowBreaks: []int{sizing - 1}})
}

// planStart writes the plan's first month, a date input every month label
// follows.
func (w *writer) planStart(s string, p advisor.Plan) {
	r := assumptionsStart
	w.text(s, 1, r, "Plan starts (its first month)", w.st.label)
	w.num(s, asValue, r, monthDate(p.Start), w.st.monthInput)
	w.name("PlanStart", s, asValue, r)
	w.text(s, asUnit, r, "month", w.st.wrap)
	src := "The answers file's plan_start."
	if p.Answers.PlanStart == "" {
		src = "The month after the plan was made (the answers file gives no plan_start)."
	}
	w.text(s, asSource, r, src+" Year 1 is its first twelve months; every month on every sheet is dated from it.", w.st.wrap)
	w.validate(s, cell(asValue, r), dateBetween(2000, 2100).says("Plan starts",
		"The plan's first month, a date such as 1 Jan 2027; year 1 is the twelve months from it. "+src,
		"Type a date between 2000 and 2100, such as 1 Jan 2027."))
}

// figure writes one assumption row, names its value cell and guards it.
// The low and high ends move with the value, as the app moves a figure's
// spread when the user sets it.
func (w *writer) figure(s string, r int, fig advisor.Figure, in figureInput, code string) {
	label := orDefault(fig.Label, in.name)
	w.text(s, 1, r, label, w.st.label)
	w.num(s, asValue, r, fig.Value, w.figureStyle(fig.Unit, true))
	w.name(in.name, s, asValue, r)
	names := spreadNames[fig.ID]
	for i, end := range []float64{fig.Low, fig.High} {
		col := asLow + i
		switch {
		case end == 0 && fig.Low == 0 && fig.High == 0:
		case fig.Value != 0:
			w.formula(s, col, r, in.name+"*"+strconv.FormatFloat(end/fig.Value, 'g', -1, 64), end, w.figureStyle(fig.Unit, false))
		default:
			w.num(s, col, r, end, w.figureStyle(fig.Unit, false))
		}
		if names[i] != "" {
			w.name(names[i], s, col, r)
		}
	}
	w.text(s, asUnit, r, unitLabel(fig.Unit), w.st.wrap)
	w.text(s, asSource, r, sourceNote(fig.Source, fig.Edited), w.st.wrap)
	w.text(s, asYear, r, fig.Year, w.st.wrap)
	w.text(s, asConfidence, r, confidenceWords(fig.Confidence), w.st.wrap)
	w.link(s, asLink, r, fig.URL)
	lo, hi := bounds(fig)
	msg := fmt.Sprintf("%s must be between %s and %s. %s", label, figureText(fig.Unit, lo, code), figureText(fig.Unit, hi, code), in.hint)
	if hi == maxMoney {
		msg = label + " must be 0 or more. " + in.hint
	}
	w.validate(s, cell(asValue, r), decimalBetween(lo, hi).says(label, fmt.Sprintf("%s (%s). %s", label, unitLabel(fig.Unit), defaultNote(fig, code)), msg))
}

// confidenceWords is a source's confidence in words, with its code.
func confidenceWords(code string) string {
	words := advisor.ConfidenceText(code)
	if words == code || code == "" {
		return code
	}
	return words + " (" + code + ")"
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
	style := w.st.moneyInput
	if a.unit == "days" {
		style = w.st.numberInput
	}
	w.text(s, 1, r, a.label, w.st.label)
	if a.value != nil {
		w.num(s, asValue, r, *a.value, style)
	} else {
		w.blank(s, asValue, r, style)
	}
	w.name(a.name, s, asValue, r)
	w.text(s, asUnit, r, a.unit, w.st.wrap)
	note := "From your answers (" + a.field + ")."
	if a.value == nil {
		note = "Not given in your answers (" + a.field + "): blank means \"don't know\"."
	}
	w.text(s, asSource, r, note, w.st.wrap)
	w.validate(s, cell(asValue, r), decimalBetween(0.0, maxMoney).says(a.label, a.label+", "+a.unit+", from your answers ("+a.field+"). Leave blank if you don't know.",
		a.label+" must be a number of 0 or more, or blank if you don't know."))
}

// figureStyle is the style of a figure's value, as an input or not.
func (w *writer) figureStyle(unit string, input bool) int {
	pick := func(in, out int) int {
		if input {
			return in
		}
		return out
	}
	switch unit {
	case "share":
		return pick(w.st.pctInput, w.st.pct)
	case "per month", "one-off":
		return pick(w.st.moneyInput, w.st.money)
	case "x OTE":
		return pick(w.st.multipleInput, w.st.multiple)
	}
	return pick(w.st.numberInput, w.st.number)
}

// unitLabel words a figure's unit for the sheet, where the value's number
// format already shows an "x" or a "%".
func unitLabel(unit string) string {
	switch unit {
	case "x OTE":
		return "multiple of OTE"
	case "share":
		return "share"
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

// lockUnused turns the assumptions no formula reads into plain values,
// marked as unused: an input that changes nothing should not invite
// typing. A manager's ramp, for one, matters only where the plan weighs
// a full-time manager against a fractional VP. The Checks sheet, which
// reads every input to test its range, does not count.
func (w *writer) lockUnused(p advisor.Plan) {
	figs := p.Assumptions.Figures()
	inputs := map[string]int{} // figure names, by index
	for i, fig := range figs {
		inputs[inputFor(fig, i).name] = i
	}
	// The Hiring plan and the engagement's sizing read most of them; a
	// figure's own low and high ends, which follow it, do not count.
	used := func(id string) { delete(inputs, id) }
	for _, s := range []string{SheetPlan, SheetAssumptions, SheetSummary, SheetFractional, SheetScenarios, SheetRoleCards} {
		if len(inputs) == 0 {
			break
		}
		for r, row := range w.sheet(s).rows {
			if len(inputs) == 0 {
				break
			}
			for c, x := range row {
				own := s == SheetAssumptions && r+1 >= assumptionsFirst && r+1 < assumptionsFirst+len(figs) && (c+1 == asLow || c+1 == asHigh)
				if x.fx != "" && !own {
					identifiers(x.fx, used)
				}
			}
		}
	}
	sd := w.sheet(SheetAssumptions)
	for _, i := range inputs {
		r := assumptionsFirst + i
		c := &sd.rows[r-1][asValue-1]
		c.style = w.unlocked(c.style)
		w.text(SheetAssumptions, asUnit, r, strings.TrimSpace(unitLabel(figs[i].Unit)+" (not used by this plan)"), w.st.wrap)
	}
}

// unlocked is the plain style of an input style.
func (w *writer) unlocked(style int) int {
	switch style {
	case w.st.pctInput:
		return w.st.pct
	case w.st.moneyInput:
		return w.st.money
	case w.st.multipleInput:
		return w.st.multiple
	}
	return w.st.number
}

// identifiers calls f with each name in a formula, outside its string
// literals.
func identifiers(fx string, f func(string)) {
	start, quoted := -1, false
	for i := 0; i <= len(fx); i++ {
		var c byte
		if i < len(fx) {
			c = fx[i]
		}
		if quoted {
			quoted = c != '"'
			continue
		}
		word := c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || start >= 0 && c >= '0' && c <= '9'
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			f(fx[start:i])
			start = -1
		}
		quoted = c == '"'
	}
}
