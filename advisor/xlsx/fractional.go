package xlsx

import (
	"fmt"
	"slices"

	"github.com/xuri/excelize/v2"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// Rows and columns of the Fractional vs full-time sheet.
const (
	fracInputs = 4 // first row of the terms
	fracLabel  = 3 // labels span columns 1 to fracLabel
	fracValue  = 4 // the terms' column; the paths' fractional column
	fracDate   = 5 // the date of a term that is a month; the paths' full-time column
	fracDelta  = 6 // the paths' difference
	fracLines  = 6 // the comparison in words, a sentence a row
)

// Columns of the month-by-month table.
const (
	fracMonth = iota + 1
	fracDay
	fracFrac
	fracFull
	fracFracCum
	fracFullCum
	fracDiff
	fracEven
)

// month is xs[i], or 0 past its end (a plan made by hand may lack a
// series).
func month(xs []float64, i int) float64 {
	if i < 0 || i >= len(xs) {
		return 0
	}
	return xs[i]
}

// comparePaths are the plan's rows the comparison reads: its fractional
// engagement, the light-touch rows after it, the manager who follows it,
// or, in a plan without an engagement, the manager it books.
type comparePaths struct {
	frac, follow, full int // plan rows, 0 for none
	light              []int
}

func pathsOf(p advisor.Plan) comparePaths {
	l := layoutPlan(p)
	var c comparePaths
	for i, h := range p.Hires {
		r := l.first + i
		switch {
		case h.Role == advisor.RoleFractionalVP && c.frac == 0:
			c.frac = r
		case h.Role == advisor.RoleFractionalVP:
			c.light = append(c.light, r)
		case h.Role == advisor.RoleManager && !h.Promotion && c.full == 0:
			c.full = r
		}
	}
	if c.frac != 0 {
		c.follow, c.full = c.full, 0
	}
	return c
}

// Rows of the Fractional vs full-time sheet below the terms: the two
// paths side by side, the chart, the words and the month-by-month table.
const (
	fracTerms = 12
	fracPaths = fracInputs + fracTerms + 1 // the paths' heading
	fracChart = fracPaths + 8
	fracWords = fracChart + 16
)

func fracHeader() int { return fracWords + fracLines + 1 }

// notCompared says why the comparison is not part of the advice, or "".
func notCompared(p advisor.Plan) string {
	r := p.Recommendation
	switch {
	case r.Compare:
		return ""
	case !r.InvolvesLeadership():
		return "The advice is not about who leads the team, so a fractional VP and a full-time manager are not weighed against each other."
	case r.Affordability.Status == advisor.AffordNo && p.Answers.Constraints.CanHireFullTime != nil && !*p.Answers.Constraints.CanHireFullTime:
		return "You said a full-time sales manager is not possible now, so only the fractional path is open: there is nothing to weigh it against."
	case p.Diagnosis.Team.Covered() && r.Primary == advisor.FractionalSalesLeader:
		return fmt.Sprintf("The managers in post cover the reps at the span of control, so a full-time manager is not the question: the short fractional engagement (%d months) sets up the process and hands it to them.", r.FractionalMonths)
	case p.Diagnosis.Team.Covered():
		return "The managers in post cover the reps at the span of control, so another leader, fractional or full-time, is not the question."
	}
	return "There are no reps to lead yet, so who leads them is not the question."
}

func (w *writer) fractional(p advisor.Plan) {
	const s = SheetFractional
	w.widths(s, 7, 12, 30, 14, 14, 14, 14, 14)
	w.title(s, "Fractional VP of Sales vs a full-time manager", "Both paths over this plan's own months, from the Hiring plan's rows; the full-time path decided in the same month, paid after its search, with the recruiting fee.")
	if why := notCompared(p); why != "" {
		w.textAcross(s, 1, fracEven, fracInputs, "The comparison does not apply to this advice. "+why, w.st.boldWrap)
		w.print(s, printOpts{})
		return
	}
	c, paths := p.Comparison, pathsOf(p)
	l := layoutPlan(p)
	header := fracHeader()
	first, last := header+1, header+advisor.PlanMonths
	for i, row := range w.fracTerms(p, paths, first, last) {
		r := fracInputs + i
		w.textAcross(s, 1, fracLabel, r, row.label, w.st.label)
		style := row.style
		if row.month {
			style = w.st.monthNum
		}
		w.formula(s, fracValue, r, row.fx, row.value, style)
		w.name(row.name, s, fracValue, r)
		if row.month {
			m, _ := row.value.(float64)
			w.formula(s, fracDate, r, fmt.Sprintf(`IF(%[1]s>=1,EDATE(PlanStart,%[1]s-1),"–")`, cell(fracValue, r)), dateOrDash(w, int(m)), w.st.monthText)
		}
	}
	w.fracPathsBlock(s, p, paths, first)
	for i, ph := range w.comparisonLines(p) {
		w.phraseAcross(s, 1, fracEven, fracWords+i, ph, w.st.sentence)
	}
	w.header(s, header, "Month", "", "Fractional path, this month", "Full-time path, this month", "Fractional, cumulative", "Full-time, cumulative", "Full-time minus fractional", "Full-time no dearer?")
	for m := 1; m <= advisor.PlanMonths; m++ {
		w.comparisonRow(s, header+m, m, c, paths, l)
	}
	w.comparisonChart(s, p, first, last)
	w.freeze(s, 1, header+1)
	w.print(s, printOpts{landscape: true, rowBreaks: []int{fracChart - 1, header - 1}})
}

func dateOrDash(w *writer, m int) any {
	if m < 1 {
		return "–"
	}
	return w.monthSerial(m)
}

// fracFigure is one figure of the comparison.
type fracFigure struct {
	label, name, fx string
	value           any
	style           int
	month           bool // a plan month, dated beside it
}

// fracTerms are advisor.Comparison's terms as formulas over the Hiring
// plan's rows, or the engagement and manager the plan would book.
func (w *writer) fracTerms(p advisor.Plan, paths comparePaths, first, last int) []fracFigure {
	c := p.Comparison
	plan := func(col, row int) string { return ref(SheetPlan, col, row) }
	decision, retainer, days, months := "1", "EngRetainer", "EngDays", "EngMonths"
	switch {
	case paths.frac != 0:
		decision, retainer, days, months = plan(colPaid, paths.frac), plan(colMonthly, paths.frac), plan(colDays, paths.frac), plan(colMonths, paths.frac)
	case paths.full != 0:
		decision = plan(colSearch, paths.full)
	}
	follow, ftStart, ftFee := "0", "Decision+FTSearch", "ManagerOTE*FeeRate"
	if paths.follow != 0 {
		follow = plan(colPaid, paths.follow)
	}
	if paths.full != 0 {
		ftStart, ftFee = plan(colPaid, paths.full), plan(colFee, paths.full)
	}
	return []fracFigure{
		{"Leadership is decided in month", "Decision", decision, float64(c.DecisionMonth), w.st.whole, true},
		{"Fractional VP: retainer per month", "FracRetainer", retainer, c.Retainer, w.st.money, false},
		{"Fractional VP: days a week", "FracDays", days, c.DaysPerWeek, w.st.number, false},
		{"Fractional VP: months of the engagement", "FracMonths", months, float64(c.FractionalMonths), w.st.whole, false},
		{"Fractional VP: last month", "FracEnd", "Decision+FracMonths-1", float64(c.FractionalStart + c.FractionalMonths - 1), w.st.whole, true},
		{"Then the plan's manager, paid from month (–: none)", "FollowOn", follow, float64(c.FollowOnStart), w.st.whole, true},
		{"Full-time manager instead: months of search", "FTSearch", "ROUND(ManagerSearch,0)", float64(c.SearchMonths), w.st.whole, false},
		{"Full-time manager: paid from month", "FTStart", ftStart, float64(c.FullTimeStart), w.st.whole, true},
		{"Full-time manager: cost per month with burden", "FTMonthly", "ManagerOTE*(1+BurdenRate)/12", c.FullTimeMonthly, w.st.money, false},
		{"Full-time manager: recruiting fee, first paid month", "FTFee", ftFee, c.RecruitingFee, w.st.money, false},
		{"Full-time manager: months from decision to full impact", "FTRamp", "ROUND(ManagerRamp,0)", float64(c.ManagerRampMonths), w.st.whole, false},
		{"Break-even: first month the paid full-time path has cost no more in total", "BreakEven",
			fmt.Sprintf(`IFERROR(MATCH("yes",%s:%s,0),0)`, abs(fracEven, first), abs(fracEven, last)), float64(c.BreakEvenMonth), w.st.whole, true},
	}
}

// fracPathsBlock sets the two paths' totals, days and months of
// leadership side by side, each a formula over the table and the terms.
func (w *writer) fracPathsBlock(s string, p advisor.Plan, paths comparePaths, first int) {
	c := p.Comparison
	plan := func(col, row int) string { return ref(SheetPlan, col, row) }
	fullDays := "IF(FTStart>24,0,25-FTStart)"
	if paths.full != 0 {
		fullDays = paidMonths(paths.full)
	}
	fracDays := "MIN(FracMonths,25-Decision)*FracDays*52/12"
	fracImpact := "MIN(FracMonths,25-Decision)"
	for _, r := range paths.light {
		fracDays += fmt.Sprintf("+%s*%s*52/12", paidMonths(r), plan(colDays, r))
		fracImpact += "+" + paidMonths(r)
	}
	if paths.follow != 0 {
		fracDays += fmt.Sprintf("+%s*5*52/12", paidMonths(paths.follow))
		fracImpact = fmt.Sprintf("MIN(%s+MAX(0,24-(FollowOn-1)-MAX(0,FTRamp-FTSearch)),25-Decision)", fracImpact)
	}
	at := func(col, m int) string { return cell(col, first+m-1) }
	type side struct {
		name, fx string
		value    float64
	}
	rows := []struct {
		label            string
		frac, full, diff side
		style            int
	}{
		{"Cost to month 12", side{"FracCost12", at(fracFracCum, 12), c.Fractional12}, side{"FullCost12", at(fracFullCum, 12), c.FullTime12},
			side{"Saving12", "FullCost12-FracCost12", c.Saving12}, w.st.money},
		{"Cost to month 24", side{"FracCost24", at(fracFracCum, 24), c.Fractional24}, side{"FullCost24", at(fracFullCum, 24), c.FullTime24},
			side{"Saving24", "FullCost24-FracCost24", c.Saving24}, w.st.money},
		{"Days of sales leadership in the plan (a manager's week: 5 days)", side{"FracLeadDays", fracDays, c.FractionalDays},
			side{"FullLeadDays", fullDays + "*5*52/12", c.FullTimeDays}, side{}, w.st.fraction},
		{"Cost per day of leadership", side{"FracPerDay", "IF(FracLeadDays>0,FracCost24/FracLeadDays,0)", c.FractionalPerDay},
			side{"FullPerDay", "IF(FullLeadDays>0,FullCost24/FullLeadDays,0)", c.FullTimePerDay}, side{}, w.st.money},
		{"Months at full strength (fractional: within weeks; full-time: after search and ramp)", side{"FracImpact", fracImpact, float64(c.FractionalImpactMonths)},
			side{"FullImpact", "MAX(0,24-(Decision-1)-FTRamp)", float64(c.FullTimeImpactMonths)}, side{}, w.st.whole},
		{"24-month cost per month at full strength", side{"FractionalPerImpactMonth", "IF(FracImpact>0,FracCost24/FracImpact,0)", c.FractionalPerImpactMonth},
			side{"FullTimePerImpactMonth", "IF(FullImpact>0,FullCost24/FullImpact,0)", c.FullTimePerImpactMonth}, side{}, w.st.money},
	}
	w.header(s, fracPaths, "", "", "", "Fractional", "Full-time", "Full-time minus fractional")
	w.textAcross(s, 1, fracLabel, fracPaths, "The two paths", w.st.header)
	for i, row := range rows {
		r := fracPaths + 1 + i
		w.textAcross(s, 1, fracLabel, r, row.label, w.st.label)
		for k, sd := range []side{row.frac, row.full, row.diff} {
			col := fracValue + k
			if sd.name == "" {
				continue
			}
			style := row.style
			if col == fracDelta {
				style = w.st.moneyBold
			}
			w.formula(s, col, r, sd.fx, sd.value, style)
			w.name(sd.name, s, col, r)
		}
	}
}

// paidMonths is advisor's paidMonths of a Hiring plan row as a formula:
// the months it is paid within the plan.
func paidMonths(row int) string {
	return fmt.Sprintf("MAX(0,%s-%s+1)", ref(SheetPlan, colEnd, row), ref(SheetPlan, colPaid, row))
}

// comparisonRow is one month of advisor.Comparison: each path's cost that
// month from the plan's rows (or the engagement and the manager the plan
// would book), the running totals and whether the full-time path, once
// paid, has cost no more.
func (w *writer) comparisonRow(s string, r, m int, c advisor.Comparison, paths comparePaths, l planRows) {
	plan := func(row int) string { return ref(SheetPlan, colM1+m-1, row) }
	mc := cell(fracMonth, r)
	frac := fmt.Sprintf("IF(AND(%[1]s>=Decision,%[1]s<Decision+FracMonths),FracRetainer,0)", mc)
	if paths.frac != 0 {
		frac = l.sumOf(colM1+m-1, labelFractional)
		if paths.follow != 0 {
			frac += "+" + plan(paths.follow)
		}
	}
	full := fmt.Sprintf("IF(%[1]s>=FTStart,FTMonthly,0)+IF(%[1]s=FTStart,FTFee,0)", mc)
	if paths.full != 0 {
		full = plan(paths.full)
	}
	fracCum, fullCum := month(c.Fractional, m-1), month(c.FullTime, m-1)
	w.num(s, fracMonth, r, float64(m), w.st.monthNum)
	w.formula(s, fracDay, r, fmt.Sprintf("EDATE(PlanStart,%s-1)", mc), w.monthSerial(m), w.st.monthText)
	w.formula(s, fracFrac, r, frac, fracCum-month(c.Fractional, m-2), w.st.money)
	w.formula(s, fracFull, r, full, fullCum-month(c.FullTime, m-2), w.st.money)
	prev := func(col int) string {
		if m == 1 {
			return ""
		}
		return cell(col, r-1) + "+"
	}
	w.formula(s, fracFracCum, r, prev(fracFracCum)+cell(fracFrac, r), fracCum, w.st.money)
	w.formula(s, fracFullCum, r, prev(fracFullCum)+cell(fracFull, r), fullCum, w.st.money)
	w.formula(s, fracDiff, r, cell(fracFullCum, r)+"-"+cell(fracFracCum, r), fullCum-fracCum, w.st.money)
	even := "no"
	if m >= c.FullTimeStart && fullCum <= fracCum {
		even = "yes"
	}
	w.formula(s, fracEven, r, fmt.Sprintf(`IF(AND(%s>=FTStart,%s<=%s),"yes","no")`, mc, cell(fracFullCum, r), cell(fracFracCum, r)), even, w.st.pctWhole)
}

// comparisonLines are advisor.Plan.ComparisonText as live phrases over the
// comparison's names, used where they reproduce it.
func (w *writer) comparisonLines(p advisor.Plan) []phrase {
	c := p.Comparison
	lines := w.comparisonPhrases(c)
	var got []string
	for _, ph := range lines {
		if s := ph.String(); s != "" {
			got = append(got, s)
		}
	}
	if want := p.ComparisonText(); !slices.Equal(got, want) {
		lines = lines[:0]
		for _, s := range want {
			lines = append(lines, phrase{lit(s)})
		}
	}
	return lines
}

func (w *writer) comparisonPhrases(c advisor.Comparison) []phrase {
	money := w.money
	label := w.monthLabelAt
	line1 := phrase{lit("Fractional VP: "), money("FracRetainer", c.Retainer), lit(" a month, about "), daysPart("FracDays", c.DaysPerWeek),
		lit(" a week, from "), label("Decision", c.FractionalStart), lit(" to "), label("FracEnd", c.FractionalStart+c.FractionalMonths-1),
		choose("FollowOn>0", c.FollowOnStart > 0, phrase{lit(", then the plan's full-time manager from "), label("FollowOn", c.FollowOnStart)}, phrase{}), lit(".")}
	line2 := choose("FTStart<=24", c.FullTimeStart <= advisor.PlanMonths, phrase{lit("Full-time manager instead: decided in "), label("Decision", c.DecisionMonth),
		lit(", paid from "), label("FTStart", c.FullTimeStart), lit(" after "), plural("FTSearch", float64(c.SearchMonths), "month"), lit(" of search, "),
		money("FTMonthly", c.FullTimeMonthly), lit(" a month with burden, and a "), money("FTFee", c.RecruitingFee), lit(" recruiting fee.")}, phrase{})
	saves := choose("Saving24>=0", c.Saving24 >= 0, phrase{lit("fractional costs "), money("Saving24", c.Saving24), lit(" less")},
		phrase{lit("full-time costs "), money("-Saving24", -c.Saving24), lit(" less")})
	line3 := phrase{lit("To "), w.monthLabel(12), lit(": fractional "), money("FracCost12", c.Fractional12), lit(", full-time "), money("FullCost12", c.FullTime12),
		lit("; to "), w.monthLabel(advisor.PlanMonths), lit(": fractional "), money("FracCost24", c.Fractional24), lit(", full-time "), money("FullCost24", c.FullTime24),
		lit(" ("), saves, lit(").")}
	line4 := choose("BreakEven>0", c.BreakEvenMonth > 0, phrase{lit("From "), label("BreakEven", c.BreakEvenMonth), lit(" the full-time path has cost no more in total.")},
		phrase{lit("Within the plan the full-time path never costs less in total.")})
	line5 := phrase{lit("Per day of sales leadership: fractional "), money("FracPerDay", c.FractionalPerDay), lit(" over about "), count("FracLeadDays", c.FractionalDays),
		lit(" days, full-time "), money("FullPerDay", c.FullTimePerDay), lit(" over about "), count("FullLeadDays", c.FullTimeDays), lit(" days.")}
	line6 := choose("FullImpact>0", c.FullTimeImpactMonths > 0, phrase{lit("A fractional VP has impact within weeks; a full-time manager leads at full strength from "),
		label("Decision+FTRamp", c.DecisionMonth+c.ManagerRampMonths), lit(", "), plural("FTRamp", float64(c.ManagerRampMonths), "month"), lit(" after the decision.")}, phrase{})
	return []phrase{line1, {line2}, line3, {line4}, line5, {line6}}
}

// fracChartWidth spans the table's columns, in pixels.
const fracChartWidth = 820

func (w *writer) comparisonChart(s string, p advisor.Plan, first, last int) {
	col := func(c int) string { return fmt.Sprintf("%s!%s:%s", quoteSheet(s), abs(c, first), abs(c, last)) }
	series := func(c int, color string) excelize.ChartSeries {
		return excelize.ChartSeries{Name: ref(s, c, fracHeader()), Categories: col(fracDay), Values: col(c),
			Line: excelize.LineOptions{Width: 2.5}, Marker: excelize.ChartMarker{Symbol: "none"},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}}
	}
	x := categoryAxis("Month")
	x.TickLabelSkip = 3
	w.fail(w.f.AddChart(s, cell(1, fracChart), &excelize.Chart{
		Type:      excelize.Line,
		Series:    []excelize.ChartSeries{series(fracFracCum, "ED7D31"), series(fracFullCum, "4472C4")},
		Title:     chartTitle("Cumulative cost: fractional VP vs full-time manager"),
		Legend:    excelize.ChartLegend{Position: "bottom"},
		Dimension: excelize.ChartDimension{Width: fracChartWidth, Height: 290},
		YAxis:     w.valueAxis(currencyCode(p) + " in total"),
		XAxis:     x,
	}))
}
