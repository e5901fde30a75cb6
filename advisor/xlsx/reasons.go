package xlsx

import (
	"fmt"
	"math"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// The advisor words its reasons, alternatives and warnings with the plan's
// figures in them. The workbook rebuilds each such sentence as a phrase over
// the named cells, so that it follows the inputs, and uses the phrase only
// when it reproduces the advisor's sentence exactly for the exported plan;
// a sentence no template reproduces is written as it stands. Tests hold
// every example's figure-quoting sentences to being live.

// sentenceTemplates returns the phrases that may reproduce the advisor's
// sentences, rendered for the plan as exported.
func (w *writer) sentenceTemplates(p advisor.Plan) []phrase {
	as := p.Assumptions
	const loadedFx = "ManagerOTE*(1+BurdenRate)"
	loaded := w.money(loadedFx, as.ManagerLoadedCost())
	retainer := w.money("Retainer", as.FractionalRetainer.Value)
	quota := w.money("RepQuota", as.RepQuota())
	ts := []phrase{
		{lit("A fractional VP has impact within weeks; a full-time manager takes about "),
			plural("ROUND(ManagerRamp,0)", math.Round(as.ManagerRampMonths.Value), "month"), lit(" to recruit and ramp.")},
		{lit("To take selling off the founder or grow capacity: a rep at "), w.money("RepOTE", as.Rep.At(as.Level)),
			lit(" a year on-target earnings carries about "), quota, lit(" of quota once ramped.")},
		{lit(fmt.Sprintf("Once the team has %d or more reps, a written process and a budget of about ", p.Diagnosis.Thresholds.ManagerMinReps)),
			loaded, lit(" a year for a full-time manager's loaded cost.")},
		{lit("For experienced leadership without a full-time hire: about "), retainer, lit(" a month for 1-3 days a week, with impact within weeks.")},
		{lit("No full-time manager follows the fractional engagement: the leadership budget does not cover a full-time manager's loaded cost of "),
			loaded, lit(" a year. Revisit when the team has grown.")},
	}
	if b := p.Answers.Constraints.AnnualLeadershipBudget; b != nil {
		budget := w.money("LeadershipBudget", *b)
		ts = append(ts, phrase{choose("LeadershipBudget>="+loadedFx, *b >= as.ManagerLoadedCost(),
			phrase{lit("The leadership budget ("), budget, lit(" a year) covers a full-time manager's loaded cost ("), loaded, lit(").")},
			phrase{lit("The leadership budget ("), budget, lit(" a year) is below a full-time manager's loaded cost ("), loaded,
				lit(" a year); a fractional VP costs about "), w.money("Retainer*12", as.FractionalRetainer.Value*12), lit(" a year.")})})
		ts = append(ts, w.budgetWarnings(p, budget)...)
	}
	return append(ts, w.revenueTemplates(p, quota)...)
}

// budgetWarnings reproduce the warning that the fractional engagement's
// minimum exceeds the budget, from the engagement's months on the plan.
func (w *writer) budgetWarnings(p advisor.Plan, budget part) []phrase {
	var ts []phrase
	l := layoutPlan(p)
	for i, h := range p.Hires {
		if h.Role != advisor.RoleFractionalVP {
			continue
		}
		months := ref(SheetPlan, colMonths, l.first+i)
		ts = append(ts, phrase{lit("The plan books the usual minimum of "), count(months, float64(h.Months)),
			lit(" months of a fractional VP ("), w.money("Retainer*"+months, h.Pay*float64(h.Months)),
			lit("), more than the leadership budget of "), budget, lit(" a year.")})
	}
	return ts
}

// revenueTemplates reproduce the sentences about revenue and the gap.
func (w *writer) revenueTemplates(p advisor.Plan, quota part) []phrase {
	var ts []phrase
	c := p.Answers.Company
	year1, _ := w.namedValue("Year1Total").(float64)
	if rev := c.AnnualRevenue; rev != nil && *rev > 0 {
		ts = append(ts, phrase{lit("The plan's first year costs "), w.money("Year1Total", year1), lit(", "),
			pct("Year1Total/RevenueToday", year1 / *rev), lit(" of this year's revenue ("), w.money("RevenueToday", *rev),
			lit("). Check the revenue target and the pace of hiring.")})
	}
	g := p.RevenueGap
	if g == nil {
		return ts
	}
	gap := w.money("Gap", *g)
	if reps, ok := w.namedValue("RepsForGap").(float64); ok {
		ts = append(ts, phrase{lit("Growth, not structure: the revenue gap of "), gap, lit(" calls for about "),
			plural("RepsForGap", reps, "new rep"), lit(" at "), quota, lit(" of quota each, so the plan adds them.")})
	}
	if cap2, _ := w.namedValue("Capacity2").(float64); *g > 0 {
		ts = append(ts, phrase{lit("New reps carry "), w.money("Capacity2", cap2), lit(" of quota in year 2, "),
			pct("Capacity2/Gap", cap2 / *g), lit(" of the revenue gap ("), gap, lit("): reps ramp and start in turn. Hire sooner, or plan a later target.")})
	}
	return ts
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
