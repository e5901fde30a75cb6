package xlsx

import (
	"fmt"
	"math"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// Columns of the Hiring plan sheet.
const (
	colHire = iota + 1
	colRole
	colStart
	colMonths
	colBand
	colBase
	colVariable
	colPay
	colBurden
	colRamp
	colMonthly
	colM1 // months 1 to 24 follow
)

// Columns after the 24 months.
const (
	colYear1 = colM1 + advisor.PlanMonths + iota
	colYear2
	colTotal
	colHeadcount
)

const planHeader = 4 // its month cells hold the month numbers the formulas read

// spareRows is how many empty hire rows the plan offers, so that a reader
// can add a hire without rebuilding formulas.
const spareRows = 3

// Roles of the spare rows' drop-down, as roleLabel words them.
const (
	labelRep        = "Sales rep"
	labelManager    = "Sales manager"
	labelFractional = "Fractional VP"
)

// planRows locates the blocks of the Hiring plan sheet.
type planRows struct {
	first, last           int // hire rows; one note row when there are no hires
	spareFirst, spareLast int
	total, cumul, heads   int // cost per month, cumulative, headcount per month
	quarter               int // quarter labels; the totals are on the row below
	quota                 int
	capFirst, capSpare    int // capacity rows of the new reps, then of the spare rows
	cap, runRate, gap     int
	team                  int // first line of the team and revenue block
	chart                 int
}

// teamLines is the number of lines in the team and revenue block.
const teamLines = 12

func layoutPlan(p advisor.Plan) planRows {
	var l planRows
	l.first = planHeader + 1
	l.last = l.first + max(len(p.Hires), 1) - 1
	l.spareFirst, l.spareLast = l.last+1, l.last+spareRows
	l.total, l.cumul, l.heads = l.spareLast+1, l.spareLast+2, l.spareLast+3
	l.quarter = l.heads + 2
	l.quota = l.quarter + 4
	l.capFirst = l.quota + 1
	l.capSpare = l.capFirst + max(len(repHires(p.Hires)), 1)
	l.cap = l.capSpare + spareRows
	l.runRate, l.gap = l.cap+1, l.cap+2
	l.team = l.gap + 3
	l.chart = l.team + teamLines + 1
	return l
}

// repHires lists the hires that add quota capacity (new reps, not backfills).
func repHires(hs []advisor.Hire) []int {
	var out []int
	for i, h := range hs {
		if h.AddsCapacity() {
			out = append(out, i)
		}
	}
	return out
}

func (w *writer) plan(p advisor.Plan) {
	const s = SheetPlan
	w.widths(s, 30, 14, 8, 9, 9, 11, 11, 11, 8, 8, 11)
	w.colWidths(s, colM1, colM1+advisor.PlanMonths-1, 10)
	w.colWidths(s, colYear1, colTotal, 12)
	w.colWidths(s, colHeadcount, colHeadcount, 10)
	l := layoutPlan(p)
	w.title(s, "Hiring plan: 24 months", "Cost per month of each hire. Yellow cells are inputs; pay comes from the Salary bands sheet, burden and ramp from Assumptions. Add a hire in a spare row.")
	w.planHeader(s)
	if len(p.Hires) == 0 {
		w.text(s, colHire, l.first, "No hires in this plan.", w.st.note)
	}
	for i, h := range p.Hires {
		w.hire(s, l.first+i, h, p)
	}
	for r := l.spareFirst; r <= l.spareLast; r++ {
		w.spare(s, r)
	}
	w.hireGuards(s, l)
	w.planTotals(s, l, len(p.Answers.People))
	w.quarters(s, l)
	w.capacity(s, p, l)
	w.team(s, p, l)
	w.planCharts(s, p, l)
	w.freeze(s, colRole, planHeader+1)
	w.print(s, printOpts{landscape: true, titleRows: planHeader, titleCol: true,
		colBreaks: []int{colMonthly, colM1 + 11, colYear1 - 1}, rowBreaks: []int{l.quarter + 1, l.chart - 1}, across: true})
}

func (w *writer) planHeader(s string) {
	w.header(s, planHeader, "Hire", "Role", "Start month", "Months (0=all)", "Band", "Base", "Variable",
		"Yearly pay (OTE)", "Burden", "Ramp months", "Cost per month")
	for m := 1; m <= advisor.PlanMonths; m++ {
		w.num(s, colM1+m-1, planHeader, float64(m), w.st.month)
	}
	for i, h := range []string{"Year 1", "Year 2", "Total", "Adds to headcount"} {
		w.text(s, colYear1+i, planHeader, h, w.st.header)
	}
}

// hire writes one hire row. Pay, base, burden and ramp are formulas on the
// bands and assumptions when they agree with the plan; a value the plan
// set otherwise is written as an input, so the totals always match.
func (w *writer) hire(s string, r int, h advisor.Hire, p advisor.Plan) {
	as := p.Assumptions
	w.text(s, colHire, r, h.Title, w.st.wrap)
	w.text(s, colRole, r, roleLabel(h), w.st.wrap)
	w.num(s, colStart, r, float64(h.Start), w.st.wholeInput)
	if h.Role == advisor.RoleFractionalVP {
		w.live(s, colMonths, r, "FractionalEngagement", float64(advisor.FractionalEngagement(p.Answers, as, p.Recommendation.FractionalMonths, p.Recommendation.FractionalDays).Months), float64(h.Months), w.st.whole, w.st.wholeInput)
	} else {
		w.num(s, colMonths, r, float64(h.Months), w.st.wholeInput)
	}
	pay, base, burden := w.ref(colPay, r), w.ref(colBase, r), w.ref(colBurden, r)
	if h.Role == advisor.RoleFractionalVP {
		w.text(s, colBand, r, "retainer", w.st.wrap)
		w.num(s, colBurden, r, 0, w.st.pct)
		w.live(s, colMonthly, r, "Retainer", as.FractionalRetainer.Value, h.Pay, w.st.money, w.st.moneyInput)
	} else {
		w.employee(s, r, h, as)
		share := as.Rep.BaseShare
		if h.Promotion || h.Role == advisor.RoleManager {
			share = as.Manager.BaseShare
		}
		w.formula(s, colBase, r, fmt.Sprintf("%s*%s", pay, shareName(h)), h.Pay*share, w.st.money)
		w.formula(s, colVariable, r, fmt.Sprintf("%s-%s", pay, base), h.Pay-h.Pay*share, w.st.money)
		w.formula(s, colMonthly, r, fmt.Sprintf("%s*(1+%s)/12", pay, burden), h.MonthlyCost(), w.st.money)
	}
	for m := 1; m <= advisor.PlanMonths; m++ {
		var v float64
		if h.Active(m) {
			v = h.MonthlyCost()
		}
		w.formula(s, colM1+m-1, r, monthCost(m, r), v, w.st.money)
	}
	w.yearSums(s, r, w.st.money)
	w.num(s, colHeadcount, r, b2f(h.FullTime()), w.st.whole)
}

// ref is a row-absolute reference to a cell of the same sheet: $H5.
func (w *writer) ref(col, row int) string {
	return fmt.Sprintf("$%s%d", colName(col), row)
}

// monthCost is the cost of the hire on row r in month m: the cost per
// month from the start month on, for the engagement's months (0: to the
// end). An empty start month costs nothing.
func monthCost(m, r int) string {
	mc := colName(colM1+m-1) + "$" + fmt.Sprint(planHeader)
	return fmt.Sprintf("IF(AND($C%[2]d>=1,%[1]s>=$C%[2]d,OR($D%[2]d=0,%[1]s<$C%[2]d+$D%[2]d)),$K%[2]d,0)", mc, r)
}

// fractionalMonthsFormula is advisor.FractionalMonths as a formula: the
// assumed length, cut to what a known budget pays for, never below the
// usual minimum commitment.
func fractionalMonthsFormula() string {
	return fmt.Sprintf("IF(AND(ISNUMBER(LeadershipBudget),Retainer>0),MAX(1,MIN(ROUND(FractionalMonths,0),MAX(INT(LeadershipBudget/Retainer),%d))),MAX(1,ROUND(FractionalMonths,0)))",
		advisor.MinFractionalMonths)
}

// employee writes an employee's band, pay, burden and ramp.
func (w *writer) employee(s string, r int, h advisor.Hire, as advisor.Assumptions) {
	lvl := as.Level
	switch {
	case h.Promotion:
		w.text(s, colBand, r, "raise", w.st.wrap)
		w.live(s, colPay, r, "ManagerOTE-RepOTE", as.Manager.At(lvl)-as.Rep.At(lvl), h.Pay, w.st.money, w.st.moneyInput)
	case h.Role == advisor.RoleManager:
		w.formula(s, colBand, r, "BandLevel", levelName(lvl), w.st.wrap)
		w.live(s, colPay, r, "ManagerOTE", as.Manager.At(lvl), h.Pay, w.st.money, w.st.moneyInput)
	default:
		w.formula(s, colBand, r, "BandLevel", levelName(lvl), w.st.wrap)
		w.live(s, colPay, r, "RepOTE", as.Rep.At(lvl), h.Pay, w.st.money, w.st.moneyInput)
	}
	w.live(s, colBurden, r, "BurdenRate", as.BurdenRate.Value, h.BurdenRate, w.st.pct, w.st.pctInput)
	if h.Role == advisor.RoleRep {
		w.live(s, colRamp, r, "ROUND(RepRamp,0)", math.Round(as.RepRampMonths.Value), float64(h.RampMonths), w.st.whole, w.st.wholeInput)
	}
}

// live writes formula fx when its value (model) equals the plan's value,
// and the plan's value as an input cell otherwise.
func (w *writer) live(s string, col, r int, fx string, model, value float64, style, inputStyle int) {
	if math.Abs(model-value) < 0.005 {
		w.formula(s, col, r, fx, model, style)
		return
	}
	w.num(s, col, r, value, inputStyle)
}

// spare writes an empty hire row: choose a role and a start month, and its
// pay, cost, capacity and headcount follow by formula.
func (w *writer) spare(s string, r int) {
	role := w.ref(colRole, r)
	is := func(label string) string { return fmt.Sprintf(`%s="%s"`, role, label) }
	employee := fmt.Sprintf("OR(%s,%s)", is(labelRep), is(labelManager))
	w.blank(s, colHire, r, w.st.nameInput)
	w.blank(s, colRole, r, w.st.roleInput)
	w.blank(s, colStart, r, w.st.wholeInput)
	w.blank(s, colMonths, r, w.st.wholeInput)
	w.formula(s, colBand, r, fmt.Sprintf(`IF(%s,BandLevel,IF(%s,"retainer","–"))`, employee, is(labelFractional)), "–", w.st.wrap)
	pay := w.ref(colPay, r)
	w.formula(s, colBase, r, fmt.Sprintf("%s*IF(%s,ManagerBaseShare,RepBaseShare)", pay, is(labelManager)), 0.0, w.st.money)
	w.formula(s, colVariable, r, fmt.Sprintf("%s-%s", pay, w.ref(colBase, r)), 0.0, w.st.money)
	w.formula(s, colPay, r, fmt.Sprintf("IF(%s,RepOTE,IF(%s,ManagerOTE,0))", is(labelRep), is(labelManager)), 0.0, w.st.money)
	w.formula(s, colBurden, r, fmt.Sprintf("IF(%s,BurdenRate,0)", employee), 0.0, w.st.pct)
	w.formula(s, colRamp, r, fmt.Sprintf("IF(%s,ROUND(RepRamp,0),0)", is(labelRep)), 0.0, w.st.whole)
	w.formula(s, colMonthly, r, fmt.Sprintf("IF(%s,Retainer,%s*(1+%s)/12)", is(labelFractional), pay, w.ref(colBurden, r)), 0.0, w.st.money)
	for m := 1; m <= advisor.PlanMonths; m++ {
		w.formula(s, colM1+m-1, r, monthCost(m, r), 0.0, w.st.money)
	}
	w.yearSums(s, r, w.st.money)
	w.formula(s, colHeadcount, r, fmt.Sprintf("IF(%s,1,0)", employee), 0.0, w.st.whole)
}

// hireGuards keeps start months and lengths whole months within the plan,
// and spare rows to the roles the formulas know.
func (w *writer) hireGuards(s string, l planRows) {
	starts := fmt.Sprintf("%s:%s", cell(colStart, l.first), cell(colStart, l.spareLast))
	months := fmt.Sprintf("%s:%s", cell(colMonths, l.first), cell(colMonths, l.spareLast))
	w.validate(s, starts, wholeBetween(1, advisor.PlanMonths).says("Start month",
		"The first month this hire is paid, from 1 to 24 (month 1 is the plan's first month). The plan's default start follows the recommendation.",
		"Type a whole month from 1 to 24."))
	w.validate(s, months, wholeBetween(0, advisor.PlanMonths).says("Months",
		"How many months the hire or engagement lasts, from 0 to 24; 0 means to the end of the plan. The fractional engagement's default comes from Assumptions.",
		"Type a whole number of months from 0 to 24 (0 = to the end of the plan)."))
	w.validate(s, fmt.Sprintf("%s:%s", cell(colRole, l.spareFirst), cell(colRole, l.spareLast)),
		oneOf(labelRep, labelManager, labelFractional).says("Role of a new hire",
			"Choose the role of a hire you add: pay comes from Salary bands (or the retainer), burden and ramp from Assumptions.",
			"Choose Sales rep, Sales manager or Fractional VP."))
	for r := l.first; r <= l.last; r++ {
		for _, c := range []int{colPay, colMonthly, colBurden, colRamp} {
			sd := w.sheet(s)
			if r <= len(sd.rows) && c <= len(sd.rows[r-1]) && sd.rows[r-1][c-1].style == w.inputStyle(c) {
				w.validate(s, cell(c, r), atLeast(0.0).says("Value set by the plan",
					"The plan set this value apart from the bands and assumptions; type over it to change this hire only.", "Type a number of 0 or more."))
			}
		}
	}
}

func (w *writer) inputStyle(col int) int {
	switch col {
	case colBurden:
		return w.st.pctInput
	case colRamp:
		return w.st.wholeInput
	}
	return w.st.moneyInput
}

func shareName(h advisor.Hire) string {
	if h.Promotion || h.Role == advisor.RoleManager {
		return "ManagerBaseShare"
	}
	return "RepBaseShare"
}

func roleLabel(h advisor.Hire) string {
	switch {
	case h.Promotion:
		return "Promotion"
	case h.Role == advisor.RoleRep:
		return labelRep
	case h.Role == advisor.RoleManager:
		return labelManager
	case h.Role == advisor.RoleFractionalVP:
		return labelFractional
	}
	return string(h.Role)
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// yearSums writes a row's year-1, year-2 and total sums.
func (w *writer) yearSums(s string, r, style int) {
	y1 := w.sum(s, colYear1, r, colM1, r, colM1+11, r, style)
	y2 := w.sum(s, colYear2, r, colM1+12, r, colM1+23, r, style)
	w.formula(s, colTotal, r, fmt.Sprintf("%s+%s", cell(colYear1, r), cell(colYear2, r)), y1+y2, style)
}

func (w *writer) planTotals(s string, l planRows, people int) {
	w.text(s, colHire, l.total, "Total cost", w.st.bold)
	w.text(s, colHire, l.cumul, "Cumulative cost", w.st.strong)
	w.text(s, colHire, l.heads, "Headcount: people who sell, manage or forecast", w.st.wrap)
	for c := colRole; c < colM1; c++ {
		w.blank(s, c, l.total, w.st.bold)
	}
	for c := colM1; c <= colTotal; c++ {
		w.sum(s, c, l.total, c, l.first, c, l.spareLast, w.st.moneyBold)
	}
	var run float64
	hc := fmt.Sprintf("%s:%s", abs(colHeadcount, l.first), abs(colHeadcount, l.spareLast))
	st := fmt.Sprintf("%s:%s", abs(colStart, l.first), abs(colStart, l.spareLast))
	for c := colM1; c < colYear1; c++ {
		v, _ := w.val(s, c, l.total)
		run += v
		fx := cell(c, l.total)
		if c > colM1 {
			fx = cell(c-1, l.cumul) + "+" + fx
		}
		w.formula(s, c, l.cumul, fx, run, w.st.money)
		m := c - colM1 + 1
		w.formula(s, c, l.heads, fmt.Sprintf(`HeadcountNow+SUMIFS(%s,%s,">=1",%s,"<="&%s)`, hc, st, st, colName(c)+"$"+fmt.Sprint(planHeader)),
			float64(people)+w.startedBy(s, l, m), w.st.whole)
	}
	w.name("Year1Total", SheetPlan, colYear1, l.total)
	w.name("Year2Total", SheetPlan, colYear2, l.total)
	w.name("PlanTotal", SheetPlan, colTotal, l.total)
}

// startedBy counts the full-time hires paid by month m, as the rows hold
// them.
func (w *writer) startedBy(s string, l planRows, m int) float64 {
	var n float64
	for r := l.first; r <= l.spareLast; r++ {
		start, ok := w.val(s, colStart, r)
		hc, _ := w.val(s, colHeadcount, r)
		if ok && start >= 1 && start <= float64(m) {
			n += hc
		}
	}
	return n
}

// quarters writes the quarterly totals under the months they sum, each in
// a cell merged across its three months.
func (w *writer) quarters(s string, l planRows) {
	w.text(s, colHire, l.quarter, "Quarterly cost", w.st.section)
	for q := range advisor.PlanMonths / 3 {
		c := colM1 + 3*q
		w.text(s, c, l.quarter, fmt.Sprintf("Q%d (year %d)", q+1, q/4+1), w.st.header)
		w.blank(s, c+1, l.quarter, w.st.header)
		w.blank(s, c+2, l.quarter, w.st.header)
		w.merge(s, cell(c, l.quarter), cell(c+2, l.quarter))
		w.sum(s, c, l.quarter+1, c, l.total, c+2, l.total, w.st.moneyBold)
		w.blank(s, c+1, l.quarter+1, w.st.moneyBold)
		w.blank(s, c+2, l.quarter+1, w.st.moneyBold)
		w.merge(s, cell(c, l.quarter+1), cell(c+2, l.quarter+1))
	}
}

// capacity writes the ramped quota of each new rep per month, and the
// spare rows' when they hold a rep.
func (w *writer) capacity(s string, p advisor.Plan, l planRows) {
	w.text(s, colHire, l.quota-1, "New-rep quota capacity (ramped)", w.st.section)
	w.textAcross(s, colHire, colRamp, l.quota, "Quota of a fully ramped rep, per year (rep OTE × quota multiple)", w.st.strong)
	quota := p.Assumptions.RepQuota()
	w.formula(s, colMonthly, l.quota, "RepOTE*QuotaMultiple", quota, w.st.moneyBold)
	w.name("RepQuota", s, colMonthly, l.quota)
	reps := repHires(p.Hires)
	if len(reps) == 0 {
		w.text(s, colHire, l.capFirst, "No new reps in this plan.", w.st.note)
	}
	for i, h := range reps {
		hr := l.first + h
		w.text(s, colHire, l.capFirst+i, p.Hires[h].Title, w.st.wrap)
		start, _ := w.val(s, colStart, hr)
		ramp, _ := w.val(s, colRamp, hr)
		w.formula(s, colStart, l.capFirst+i, cell(colStart, hr), start, w.st.whole)
		w.formula(s, colRamp, l.capFirst+i, cell(colRamp, hr), ramp, w.st.whole)
		w.capacityRow(s, l.capFirst+i, quota)
	}
	for i := range spareRows {
		r, hr := l.capSpare+i, l.spareFirst+i
		rep := fmt.Sprintf(`%s="%s"`, w.ref(colRole, hr), labelRep)
		w.formula(s, colHire, r, fmt.Sprintf(`IF(%s,IF(%s="","Spare row %d",%s),"Spare row %d: no rep")`, rep, w.ref(colHire, hr), i+1, w.ref(colHire, hr), i+1),
			fmt.Sprintf("Spare row %d: no rep", i+1), w.st.wrap)
		w.formula(s, colStart, r, fmt.Sprintf("IF(%s,%s,0)", rep, w.ref(colStart, hr)), 0.0, w.st.whole)
		w.formula(s, colRamp, r, fmt.Sprintf("IF(%s,%s,0)", rep, w.ref(colRamp, hr)), 0.0, w.st.whole)
		w.capacityRow(s, r, quota)
	}
	w.text(s, colHire, l.cap, "New-rep capacity", w.st.bold)
	for c := colM1; c < colYear1; c++ {
		w.sum(s, c, l.cap, c, l.capFirst, c, l.cap-1, w.st.moneyBold)
	}
	w.yearSums(s, l.cap, w.st.moneyBold)
	w.name("Capacity1", s, colYear1, l.cap)
	w.name("Capacity2", s, colYear2, l.cap)
	w.runRate(s, p, l)
}

// capacityRow is advisor.RampFactor as a formula: nothing before the start
// (or without one), then linear over the ramp months, then the full
// monthly quota.
func (w *writer) capacityRow(s string, r int, quota float64) {
	start, _ := w.val(s, colStart, r)
	ramp, _ := w.val(s, colRamp, r)
	c, j := w.ref(colStart, r), w.ref(colRamp, r)
	for m := 1; m <= advisor.PlanMonths; m++ {
		mc := colName(colM1+m-1) + "$" + fmt.Sprint(planHeader)
		var v float64
		if start >= 1 {
			v = advisor.RampFactor(m, int(start), int(ramp)) * quota / 12
		}
		w.formula(s, colM1+m-1, r, fmt.Sprintf("IF(OR(%[2]s<1,%[1]s<%[2]s),0,IF(%[3]s<=0,1,MIN(1,(%[1]s-%[2]s+1)/%[3]s)))*RepQuota/12", mc, c, j), v, w.st.money)
	}
	w.yearSums(s, r, w.st.money)
}

// runRate writes the new reps' capacity as a yearly rate beside the revenue
// gap it is meant to close, for the chart.
func (w *writer) runRate(s string, p advisor.Plan, l planRows) {
	w.text(s, colHire, l.runRate, "New-rep capacity, yearly rate (month × 12)", w.st.strong)
	w.text(s, colHire, l.gap, "Revenue gap to close, a year", w.st.strong)
	gap := 0.0
	if p.RevenueGap != nil {
		gap = *p.RevenueGap
	}
	for c := colM1; c < colYear1; c++ {
		v, _ := w.val(s, c, l.cap)
		w.formula(s, c, l.runRate, cell(c, l.cap)+"*12", v*12, w.st.money)
		w.formula(s, c, l.gap, "IF(ISNUMBER(Gap),Gap,0)", gap, w.st.money)
	}
}

// team writes the revenue, headcount and management figures the summary
// quotes.
func (w *writer) team(s string, p advisor.Plan, l planRows) {
	v := newTeamValues(p, w, l)
	w.text(s, colHire, l.team-1, "Revenue, team and cost", w.st.section)
	caps := fmt.Sprintf("%s:%s", abs(colStart, l.capFirst), abs(colStart, l.cap-1))
	lines := []struct {
		label, name, fx string
		value           any
		style           int
	}{
		{"Revenue this year (Assumptions)", "", `IF(ISNUMBER(RevenueToday),RevenueToday,"not given")`, v.revenue, w.st.money},
		{"Revenue target (Assumptions)", "", `IF(ISNUMBER(RevenueTarget),RevenueTarget,"not given")`, v.target, w.st.money},
		{"Revenue gap (target − this year)", "Gap", `IF(AND(ISNUMBER(RevenueToday),ISNUMBER(RevenueTarget)),RevenueTarget-RevenueToday,"unknown")`, v.gap, w.st.moneyBold},
		{"Reps the gap calls for at full quota (gap ÷ rep quota, rounded up)", "RepsForGap", `IF(AND(ISNUMBER(Gap),RepQuota>0),MAX(0,ROUNDUP(Gap/RepQuota,0)),"unknown")`, v.repsForGap, w.st.whole},
		{"New-rep capacity in year 2, share of the gap", "GapShare", `IF(ISNUMBER(Gap),IF(Gap>0,Capacity2/Gap,"no gap"),"unknown")`, v.gapShare, w.st.pct},
		{"Year-1 cost, share of revenue this year", "CostShare", `IF(AND(ISNUMBER(RevenueToday),RevenueToday>0),Year1Total/RevenueToday,"unknown")`, v.costShare, w.st.pct},
		{"Peak monthly cost", "PeakMonthly", fmt.Sprintf("MAX(%s:%s)", cell(colM1, l.total), cell(colYear1-1, l.total)), v.peak, w.st.moneyBold},
		{"People who sell, manage or forecast today (Answers)", "HeadcountNow", peopleCount(p), float64(len(p.Answers.People)), w.st.whole},
		{"Reps among them (by the diagnosis's role rule)", "RepsToday", "", v.repsToday, w.st.whole},
		{"New reps the plan books (spare rows included)", "NewReps", fmt.Sprintf(`COUNTIF(%s,">=1")`, caps), v.newReps, w.st.whole},
		{"Managers the team needs by month 24 (reps ÷ reps one manager can coach, rounded up)", "ManagersNeeded",
			`IF(Span>0,ROUNDUP((RepsToday+NewReps)/Span,0),"–")`, v.managers, w.st.whole},
		{"Headcount in 12 months", "Headcount12", cell(colM1+11, l.heads), v.heads12, w.st.whole},
	}
	for i, line := range lines {
		r := l.team + i
		w.textAcross(s, colHire, colVariable, r, line.label, w.st.strong)
		switch {
		case line.fx == "":
			w.num(s, colPay, r, line.value.(float64), line.style)
		default:
			w.formula(s, colPay, r, line.fx, line.value, line.style)
		}
		if line.name != "" {
			w.name(line.name, s, colPay, r)
		}
	}
	w.name("Headcount24", s, colYear1-1, l.heads)
}

// teamValues are the results of the team block's formulas for the plan as
// exported.
type teamValues struct {
	revenue, target, gap, repsForGap, gapShare, costShare, managers any
	peak, repsToday, newReps, heads12                               float64
}

func newTeamValues(p advisor.Plan, w *writer, l planRows) teamValues {
	co := p.Answers.Company
	v := teamValues{revenue: "not given", target: "not given", gap: "unknown", repsForGap: "unknown", gapShare: "unknown", costShare: "unknown", managers: "–"}
	if co.AnnualRevenue != nil {
		v.revenue = *co.AnnualRevenue
	}
	if co.RevenueTarget != nil {
		v.target = *co.RevenueTarget
	}
	year1, _ := w.val(SheetPlan, colYear1, l.total)
	cap2, _ := w.val(SheetPlan, colYear2, l.cap)
	if g := p.RevenueGap; g != nil {
		v.gap = *g
		v.gapShare = "no gap"
		if *g > 0 {
			v.gapShare = cap2 / *g
		}
		if q := p.Assumptions.RepQuota(); q > 0 {
			v.repsForGap = math.Max(0, math.Ceil(*g/q))
		}
	}
	if r := co.AnnualRevenue; r != nil && *r > 0 {
		v.costShare = year1 / *r
	}
	for c := colM1; c < colYear1; c++ {
		m, _ := w.val(SheetPlan, c, l.total)
		v.peak = max(v.peak, m)
	}
	v.repsToday = float64(len(p.Diagnosis.Thresholds.Roles(p.Answers.People).Reps))
	for r := l.capFirst; r < l.cap; r++ {
		if s, _ := w.val(SheetPlan, colStart, r); s >= 1 {
			v.newReps++
		}
	}
	if span := p.Assumptions.Span.Value; span > 0 {
		v.managers = math.Ceil((v.repsToday + v.newReps) / span)
	}
	v.heads12, _ = w.val(SheetPlan, colM1+11, l.heads)
	return v
}

// peopleCount is the formula for today's headcount: the rows of the people
// table on the Answers sheet.
func peopleCount(p advisor.Plan) string {
	if len(p.Answers.People) == 0 {
		return "0"
	}
	return "ROWS(PeopleList)"
}
