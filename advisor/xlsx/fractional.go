package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// Rows and columns of the Fractional vs full-time sheet.
const (
	fracInputs = 4  // first input row
	fracWords  = 19 // the comparison in words
	fracHeader = 21 // table header; month 1 is the row below
	fracMonth  = 1
	fracFrac   = 2
	fracFull   = 3
	fracDiff   = 4
	fracEven   = 5
	fracValue  = 4 // column of the input block's values; labels span the columns before it
	fracChart  = 7 // the chart's column
)

// month is xs[i], or 0 past its end (a plan made by hand may lack a
// series).
func month(xs []float64, i int) float64 {
	if i < 0 || i >= len(xs) {
		return 0
	}
	return xs[i]
}

func (w *writer) fractional(p advisor.Plan) {
	const s = SheetFractional
	w.widths(s, 8, 20, 20, 20, 14, 4)
	c := p.Comparison
	w.title(s, "Fractional VP of Sales vs a full-time manager",
		"Cumulative cost of each path. The inputs come from the Assumptions and Salary bands sheets; change them there.")
	first, last := fracHeader+1, fracHeader+advisor.PlanMonths
	even := fmt.Sprintf("%s:%s", abs(fracEven, first), abs(fracEven, last))
	as := p.Assumptions
	engagement := advisor.FractionalEngagement(p.Answers, as, p.Recommendation.FractionalMonths, p.Recommendation.FractionalDays).Months
	var perImpact any = "no impact in 24 months"
	if c.FullTimeImpactMonths > 0 {
		perImpact = c.FullTimePerImpactMonth
	}
	rows := []struct {
		label, fx string
		value     any
		style     int
		name      string
	}{
		{"Fractional retainer, per month", "Retainer", as.FractionalRetainer.Value, w.st.money, ""},
		{"Fractional engagement, months (Assumptions; cut to the leadership budget, never below the usual minimum)", fractionalMonthsFormula(), float64(engagement), w.st.whole, "FractionalEngagement"},
		{"Fractional engagement, cost", "FractionalEngagement*Retainer", float64(engagement) * as.FractionalRetainer.Value, w.st.money, ""},
		{"Full-time manager pay, per year (Salary bands)", "ManagerOTE", as.Manager.At(as.Level), w.st.money, ""},
		{"Employer burden on top of pay", "BurdenRate", as.BurdenRate.Value, w.st.pct, ""},
		{"Full-time manager loaded cost, per month", "ManagerOTE*(1+BurdenRate)/12", c.FullTimeMonthly, w.st.moneyBold, "FullTimeMonthly"},
		{"Recruiting cost, one-off in month 1 of the full-time path", "RecruitingCost", c.RecruitingFee, w.st.money, ""},
		{"Months to recruit and ramp a full-time manager", "ManagerRamp", as.ManagerRampMonths.Value, w.st.number, ""},
		{"Break-even month (full-time costs no more in total)", fmt.Sprintf(`IFERROR(MATCH("yes",%s,0),0)`, even), float64(c.BreakEvenMonth), w.st.breakEven, "BreakEven"},
		{"Full-time minus fractional after 12 months", cell(fracDiff, first+11), c.Saving12, w.st.moneyBold, "Saving12"},
		{"Full-time minus fractional after 24 months", cell(fracDiff, last), c.Saving24, w.st.moneyBold, "Saving24"},
		{"Months a full-time manager leads at full strength, of 24", fmt.Sprintf("MAX(0,%d-ROUND(ManagerRamp,0))", advisor.PlanMonths), float64(c.FullTimeImpactMonths), w.st.boldNumber, "FullTimeImpactMonths"},
		{"Fractional: 24-month cost per month of impact (impact within weeks)", fmt.Sprintf("%s/%d", cell(fracFrac, last), advisor.PlanMonths), c.FractionalPerImpactMonth, w.st.moneyBold, "FractionalPerImpactMonth"},
		{"Full-time: 24-month cost per month of impact", fmt.Sprintf(`IF(FullTimeImpactMonths>0,%s/FullTimeImpactMonths,"no impact in 24 months")`, cell(fracFull, last)), perImpact, w.st.moneyBold, "FullTimePerImpactMonth"},
	}
	for i, row := range rows {
		r := fracInputs + i
		w.textAcross(s, 1, fracValue-1, r, row.label, w.st.label)
		w.formula(s, fracValue, r, row.fx, row.value, row.style)
		if row.name != "" {
			w.name(row.name, s, fracValue, r)
		}
	}
	w.phraseAcross(s, 1, fracEven, fracWords, w.comparisonWords(c, ""), w.st.boldWrap)
	w.header(s, fracHeader, "Month", "Fractional (cumulative)", "Full-time (cumulative)", "Full-time minus fractional", "Full-time no dearer?")
	for m := 1; m <= advisor.PlanMonths; m++ {
		w.comparisonRow(s, fracHeader+m, c)
	}
	w.comparisonChart(s, p, first, last)
	w.freeze(s, 1, fracHeader+1)
	w.print(s, printOpts{landscape: true, titleRows: 0, tall: 1})
}

// comparisonWords says what the comparison means after 12 and 24 months,
// from the table's cells; from another sheet, from sheet's cells.
func (w *writer) comparisonWords(c advisor.Comparison, sheet string) phrase {
	at12, at24 := fracHeader+12, fracHeader+advisor.PlanMonths
	at := func(col, row int) string {
		if sheet == "" {
			return cell(col, row)
		}
		return ref(sheet, col, row)
	}
	after := func(months, r int, frac, full, saving float64) phrase {
		d := at(fracDiff, r)
		return phrase{
			lit(fmt.Sprintf("After %d months a fractional VP has cost ", months)), w.money(at(fracFrac, r), frac),
			lit(" and a full-time manager "), w.money(at(fracFull, r), full), lit(": "),
			choose(d+">=0", saving >= 0,
				phrase{lit("fractional saves "), w.money(d, saving)},
				phrase{lit("full-time saves "), w.money("-"+d, -saving)}),
			lit(". "),
		}
	}
	ph := after(12, at12, month(c.Fractional, 11), month(c.FullTime, 11), c.Saving12)
	ph = append(ph, after(24, at24, month(c.Fractional, 23), month(c.FullTime, 23), c.Saving24)...)
	return append(ph, choose("BreakEven>0", c.BreakEvenMonth > 0,
		phrase{lit("A full-time manager breaks even in month "), count("BreakEven", float64(c.BreakEvenMonth)), lit(".")},
		phrase{lit("A full-time manager does not break even within 24 months.")}))
}

// comparisonRow is one month of advisor.Comparison: the retainer times the
// months against the recruiting cost plus the loaded monthly cost.
func (w *writer) comparisonRow(s string, r int, c advisor.Comparison) {
	m := r - fracHeader
	frac, full := month(c.Fractional, m-1), month(c.FullTime, m-1)
	mc := cell(fracMonth, r)
	w.num(s, fracMonth, r, float64(m), w.st.number)
	w.formula(s, fracFrac, r, mc+"*Retainer", frac, w.st.money)
	w.formula(s, fracFull, r, "RecruitingCost+"+mc+"*FullTimeMonthly", full, w.st.money)
	w.formula(s, fracDiff, r, cell(fracFull, r)+"-"+cell(fracFrac, r), full-frac, w.st.money)
	even := "no"
	if full <= frac {
		even = "yes"
	}
	w.formula(s, fracEven, r, fmt.Sprintf(`IF(%s<=%s,"yes","no")`, cell(fracFull, r), cell(fracFrac, r)), even, w.st.pctWhole)
}

func (w *writer) comparisonChart(s string, p advisor.Plan, first, last int) {
	col := func(c int) string { return fmt.Sprintf("%s!%s:%s", quoteSheet(s), abs(c, first), abs(c, last)) }
	series := func(c int, color string) excelize.ChartSeries {
		return excelize.ChartSeries{Name: ref(s, c, fracHeader), Categories: col(fracMonth), Values: col(c),
			Line: excelize.LineOptions{Width: 2.5}, Marker: excelize.ChartMarker{Symbol: "none"},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}}
	}
	w.fail(w.f.AddChart(s, cell(fracChart, fracInputs), &excelize.Chart{
		Type:      excelize.Line,
		Series:    []excelize.ChartSeries{series(fracFrac, "ED7D31"), series(fracFull, "4472C4")},
		Title:     chartTitle("Cumulative cost: fractional VP vs full-time manager"),
		Legend:    excelize.ChartLegend{Position: "bottom"},
		Dimension: excelize.ChartDimension{Width: 620, Height: 420},
		YAxis:     w.valueAxis(currencyCode(p) + " in total"),
		XAxis:     categoryAxis("Month of the plan"),
	}))
}
