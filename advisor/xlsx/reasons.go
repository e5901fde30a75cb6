package xlsx

import (
	"fmt"
	"strings"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// The advisor words its reasons, alternatives and warnings with the plan's
// figures in them. The workbook rebuilds each such sentence as a phrase over
// the named cells, so that it follows the inputs, and uses the phrase only
// when it reproduces the advisor's sentence exactly for the exported plan;
// a sentence no template reproduces is written as it stands. Tests hold
// every example's sentences that quote an amount to being live.

// maxGrowthReps is the most reps the plan books for the revenue gap
// (advisor's maxNewReps; TestGrowthCap holds it to the domain).
const maxGrowthReps = 6

// figures are the live parts the sentences share.
type figures struct {
	loaded, retainer, lowRetainer, fit, quota, bookings, repOTE, budget part
	attainment, gap, reps, capacity2                                    part
}

func (w *writer) figures(p advisor.Plan) figures {
	as := p.Assumptions
	f := figures{
		loaded:      w.money("ManagerOTE*(1+BurdenRate)", as.ManagerLoadedCost()),
		retainer:    w.money("Retainer", as.FractionalRetainer.Value),
		fit:         w.money("FitRetainer", w.sized(p, false).retainer),
		quota:       w.money("RepQuota", as.RepQuota()),
		bookings:    w.money("RepBookings", as.RepBookings()),
		repOTE:      w.money("RepOTE", as.Rep.At(as.Level)),
		attainment:  pct("Attainment", as.ExpectedAttainment.Value),
		reps:        plural("RepsNeeded", float64(p.RepsNeeded), "new rep"),
		capacity2:   w.money("Capacity2", p.Capacity2),
		budget:      w.money("LeadershipBudget", 0),
		gap:         w.money("Gap", 0),
		lowRetainer: w.money("MIN(RetainerLow,Retainer)", w.sized(p, false).lowRetainer),
	}
	if b := p.Answers.Constraints.AnnualLeadershipBudget; b != nil {
		f.budget = w.money("LeadershipBudget", *b)
	}
	if g := p.RevenueGap; g != nil {
		f.gap = w.money("Gap", *g)
	}
	return f
}

// sentenceTemplates returns the phrases that may reproduce the advisor's
// sentences, rendered for the plan as exported.
func (w *writer) sentenceTemplates(p advisor.Plan) []phrase {
	f := w.figures(p)
	ts := []phrase{w.affordability(p, f), {w.engagementNote(p, "")}, w.rampNote(p)}
	ts = append(ts, w.alternativeTemplates(p, f)...)
	ts = append(ts, w.reasonTemplates(p, f)...)
	ts = append(ts, w.endTeamTemplates(p, f)...)
	ts = append(ts, w.gapTemplates(p, f)...)
	ts = append(ts, w.overBudgetTemplates(p, f)...)
	return append(ts, w.revenueTemplates(p)...)
}

// liveSentence is the template that reproduces text, or text as it stands.
func liveSentence(text string, templates []phrase) phrase {
	for _, t := range templates {
		if t.String() == text {
			return t
		}
	}
	return phrase{lit(text)}
}

// affordability is advisor's affordability text: whether the leadership
// budget covers a full-time manager, following the budget and the pay.
func (w *writer) affordability(p advisor.Plan, f figures) phrase {
	a, as := p.Answers, p.Assumptions
	aff := p.Recommendation.Affordability
	switch c := a.Constraints.CanHireFullTime; {
	case c != nil && !*c, as.Currency != "USD" && !as.Manager.Edited:
		return phrase{lit(aff.Text)}
	}
	b := a.Constraints.AnnualLeadershipBudget
	cost := as.ManagerLoadedCost()
	margin := p.Diagnosis.Thresholds.BudgetMargin
	known := phrase{choose("LeadershipBudget>=ManagerOTE*(1+BurdenRate)", b != nil && *b >= cost,
		phrase{lit("The leadership budget ("), f.budget, lit(" a year) covers a full-time manager's loaded cost ("), f.loaded, lit(").")},
		phrase{choose("LeadershipBudget>=ManagerOTE*(1+BurdenRate)*(1-BudgetMargin/100)", b != nil && *b >= cost*(1-margin/100),
			phrase{lit("The leadership budget ("), f.budget, lit(" a year) is within "), num2("BudgetMargin", margin), lit("% of a full-time manager's loaded cost ("), f.loaded,
				lit("): borderline. Confirm whether you can stretch to it; until then the plan does not book one.")},
			phrase{lit("The leadership budget ("), f.budget, lit(" a year) is below a full-time manager's loaded cost ("), f.loaded,
				lit(" a year); a fractional VP fits it at "), f.fit, lit(" a month.")})})}
	unknown := phrase{lit("The leadership budget is not known, so both leadership options stay open: a full-time manager costs about "), f.loaded,
		lit(" a year with burden, a fractional VP about "), f.retainer, lit(" a month.")}
	if a.Constraints.CanHireFullTime != nil {
		unknown = phrase{lit("You said a full-time sales manager is possible; confirm a budget of about "), f.loaded, lit(" a year, a manager's loaded cost.")}
	}
	return phrase{choose("ISNUMBER(LeadershipBudget)", b != nil, known, unknown)}
}

// engagementNote is advisor.Engagement's note, from the sizing on the
// Assumptions sheet, after lead (a space to follow a sentence, or none);
// empty while the engagement fits the budget.
func (w *writer) engagementNote(p advisor.Plan, lead string) part {
	z := w.sized(p, true)
	var b float64
	if x := p.Answers.Constraints.AnnualLeadershipBudget; x != nil {
		b = *x
	}
	budget, retainer := w.money("LeadershipBudget", b), w.money("EngRetainer", z.retainer)
	high := p.Assumptions.FractionalRetainer.High
	sized := phrase{lit(lead + "Sized to the leadership budget of "), budget, lit(" a year: "), retainer, lit(" a month for about "), daysPart("EngDays", z.days),
		lit(" a week, within the usual "), w.money("MIN(RetainerLow,Retainer)", z.lowRetainer), lit("-"), w.money("RetainerHigh", high), lit(".")}
	cut := phrase{lit(lead + "Cut to "), plural("EngMonths", float64(z.months), "month"), lit(" at "), retainer, lit(" a month, what the leadership budget of "), budget, lit(" a year pays for.")}
	over := phrase{lit(fmt.Sprintf("%sThe usual minimum of %d months at ", lead, advisor.MinFractionalMonths)), retainer, lit(" a month costs "),
		w.money(fmt.Sprintf("EngRetainer*%d", advisor.MinFractionalMonths), z.retainer*advisor.MinFractionalMonths), lit(", more than the leadership budget of "), budget, lit(" a year.")}
	return choose(`EngOver="no"`, !z.over, phrase{lit("")},
		phrase{choose(`AND(EngFewer="yes",EngHalf>=EngLowDays)`, z.fewer && z.half >= z.lowDays, sized,
			phrase{choose(`EngMinOver="yes"`, z.minOver, over, cut)})})
}

// rampNote is Plan.RampNote: the sales cycle lengthens the ramp.
func (w *writer) rampNote(p advisor.Plan) phrase {
	as := p.Assumptions
	var cycle float64
	if c := p.Answers.Metrics.SalesCycleDays; c != nil {
		cycle = *c
	}
	ramp := float64(advisor.Months(as.RepRampMonths))
	return phrase{choose("PlanRamp>ROUND(RepRamp,0)", float64(p.RampMonths) > ramp,
		phrase{lit("New reps ramp over "), plural("PlanRamp", float64(p.RampMonths), "month"), lit(", not "), count("ROUND(RepRamp,0)", ramp),
			lit(": a "), num2("SalesCycle", cycle), lit("-day sales cycle plus "), plural("ROUND(Onboarding,0)", float64(advisor.Months(as.OnboardingMonths)), "month"),
			lit(" of onboarding comes first.")},
		phrase{lit("The sales cycle no longer lengthens the ramp.")})}
}

// alternativeTemplates reproduce when each alternative fits.
func (w *writer) alternativeTemplates(p advisor.Plan, f figures) []phrase {
	ts := []phrase{
		{lit("To take selling off the founder or grow capacity: a rep at "), f.repOTE, lit(" a year on-target earnings books about "), f.bookings,
			lit(" a year once ramped ("), f.attainment, lit(" of a "), f.quota, lit(" quota).")},
		{lit("For experienced leadership without a full-time hire: about "), f.retainer, lit(" a month (from "), f.lowRetainer, lit(") for 1-3 days a week, with impact within weeks.")},
	}
	// Once the team has what a full-time manager still waits for.
	t := p.Diagnosis.Thresholds
	var need []phrase
	if len(t.Roles(p.Answers.People).Reps) < t.ManagerMinReps {
		need = append(need, phrase{lit(fmt.Sprintf("%d or more reps", t.ManagerMinReps))})
	}
	if doc := p.Answers.Company.SalesProcessDocumented; doc == nil || !*doc {
		need = append(need, phrase{lit("a written sales process")})
	}
	if p.Recommendation.Affordability.Status != advisor.AffordYes {
		need = append(need, phrase{lit("a budget of about "), f.loaded, lit(" a year for a full-time manager's loaded cost")})
	}
	if len(need) > 0 {
		ts = append(ts, append(append(phrase{lit("Once the team has ")}, joinPhrases(need)...), lit(".")))
	}
	return ts
}

// joinPhrases joins phrases as advisor's listNames joins names: "a, b and c".
func joinPhrases(ps []phrase) phrase {
	var out phrase
	for i, p := range ps {
		switch {
		case i == 0:
		case i == len(ps)-1:
			out = append(out, lit(" and "))
		default:
			out = append(out, lit(", "))
		}
		out = append(out, p...)
	}
	return out
}

// reasonTemplates reproduce the reasons that quote a figure.
func (w *writer) reasonTemplates(p advisor.Plan, f figures) []phrase {
	as := p.Assumptions
	ts := []phrase{{lit("A fractional VP has impact within weeks; a full-time manager takes about "),
		plural("ROUND(ManagerRamp,0)", float64(advisor.Months(as.ManagerRampMonths)), "month"), lit(" from the decision to recruit and ramp.")}}
	if c := p.Answers.PromotionCandidate; c != nil {
		raise := (as.Manager.At(as.Level) - as.Rep.At(as.Level)) * (1 + as.BurdenRate.Value)
		cost := phrase{lit("Promoting " + c.Name + " costs the raise to the manager band, about "), w.money("(ManagerOTE-RepOTE)*(1+BurdenRate)", raise), lit(" a year with burden")}
		tail := lit("; a backfill rep takes over the selling they stop doing.")
		within := append(append(phrase{}, cost...), lit(", within the leadership budget of "), f.budget, tail)
		ts = append(ts, within, append(append(phrase{}, cost...), tail))
	}
	if g := p.RevenueGap; g != nil {
		n := float64(min(p.RepsNeeded, maxGrowthReps))
		nFx := fmt.Sprintf("MIN(RepsNeeded,%d)", maxGrowthReps)
		for _, lead := range []string{"Growth, not structure: the", "Growth as well as the fixes: the"} {
			start := phrase{lit(lead + " revenue gap of "), f.gap, lit(" calls for about "), plural(nFx, n, "new rep"), lit(", ")}
			one := append(append(phrase{}, start...), lit("booking about "), f.bookings, lit(" a year ("), f.attainment, lit(" of a "), f.quota, lit(" quota), so the plan adds one."))
			many := append(append(phrase{}, start...), lit("each booking about "), f.bookings, lit(" a year ("), f.attainment, lit(" of a "), f.quota, lit(" quota), so the plan adds them."))
			ts = append(ts, phrase{choose(nFx+"=1", n == 1, one, many)})
		}
	}
	return ts
}

// endTeamTemplates reproduce EndTeam.Note, the leadership the plan's team
// ends with, with each of its endings.
func (w *writer) endTeamTemplates(p advisor.Plan, f figures) []phrase {
	e := p.EndTeam
	start := phrase{lit("By "), w.monthLabel(advisor.PlanMonths), lit(" the plan's team has "), plural("RepsAtEnd", float64(e.Reps), "rep"),
		lit(" and leadership for about "), count("INT(CoachingAtEnd)", float64(int(e.Capacity))), lit(" ("), plural("ManagersAtEnd", float64(e.Managers), "manager"),
		lit("); at a span of "), num2("Span", p.Diagnosis.Thresholds.Span), lit(" it needs "), plural("ManagersNeeded", float64(e.Needed), "manager"), lit(". ")}
	another := choose("ManagersAtEnd>0", e.Managers > 0, phrase{lit("another manager")}, phrase{lit("a manager")})
	aff := w.affordability(p, f)
	var ts []phrase
	for _, end := range []phrase{
		append(append(phrase{}, aff...), lit(" Plan to promote a team lead, or slow the growth hires.")),
		aff,
		{lit("The leadership budget of "), f.budget, lit(" a year does not cover "), another, lit(" beyond the plan's (about "), f.loaded,
			lit(" a year with burden): raise it, promote a team lead, or slow the growth hires.")},
		{lit("Budget for "), another, lit(", about "), f.loaded, lit(" a year with burden, before the reps arrive.")},
	} {
		ts = append(ts, append(append(phrase{}, start...), end...))
	}
	return ts
}

// gapTemplates reproduce how the plan's new reps measure up to the
// revenue gap.
func (w *writer) gapTemplates(p advisor.Plan, f figures) []phrase {
	g := p.RevenueGap
	if g == nil {
		return nil
	}
	t := p.Diagnosis.Thresholds
	team := float64(p.Diagnosis.Team.Reps + p.RepsNeeded)
	teamFx := fmt.Sprintf("(%d+RepsNeeded)", p.Diagnosis.Team.Reps)
	share := pct("Capacity2/Gap", 0)
	if *g != 0 {
		share = pct("Capacity2/Gap", p.Capacity2 / *g)
	}
	net24 := (month(p.Capacity, advisor.PlanMonths-1) - month(p.TurnoverLoss, advisor.PlanMonths-1)) * 12
	gapMonth := 0
	for m := range advisor.PlanMonths {
		if (month(p.Capacity, m)-month(p.TurnoverLoss, m))*12 >= *g {
			gapMonth = m + 1
			break
		}
	}
	runRate := choose("GapMonth>0", gapMonth > 0,
		phrase{lit("They reach the gap's yearly rate in "), w.monthLabelAt("GapMonth", gapMonth), lit(".")},
		phrase{lit("By "), w.monthLabel(advisor.PlanMonths), lit(" they book at "), w.money(ref(SheetPlan, colYear1-1, layoutPlan(p).capNet)+"*12", net24), lit(" a year, short of the gap.")})
	return []phrase{
		{lit("The plan books no rep until a founder has proven the sale; the gap of "), f.gap, lit(" then calls for about "), f.reps, lit(".")},
		{lit("The revenue target is "), w.money("-Gap", -*g), lit(" below this year's revenue, so the plan books no reps for growth.")},
		{lit("The target is out of reach at this size: closing the gap of "), f.gap, lit(" takes about "), f.reps, lit(" at "), f.attainment,
			lit(" of quota each, a team of "), count(teamFx, team), lit(" reps that needs "),
			plural(fmt.Sprintf("IF(OR(%[1]s<ManagerMinReps,Span<=0),0,ROUNDUP(%[1]s/Span-1E-9,0))", teamFx), float64(t.ManagersNeeded(int(team))), "manager"),
			lit("; the plan books "), count("GrowthReps", float64(p.GrowthReps)), lit(", which book "), f.capacity2, lit(" in year 2 ("), share, lit(" of the gap).")},
		{lit("New reps book "), f.capacity2, lit(" in year 2, "), share, lit(" of the revenue gap ("), f.gap, lit("): they start one at a time and ramp over "),
			plural("PlanRamp", float64(p.RampMonths), "month"), lit(". "), runRate},
		{lit("Most reps miss quota today, and new reps inherit what makes them miss: the plan starts them after a quarter of the changes and counts them at "),
			f.attainment, lit(" of quota.")},
	}
}

// revenueTemplates reproduce the warning that a year costs more than half
// of this year's revenue.
func (w *writer) revenueTemplates(p advisor.Plan) []phrase {
	rev := p.Answers.Company.AnnualRevenue
	if rev == nil || *rev <= 0 {
		return nil
	}
	var ts []phrase
	for _, y := range []struct {
		word, name string
		cost       float64
	}{{"first", "Year1Total", p.Year1}, {"second", "Year2Total", p.Year2}} {
		ts = append(ts, phrase{lit("The plan's " + y.word + " year costs "), w.money(y.name, y.cost), lit(", "), pct(y.name+"/RevenueToday", y.cost / *rev),
			lit(" of this year's revenue ("), w.money("RevenueToday", *rev), lit("). Check the revenue target and the pace of hiring.")})
	}
	return ts
}

// daysPart words days a week as the advisor does: "1 day", "1.5 days".
func daysPart(fx string, v float64) part {
	text := fmtNum(v) + " days"
	if v == 1 {
		text = "1 day"
	}
	return part{fx: fmt.Sprintf(`IF(%[1]s=1,"1 day",TEXT(ROUND(%[1]s,2),"General")&" days")`, fx), text: text}
}

// num2 is a number to at most two decimals, as the advisor's fmtNum
// writes it: "8", "7.5".
func num2(fx string, v float64) part {
	return part{fx: fmt.Sprintf(`TEXT(ROUND(%s,2),"General")`, fx), text: fmtNum(v)}
}

// fmtNum is advisor's way of writing a number: at most two decimals.
func fmtNum(x float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", x), "0"), ".")
}

// overBudgetTemplates are advisor's warnings that a year's sales leadership
// costs more than the leadership budget: its cost summed from the Hiring
// plan's manager, fractional and promotion rows, spare rows included.
func (w *writer) overBudgetTemplates(p advisor.Plan, f figures) []phrase {
	if p.Answers.Constraints.AnnualLeadershipBudget == nil {
		return nil
	}
	l := layoutPlan(p)
	var out []phrase
	for y := 1; y <= 2; y++ {
		fx := l.sumOf(colYear1+y-1, labelManager, labelFractional, labelPromotion)
		out = append(out, phrase{lit("In " + p.YearLabel(y) + " the plan's sales leadership costs "), w.money(fx, p.LeadershipCost(y)),
			lit(", above the leadership budget of "), f.budget, lit(" a year. Raise the budget, or weigh the cheaper option before deciding.")})
	}
	return out
}
