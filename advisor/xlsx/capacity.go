package xlsx

import (
	"fmt"
	"slices"
	"strings"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// capacity writes what the new reps book each month (ramped, at the
// expected attainment), the seats the plan adds and the bookings lost when
// their reps leave, and the net against the revenue gap.
func (w *writer) capacity(s string, p advisor.Plan, l planRows) {
	w.text(s, colHire, l.facts-1, "New-rep bookings and rep turnover", w.st.section)
	w.capacityFacts(s, p, l)
	w.text(s, colHire, l.capFirst-1, "New rep", w.st.strong)
	w.text(s, colPaid, l.capFirst-1, "Paid from", w.st.strong)
	w.text(s, colRamp, l.capFirst-1, "Ramp months", w.st.strong)
	reps := repHires(p.Hires)
	if len(reps) == 0 {
		w.text(s, colHire, l.capFirst, "No new reps in this plan.", w.st.note)
	}
	for i, h := range reps {
		hr, r := l.first+h, l.capFirst+i
		w.text(s, colHire, r, p.Hires[h].Title, w.st.wrap)
		w.formula(s, colPaid, r, cell(colPaid, hr), float64(p.Hires[h].Start), w.st.whole)
		w.formula(s, colRamp, r, cell(colRamp, hr), float64(p.Hires[h].RampMonths), w.st.whole)
		w.capacityRow(s, r, p)
	}
	for i := range spareRows {
		r, hr := l.capSpare+i, l.spareFirst+i
		rep := fmt.Sprintf(`%s="%s"`, w.ref(colRole, hr), labelRep)
		w.formula(s, colHire, r, fmt.Sprintf(`IF(%s,IF(%s="","Spare row %d",%s),"Spare row %d: no rep")`, rep, w.ref(colHire, hr), i+1, w.ref(colHire, hr), i+1),
			fmt.Sprintf("Spare row %d: no rep", i+1), w.st.wrap)
		w.formula(s, colPaid, r, fmt.Sprintf("IF(%s,%s,0)", rep, w.ref(colPaid, hr)), 0.0, w.st.whole)
		w.formula(s, colRamp, r, fmt.Sprintf("IF(%s,%s,0)", rep, w.ref(colRamp, hr)), 0.0, w.st.whole)
		w.capacityRow(s, r, p)
	}
	w.text(s, colHire, l.capGross, "New-rep bookings before turnover", w.st.bold)
	for c := colM1; c < colYear1; c++ {
		w.sum(s, c, l.capGross, c, l.capFirst, c, l.capGross-1, w.st.moneyBold)
	}
	w.yearSums(s, l.capGross, w.st.moneyBold)
	w.turnoverRows(s, p, l)
	w.runRate(s, p, l)
}

// capacityFacts writes the figures the bookings and turnover rows read.
func (w *writer) capacityFacts(s string, p advisor.Plan, l planRows) {
	as := p.Assumptions
	lines := []struct {
		label, name, fx string
		value           float64
		style           int
	}{
		{"Quota of a fully ramped rep, per year (rep OTE × quota multiple)", "RepQuota", "RepOTE*QuotaMultiple", as.RepQuota(), w.st.moneyBold},
		{"Bookings of a fully ramped new rep, per year (quota × expected attainment)", "RepBookings", "RepQuota*Attainment", as.RepBookings(), w.st.moneyBold},
		{"A new rep's ramp, months: the assumption, or one sales cycle plus onboarding when that is longer", "PlanRamp",
			"IF(ISNUMBER(SalesCycle),MAX(ROUND(RepRamp,0),ROUNDUP(SalesCycle/(365/12)+Onboarding-1E-9,0)),ROUND(RepRamp,0))", float64(p.RampMonths), w.st.boldNumber},
		{"One rep leaving costs the successor's fee less the pay saved while the seat is empty", "DepartureCost",
			"RepOTE*FeeRate-ROUND(RepSearch,0)*RepOTE*(1+BurdenRate)/12", advisor.DepartureCost(as), w.st.moneyBold},
		{"One rep leaving loses this many months of a rep's bookings: the search, and (ramp − 1) ÷ 2 while the successor ramps", "MonthsLost",
			"ROUND(RepSearch,0)+MAX(0,PlanRamp-1)/2", advisor.TurnoverMonthsLost(as, p.RampMonths), w.st.boldNumber},
	}
	for i, line := range lines {
		r := l.facts + i
		w.textAcross(s, colHire, colMonthly-1, r, line.label, w.st.strong)
		w.formula(s, colMonthly, r, line.fx, line.value, line.style)
		w.name(line.name, s, colMonthly, r)
	}
}

// capacityRow is advisor.RampFactor times a rep's bookings as a formula:
// nothing before the paid-from month (or without one), then linear over
// the ramp months, then the full monthly bookings.
func (w *writer) capacityRow(s string, r int, p advisor.Plan) {
	start, _ := w.val(s, colPaid, r)
	ramp, _ := w.val(s, colRamp, r)
	c, j := w.ref(colPaid, r), w.ref(colRamp, r)
	for m := 1; m <= advisor.PlanMonths; m++ {
		var v float64
		if start >= 1 {
			v = advisor.RampFactor(m, int(start), int(ramp)) * p.Assumptions.RepBookings() / 12
		}
		w.formula(s, colM1+m-1, r, fmt.Sprintf("IF(OR(%[2]s<1,%[1]s<%[2]s),0,IF(%[3]s<=0,1,MIN(1,(%[1]s-%[2]s+1)/%[3]s)))*RepBookings/12", monthRef(m), c, j), v, w.st.money)
	}
	w.yearSums(s, r, w.st.money)
}

// hireRange is a column of the hire rows, spare rows included.
func (l planRows) hireRange(col int) string {
	return fmt.Sprintf("%s:%s", abs(col, l.first), abs(col, l.spareLast))
}

// sumOf sums a column of the hire rows, spare rows included, over the
// rows of the given roles, from any sheet.
func (l planRows) sumOf(col int, roles ...string) string {
	terms := make([]string, len(roles))
	for i, r := range roles {
		terms[i] = fmt.Sprintf(`SUMIF(%s,"%s",%s)`, span(SheetPlan, colRole, l.first, colRole, l.spareLast), r, span(SheetPlan, col, l.first, col, l.spareLast))
	}
	return strings.Join(terms, "+")
}

// paidIn is COUNTIFS or SUMIFS criteria: the hire rows of a role paid in
// the month mc names, as advisor.Hire.Active reads it.
func (l planRows) paidIn(role, mc string) string {
	paid := l.hireRange(colPaid)
	return fmt.Sprintf(`%s,"%s",%s,">=1",%s,"<="&%s,%s,">="&%s`, l.hireRange(colRole), role, paid, paid, mc, l.hireRange(colEnd), mc)
}

// countPaid counts the hire rows of the roles paid in month mc.
func (l planRows) countPaid(mc string, roles ...string) string {
	terms := make([]string, len(roles))
	for i, r := range roles {
		terms[i] = fmt.Sprintf("COUNTIFS(%s)", l.paidIn(r, mc))
	}
	return strings.Join(terms, "+")
}

// turnoverRows writes the rep seats the plan adds each month, the reps
// expected to leave them, the bookings that costs, and the net bookings.
func (w *writer) turnoverRows(s string, p advisor.Plan, l planRows) {
	as := p.Assumptions
	w.text(s, colHire, l.seats, "Rep seats the plan adds, paid this month (backfills included)", w.st.wrap)
	w.text(s, colHire, l.departures, "Reps expected to leave (seats × turnover ÷ 12)", w.st.wrap)
	w.text(s, colHire, l.loss, "Bookings lost to turnover (leavers × months lost × a rep's monthly bookings)", w.st.wrap)
	w.text(s, colHire, l.capNet, "New-rep bookings, net of turnover", w.st.bold)
	for m := 1; m <= advisor.PlanMonths; m++ {
		c := colM1 + m - 1
		seats := 0
		for _, h := range p.Hires {
			if h.Role == advisor.RoleRep && h.Active(m) {
				seats++
			}
		}
		w.formula(s, c, l.seats, l.countPaid(monthRef(m), labelRep), float64(seats), w.st.whole)
		w.formula(s, c, l.departures, fmt.Sprintf("%s*Turnover/12", cell(c, l.seats)), float64(seats)*as.RepTurnover.Value/12, w.st.fraction)
		w.formula(s, c, l.loss, fmt.Sprintf("%s*MonthsLost*RepBookings/12", cell(c, l.departures)), month(p.TurnoverLoss, m-1), w.st.money)
		gross, _ := w.val(s, c, l.capGross)
		w.formula(s, c, l.capNet, fmt.Sprintf("%s-%s", cell(c, l.capGross), cell(c, l.loss)), gross-month(p.TurnoverLoss, m-1), w.st.moneyBold)
	}
	w.yearSums(s, l.departures, w.st.fraction)
	w.yearSums(s, l.loss, w.st.money)
	w.yearSums(s, l.capNet, w.st.moneyBold)
	w.name("Capacity1", s, colYear1, l.capNet)
	w.name("Capacity2", s, colYear2, l.capNet)
	w.name("Departures", s, colTotal, l.departures)
}

// runRate writes the net bookings as a yearly rate beside the revenue gap
// they are meant to close, for the chart, and the first month they reach
// it.
func (w *writer) runRate(s string, p advisor.Plan, l planRows) {
	w.text(s, colHire, l.runRate, "New-rep bookings net of turnover, yearly rate (month × 12)", w.st.strong)
	w.text(s, colHire, l.gap, "Revenue gap to close, a year", w.st.strong)
	w.text(s, colHire, l.reaches, "Reaches the gap's yearly rate (1: yes)", w.st.wrap)
	w.textAcross(s, colRole, colMonths, l.reaches, "First month it does (0: none)", w.st.wrap)
	gap := 0.0
	if p.RevenueGap != nil {
		gap = *p.RevenueGap
	}
	first := 0
	for m := 1; m <= advisor.PlanMonths; m++ {
		c := colM1 + m - 1
		v, _ := w.val(s, c, l.capNet)
		w.formula(s, c, l.runRate, cell(c, l.capNet)+"*12", v*12, w.st.money)
		w.formula(s, c, l.gap, "IF(ISNUMBER(Gap),Gap,0)", gap, w.st.money)
		reaches := v*12 >= gap
		w.formula(s, c, l.reaches, fmt.Sprintf("IF(%s>=%s,1,0)", cell(c, l.runRate), cell(c, l.gap)), b2f(reaches), w.st.whole)
		if reaches && first == 0 {
			first = m
		}
	}
	w.formula(s, colMonthly, l.reaches, fmt.Sprintf("IFERROR(MATCH(1,%s:%s,0),0)", cell(colM1, l.reaches), cell(colYear1-1, l.reaches)), float64(first), w.st.boldNumber)
	w.name("GapMonth", s, colMonthly, l.reaches)
}

// teamLabels are the lines of the team and revenue block, in order.
var teamLabels = []string{
	"Revenue this year (Assumptions)",
	"Revenue target (Assumptions)",
	"Revenue gap (target − this year)",
	"Reps the gap calls for at the expected attainment, uncapped (gap ÷ a new rep's bookings, rounded up)",
	"Reps the plan books for the gap (at most 6; none until low-confidence advice is answered)",
	"New-rep bookings in year 2, net of turnover, share of the gap",
	"Year-1 cost, share of revenue this year",
	"Peak monthly cost",
	"People who sell, manage or forecast today (Answers)",
	"Reps among them (by the diagnosis's role rule)",
	"Line managers in post among them",
	"Founders' managing time, in full weeks",
	"New reps the plan books (spare rows included)",
	"Reps expected to leave the plan's seats over 24 months",
	"Reps at the end of the plan (today's, the plan's, less promoted reps)",
	"Managers at the end (today's and the plan's)",
	"Reps the leadership at the end can coach (managers, founders' and a fractional VP's time, × span)",
	"Managers the team needs at the end (none below the threshold; reps ÷ span, rounded up)",
	"Headcount in 12 months",
}

// teamLine is one line of the team and revenue block.
type teamLine struct {
	name, fx string
	value    any
	style    int
}

// team writes the revenue, headcount and leadership figures the summary
// and the sentences quote; the end of the plan is advisor.EndTeam.
func (w *writer) team(s string, p advisor.Plan, l planRows) {
	w.text(s, colHire, l.team-1, "Revenue, team and leadership", w.st.section)
	for i, line := range w.teamLines(p, l) {
		r := l.team + i
		w.textAcross(s, colHire, colBurden, r, teamLabels[i], w.st.strong)
		switch {
		case line.fx == "":
			w.num(s, colFee, r, line.value.(float64), line.style)
		default:
			w.formula(s, colFee, r, line.fx, line.value, line.style)
		}
		if line.name != "" {
			w.name(line.name, s, colFee, r)
		}
	}
}

func (w *writer) teamLines(p advisor.Plan, l planRows) []teamLine {
	co := p.Answers.Company
	team := p.Diagnosis.Thresholds.Roles(p.Answers.People)
	at24 := monthRef(advisor.PlanMonths)
	var founderWeeks float64
	for _, f := range team.Founders {
		founderWeeks += f.Time.Managing / 100
	}
	var revenue, target, gap, repsNeeded, gapShare, costShare any = "not given", "not given", "unknown", "unknown", "unknown", "unknown"
	if co.AnnualRevenue != nil {
		revenue = *co.AnnualRevenue
	}
	if co.RevenueTarget != nil {
		target = *co.RevenueTarget
	}
	if g := p.RevenueGap; g != nil {
		gap, repsNeeded, gapShare = *g, float64(p.RepsNeeded), "no gap"
		if *g > 0 {
			gapShare = p.Capacity2 / *g
		}
	}
	if r := co.AnnualRevenue; r != nil && *r > 0 {
		costShare = p.Year1 / *r
	}
	var peak float64
	for c := colM1; c < colYear1; c++ {
		m, _ := w.val(SheetPlan, c, l.total)
		peak = max(peak, m)
	}
	heads12, _ := w.val(SheetPlan, colM1+11, l.heads)
	e := p.EndTeam
	return []teamLine{
		{"", `IF(ISNUMBER(RevenueToday),RevenueToday,"not given")`, revenue, w.st.money},
		{"", `IF(ISNUMBER(RevenueTarget),RevenueTarget,"not given")`, target, w.st.money},
		{"Gap", `IF(AND(ISNUMBER(RevenueToday),ISNUMBER(RevenueTarget)),RevenueTarget-RevenueToday,"unknown")`, gap, w.st.moneyBold},
		{"RepsNeeded", `IF(ISNUMBER(Gap),IF(AND(Gap>0,RepBookings>0),MIN(ROUNDUP(Gap/RepBookings-1E-9,0),1000000),0),"unknown")`, repsNeeded, w.st.boldNumber},
		{"GrowthReps", "", float64(p.GrowthReps), w.st.whole},
		{"GapShare", `IF(ISNUMBER(Gap),IF(Gap>0,Capacity2/Gap,"no gap"),"unknown")`, gapShare, w.st.pct},
		{"CostShare", `IF(AND(ISNUMBER(RevenueToday),RevenueToday>0),Year1Total/RevenueToday,"unknown")`, costShare, w.st.pct},
		{"PeakMonthly", fmt.Sprintf("MAX(%s:%s)", cell(colM1, l.total), cell(colYear1-1, l.total)), peak, w.st.moneyBold},
		{"HeadcountNow", peopleCount(p), float64(len(p.Answers.People)), w.st.whole},
		{"RepsToday", "", float64(len(team.Reps)), w.st.whole},
		{"ManagersToday", "", float64(len(team.Managers)), w.st.whole},
		{"FounderWeeks", "", founderWeeks, w.st.fraction},
		{"NewReps", fmt.Sprintf(`COUNTIF(%s:%s,">=1")`, abs(colPaid, l.capFirst), abs(colPaid, l.capGross-1)), float64(len(repHires(p.Hires))), w.st.whole},
		{"Departures24", "Departures", p.ExpectedDepartures, w.st.fraction},
		{"RepsAtEnd", fmt.Sprintf("RepsToday+%s-(%s)", cell(colYear1-1, l.seats), l.countPaid(at24, labelPromotion)), float64(e.Reps), w.st.boldNumber},
		{"ManagersAtEnd", fmt.Sprintf("ManagersToday+%s", l.countPaid(at24, labelManager, labelPromotion)), float64(e.Managers), w.st.boldNumber},
		{"CoachingAtEnd", fmt.Sprintf("(ManagersAtEnd+FounderWeeks+SUMIFS(%s,%s)/5)*Span", l.hireRange(colDays), l.paidIn(labelFractional, at24)), e.Capacity, w.st.fraction},
		{"ManagersNeeded", "IF(OR(RepsAtEnd<ManagerMinReps,RepsAtEnd<=0,Span<=0),0,ROUNDUP(RepsAtEnd/Span-1E-9,0))", float64(e.Needed), w.st.boldNumber},
		{"Headcount12", cell(colM1+11, l.heads), heads12, w.st.whole},
	}
}

// peopleCount is the formula for today's headcount: the rows of the people
// table on the Answers sheet.
func peopleCount(p advisor.Plan) string {
	if len(p.Answers.People) == 0 {
		return "0"
	}
	return "ROWS(PeopleList)"
}

// whyEach says why the plan books each hire, the engagement's terms live.
func (w *writer) whyEach(s string, p advisor.Plan, l planRows) {
	w.text(s, colHire, l.why-1, "Why each hire", w.st.section)
	if len(p.Hires) == 0 {
		w.text(s, colHire, l.why, "No hires in this plan.", w.st.note)
	}
	note := w.engagementNote(p, " ")
	main := slices.IndexFunc(p.Hires, func(h advisor.Hire) bool { return h.Role == advisor.RoleFractionalVP })
	for i, h := range p.Hires {
		w.text(s, colHire, l.why+i, h.Title, w.st.label)
		ph := phrase{lit(h.Why)}
		if i == main && strings.HasSuffix(h.Why, note.text) {
			ph = phrase{lit(strings.TrimSuffix(h.Why, note.text)), note}
		}
		w.phraseAcross(s, colRole, colMonthly, l.why+i, ph, w.st.sentence)
	}
}
