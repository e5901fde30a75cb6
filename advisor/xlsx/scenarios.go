package xlsx

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// Columns of the Scenarios sheet: labels, the recommended plan, then up to
// advisor.MaxScenarios options side by side. Below, each option's hires,
// a row each, with their cost by quarter.
const (
	scLabel = 1
	scRec   = 2 // the recommended plan; options follow

	scHire     = 1 // the hire blocks' columns
	scRole     = 2
	scPaid     = 3
	scMonths   = 4
	scPay      = 5 // yearly pay, or a fractional VP's retainer
	scMonthly  = 6
	scFee      = 7
	scQ1       = 8 // quarters 1 to 8 follow
	scTotal    = scQ1 + quarters
	quarters   = advisor.PlanMonths / 3
	scFirstRow = 4
)

// scenarioRows locates the comparison's rows.
type scenarioRows struct {
	head, title, decision     int
	q1, year1, year2, total   int
	capacity, share           int
	rangeFirst, closed        int
	delta, risks, blocksFirst int
}

func layoutScenarios() scenarioRows {
	var l scenarioRows
	l.head, l.title, l.decision = scFirstRow, scFirstRow+1, scFirstRow+2
	l.q1 = l.decision + 2
	l.year1, l.year2, l.total = l.q1+quarters, l.q1+quarters+1, l.q1+quarters+2
	l.capacity, l.share = l.total+2, l.total+3
	l.rangeFirst = l.share + 2
	l.closed = l.rangeFirst + 6
	l.delta = l.closed + 2
	l.risks = l.delta + 6
	l.blocksFirst = l.risks + 3
	return l
}

// scenarios writes the options the owner weighs beside the recommended
// plan: costs by quarter as formulas over each option's hire rows (the
// recommended plan's from the Hiring plan), deltas against the recommended
// column as formulas, the bookings and range as the app planned and
// simulated them, the risks, and the decision.
func (w *writer) scenarios(p advisor.Plan) {
	const s = SheetScenarios
	res := p.Scenarios()
	w.widths(s, 34, 24, 24, 24, 24, 11, 11)
	w.colWidths(s, scQ1, scQ1+quarters-1, 11)
	w.colWidths(s, scTotal, scTotal, 12)
	w.title(s, "Scenarios: the options side by side", "Each option planned over the same 24 months as the recommendation. Costs are formulas over each option's hires (below); bookings and the range are as the app planned and simulated them.")
	l := layoutScenarios()
	w.scenarioHeads(s, p, res, l)
	block := l.blocksFirst
	totals := make([]int, len(res))
	for i, r := range res {
		totals[i], block = w.scenarioBlock(s, block, i, r, p)
	}
	w.scenarioCosts(s, p, res, l, totals)
	w.scenarioOutcomes(s, p, res, l)
	for r, row := range w.sheet(s).rows {
		for c, x := range row {
			if w.st.isInput(x.style) {
				w.validate(s, cell(c+1, r+1), atLeast(0.0).says("The option's own figure",
					"This option's own pay, retainer or fee, apart from the session's: type over it to change this option only.", "Type an amount of 0 or more."))
			}
		}
	}
	w.freeze(s, scRec, l.head+1)
	w.print(s, printOpts{landscape: true, titleRows: l.head, rowBreaks: []int{l.blocksFirst - 2}})
}

func optionCol(i int) int { return scRec + 1 + i }

// scenarioHeads writes the columns' names, each option's title and the
// decision.
func (w *writer) scenarioHeads(s string, p advisor.Plan, res []advisor.ScenarioResult, l scenarioRows) {
	w.text(s, scLabel, l.head, "", w.st.header)
	w.text(s, scRec, l.head, "Recommended plan", w.st.header)
	w.text(s, scLabel, l.title, "The option", w.st.label)
	w.text(s, scRec, l.title, orDefault(p.Recommendation.Headline, p.Recommendation.Primary.Title()), w.st.boldWrap)
	w.text(s, scLabel, l.decision, "The decision", w.st.label)
	w.blank(s, scRec, l.decision, w.st.wrap)
	for i, r := range res {
		c := optionCol(i)
		head := w.st.header
		if r.Decided {
			head = w.st.decided
		}
		w.text(s, c, l.head, r.Scenario.Name, head)
		w.text(s, c, l.title, r.Title, w.st.boldWrap)
		if d := p.Answers.Decision; r.Decided && d != nil {
			w.text(s, c, l.decision, decisionText(*d), w.st.decided)
		} else {
			w.blank(s, c, l.decision, w.st.wrap)
		}
	}
}

// decisionText words the decision: "Decided on 15 January 2027: note".
func decisionText(d advisor.Decision) string {
	date := d.Date
	if t, err := time.Parse(time.DateOnly, d.Date); err == nil {
		date = t.Format("2 January 2006")
	}
	text := "The decision, taken on " + date
	if d.Note != "" {
		text += ": " + d.Note
	}
	return text
}

// scenarioCosts writes the cost by quarter and year of every column: the
// recommended plan's from the Hiring plan, each option's from the total
// row of its hires below.
func (w *writer) scenarioCosts(s string, p advisor.Plan, res []advisor.ScenarioResult, l scenarioRows, totals []int) {
	pl := layoutPlan(p)
	w.text(s, scLabel, l.q1-1, "Cost by quarter", w.st.section)
	for q := range quarters {
		r := l.q1 + q
		w.phrase(s, scLabel, r, phrase{lit(fmt.Sprintf("Q%d: ", q+1)), w.monthLabel(3*q + 1), lit("–"), w.monthLabel(3*q + 3)}, w.st.label)
		w.formula(s, scRec, r, ref(SheetPlan, colM1+3*q, pl.quarter+1), month(p.Quarterly, q), w.st.money)
		for i := range res {
			v, _ := w.val(s, scQ1+q, totals[i])
			w.formula(s, optionCol(i), r, cell(scQ1+q, totals[i]), v, w.st.money)
		}
	}
	w.text(s, scLabel, l.year1, "Year 1", w.st.bold)
	w.text(s, scLabel, l.year2, "Year 2", w.st.bold)
	w.text(s, scLabel, l.total, "24 months", w.st.bold)
	w.formula(s, scRec, l.year1, "Year1Total", p.Year1, w.st.moneyBold)
	w.formula(s, scRec, l.year2, "Year2Total", p.Year2, w.st.moneyBold)
	w.formula(s, scRec, l.total, "PlanTotal", p.Year1+p.Year2, w.st.moneyBold)
	for i := range res {
		c := optionCol(i)
		y1 := w.sum(s, c, l.year1, c, l.q1, c, l.q1+3, w.st.moneyBold)
		y2 := w.sum(s, c, l.year2, c, l.q1+4, c, l.q1+quarters-1, w.st.moneyBold)
		w.formula(s, c, l.total, fmt.Sprintf("%s+%s", cell(c, l.year1), cell(c, l.year2)), y1+y2, w.st.moneyBold)
	}
}

// scenarioOutcomes writes what each option books against the gap, its
// range, the differences from the recommended plan and its risks.
func (w *writer) scenarioOutcomes(s string, p advisor.Plan, res []advisor.ScenarioResult, l scenarioRows) {
	w.text(s, scLabel, l.capacity-1, "Against the revenue gap", w.st.section)
	w.text(s, scLabel, l.capacity, "New-rep bookings in year 2, net of turnover (as planned)", w.st.label)
	w.text(s, scLabel, l.share, "Share of the revenue gap", w.st.label)
	w.formula(s, scRec, l.capacity, "Capacity2", p.Capacity2, w.st.money)
	for i, r := range res {
		w.num(s, optionCol(i), l.capacity, r.Capacity2, w.st.money)
	}
	for c := scRec; c <= optionCol(len(res)-1); c++ {
		v, _ := w.val(s, c, l.capacity)
		var share any = "unknown"
		if g := p.RevenueGap; g != nil {
			share = "no gap"
			if *g > 0 {
				share = v / *g
			}
		}
		w.formula(s, c, l.share, fmt.Sprintf(`IF(ISNUMBER(Gap),IF(Gap>0,%s/Gap,"no gap"),"unknown")`, cell(c, l.capacity)), share, w.st.pct)
	}
	w.text(s, scLabel, l.rangeFirst-1, "The range, simulated at export", w.st.section)
	labels := []string{"New-rep bookings over 24 months, 10th percentile", "… median", "… 90th percentile", "Year-2 cost, 10th percentile", "… median", "… 90th percentile"}
	ranges := append([]advisor.Range{p.Range}, rangesOf(res)...)
	for k, label := range labels {
		w.text(s, scLabel, l.rangeFirst+k, label, w.st.label)
		for c, rg := range ranges {
			pc := rg.NewRepBookings
			if k >= 3 {
				pc = rg.Year2Cost
			}
			w.num(s, scRec+c, l.rangeFirst+k, []float64{pc.P10, pc.P50, pc.P90}[k%3], w.st.money)
		}
	}
	w.text(s, scLabel, l.closed, "Chance the new reps close the gap in year 2", w.st.label)
	for c, rg := range ranges {
		if g := rg.GapClosedProbability; g != nil {
			w.num(s, scRec+c, l.closed, *g, w.st.pct)
		} else {
			w.text(s, scRec+c, l.closed, "gap unknown", w.st.wrap)
		}
	}
	w.deltas(s, res, l)
	w.text(s, scLabel, l.risks-1, "Risks", w.st.section)
	w.text(s, scLabel, l.risks, "What each option risks (its plan's warnings, and what it leaves unsolved or takes on)", w.st.label)
	w.text(s, scRec, l.risks, bulleted(p.Warnings), w.st.wrap)
	for i, r := range res {
		w.text(s, optionCol(i), l.risks, bulleted(r.Risks), w.st.wrap)
	}
}

func rangesOf(res []advisor.ScenarioResult) []advisor.Range {
	out := make([]advisor.Range, len(res))
	for i, r := range res {
		out[i] = r.Range
	}
	return out
}

func bulleted(xs []string) string {
	if len(xs) == 0 {
		return "None noted."
	}
	return "• " + strings.Join(xs, "\n• ")
}

// deltas writes each option minus the recommended plan, as formulas.
func (w *writer) deltas(s string, res []advisor.ScenarioResult, l scenarioRows) {
	w.text(s, scLabel, l.delta-1, "Against the recommended plan (the option minus it)", w.st.section)
	rows := []struct {
		label string
		row   int
		style int
	}{{"Year-1 cost", l.year1, w.st.moneyChange}, {"Year-2 cost", l.year2, w.st.moneyChange}, {"24-month cost", l.total, w.st.moneyChange},
		{"New-rep bookings in year 2", l.capacity, w.st.moneyChange}, {"Chance of closing the gap, in points", l.closed, w.st.pctChange}}
	for k, d := range rows {
		r := l.delta + k
		w.text(s, scLabel, r, d.label, w.st.label)
		w.text(s, scRec, r, "–", w.st.wrap)
		for i := range res {
			c := optionCol(i)
			a, okA := w.val(s, c, d.row)
			b, okB := w.val(s, scRec, d.row)
			if !okA || !okB {
				w.text(s, c, r, "–", w.st.wrap)
				continue
			}
			w.formula(s, c, r, fmt.Sprintf("%s-%s", cell(c, d.row), abs(scRec, d.row)), a-b, d.style)
		}
	}
}

// scenarioBlock writes one option's hires with their cost by quarter and a
// total row; it returns the total row and the first row after the block.
func (w *writer) scenarioBlock(s string, r, i int, res advisor.ScenarioResult, p advisor.Plan) (total, next int) {
	q := res.Plan
	w.textAcross(s, scHire, scQ1+2, r, fmt.Sprintf("%s: %s", res.Scenario.Name, res.Title), w.st.section)
	r++
	w.header(s, r, "Hire", "Role", "Paid from (month)", "Months (0 = to the end)", "Yearly pay, or retainer a month", "Cost per month", "Recruiting fee")
	for k := range quarters {
		w.phrase(s, scQ1+k, r, phrase{lit(fmt.Sprintf("Q%d: ", k+1)), w.monthLabel(3*k + 1)}, w.st.header)
	}
	w.text(s, scTotal, r, "Total", w.st.header)
	r++
	first := r
	var repRows []int
	for _, h := range q.Hires {
		w.scenarioHire(s, r, h, p)
		if h.Role == advisor.RoleRep {
			repRows = append(repRows, r)
		}
		r++
	}
	if len(q.Hires) == 0 {
		w.text(s, scHire, r, "No hires in this option.", w.st.note)
		r++
	}
	w.scenarioTurnover(s, r, repRows, q, p)
	w.text(s, scHire, r+1, "Total", w.st.bold)
	for k := range quarters + 1 {
		w.sum(s, scQ1+k, r+1, scQ1+k, first, scQ1+k, r, w.st.moneyBold)
	}
	return r + 1, r + 3
}

// scenarioHire writes one hire of an option: its terms, and its cost by
// quarter as a formula over them. Pay follows the session's bands, burden
// and fee rate where the option keeps them; an option's own figures are
// inputs.
func (w *writer) scenarioHire(s string, r int, h advisor.Hire, p advisor.Plan) {
	as := p.Assumptions
	w.text(s, scHire, r, h.Title, w.st.wrap)
	w.text(s, scRole, r, roleLabel(h), w.st.wrap)
	w.num(s, scPaid, r, float64(h.Start), w.st.whole)
	w.num(s, scMonths, r, float64(h.Months), w.st.number)
	rep, mgr := as.Rep.At(as.Level), as.Manager.At(as.Level)
	pay := w.ref(scPay, r)
	switch {
	case h.Role == advisor.RoleFractionalVP:
		w.live(s, scPay, r, "Retainer", as.FractionalRetainer.Value, h.Pay, w.st.money, w.st.moneyInput)
		w.formula(s, scMonthly, r, pay, h.MonthlyCost(), w.st.money)
		w.num(s, scFee, r, 0, w.st.money)
	default:
		switch {
		case h.Promotion:
			w.live(s, scPay, r, "ManagerOTE-RepOTE", mgr-rep, h.Pay, w.st.money, w.st.moneyInput)
		case h.Role == advisor.RoleRep:
			w.live(s, scPay, r, "RepOTE", rep, h.Pay, w.st.money, w.st.moneyInput)
		default:
			w.live(s, scPay, r, "ManagerOTE", mgr, h.Pay, w.st.money, w.st.moneyInput)
		}
		w.live(s, scMonthly, r, pay+"*(1+BurdenRate)/12", h.Pay*(1+as.BurdenRate.Value)/12, h.MonthlyCost(), w.st.money, w.st.moneyInput)
		if h.Promotion {
			w.num(s, scFee, r, 0, w.st.money)
		} else {
			w.live(s, scFee, r, pay+"*FeeRate", h.Pay*as.RecruitingFeeRate.Value, h.RecruitingFee, w.st.money, w.st.moneyInput)
		}
	}
	for k := range quarters {
		a, b := 3*k+1, 3*k+3
		var v float64
		for m := a; m <= b; m++ {
			v += month(h.Monthly, m-1)
		}
		fx := fmt.Sprintf("%s*%s+IF(AND(%[3]s>=%[4]d,%[3]s<=%[5]d),%[6]s,0)", activeMonths(r, a, b), w.ref(scMonthly, r), w.ref(scPaid, r), a, b, w.ref(scFee, r))
		w.formula(s, scQ1+k, r, fx, v, w.st.money)
	}
	w.sum(s, scTotal, r, scQ1, r, scQ1+quarters-1, r, w.st.money)
}

// activeMonths is how many of the months a to b the hire on row r is
// paid, as a formula.
func activeMonths(r, a, b int) string {
	paid, months := fmt.Sprintf("$%s%d", colName(scPaid), r), fmt.Sprintf("$%s%d", colName(scMonths), r)
	return fmt.Sprintf("MAX(0,MIN(%[3]d,IF(%[2]s=0,%[4]d,%[1]s+%[2]s-1))-MAX(%[5]d,%[1]s)+1)", paid, months, b, advisor.PlanMonths, a)
}

// scenarioTurnover writes an option's expected turnover cost by quarter:
// the months its rep seats are paid, times the turnover a month and the
// cost of a departure, where the option keeps the session's figures.
func (w *writer) scenarioTurnover(s string, r int, reps []int, q, p advisor.Plan) {
	w.text(s, scHire, r, "Rep turnover (expected)", w.st.wrap)
	w.text(s, scRole, r, "Turnover", w.st.wrap)
	model := p.Assumptions.RepTurnover.Value / 12 * advisor.DepartureCost(p.Assumptions)
	for k := range quarters {
		a, b := 3*k+1, 3*k+3
		var v, seats float64
		for m := a; m <= b; m++ {
			v += month(q.TurnoverCost, m-1)
			for _, h := range q.Hires {
				if h.Role == advisor.RoleRep && h.Active(m) {
					seats++
				}
			}
		}
		if len(reps) == 0 || math.Abs(seats*model-v) >= tolerance {
			w.num(s, scQ1+k, r, v, w.st.money)
			continue
		}
		terms := make([]string, len(reps))
		for j, row := range reps {
			terms[j] = activeMonths(row, a, b)
		}
		w.formula(s, scQ1+k, r, fmt.Sprintf("(%s)*Turnover/12*DepartureCost", strings.Join(terms, "+")), seats*model, w.st.money)
	}
	w.sum(s, scTotal, r, scQ1, r, scQ1+quarters-1, r, w.st.money)
}
