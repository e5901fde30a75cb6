package xlsx

import (
	"fmt"
	"math"
	"strconv"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// Columns of the Hiring plan sheet.
const (
	colHire = iota + 1
	colRole
	colSearch       // the month the search starts: the decision, an input
	colSearchMonths // by role, from the named search times
	colPaid         // the first paid month: search start + search months
	colMonths
	colEnd // the last paid month within the plan
	colBase
	colVariable
	colPay
	colBurden
	colFee
	colDays
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

// Rows of the Hiring plan sheet's heading: the month numbers the formulas
// read, then the headings with each month's date.
const (
	planMonthRow = 3
	planHeader   = 4
)

// spareRows is how many empty hire rows the plan offers, so that a reader
// can add a hire without rebuilding formulas.
const spareRows = 3

// Roles of the hire rows, as roleLabel words them; the spare rows'
// drop-down offers the first three.
const (
	labelRep        = "Sales rep"
	labelManager    = "Sales manager"
	labelFractional = "Fractional VP"
	labelPromotion  = "Promotion"
)

// planRows locates the blocks of the Hiring plan sheet.
type planRows struct {
	first, last           int // hire rows; one note row when there are no hires
	spareFirst, spareLast int
	turnover              int // the expected cost of reps who leave
	total, cumul, heads   int // cost per month, cumulative, headcount per month
	quarter               int // quarter labels; the totals are on the row below
	facts                 int // the capacity block's figures: quota, bookings, ramp, departure cost, months lost
	capFirst, capSpare    int // bookings rows of the new reps, then of the spare rows
	capGross              int
	seats, departures     int
	loss, capNet          int
	runRate, gap, reaches int
	team                  int // first line of the team and revenue block
	why                   int // why each hire
	chart                 int
}

// capacityFacts is the number of figure lines above the bookings rows.
const capacityFacts = 5

func layoutPlan(p advisor.Plan) planRows {
	var l planRows
	l.first = planHeader + 1
	l.last = l.first + max(len(p.Hires), 1) - 1
	l.spareFirst, l.spareLast = l.last+1, l.last+spareRows
	l.turnover = l.spareLast + 1
	l.total, l.cumul, l.heads = l.turnover+1, l.turnover+2, l.turnover+3
	l.quarter = l.heads + 2
	l.facts = l.quarter + 4
	l.capFirst = l.facts + capacityFacts + 1
	l.capSpare = l.capFirst + max(len(repHires(p.Hires)), 1)
	l.capGross = l.capSpare + spareRows
	l.seats, l.departures, l.loss, l.capNet = l.capGross+1, l.capGross+2, l.capGross+3, l.capGross+4
	l.runRate, l.gap, l.reaches = l.capNet+2, l.capNet+3, l.capNet+4
	l.team = l.reaches + 3
	l.why = l.team + len(teamLabels) + 2
	l.chart = l.why + max(len(p.Hires), 1) + 2
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
	w.widths(s, 30, 13, 8, 8, 8, 8, 8, 10, 10, 11, 7, 10, 7, 7, 11)
	w.colWidths(s, colM1, colM1+advisor.PlanMonths-1, 10)
	w.colWidths(s, colYear1, colTotal, 12)
	w.colWidths(s, colHeadcount, colHeadcount, 10)
	l := layoutPlan(p)
	w.text(s, 1, 1, "Hiring plan: 24 months", w.st.title)
	w.height(s, 1, 24)
	w.textAcross(s, colHire, colMonthly, 2, "Each hire's cost per month, with the recruiting fee in its first paid month. Yellow cells are inputs: when each search starts, how long each hire lasts. Pay comes from Salary bands, the rest from Assumptions. Add a hire in a spare row.", w.st.noteWrap)
	w.planHeader(s)
	if len(p.Hires) == 0 {
		w.text(s, colHire, l.first, "No hires in this plan.", w.st.note)
	}
	frac := -1
	for i, h := range p.Hires {
		switch {
		case h.Role == advisor.RoleFractionalVP && frac < 0:
			frac = i
			w.hire(s, l.first+i, h, p)
		case h.Role == advisor.RoleFractionalVP:
			w.lightTouch(s, l.first+i, l.first+frac, h)
		default:
			w.hire(s, l.first+i, h, p)
		}
	}
	for r := l.spareFirst; r <= l.spareLast; r++ {
		w.spare(s, r)
	}
	w.hireGuards(s, l)
	w.planTotals(s, p, l)
	w.quarters(s, l)
	w.capacity(s, p, l)
	w.team(s, p, l)
	w.whyEach(s, p, l)
	w.planCharts(s, p, l)
	w.freeze(s, colRole, planHeader+1)
	w.print(s, printOpts{landscape: true, titleFrom: planMonthRow, titleRows: planHeader, titleCol: true,
		colBreaks: []int{colMonthly, colM1 + 11, colYear1 - 1}, rowBreaks: []int{l.quarter + 1, l.team - 2, l.chart - 1}, across: true})
}

func (w *writer) planHeader(s string) {
	w.header(s, planHeader, "Hire", "Role", "Search starts (month)", "Search months", "Paid from (month)", "Months (0 = to the end)",
		"Paid to (month)", "Base", "Variable", "Yearly pay (OTE)", "Burden", "Recruiting fee", "Days a week", "Ramp months", "Cost per month")
	for c := colHire; c < colM1; c++ {
		w.blank(s, c, planMonthRow, w.st.header)
	}
	w.text(s, colMonthly, planMonthRow, "Plan month", w.st.header)
	for m := 1; m <= advisor.PlanMonths; m++ {
		w.num(s, colM1+m-1, planMonthRow, float64(m), w.st.month)
		w.formula(s, colM1+m-1, planHeader, fmt.Sprintf("EDATE(PlanStart,%d)", m-1), w.monthSerial(m), w.st.monthHead)
	}
	for y := 1; y <= 2; y++ {
		w.blank(s, colYear1+y-1, planMonthRow, w.st.header)
		from, to := w.monthLabel(12*y-11), w.monthLabel(12*y)
		w.phrase(s, colYear1+y-1, planHeader, phrase{lit(fmt.Sprintf("Year %d: ", y)), from, lit("–"), to}, w.st.header)
	}
	for i, h := range []string{"Total", "Adds to headcount"} {
		w.blank(s, colTotal+i, planMonthRow, w.st.header)
		w.text(s, colTotal+i, planHeader, h, w.st.header)
	}
}

// hire writes one hire row. Pay, fee, burden, ramp and the engagement's
// terms are formulas on the bands and assumptions when they agree with the
// plan; a value the plan set otherwise is written as an input, so the
// totals always match.
func (w *writer) hire(s string, r int, h advisor.Hire, p advisor.Plan) {
	as := p.Assumptions
	w.text(s, colHire, r, h.Title, w.st.wrap)
	w.text(s, colRole, r, roleLabel(h), w.st.wrap)
	w.num(s, colSearch, r, float64(h.SearchStart), w.st.wholeInput)
	switch {
	case h.Role == advisor.RoleRep:
		w.live(s, colSearchMonths, r, "ROUND(RepSearch,0)", float64(advisor.Months(as.RepSearchMonths)), float64(h.SearchMonths), w.st.whole, w.st.wholeInput)
	case h.Role == advisor.RoleManager && !h.Promotion:
		w.live(s, colSearchMonths, r, "ROUND(ManagerSearch,0)", float64(advisor.Months(as.ManagerSearchMonths)), float64(h.SearchMonths), w.st.whole, w.st.wholeInput)
	default:
		w.num(s, colSearchMonths, r, float64(h.SearchMonths), w.st.whole)
	}
	w.formula(s, colPaid, r, fmt.Sprintf("%s+%s", w.ref(colSearch, r), w.ref(colSearchMonths, r)), float64(h.Start), w.st.whole)
	if h.Role == advisor.RoleFractionalVP {
		w.engagementRow(s, r, h, p)
	} else {
		w.num(s, colMonths, r, float64(h.Months), w.st.wholeInput)
		w.employee(s, r, h, p)
	}
	w.monthCells(s, r, h)
	w.num(s, colHeadcount, r, b2f(h.FullTime()), w.st.whole)
}

// engagementRow writes the fractional VP's terms: the engagement the
// Assumptions sheet sizes to the leadership budget.
func (w *writer) engagementRow(s string, r int, h advisor.Hire, p advisor.Plan) {
	e := w.sized(p, true)
	w.live(s, colMonths, r, "EngMonths", float64(e.months), float64(h.Months), w.st.whole, w.st.wholeInput)
	w.num(s, colBurden, r, 0, w.st.pct)
	w.num(s, colFee, r, 0, w.st.money)
	w.live(s, colDays, r, "EngDays", e.days, h.DaysPerWeek, w.st.number, w.st.numberInput)
	w.live(s, colMonthly, r, "EngRetainer", e.retainer, h.Pay, w.st.money, w.st.moneyInput)
}

// lightTouch writes the engagement's light-touch continuation: from the
// month after the engagement ends to the end of the plan, at the low end
// of the days and the engagement's day rate.
func (w *writer) lightTouch(s string, r, main int, h advisor.Hire) {
	w.text(s, colHire, r, h.Title, w.st.wrap)
	w.text(s, colRole, r, roleLabel(h), w.st.wrap)
	w.formula(s, colSearch, r, fmt.Sprintf("%s+%s", w.ref(colPaid, main), w.ref(colMonths, main)), float64(h.SearchStart), w.st.whole)
	w.num(s, colSearchMonths, r, 0, w.st.whole)
	w.formula(s, colPaid, r, fmt.Sprintf("%s+%s", w.ref(colSearch, r), w.ref(colSearchMonths, r)), float64(h.Start), w.st.whole)
	w.formula(s, colMonths, r, fmt.Sprintf("MAX(0,%d-%s)", advisor.PlanMonths+1, w.ref(colPaid, r)), float64(h.Months), w.st.whole)
	w.num(s, colBurden, r, 0, w.st.pct)
	w.num(s, colFee, r, 0, w.st.money)
	w.formula(s, colDays, r, "MIN(FractionalDaysLow,FractionalDays)", h.DaysPerWeek, w.st.number)
	w.formula(s, colMonthly, r, fmt.Sprintf("IF(%[2]s>0,%[1]s/%[2]s*%[3]s,0)", w.ref(colMonthly, main), w.ref(colDays, main), w.ref(colDays, r)), h.Pay, w.st.money)
	w.monthCells(s, r, h)
	w.num(s, colHeadcount, r, 0, w.st.whole)
}

// monthCells writes a hire's cost in each month and its year sums.
func (w *writer) monthCells(s string, r int, h advisor.Hire) {
	w.paidTo(s, r, h.End())
	for m := 1; m <= advisor.PlanMonths; m++ {
		w.formula(s, colM1+m-1, r, monthCost(m, r), month(h.Monthly, m-1), w.st.money)
	}
	w.yearSums(s, r, w.st.money)
}

// ref is a row-absolute reference to a cell of the same sheet: $H5.
func (w *writer) ref(col, row int) string {
	return "$" + colName(col) + strconv.Itoa(row)
}

// monthRef is the cell holding month m's number: P$3.
func monthRef(m int) string {
	return colName(colM1+m-1) + "$" + strconv.Itoa(planMonthRow)
}

// monthCost is advisor.Hire's cost in month m as a formula: the cost per
// month while paid (from the paid-from month to the paid-to month), and the
// recruiting fee in the first paid month. A row without a paid-from month
// costs nothing.
func monthCost(m, r int) string {
	mc, row := monthRef(m), strconv.Itoa(r)
	paid, end, monthly, fee := "$"+colName(colPaid)+row, "$"+colName(colEnd)+row, "$"+colName(colMonthly)+row, "$"+colName(colFee)+row
	return "IF(AND(" + paid + ">=1," + mc + ">=" + paid + "," + mc + "<=" + end + ")," + monthly + ",0)+IF(" + mc + "=" + paid + "," + fee + ",0)"
}

// paidTo writes the last month the hire on row r is paid within the plan:
// advisor.Hire.End, or 0 for a row without a paid-from month.
func (w *writer) paidTo(s string, r int, end int) {
	paid, months := w.ref(colPaid, r), w.ref(colMonths, r)
	w.formula(s, colEnd, r, fmt.Sprintf("IF(%[1]s>=1,IF(%[2]s=0,%[3]d,MIN(%[3]d,%[1]s+%[2]s-1)),0)", paid, months, advisor.PlanMonths), float64(end), w.st.whole)
}

// employee writes an employee's pay, base, burden, fee, ramp and cost per
// month.
func (w *writer) employee(s string, r int, h advisor.Hire, p advisor.Plan) {
	as := p.Assumptions
	lvl := as.Level
	switch {
	case h.Promotion:
		w.live(s, colPay, r, "ManagerOTE-RepOTE", as.Manager.At(lvl)-as.Rep.At(lvl), h.Pay, w.st.money, w.st.moneyInput)
	case h.Role == advisor.RoleManager:
		w.live(s, colPay, r, "ManagerOTE", as.Manager.At(lvl), h.Pay, w.st.money, w.st.moneyInput)
	default:
		w.live(s, colPay, r, "RepOTE", as.Rep.At(lvl), h.Pay, w.st.money, w.st.moneyInput)
	}
	pay, burden := w.ref(colPay, r), w.ref(colBurden, r)
	share := as.Rep.BaseShare
	if h.Role == advisor.RoleManager {
		share = as.Manager.BaseShare
	}
	w.formula(s, colBase, r, fmt.Sprintf("%s*%s", pay, shareName(h)), h.Pay*share, w.st.money)
	w.formula(s, colVariable, r, fmt.Sprintf("%s-%s", pay, w.ref(colBase, r)), h.Pay-h.Pay*share, w.st.money)
	w.live(s, colBurden, r, "BurdenRate", as.BurdenRate.Value, h.BurdenRate, w.st.pct, w.st.pctInput)
	if h.Promotion {
		w.num(s, colFee, r, h.RecruitingFee, w.st.money)
	} else {
		w.live(s, colFee, r, pay+"*FeeRate", h.Pay*as.RecruitingFeeRate.Value, h.RecruitingFee, w.st.money, w.st.moneyInput)
	}
	if h.Role == advisor.RoleRep {
		w.live(s, colRamp, r, "PlanRamp", float64(p.RampMonths), float64(h.RampMonths), w.st.whole, w.st.wholeInput)
	}
	w.formula(s, colMonthly, r, fmt.Sprintf("%s*(1+%s)/12", pay, burden), h.MonthlyCost(), w.st.money)
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

// spare writes an empty hire row: choose a role and the month the search
// starts, and its search, pay, fee, cost, capacity and headcount follow by
// formula.
func (w *writer) spare(s string, r int) {
	role := w.ref(colRole, r)
	is := func(label string) string { return fmt.Sprintf(`%s="%s"`, role, label) }
	employee := fmt.Sprintf("OR(%s,%s)", is(labelRep), is(labelManager))
	w.blank(s, colHire, r, w.st.nameInput)
	w.blank(s, colRole, r, w.st.roleInput)
	w.blank(s, colSearch, r, w.st.wholeInput)
	w.formula(s, colSearchMonths, r, fmt.Sprintf("IF(%s,ROUND(RepSearch,0),IF(%s,ROUND(ManagerSearch,0),0))", is(labelRep), is(labelManager)), 0.0, w.st.whole)
	search := w.ref(colSearch, r)
	w.formula(s, colPaid, r, fmt.Sprintf("IF(ISNUMBER(%[1]s),%[1]s+%[2]s,0)", search, w.ref(colSearchMonths, r)), 0.0, w.st.whole)
	w.blank(s, colMonths, r, w.st.wholeInput)
	w.paidTo(s, r, 0)
	pay := w.ref(colPay, r)
	w.formula(s, colBase, r, fmt.Sprintf("%s*IF(%s,ManagerBaseShare,RepBaseShare)", pay, is(labelManager)), 0.0, w.st.money)
	w.formula(s, colVariable, r, fmt.Sprintf("%s-%s", pay, w.ref(colBase, r)), 0.0, w.st.money)
	w.formula(s, colPay, r, fmt.Sprintf("IF(%s,RepOTE,IF(%s,ManagerOTE,0))", is(labelRep), is(labelManager)), 0.0, w.st.money)
	w.formula(s, colBurden, r, fmt.Sprintf("IF(%s,BurdenRate,0)", employee), 0.0, w.st.pct)
	w.formula(s, colFee, r, fmt.Sprintf("IF(%s,%s*FeeRate,0)", employee, pay), 0.0, w.st.money)
	w.formula(s, colDays, r, fmt.Sprintf("IF(%s,FractionalDays,0)", is(labelFractional)), 0.0, w.st.number)
	w.formula(s, colRamp, r, fmt.Sprintf("IF(%s,PlanRamp,0)", is(labelRep)), 0.0, w.st.whole)
	w.formula(s, colMonthly, r, fmt.Sprintf("IF(%s,Retainer,%s*(1+%s)/12)", is(labelFractional), pay, w.ref(colBurden, r)), 0.0, w.st.money)
	for m := 1; m <= advisor.PlanMonths; m++ {
		w.formula(s, colM1+m-1, r, monthCost(m, r), 0.0, w.st.money)
	}
	w.yearSums(s, r, w.st.money)
	w.formula(s, colHeadcount, r, fmt.Sprintf("IF(%s,1,0)", employee), 0.0, w.st.whole)
}

// hireGuards keeps search months and lengths whole months within the plan,
// and spare rows to the roles the formulas know.
func (w *writer) hireGuards(s string, l planRows) {
	starts := fmt.Sprintf("%s:%s", cell(colSearch, l.first), cell(colSearch, l.spareLast))
	months := fmt.Sprintf("%s:%s", cell(colMonths, l.first), cell(colMonths, l.spareLast))
	w.validate(s, starts, wholeBetween(1, advisor.PlanMonths).says("Search starts",
		"The month the search for this hire starts, from 1 to 24 (month 1 is the plan's first month): pay starts after the search. For a promotion or a fractional VP, the month they start. The default follows the recommendation.",
		"Type a whole month from 1 to 24."))
	w.validate(s, months, wholeBetween(0, advisor.PlanMonths).says("Months",
		"How many months the hire or engagement lasts, from 0 to 24; 0 means to the end of the plan. The fractional engagement's default is sized on the Assumptions sheet.",
		"Type a whole number of months from 0 to 24 (0 = to the end of the plan)."))
	w.validate(s, fmt.Sprintf("%s:%s", cell(colRole, l.spareFirst), cell(colRole, l.spareLast)),
		oneOf(labelRep, labelManager, labelFractional).says("Role of a new hire",
			"Choose the role of a hire you add: pay comes from Salary bands (or the retainer), search time, fee, burden and ramp from Assumptions.",
			"Choose Sales rep, Sales manager or Fractional VP."))
	sd := w.sheet(s)
	for r := l.first; r <= l.last && r <= len(sd.rows); r++ {
		for c, x := range sd.rows[r-1] {
			if c+1 != colSearch && c+1 != colMonths && w.st.isInput(x.style) {
				w.validate(s, cell(c+1, r), atLeast(0.0).says("Value set by the plan",
					"The plan set this value apart from the bands and assumptions; type over it to change this hire only.", "Type a number of 0 or more."))
			}
		}
	}
}

func shareName(h advisor.Hire) string {
	if h.Role == advisor.RoleManager {
		return "ManagerBaseShare"
	}
	return "RepBaseShare"
}

func roleLabel(h advisor.Hire) string {
	switch {
	case h.Promotion:
		return labelPromotion
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

// planTotals writes the turnover cost, the total and cumulative cost and
// the headcount of each month.
func (w *writer) planTotals(s string, p advisor.Plan, l planRows) {
	w.text(s, colHire, l.turnover, "Rep turnover (expected): successors' fees less pay saved while seats are empty", w.st.wrap)
	w.text(s, colRole, l.turnover, "Turnover", w.st.wrap)
	for m := 1; m <= advisor.PlanMonths; m++ {
		w.formula(s, colM1+m-1, l.turnover, fmt.Sprintf("%s*DepartureCost", cell(colM1+m-1, l.departures)), month(p.TurnoverCost, m-1), w.st.money)
	}
	w.yearSums(s, l.turnover, w.st.money)
	w.text(s, colHire, l.total, "Total cost", w.st.bold)
	w.text(s, colHire, l.cumul, "Cumulative cost", w.st.strong)
	w.text(s, colHire, l.heads, "Headcount: people who sell, manage or forecast", w.st.wrap)
	for c := colRole; c < colM1; c++ {
		w.blank(s, c, l.total, w.st.bold)
	}
	for c := colM1; c <= colTotal; c++ {
		w.sum(s, c, l.total, c, l.first, c, l.turnover, w.st.moneyBold)
	}
	var run float64
	hc := fmt.Sprintf("%s:%s", abs(colHeadcount, l.first), abs(colHeadcount, l.spareLast))
	paid := fmt.Sprintf("%s:%s", abs(colPaid, l.first), abs(colPaid, l.spareLast))
	for m := 1; m <= advisor.PlanMonths; m++ {
		c := colM1 + m - 1
		v, _ := w.val(s, c, l.total)
		run += v
		fx := cell(c, l.total)
		if m > 1 {
			fx = cell(c-1, l.cumul) + "+" + fx
		}
		w.formula(s, c, l.cumul, fx, run, w.st.money)
		w.formula(s, c, l.heads, fmt.Sprintf(`HeadcountNow+SUMIFS(%s,%s,">=1",%s,"<="&%s)`, hc, paid, paid, monthRef(m)),
			float64(p.HeadcountNow)+w.startedBy(s, l, m), w.st.whole)
	}
	w.name("Year1Total", SheetPlan, colYear1, l.total)
	w.name("Year2Total", SheetPlan, colYear2, l.total)
	w.name("PlanTotal", SheetPlan, colTotal, l.total)
	w.name("Headcount24", s, colYear1-1, l.heads)
}

// startedBy counts the full-time hires paid by month m, as the rows hold
// them.
func (w *writer) startedBy(s string, l planRows, m int) float64 {
	var n float64
	for r := l.first; r <= l.spareLast; r++ {
		start, ok := w.val(s, colPaid, r)
		hc, _ := w.val(s, colHeadcount, r)
		if ok && start >= 1 && start <= float64(m) {
			n += hc
		}
	}
	return n
}

// quarters writes the quarterly totals under the months they sum, each in
// a cell merged across its three months and labelled with their dates.
func (w *writer) quarters(s string, l planRows) {
	w.text(s, colHire, l.quarter, "Quarterly cost", w.st.section)
	for q := range advisor.PlanMonths / 3 {
		c := colM1 + 3*q
		w.phrase(s, c, l.quarter, phrase{lit(fmt.Sprintf("Q%d: ", q+1)), w.monthLabel(3*q + 1), lit("–"), w.monthLabel(3*q + 3)}, w.st.header)
		w.blank(s, c+1, l.quarter, w.st.header)
		w.blank(s, c+2, l.quarter, w.st.header)
		w.merge(s, cell(c, l.quarter), cell(c+2, l.quarter))
		w.sum(s, c, l.quarter+1, c, l.total, c+2, l.total, w.st.moneyBold)
		w.blank(s, c+1, l.quarter+1, w.st.moneyBold)
		w.blank(s, c+2, l.quarter+1, w.st.moneyBold)
		w.merge(s, cell(c, l.quarter+1), cell(c+2, l.quarter+1))
	}
}
