package xlsx

import (
	"fmt"
	"math"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// Rows of the Checks sheet.
const (
	checksStatus = 4
	checksHeader = 6
)

// check is one line of the Checks sheet: a condition that holds when all
// is well, and what is wrong when it does not.
type check struct {
	label string
	cond  string // a formula: TRUE when all is well
	ok    bool   // whether it holds for the exported plan
	msg   phrase
}

// tolerance is how far two totals may differ and still tie: under a cent.
const tolerance = 0.005

// checks writes the Checks sheet: the plan ties to itself and to the
// Summary, and every input is in range. Data validation refuses a bad
// value typed into an input, but not one pasted or filled in; these
// formulas catch both.
func (w *writer) checks(p advisor.Plan) {
	const s = SheetChecks
	w.widths(s, 56, 60)
	w.title(s, "Checks", "Each line is a formula: OK, or what is wrong. Fix what a line names and it turns OK.")
	cs := append(w.tieChecks(p), w.inputChecks(p)...)
	first := checksHeader + 1
	last := first + len(cs) - 1
	w.header(s, checksHeader, "What is checked", "Result")
	passed := 0
	for i, c := range cs {
		r := first + i
		w.text(s, 1, r, c.label, w.st.wrap)
		msg, _ := c.msg.formula()
		result := "OK"
		if c.ok {
			passed++
		} else {
			result = c.msg.String()
		}
		w.formula(s, 2, r, fmt.Sprintf(`IF(IFERROR(%s,FALSE),"OK",%s)`, c.cond, msg), result, w.st.sentence)
	}
	results := fmt.Sprintf("%s:%s", abs(2, first), abs(2, last))
	n := len(cs)
	status := fmt.Sprintf("All %d checks pass", n)
	if passed < n {
		status = fmt.Sprintf("%d of %d checks need attention: see the Checks sheet", n-passed, n)
	}
	w.text(s, 1, checksStatus, "Status", w.st.label)
	w.formula(s, 2, checksStatus, fmt.Sprintf(`IF(COUNTIF(%[1]s,"OK")=%[2]d,"All %[2]d checks pass",TEXT(%[2]d-COUNTIF(%[1]s,"OK"),"0")&" of %[2]d checks need attention: see the Checks sheet")`, results, n),
		status, w.st.bigOK)
	w.name("ChecksStatus", s, 2, checksStatus)
	if at := w.statusAt; at.sheet != "" {
		w.put(at.sheet, at.col, at.row, xcell{fx: "ChecksStatus", value: status, style: w.st.strong})
	}
	w.fail(w.f.SetConditionalFormat(s, fmt.Sprintf("B%d:B%d", first, last), []excelize.ConditionalFormatOptions{
		{Type: "cell", Criteria: "equal to", Value: `"OK"`, Format: &w.st.okFormat},
		{Type: "cell", Criteria: "not equal to", Value: `"OK"`, Format: &w.st.badFormat},
	}))
	w.freeze(s, 1, checksHeader+1)
	w.print(s, printOpts{titleRows: checksHeader})
}

// tieChecks hold the plan's arithmetic together: rows and columns
// cross-foot, months and quarters sum to years, the comparison reads the
// plan's rows, and the Summary shows the plan's totals.
func (w *writer) tieChecks(p advisor.Plan) []check {
	l := layoutPlan(p)
	pl := func(col1, row1, col2, row2 int) string { return span(SheetPlan, col1, row1, col2, row2) }
	sumOf := func(col1, row1, col2, row2 int) float64 {
		var t float64
		for r := row1; r <= row2; r++ {
			for c := col1; c <= col2; c++ {
				v, _ := w.val(SheetPlan, c, r)
				t += v
			}
		}
		return t
	}
	num := func(name string) float64 { v, _ := w.namedValue(name).(float64); return v }
	hires := pl(colYear1, l.first, colYear2, l.turnover)
	months := pl(colM1, l.total, colYear1-1, l.total)
	hiresV, monthsV := sumOf(colYear1, l.first, colYear2, l.turnover), sumOf(colM1, l.total, colYear1-1, l.total)
	y1, y2 := num("Year1Total"), num("Year2Total")
	m1, m2 := pl(colM1, l.total, colM1+11, l.total), pl(colM1+12, l.total, colYear1-1, l.total)
	m1V, m2V := sumOf(colM1, l.total, colM1+11, l.total), sumOf(colM1+12, l.total, colYear1-1, l.total)
	q1, q2 := pl(colM1, l.quarter+1, colM1+11, l.quarter+1), pl(colM1+12, l.quarter+1, colYear1-1, l.quarter+1)
	q1V, q2V := sumOf(colM1, l.quarter+1, colM1+11, l.quarter+1), sumOf(colM1+12, l.quarter+1, colYear1-1, l.quarter+1)
	cumul := ref(SheetPlan, colYear1-1, l.cumul)
	cumulV, _ := w.val(SheetPlan, colYear1-1, l.cumul)
	capRows := pl(colYear1, l.capFirst, colYear2, l.capGross-1)
	capV := sumOf(colYear1, l.capFirst, colYear2, l.capGross-1)
	gross := pl(colYear1, l.capGross, colYear2, l.capGross)
	loss := pl(colYear1, l.loss, colYear2, l.loss)
	grossV, lossV := sumOf(colYear1, l.capGross, colYear2, l.capGross), sumOf(colYear1, l.loss, colYear2, l.loss)
	cs := []check{
		{"Hire rows cross-foot: the hires' and turnover's year totals add up to the months' totals (Hiring plan)",
			tie("SUM("+hires+")", "SUM("+months+")"), near(hiresV, monthsV),
			phrase{lit("The hires' year totals add up to "), w.money("SUM("+hires+")", hiresV), lit(", the months' totals to "), w.money("SUM("+months+")", monthsV), lit(".")}},
		{"Months 1–12 and 13–24 sum to the year-1 and year-2 totals",
			"AND(" + tie("SUM("+m1+")", "Year1Total") + "," + tie("SUM("+m2+")", "Year2Total") + ")", near(m1V, y1) && near(m2V, y2),
			phrase{lit("Months 1–12 sum to "), w.money("SUM("+m1+")", m1V), lit(" against year 1's "), w.money("Year1Total", y1),
				lit("; months 13–24 to "), w.money("SUM("+m2+")", m2V), lit(" against year 2's "), w.money("Year2Total", y2), lit(".")}},
		{"Quarters sum to the year totals",
			"AND(" + tie("SUM("+q1+")", "Year1Total") + "," + tie("SUM("+q2+")", "Year2Total") + ")", near(q1V, y1) && near(q2V, y2),
			phrase{lit("Quarters 1–4 sum to "), w.money("SUM("+q1+")", q1V), lit(" and quarters 5–8 to "), w.money("SUM("+q2+")", q2V),
				lit(", against "), w.money("Year1Total", y1), lit(" and "), w.money("Year2Total", y2), lit(".")}},
		{"The cumulative cost at month 24 is the 24-month total",
			tie(cumul, "PlanTotal"), near(cumulV, num("PlanTotal")),
			phrase{lit("The cumulative cost reaches "), w.money(cumul, cumulV), lit(", the 24-month total is "), w.money("PlanTotal", num("PlanTotal")), lit(".")}},
		{"New-rep bookings rows add up to their total, and the net is the total less turnover",
			"AND(" + tie("SUM("+capRows+")", "SUM("+gross+")") + "," + tie("SUM("+gross+")-SUM("+loss+")", "Capacity1+Capacity2") + ")",
			near(capV, grossV) && near(grossV-lossV, num("Capacity1")+num("Capacity2")),
			phrase{lit("The bookings rows add up to "), w.money("SUM("+capRows+")", capV), lit(", their total is "), w.money("SUM("+gross+")", grossV),
				lit("; less turnover "), w.money("SUM("+gross+")-SUM("+loss+")", grossV-lossV), lit(" against the net "), w.money("Capacity1+Capacity2", num("Capacity1")+num("Capacity2")), lit(".")}},
	}
	if p.Recommendation.Compare {
		cs = append(cs, w.comparisonCheck(p, l))
	}
	return append(cs, w.summaryCheck())
}

// comparisonCheck ties the comparison's paths to the Hiring plan's rows
// they read.
func (w *writer) comparisonCheck(p advisor.Plan, l planRows) check {
	paths := pathsOf(p)
	total := func(row int) (string, float64) {
		v, _ := w.val(SheetPlan, colTotal, row)
		return ref(SheetPlan, colTotal, row), v
	}
	num := func(name string) float64 { v, _ := w.namedValue(name).(float64); return v }
	conds, ok := []string{tie("Saving24", "FullCost24-FracCost24")}, near(num("Saving24"), num("FullCost24")-num("FracCost24"))
	if paths.frac != 0 {
		fx := l.sumOf(colTotal, labelFractional)
		var v float64
		for i, h := range p.Hires {
			if h.Role == advisor.RoleFractionalVP {
				t, _ := w.val(SheetPlan, colTotal, l.first+i)
				v += t
			}
		}
		if paths.follow != 0 {
			f, fv := total(paths.follow)
			fx, v = fx+"+"+f, v+fv
		}
		conds, ok = append(conds, tie("FracCost24", fx)), ok && near(num("FracCost24"), v)
	}
	if paths.full != 0 {
		f, fv := total(paths.full)
		conds, ok = append(conds, tie("FullCost24", f)), ok && near(num("FullCost24"), fv)
	}
	return check{"The comparison's paths are the plan's rows, and its 24-month difference is theirs (Fractional vs full-time)",
		"AND(" + strings.Join(conds, ",") + ")", ok,
		phrase{lit("The comparison's 24-month costs ("), w.money("FracCost24", num("FracCost24")), lit(" and "), w.money("FullCost24", num("FullCost24")),
			lit(") or their difference ("), w.money("Saving24", num("Saving24")), lit(") do not tie to the Hiring plan's rows: restore the formulas on Fractional vs full-time.")}}
}

func near(a, b float64) bool { return math.Abs(a-b) < tolerance }

func tie(a, b string) string { return fmt.Sprintf("ABS((%s)-(%s))<%g", a, b, tolerance) }

// summaryCheck ties the Summary's headline figures to the cells they show.
func (w *writer) summaryCheck() check {
	var conds, wrong []string
	ok := true
	for i, at := range w.summaryCells {
		c := ref(at.sheet, at.col, at.row)
		name := w.summaryNames[i]
		conds = append(conds, fmt.Sprintf("IF(ISNUMBER(%[1]s),%[2]s,%[1]s=%[3]s)", c, fmt.Sprintf("ABS(%s-%s)<%g", c, name, tolerance), name))
		wrong = append(wrong, name)
		v, _ := w.val(at.sheet, at.col, at.row)
		if nv, isNum := w.namedValue(name).(float64); isNum && math.Abs(v-nv) >= tolerance {
			ok = false
		}
	}
	cond := "TRUE"
	if len(conds) > 0 {
		cond = "AND(" + strings.Join(conds, ",") + ")"
	}
	return check{"The Summary's headline figures are the plan's", cond, ok,
		phrase{lit("A headline figure on the Summary differs from the cell it shows (" + strings.Join(wrong, ", ") + "): restore its formula.")}}
}

// inputChecks keep every input within the range its validation allows.
func (w *writer) inputChecks(p advisor.Plan) []check {
	as := p.Assumptions
	cs := []check{{"The band level is low, mid or high",
		`OR(BandLevel="low",BandLevel="mid",BandLevel="high")`, true,
		phrase{lit("The band level reads \""), part{fx: "BandLevel", text: levelName(as.Level)}, lit("\": choose low, mid or high (Salary bands).")}}}
	for _, b := range []struct {
		band  advisor.Band
		names bandNames
		title string
	}{{as.Rep, repBand, "rep"}, {as.Manager, managerBand, "manager"}} {
		low, mid, high := b.names.prefix+"Low", b.names.prefix+"Mid", b.names.prefix+"High"
		cs = append(cs, check{fmt.Sprintf("The %s band rises from low to high, from 0", b.title),
			fmt.Sprintf("AND(ISNUMBER(%[1]s),ISNUMBER(%[2]s),ISNUMBER(%[3]s),%[1]s>=0,%[1]s<=%[2]s,%[2]s<=%[3]s)", low, mid, high),
			b.band.Low >= 0 && b.band.Low <= b.band.Mid && b.band.Mid <= b.band.High,
			phrase{lit("The " + b.title + " band reads low "), w.money(low, b.band.Low), lit(", mid "), w.money(mid, b.band.Mid),
				lit(", high "), w.money(high, b.band.High), lit(": each must be 0 or more and at least the one before (Salary bands).")}})
		share := b.names.share
		cs = append(cs, check{fmt.Sprintf("The %s base share is between 0%% and 100%%", b.title),
			fmt.Sprintf("AND(ISNUMBER(%[1]s),%[1]s>=0,%[1]s<=1)", share), b.band.BaseShare >= 0 && b.band.BaseShare <= 1,
			phrase{lit("The " + b.title + " base share is "), pct(share, b.band.BaseShare), lit(": type it as a percentage between 0% and 100% (Salary bands).")}})
	}
	start := monthDate(p.Start)
	lo, hi := dateBetween(2000, 2100).lo.(float64), dateBetween(2000, 2100).hi.(float64)
	cs = append(cs, check{"The plan starts between 2000 and 2100 (Assumptions)",
		fmt.Sprintf("AND(ISNUMBER(PlanStart),PlanStart>=%g,PlanStart<=%g)", lo, hi), start >= lo && start <= hi,
		phrase{lit("The plan's start is not a date between 2000 and 2100: type one, such as 1 Jan 2027 (Assumptions).")}})
	for i, fig := range as.Figures() {
		in := inputFor(fig, i)
		lo, hi := bounds(fig)
		label := orDefault(fig.Label, in.name)
		value := part{fx: "TEXT(" + in.name + `,"General")`, text: trimFloat(fig.Value)}
		if fig.Unit == "share" {
			value = pct(in.name, fig.Value)
		}
		cs = append(cs, check{label + " is in range (Assumptions)",
			fmt.Sprintf("AND(ISNUMBER(%[1]s),%[1]s>=%[2]g,%[1]s<=%[3]g)", in.name, lo, hi), fig.Value >= lo && fig.Value <= hi,
			phrase{lit(label + " is "), value, lit(": " + in.hint)}})
	}
	return append(cs, w.hireChecks(p)...)
}

// hireChecks keep search months and lengths whole months within the plan,
// every hire paid within it, and the answers the formulas read numbers or
// blank.
func (w *writer) hireChecks(p advisor.Plan) []check {
	l := layoutPlan(p)
	starts, months := span(SheetPlan, colSearch, l.first, colSearch, l.spareLast), span(SheetPlan, colMonths, l.first, colMonths, l.spareLast)
	roles := span(SheetPlan, colRole, l.spareFirst, colRole, l.spareLast)
	spareStarts := span(SheetPlan, colSearch, l.spareFirst, colSearch, l.spareLast)
	outside := func(rng string, lo int) string {
		return fmt.Sprintf("SUMPRODUCT(ISNUMBER(%[1]s)*(((%[1]s<%[2]d)+(%[1]s>%[3]d)+(%[1]s<>INT(%[1]s)))>0))=0", rng, lo, advisor.PlanMonths)
	}
	startsOK, monthsOK := true, true
	for _, h := range p.Hires {
		startsOK = startsOK && h.SearchStart >= 1 && h.SearchStart <= advisor.PlanMonths && h.Start <= advisor.PlanMonths
		monthsOK = monthsOK && h.Months >= 0 && h.Months <= advisor.PlanMonths
	}
	hireStarts, paid := starts, "0"
	if len(p.Hires) > 0 {
		hireStarts = span(SheetPlan, colSearch, l.first, colSearch, l.last)
		paid = fmt.Sprintf("MAX(%s)", span(SheetPlan, colPaid, l.first, colPaid, l.last))
	}
	answersOK := true
	var conds []string
	for _, a := range answerInputs(p) {
		conds = append(conds, fmt.Sprintf("OR(ISBLANK(%[1]s),AND(ISNUMBER(%[1]s),%[1]s>=0))", a.name))
		answersOK = answersOK && (a.value == nil || *a.value >= 0)
	}
	return []check{
		{"Every hire's search starts in a whole month from 1 to 24, and pay starts within the plan (Hiring plan)",
			fmt.Sprintf("AND(COUNT(%s)=%d,%s,%s<=%d)", hireStarts, len(p.Hires), outside(starts, 1), paid, advisor.PlanMonths), startsOK,
			phrase{lit("A search start is missing, outside 1 to 24 or not a whole month, or a hire is paid only after month 24: see the Search starts and Paid from columns on Hiring plan.")}},
		{"Every length is a whole number of months from 0 to 24 (0: to the end)",
			outside(months, 0), monthsOK,
			phrase{lit("A length in the Months column on Hiring plan is outside 0 to 24 or not a whole number.")}},
		{"Every spare row with a role has a month its search starts",
			fmt.Sprintf(`SUMPRODUCT((%s<>"")*(%s=""))=0`, roles, spareStarts), true,
			phrase{lit("A spare row on Hiring plan has a role but no search start: it costs nothing until it has one.")}},
		{"Revenue, target, leadership budget and sales cycle are numbers of 0 or more, or blank (Assumptions)",
			"AND(" + strings.Join(conds, ",") + ")", answersOK,
			phrase{lit("Revenue, target, leadership budget or sales cycle on Assumptions is negative or not a number: type one, or leave it blank.")}},
	}
}

// trimFloat writes a number as TEXT(x,"General") does for plain values.
func trimFloat(v float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.10f", v), "0"), ".")
}
