package advisor

import (
	"fmt"
	"math"
	"strings"
)

// warnings lists what the owner must check before trusting the figures.
func (p Plan) warnings() []string {
	a, as, cur := p.Answers, p.Assumptions, p.Currency
	out := []string{}
	if w := p.currencyWarning(); w != "" {
		out = append(out, w)
	}
	for _, h := range p.Hires {
		if e := FractionalEngagement(a, as, p.Recommendation.FractionalMonths, p.Recommendation.FractionalDays); h.Role == RoleFractionalVP && e.OverBudget {
			out = append(out, e.Note)
		}
	}
	if p.EndTeam.Note != "" {
		out = append(out, p.EndTeam.Note)
	} else if aff := p.Recommendation.Affordability; aff.Borderline && p.Recommendation.ConsidersManager() {
		out = append(out, aff.Text)
	}
	if w := p.overBudget(); w != "" {
		out = append(out, w)
	}
	out = append(out, p.sellingHandedOver()...)
	if p.RampNote != "" {
		out = append(out, p.RampNote)
	}
	out = append(out, p.gapWarnings()...)
	if p.GrowthReps > 0 && p.Diagnosis.Has(TeamWideUnderperformance) {
		out = append(out, fmt.Sprintf("Most reps miss quota today, and new reps inherit what makes them miss: the plan starts them after a quarter of the changes and counts them at %s of quota.",
			percent(as.ExpectedAttainment.Value)))
	}
	if rev := a.Company.AnnualRevenue; rev != nil && *rev > 0 {
		for y, cost := range []float64{p.Year1, p.Year2} {
			if cost > *rev/2 {
				out = append(out, fmt.Sprintf("The plan's %s year costs %s, %s of this year's revenue (%s). Check the revenue target and the pace of hiring.",
					[]string{"first", "second"}[y], Money(cost, cur), percent(cost / *rev), Money(*rev, cur)))
				break
			}
		}
	}
	return out
}

// currencyWarning names the figures still in US dollars under another
// currency: the ones the user has not set for the market.
func (p Plan) currencyWarning() string {
	as := p.Assumptions
	if as.Currency == "USD" {
		return ""
	}
	var left []string
	if !as.Rep.Edited {
		left = append(left, "the sales rep pay band")
	}
	if !as.Manager.Edited {
		left = append(left, "the sales manager pay band")
	}
	if !as.FractionalRetainer.Edited {
		left = append(left, "the fractional retainer")
	}
	if len(left) == 0 {
		return ""
	}
	verb := "are US figures"
	if len(left) == 1 {
		verb = "is a US figure"
	}
	return fmt.Sprintf("%s %s in dollars, shown in %s without conversion. Check against your market (Plan step, or the workbook's Salary bands and Assumptions sheets).",
		upperFirst(listNames(left)), verb, as.Currency)
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// gapWarnings says how the plan's new reps measure up to the revenue gap.
func (p Plan) gapWarnings() []string {
	as, cur, g := p.Assumptions, p.Currency, p.RevenueGap
	switch r := p.Recommendation; {
	case r.Confidence == ConfidenceLow:
		return []string{"The plan books nothing until the questions on the Recommendation step are answered."}
	case r.Primary == KeepFounderSelling && g != nil && *g > 0:
		return []string{fmt.Sprintf("The plan books no rep until a founder has proven the sale; the gap of %s then calls for about %s.",
			Money(*g, cur), plural(p.RepsNeeded, "new rep"))}
	}
	switch {
	case g == nil:
		return []string{"This year's revenue or next year's target is not known, so the plan books no reps for growth; give both to size the team."}
	case *g == 0:
		return []string{"The revenue target is this year's revenue, so the plan books no reps for growth."}
	case *g < 0:
		return []string{fmt.Sprintf("The revenue target is %s below this year's revenue, so the plan books no reps for growth.", Money(-*g, cur))}
	case p.Diagnosis.Thresholds.EffortCloses(p.Answers.Company):
		return []string{fmt.Sprintf("The target is %s above this year's revenue, less than %s: the team's effort closes a gap of %s, so the plan books no reps for growth (hiring for it would take %s).",
			percent(*g / *p.Answers.Company.AnnualRevenue), percent(p.Diagnosis.Thresholds.StretchGrowthMin/100), Money(*g, cur), plural(p.RepsNeeded, "new rep"))}
	case p.RepsNeeded > maxNewReps:
		team := p.Diagnosis.Team.Reps + p.RepsNeeded
		return []string{fmt.Sprintf("The target is out of reach at this size: closing the gap of %s takes about %s at %s of quota each, a team of %d reps that needs %s; the plan books %d, which book %s in year 2 (%s of the gap).",
			Money(*g, cur), plural(p.RepsNeeded, "new rep"), percent(as.ExpectedAttainment.Value), team, plural(p.Diagnosis.Thresholds.ManagersNeeded(team), "manager"),
			p.GrowthReps, Money(p.Capacity2, cur), percent(p.Capacity2 / *g))}
	case p.GrowthReps > 0 && p.Capacity2 < 0.9**g: // within 10% of the gap is planning noise
		return []string{fmt.Sprintf("New reps book %s in year 2, %s of the revenue gap (%s): they start one at a time and ramp over %s. %s",
			Money(p.Capacity2, cur), percent(p.Capacity2 / *g), Money(*g, cur), plural(p.RampMonths, "month"), p.runRate())}
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

// percent writes a share as a whole percentage, halves rounded up: 0.7 is
// "70%", 0.885 is "89%".
func percent(x float64) string { return fmtNum(math.Round(x*100+1e-9)) + "%" }

// overBudget says where the plan's paid leadership costs more in a year
// than the leadership budget the owner gave: never silently, whatever the
// advice and the currency. A promotion counts its raise.
func (p Plan) overBudget() string {
	b := p.Answers.Constraints.AnnualLeadershipBudget
	if b == nil {
		return ""
	}
	for y := 1; y <= 2; y++ {
		if cost := p.LeadershipCost(y); cost > *b+0.5 {
			return fmt.Sprintf("In %s the plan's sales leadership costs %s, above the leadership budget of %s a year. Raise the budget, or weigh the cheaper option before deciding.",
				p.YearLabel(y), Money(cost, p.Currency), Money(*b, p.Currency))
		}
	}
	return ""
}

// LeadershipCost is what the plan's sales leadership costs in plan year y
// (1 or 2): its managers, promotions' raises included, and fractional VPs.
func (p Plan) LeadershipCost(y int) float64 {
	var cost float64
	for _, h := range p.Hires {
		if h.Role == RoleManager || h.Role == RoleFractionalVP {
			cost += h.YearTotal(y)
		}
	}
	return cost
}

// YearLabel names plan year y (1 or 2) by its months: "Jan 2027 to Dec 2027".
func (p Plan) YearLabel(y int) string {
	return p.MonthLabels[12*y-12] + " to " + p.MonthLabels[12*y-1]
}

// sellingHandedOver says what making a manager in name only real costs in
// bookings: the changes that cost nothing in pay move a real seller's
// selling off the books, and the plan's capacity does not count it.
func (p Plan) sellingHandedOver() []string {
	if !p.Diagnosis.Has(ManagerInNameOnly) || p.Recommendation.Confidence == ConfidenceLow {
		return nil
	}
	t := p.Diagnosis.Thresholds
	var out []string
	for _, m := range t.Roles(p.Answers.People).NameOnly {
		if m.Time.Selling < t.RepMinSelling {
			continue
		}
		at := ""
		if q := m.QuotaAttainment; q != nil {
			at = fmt.Sprintf(", at %s of quota", fmtNum(*q)+"%")
		}
		out = append(out, fmt.Sprintf("Making %s's manager role real hands over %s's selling (%s of the week%s): the plan does not count the bookings that go with it. Hand the accounts to the reps, or weigh a backfill rep.",
			m.Name, m.Name, fmtNum(m.Time.Selling)+"%", at))
	}
	return out
}
