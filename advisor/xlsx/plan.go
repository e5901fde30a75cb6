package xlsx

import (
	"fmt"
	"math"

	"github.com/xuri/excelize/v2"

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

// planRows locates the blocks of the Hiring plan sheet.
type planRows struct {
	first, last   int // hire rows; one placeholder row when there are no hires
	total, cumul  int
	quarter       int // quarter labels; the totals are on the row below
	quota         int
	capFirst, cap int // per-rep capacity rows and their total
	revenue       int // first row of the revenue and headcount block
	chart         int
}

func layoutPlan(p advisor.Plan) planRows {
	var l planRows
	l.first = planHeader + 1
	l.last = l.first + max(len(p.Hires), 1) - 1
	l.total, l.cumul = l.last+1, l.last+2
	l.quarter = l.cumul + 2
	l.quota = l.quarter + 4
	l.capFirst = l.quota + 1
	l.cap = l.capFirst + max(len(repHires(p.Hires)), 1)
	l.revenue = l.cap + 3
	l.chart = l.revenue + 8
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
	w.widths(s, 36, 16, 8, 9, 9, 11, 11, 11, 8, 8, 11)
	l := layoutPlan(p)
	w.title(s, "Hiring plan: 24 months", "Cost per month of each hire. Yellow cells are inputs; pay comes from the Salary bands sheet, burden and ramp from Assumptions.")
	w.planHeader(s)
	if len(p.Hires) == 0 {
		w.text(s, colHire, l.first, "No hires in this plan.", w.st.note)
	}
	for i, h := range p.Hires {
		w.hire(s, l.first+i, h, p.Assumptions)
	}
	w.planTotals(s, l)
	w.quarters(s, l)
	w.capacity(s, p, l)
	w.revenue(s, p, l)
	w.planChart(s, l)
	w.fail(w.f.SetColWidth(s, colName(colM1), colName(colM1+advisor.PlanMonths-1), 10))
	w.fail(w.f.SetColWidth(s, colName(colYear1), colName(colTotal), 12))
	w.fail(w.f.SetColWidth(s, colName(colHeadcount), colName(colHeadcount), 10))
	w.freeze(s, colRole, planHeader+1)
	w.printWide(s, planHeader, 2)
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
func (w *writer) hire(s string, r int, h advisor.Hire, as advisor.Assumptions) {
	w.text(s, colHire, r, h.Title, w.st.wrap)
	w.text(s, colRole, r, roleLabel(h), w.st.wrap)
	w.num(s, colStart, r, float64(h.Start), w.st.numberInput)
	if h.Role == advisor.RoleFractionalVP {
		w.live(s, colMonths, r, "ROUND(FractionalMonths,0)", math.Round(as.FractionalMonths.Value), float64(h.Months), w.st.number, w.st.numberInput)
	} else {
		w.num(s, colMonths, r, float64(h.Months), w.st.numberInput)
	}
	pay, base, burden := fmt.Sprintf("$%s%d", colName(colPay), r), fmt.Sprintf("$%s%d", colName(colBase), r), fmt.Sprintf("$%s%d", colName(colBurden), r)
	if h.Role == advisor.RoleFractionalVP {
		w.text(s, colBand, r, "retainer", w.st.wrap)
		w.num(s, colBurden, r, 0, w.st.pct)
		w.live(s, colMonthly, r, "Retainer", as.FractionalRetainer.Value, h.Pay, w.st.money, w.st.moneyInput)
	} else {
		w.employee(s, r, h, as)
		w.formula(s, colBase, r, fmt.Sprintf("%s*%s", pay, shareName(h)), w.st.money)
		w.formula(s, colVariable, r, fmt.Sprintf("%s-%s", pay, base), w.st.money)
		w.formula(s, colMonthly, r, fmt.Sprintf("%s*(1+%s)/12", pay, burden), w.st.money)
	}
	k := fmt.Sprintf("$%s%d", colName(colMonthly), r)
	for m := colM1; m < colYear1; m++ {
		mc := colName(m) + "$" + fmt.Sprint(planHeader)
		start, months := fmt.Sprintf("$C%d", r), fmt.Sprintf("$D%d", r)
		w.formula(s, m, r, fmt.Sprintf("IF(AND(%s>=%s,OR(%s=0,%s<%s+%s)),%s,0)", mc, start, months, mc, start, months, k), w.st.money)
	}
	w.yearSums(s, r, w.st.money)
	w.num(s, colHeadcount, r, b2f(h.FullTime()), w.st.number)
}

// employee writes an employee's band, pay, burden and ramp.
func (w *writer) employee(s string, r int, h advisor.Hire, as advisor.Assumptions) {
	lvl := as.Level
	switch {
	case h.Promotion:
		w.text(s, colBand, r, "raise", w.st.wrap)
		w.live(s, colPay, r, "ManagerOTE-RepOTE", as.Manager.At(lvl)-as.Rep.At(lvl), h.Pay, w.st.money, w.st.moneyInput)
	case h.Role == advisor.RoleManager:
		w.formula(s, colBand, r, "BandLevel", w.st.wrap)
		w.live(s, colPay, r, "ManagerOTE", as.Manager.At(lvl), h.Pay, w.st.money, w.st.moneyInput)
	default:
		w.formula(s, colBand, r, "BandLevel", w.st.wrap)
		w.live(s, colPay, r, "RepOTE", as.Rep.At(lvl), h.Pay, w.st.money, w.st.moneyInput)
	}
	w.live(s, colBurden, r, "BurdenRate", as.BurdenRate.Value, h.BurdenRate, w.st.pct, w.st.pctInput)
	if h.Role == advisor.RoleRep {
		w.live(s, colRamp, r, "ROUND(RepRamp,0)", math.Round(as.RepRampMonths.Value), float64(h.RampMonths), w.st.number, w.st.numberInput)
	}
}

// live writes formula fx when its value (model) equals the plan's value,
// and the plan's value as an input cell otherwise.
func (w *writer) live(s string, col, r int, fx string, model, value float64, style, inputStyle int) {
	if math.Abs(model-value) < 0.005 {
		w.formula(s, col, r, fx, style)
		return
	}
	w.num(s, col, r, value, inputStyle)
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
		return "Sales rep"
	case h.Role == advisor.RoleManager:
		return "Sales manager"
	case h.Role == advisor.RoleFractionalVP:
		return "Fractional VP"
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
	m1, m12, m13, m24 := cell(colM1, r), cell(colM1+11, r), cell(colM1+12, r), cell(colM1+23, r)
	w.formula(s, colYear1, r, fmt.Sprintf("SUM(%s:%s)", m1, m12), style)
	w.formula(s, colYear2, r, fmt.Sprintf("SUM(%s:%s)", m13, m24), style)
	w.formula(s, colTotal, r, fmt.Sprintf("%s+%s", cell(colYear1, r), cell(colYear2, r)), style)
}

func (w *writer) planTotals(s string, l planRows) {
	w.text(s, colHire, l.total, "Total cost", w.st.bold)
	w.text(s, colHire, l.cumul, "Cumulative cost", w.st.strong)
	for c := colRole; c < colM1; c++ {
		w.style(s, cell(c, l.total), cell(c, l.total), w.st.bold)
	}
	for c := colM1; c <= colTotal; c++ {
		w.formula(s, c, l.total, fmt.Sprintf("SUM(%s:%s)", cell(c, l.first), cell(c, l.last)), w.st.moneyBold)
	}
	for c := colM1; c < colYear1; c++ {
		fx := cell(c, l.total)
		if c > colM1 {
			fx = cell(c-1, l.cumul) + "+" + fx
		}
		w.formula(s, c, l.cumul, fx, w.st.money)
	}
	w.name("Year1Total", SheetPlan, colYear1, l.total)
	w.name("Year2Total", SheetPlan, colYear2, l.total)
	w.name("PlanTotal", SheetPlan, colTotal, l.total)
}

// quarters writes the quarterly totals under the months they sum, each in
// a cell merged across its three months.
func (w *writer) quarters(s string, l planRows) {
	w.text(s, colHire, l.quarter, "Quarterly cost", w.st.section)
	for q := range advisor.PlanMonths / 3 {
		c := colM1 + 3*q
		w.text(s, c, l.quarter, fmt.Sprintf("Q%d (year %d)", q+1, q/4+1), w.st.header)
		w.fail(w.f.MergeCell(s, cell(c, l.quarter), cell(c+2, l.quarter)))
		w.formula(s, c, l.quarter+1, fmt.Sprintf("SUM(%s:%s)", cell(c, l.total), cell(c+2, l.total)), w.st.moneyBold)
		w.fail(w.f.MergeCell(s, cell(c, l.quarter+1), cell(c+2, l.quarter+1)))
	}
}

// capacity writes the ramped quota of each new rep per month.
func (w *writer) capacity(s string, p advisor.Plan, l planRows) {
	w.text(s, colHire, l.quota-1, "New-rep quota capacity (ramped)", w.st.section)
	w.text(s, colHire, l.quota, "Quota of a fully ramped rep, per year (rep OTE × quota multiple)", w.st.strong)
	w.formula(s, colMonthly, l.quota, "RepOTE*QuotaMultiple", w.st.moneyBold)
	w.name("RepQuota", s, colMonthly, l.quota)
	reps := repHires(p.Hires)
	if len(reps) == 0 {
		w.text(s, colHire, l.capFirst, "No new reps in this plan.", w.st.note)
	}
	for i, h := range reps {
		w.capacityRow(s, l.capFirst+i, l.first+h, p.Hires[h].Title)
	}
	w.text(s, colHire, l.cap, "New-rep capacity", w.st.bold)
	for c := colM1; c <= colTotal; c++ {
		w.formula(s, c, l.cap, fmt.Sprintf("SUM(%s:%s)", cell(c, l.capFirst), cell(c, l.cap-1)), w.st.moneyBold)
	}
	w.name("Capacity1", s, colYear1, l.cap)
	w.name("Capacity2", s, colYear2, l.cap)
}

// capacityRow is advisor.RampFactor as a formula: nothing before the start,
// then linear over the ramp months, then the full monthly quota.
func (w *writer) capacityRow(s string, r, hireRow int, title string) {
	w.text(s, colHire, r, title, w.st.wrap)
	w.formula(s, colStart, r, cell(colStart, hireRow), w.st.number)
	w.formula(s, colRamp, r, cell(colRamp, hireRow), w.st.number)
	start, ramp := fmt.Sprintf("$C%d", r), fmt.Sprintf("$J%d", r)
	for c := colM1; c < colYear1; c++ {
		m := colName(c) + "$" + fmt.Sprint(planHeader)
		w.formula(s, c, r, fmt.Sprintf("IF(%s<%s,0,IF(%s<=0,1,MIN(1,(%s-%s+1)/%s)))*RepQuota/12", m, start, ramp, m, start, ramp), w.st.money)
	}
	w.yearSums(s, r, w.st.money)
}

// revenue writes the revenue gap the new reps cover and the headcount.
func (w *writer) revenue(s string, p advisor.Plan, l planRows) {
	r := l.revenue
	w.text(s, colHire, r-1, "Revenue and headcount", w.st.section)
	c := p.Answers.Company
	w.amount(s, r, "Revenue today (from the answers)", c.AnnualRevenue)
	w.amount(s, r+1, "Revenue target (from the answers)", c.RevenueTarget)
	w.text(s, colHire, r+2, "Revenue gap (target − today)", w.st.strong)
	w.text(s, colHire, r+3, "New-rep capacity in year 2, share of the gap", w.st.strong)
	if c.AnnualRevenue != nil && c.RevenueTarget != nil {
		w.formula(s, colPay, r+2, fmt.Sprintf("%s-%s", cell(colPay, r+1), cell(colPay, r)), w.st.moneyBold)
		gap := cell(colPay, r+2)
		w.formula(s, colPay, r+3, fmt.Sprintf(`IF(%s>0,Capacity2/%s,"")`, gap, gap), w.st.pct)
	} else {
		w.text(s, colPay, r+2, "unknown", w.st.note)
	}
	w.text(s, colHire, r+4, "People selling, managing or forecasting today", w.st.strong)
	w.formula(s, colPay, r+4, peopleCount(p), w.st.number)
	w.name("HeadcountNow", s, colPay, r+4)
	w.text(s, colHire, r+5, "Headcount in month 12 (new full-time hires started)", w.st.strong)
	hc := fmt.Sprintf("%s:%s", abs(colHeadcount, l.first), abs(colHeadcount, l.last))
	st := fmt.Sprintf("%s:%s", abs(colStart, l.first), abs(colStart, l.last))
	w.formula(s, colPay, r+5, fmt.Sprintf(`HeadcountNow+SUMIFS(%s,%s,"<=12")`, hc, st), w.st.number)
	w.name("Headcount12", s, colPay, r+5)
}

func (w *writer) amount(s string, r int, label string, v *float64) {
	w.text(s, colHire, r, label, w.st.strong)
	if v == nil {
		w.text(s, colPay, r, "not given", w.st.note)
		return
	}
	w.num(s, colPay, r, *v, w.st.moneyInput)
}

func (w *writer) planChart(s string, l planRows) {
	cats := fmt.Sprintf("%s!%s:%s", quoteSheet(s), abs(colM1, planHeader), abs(colYear1-1, planHeader))
	series := func(row int) excelize.ChartSeries {
		return excelize.ChartSeries{Name: ref(s, colHire, row), Categories: cats,
			Values: fmt.Sprintf("%s!%s:%s", quoteSheet(s), abs(colM1, row), abs(colYear1-1, row))}
	}
	monthly := series(l.total)
	monthly.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"4472C4"}}
	cumul := series(l.cumul)
	cumul.Line = excelize.LineOptions{Width: 2.25}
	cumul.Marker = excelize.ChartMarker{Symbol: "none"}
	w.fail(w.f.AddChart(s, cell(colHire, l.chart), &excelize.Chart{
		Type: excelize.Col, Series: []excelize.ChartSeries{monthly},
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "Monthly and cumulative cost"}}},
		Legend:    excelize.ChartLegend{Position: "bottom"},
		Dimension: excelize.ChartDimension{Width: 900, Height: 320},
		YAxis:     excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "#,##0"}},
	}, &excelize.Chart{
		Type: excelize.Line, Series: []excelize.ChartSeries{cumul},
		YAxis: excelize.ChartAxis{Secondary: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "#,##0"}},
	}))
}
