package advisor

import (
	"fmt"
	"math"
)

// warnings lists what the owner must check before trusting the figures.
func (p Plan) warnings() []string {
	a, as, cur := p.Answers, p.Assumptions, p.Currency
	out := []string{}
	if as.Currency != "USD" && !(as.Rep.Edited && as.Manager.Edited && as.FractionalRetainer.Edited) {
		out = append(out, fmt.Sprintf("The salary bands and the fractional retainer are US figures in dollars; this plan shows them in %s without conversion. Check them against your market (Plan step, or the workbook's Salary bands and Assumptions sheets).", as.Currency))
	}
	for _, h := range p.Hires {
		if e := FractionalEngagement(a, as, p.Recommendation.FractionalMonths); h.Role == RoleFractionalVP && e.OverBudget {
			out = append(out, e.Note)
		}
	}
	if p.EndTeam.Note != "" {
		out = append(out, p.EndTeam.Note)
	} else if aff := p.Recommendation.Affordability; aff.Borderline && p.Recommendation.ConsidersManager() {
		out = append(out, aff.Text)
	}
	if p.RampNote != "" {
		out = append(out, p.RampNote)
	}
	out = append(out, p.gapWarnings()...)
	if rev := a.Company.AnnualRevenue; rev != nil && *rev > 0 && p.Year1 > *rev/2 {
		out = append(out, fmt.Sprintf("The plan's first year costs %s, %.0f%% of this year's revenue (%s). Check the revenue target and the pace of hiring.",
			Money(p.Year1, cur), p.Year1 / *rev * 100, Money(*rev, cur)))
	}
	return out
}

// gapWarnings says how the plan's new reps measure up to the revenue gap.
func (p Plan) gapWarnings() []string {
	as, cur, g := p.Assumptions, p.Currency, p.RevenueGap
	switch {
	case g == nil:
		return []string{"This year's revenue or next year's target is not known, so the plan books no reps for growth; give both to size the team."}
	case *g <= 0:
		return []string{fmt.Sprintf("The revenue target is at or below this year's revenue (a gap of %s), so the plan books no reps for growth.", Money(*g, cur))}
	case p.RepsNeeded > p.GrowthReps:
		return []string{fmt.Sprintf("The target is out of reach at this size: closing the gap of %s takes about %s at %s of quota each, and %s to coach them; the plan books %d, which book %s in year 2 (%.0f%% of the gap).",
			Money(*g, cur), plural(p.RepsNeeded, "new rep"), percent(as.ExpectedAttainment.Value), plural(ManagersFor(p.RepsNeeded, as.Span.Value), "manager"),
			p.GrowthReps, Money(p.Capacity2, cur), p.Capacity2 / *g * 100)}
	case p.Capacity2 < 0.9**g: // within 10% of the gap is planning noise
		return []string{fmt.Sprintf("New reps book %s in year 2, %.0f%% of the revenue gap (%s): they start one at a time and ramp over %s. %s",
			Money(p.Capacity2, cur), p.Capacity2 / *g * 100, Money(*g, cur), plural(p.RampMonths, "month"), p.runRate())}
	}
	return nil
}

// runRate says when the new reps' bookings, at a yearly rate, first reach
// the gap.
func (p Plan) runRate() string {
	for m := range PlanMonths {
		if (p.Capacity[m]-p.TurnoverLoss[m])*12 >= *p.RevenueGap {
			return fmt.Sprintf("They reach the gap's yearly rate in %s.", p.MonthLabels[m])
		}
	}
	last := (p.Capacity[PlanMonths-1] - p.TurnoverLoss[PlanMonths-1]) * 12
	return fmt.Sprintf("By %s they book at %s a year, short of the gap.", p.MonthLabels[PlanMonths-1], Money(last, p.Currency))
}

// percent writes a share as a whole percentage: 0.7 is "70%".
func percent(x float64) string { return fmtNum(math.Round(x*100)) + "%" }
