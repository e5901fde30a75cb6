package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// Rows and columns of the Fractional vs full-time sheet.
const (
	fracInputs = 4  // first input row
	fracHeader = 18 // table header; month 1 is the row below
	fracMonth  = 1
	fracFrac   = 2
	fracFull   = 3
	fracDiff   = 4
	fracEven   = 5
	fracValue  = 4 // column of the input block's values; labels span the columns before it
)

func (w *writer) fractional(p advisor.Plan) {
	const s = SheetFractional
	w.widths(s, 8, 20, 20, 20, 14)
	w.title(s, "Fractional VP of Sales vs a full-time manager",
		"Cumulative cost of each path. The inputs come from the Assumptions and Salary bands sheets; change them there.")
	first, last := fracHeader+1, fracHeader+advisor.PlanMonths
	even := fmt.Sprintf("%s:%s", abs(fracEven, first), abs(fracEven, last))
	rows := []struct {
		label, fx string
		style     int
		name      string
	}{
		{"Fractional retainer, per month", "Retainer", w.st.money, ""},
		{"Full-time manager pay, per year (Salary bands)", "ManagerOTE", w.st.money, ""},
		{"Employer burden on top of pay", "BurdenRate", w.st.pct, ""},
		{"Full-time manager loaded cost, per month", "ManagerOTE*(1+BurdenRate)/12", w.st.moneyBold, "FullTimeMonthly"},
		{"Recruiting cost, one-off in month 1 of the full-time path", "ManagerOTE*FeeRate", w.st.money, "RecruitingCost"},
		{"Months to recruit and ramp a full-time manager", "ManagerRamp", w.st.number, ""},
		{"Break-even month (full-time costs no more in total)", fmt.Sprintf(`IF(COUNT(%s)=0,"none in 24 months",MIN(%s))`, even, even), w.st.boldNumber, "BreakEven"},
		{"Full-time minus fractional after 12 months", cell(fracDiff, first+11), w.st.moneyBold, "Saving12"},
		{"Full-time minus fractional after 24 months", cell(fracDiff, last), w.st.moneyBold, "Saving24"},
		{"Months a full-time manager leads at full strength, of 24", fmt.Sprintf("MAX(0,%d-ROUND(ManagerRamp,0))", advisor.PlanMonths), w.st.boldNumber, "FullTimeImpactMonths"},
		{"Fractional: 24-month cost per month of impact (impact within weeks)", fmt.Sprintf("%s/%d", cell(fracFrac, last), advisor.PlanMonths), w.st.moneyBold, "FractionalPerImpactMonth"},
		{"Full-time: 24-month cost per month of impact", fmt.Sprintf(`IF(FullTimeImpactMonths>0,%s/FullTimeImpactMonths,"no impact in 24 months")`, cell(fracFull, last)), w.st.moneyBold, "FullTimePerImpactMonth"},
	}
	for i, row := range rows {
		r := fracInputs + i
		w.textAcross(s, 1, fracValue-1, r, row.label, w.st.label)
		w.formula(s, fracValue, r, row.fx, row.style)
		if row.name != "" {
			w.name(row.name, s, fracValue, r)
		}
	}
	w.header(s, fracHeader, "Month", "Fractional (cumulative)", "Full-time (cumulative)", "Full-time minus fractional", "Full-time no dearer?")
	for m := 1; m <= advisor.PlanMonths; m++ {
		w.comparisonRow(s, fracHeader+m)
	}
	w.comparisonChart(s, first, last)
	w.freeze(s, 1, fracHeader+1)
	w.print(s, 0)
}

// comparisonRow is one month of advisor.Comparison: the retainer times the
// months against the recruiting cost plus the loaded monthly cost.
func (w *writer) comparisonRow(s string, r int) {
	m := r - fracHeader
	month := cell(fracMonth, r)
	w.num(s, fracMonth, r, float64(m), w.st.number)
	w.formula(s, fracFrac, r, month+"*Retainer", w.st.money)
	w.formula(s, fracFull, r, "RecruitingCost+"+month+"*FullTimeMonthly", w.st.money)
	w.formula(s, fracDiff, r, cell(fracFull, r)+"-"+cell(fracFrac, r), w.st.money)
	w.formula(s, fracEven, r, fmt.Sprintf(`IF(%s<=%s,%s,"")`, cell(fracFull, r), cell(fracFrac, r), month), w.st.number)
}

func (w *writer) comparisonChart(s string, first, last int) {
	col := func(c int) string { return fmt.Sprintf("%s!%s:%s", quoteSheet(s), abs(c, first), abs(c, last)) }
	series := func(c int, color string) excelize.ChartSeries {
		return excelize.ChartSeries{Name: ref(s, c, fracHeader), Categories: col(fracMonth), Values: col(c),
			Line: excelize.LineOptions{Width: 2.25}, Marker: excelize.ChartMarker{Symbol: "none"},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}}
	}
	w.fail(w.f.AddChart(s, cell(fracEven+2, fracHeader), &excelize.Chart{
		Type:      excelize.Line,
		Series:    []excelize.ChartSeries{series(fracFrac, "ED7D31"), series(fracFull, "4472C4")},
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "Cumulative cost: fractional vs full-time"}}},
		Legend:    excelize.ChartLegend{Position: "bottom"},
		Dimension: excelize.ChartDimension{Width: 640, Height: 360},
		YAxis:     excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "#,##0"}},
		XAxis:     excelize.ChartAxis{Title: excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "Month"}}}},
	}))
}
