package advisor

import "fmt"

// WorkDaysPerMonth is a full-time week of five days over a month: 5 × 52 ÷ 12.
const WorkDaysPerMonth = 5 * 52.0 / 12

// Comparison sets the two ways to lead the team against each other over the
// plan's own months. The fractional path is this plan's fractional
// engagement, with the manager who takes over from it where the plan books
// one (or, for a plan without one, the engagement it would book, from the
// same month). The full-time path hires a manager instead, decided in the
// same month: the search comes first (no pay before the start), then the
// recruiting fee and the loaded pay to the end of the plan.
type Comparison struct {
	DecisionMonth    int     `json:"decision_month"` // when leadership is decided
	Retainer         float64 `json:"retainer"`       // per month
	FractionalStart  int     `json:"fractional_start_month"`
	FractionalMonths int     `json:"fractional_months"`
	DaysPerWeek      float64 `json:"days_per_week"`
	// FollowOnStart is the first paid month of the manager who takes over
	// from the fractional VP in this plan; 0 if the plan books none.
	FollowOnStart     int     `json:"follow_on_start_month"`
	FullTimeMonthly   float64 `json:"full_time_monthly"` // manager pay plus burden, per month
	SearchMonths      int     `json:"search_months"`
	FullTimeStart     int     `json:"full_time_start_month"`
	RecruitingFee     float64 `json:"recruiting_fee"`      // one-off, in the full-time start month
	ManagerRampMonths int     `json:"manager_ramp_months"` // from the decision to full impact
	// Fractional and FullTime are each path's cumulative cost by month.
	Fractional   []float64 `json:"fractional_cumulative"`
	FullTime     []float64 `json:"full_time_cumulative"`
	Fractional12 float64   `json:"fractional_12"`
	Fractional24 float64   `json:"fractional_24"`
	FullTime12   float64   `json:"full_time_12"`
	FullTime24   float64   `json:"full_time_24"`
	Saving12     float64   `json:"saving_12"` // full-time minus fractional
	Saving24     float64   `json:"saving_24"`
	// BreakEvenMonth is the first month, once the full-time manager is paid,
	// from which the full-time path has cost no more in total than the
	// fractional one; 0 if none in the plan.
	BreakEvenMonth int `json:"break_even_month"`
	// FractionalDays and FullTimeDays are the days of sales leadership each
	// path gives within the plan; the costs per day set them side by side.
	FractionalDays   float64 `json:"fractional_days"`
	FullTimeDays     float64 `json:"full_time_days"`
	FractionalPerDay float64 `json:"fractional_per_day"`
	FullTimePerDay   float64 `json:"full_time_per_day"`
	// FullTimeImpactMonths is how many of the plan's months a full-time
	// manager leads at full strength, after recruiting and ramp; a
	// fractional VP has impact within weeks (rrclosers.com).
	FullTimeImpactMonths   int `json:"full_time_impact_months"`
	FractionalImpactMonths int `json:"fractional_impact_months"`
	// The 24-month cost of each path per month of impact; 0 for a path with
	// no impact within the plan.
	FractionalPerImpactMonth float64 `json:"fractional_per_impact_month"`
	FullTimePerImpactMonth   float64 `json:"full_time_per_impact_month"`
}

// compare builds the comparison from the plan's hires and the engagement
// the answers allow.
func compare(p Plan, e Engagement) Comparison {
	as := p.Assumptions
	c := Comparison{DecisionMonth: 1, FullTimeMonthly: as.ManagerLoadedCost() / 12, SearchMonths: Months(as.ManagerSearchMonths),
		ManagerRampMonths: Months(as.ManagerRampMonths), Retainer: e.Retainer, FractionalMonths: e.Months, DaysPerWeek: e.DaysPerWeek}
	var frac, follow, full *Hire
	var light []Hire // a light-touch continuation of the engagement
	for i := range p.Hires {
		h := &p.Hires[i]
		switch {
		case h.Role == RoleFractionalVP && frac == nil:
			frac = h
		case h.Role == RoleFractionalVP:
			light = append(light, *h)
		case h.Role == RoleManager && !h.Promotion && full == nil:
			full = h
		}
	}
	if frac != nil {
		follow, full = full, nil
		c.DecisionMonth, c.Retainer, c.FractionalMonths, c.DaysPerWeek = frac.Start, frac.Pay, frac.Months, frac.DaysPerWeek
	} else if full != nil {
		c.DecisionMonth = full.SearchStart
	}
	c.FractionalStart = c.DecisionMonth
	if full == nil {
		full = &Hire{Role: RoleManager, SearchStart: c.DecisionMonth, SearchMonths: c.SearchMonths, Start: c.DecisionMonth + c.SearchMonths,
			Pay: as.Manager.At(as.Level), BurdenRate: as.BurdenRate.Value, RecruitingFee: as.Manager.At(as.Level) * as.RecruitingFeeRate.Value}
	}
	c.FullTimeStart, c.RecruitingFee = full.Start, full.RecruitingFee
	fracMonths := hireMonths(Hire{Role: RoleFractionalVP, Start: c.FractionalStart, Months: c.FractionalMonths, Pay: c.Retainer})
	for _, h := range light {
		for m, x := range hireMonths(h) {
			fracMonths[m] += x
		}
		c.FractionalDays += float64(paidMonths(h)) * h.DaysPerWeek * 52 / 12
		c.FractionalImpactMonths += paidMonths(h)
	}
	if follow != nil {
		c.FollowOnStart = follow.Start
		for m, x := range hireMonths(*follow) {
			fracMonths[m] += x
		}
	}
	c.Fractional, c.FullTime = cumulative(fracMonths), cumulative(hireMonths(*full))
	c.Fractional12, c.Fractional24 = c.Fractional[11], c.Fractional[PlanMonths-1]
	c.FullTime12, c.FullTime24 = c.FullTime[11], c.FullTime[PlanMonths-1]
	c.Saving12, c.Saving24 = c.FullTime12-c.Fractional12, c.FullTime24-c.Fractional24
	for m := max(1, full.Start); m <= PlanMonths && full.Start <= PlanMonths; m++ {
		if c.FullTime[m-1] <= c.Fractional[m-1] {
			c.BreakEvenMonth = m
			break
		}
	}
	c.days(follow, full)
	c.impact(follow)
	return c
}

// days counts each path's days of leadership within the plan and what a
// day costs.
func (c *Comparison) days(follow, full *Hire) {
	fracPaid := min(c.FractionalMonths, PlanMonths-c.FractionalStart+1)
	c.FractionalDays += float64(fracPaid) * c.DaysPerWeek * 52 / 12
	if follow != nil {
		c.FractionalDays += float64(paidMonths(*follow)) * WorkDaysPerMonth
	}
	c.FullTimeDays = float64(paidMonths(*full)) * WorkDaysPerMonth
	c.FractionalPerDay = perUnit(c.Fractional24, c.FractionalDays)
	c.FullTimePerDay = perUnit(c.FullTime24, c.FullTimeDays)
}

// impact counts each path's months of leadership at full strength: a
// fractional VP from the first month, a full-time manager once the
// recruit-and-ramp months from the decision have passed.
func (c *Comparison) impact(follow *Hire) {
	c.FullTimeImpactMonths = max(0, PlanMonths-(c.DecisionMonth-1)-c.ManagerRampMonths)
	c.FractionalImpactMonths += min(c.FractionalMonths, PlanMonths-c.FractionalStart+1)
	if follow != nil {
		// The successor's search overlaps the engagement; its ramp does not.
		ramp := max(0, c.ManagerRampMonths-c.SearchMonths)
		c.FractionalImpactMonths += max(0, PlanMonths-(follow.Start-1)-ramp)
		c.FractionalImpactMonths = min(c.FractionalImpactMonths, PlanMonths-c.FractionalStart+1)
	}
	c.FractionalPerImpactMonth = perUnit(c.Fractional24, float64(c.FractionalImpactMonths))
	c.FullTimePerImpactMonth = perUnit(c.FullTime24, float64(c.FullTimeImpactMonths))
}

func paidMonths(h Hire) int {
	if h.Start > PlanMonths {
		return 0
	}
	return h.End() - h.Start + 1
}

func perUnit(cost, units float64) float64 {
	if units <= 0 {
		return 0
	}
	return cost / units
}

func cumulative(xs []float64) []float64 {
	out := make([]float64, len(xs))
	var run float64
	for i, x := range xs {
		run += x
		out[i] = run
	}
	return out
}

// ComparisonText puts the plan's comparison in words, a sentence a line,
// dated with the plan's months.
func (p Plan) ComparisonText() []string {
	c, cur, label := p.Comparison, p.Currency, func(m int) string { return p.MonthLabels[min(max(m, 1), PlanMonths)-1] }
	frac := fmt.Sprintf("Fractional VP: %s a month, about %s a week, from %s to %s", Money(c.Retainer, cur), days(c.DaysPerWeek),
		label(c.FractionalStart), label(c.FractionalStart+c.FractionalMonths-1))
	if c.FollowOnStart > 0 {
		frac += fmt.Sprintf(", then the plan's full-time manager from %s", label(c.FollowOnStart))
	}
	lines := []string{frac + "."}
	if c.FullTimeStart <= PlanMonths {
		lines = append(lines, fmt.Sprintf("Full-time manager instead: decided in %s, paid from %s after %s of search, %s a month with burden, and a %s recruiting fee.",
			label(c.DecisionMonth), label(c.FullTimeStart), plural(c.SearchMonths, "month"), Money(c.FullTimeMonthly, cur), Money(c.RecruitingFee, cur)))
	}
	lines = append(lines, fmt.Sprintf("To %s: fractional %s, full-time %s; to %s: fractional %s, full-time %s (%s).",
		label(12), Money(c.Fractional12, cur), Money(c.FullTime12, cur), label(PlanMonths), Money(c.Fractional24, cur), Money(c.FullTime24, cur), savesText(c.Saving24, cur)))
	if c.BreakEvenMonth > 0 {
		lines = append(lines, fmt.Sprintf("From %s the full-time path has cost no more in total.", label(c.BreakEvenMonth)))
	} else {
		lines = append(lines, "Within the plan the full-time path never costs less in total.")
	}
	lines = append(lines, fmt.Sprintf("Per day of sales leadership: fractional %s over about %.0f days, full-time %s over about %.0f days.",
		Money(c.FractionalPerDay, cur), c.FractionalDays, Money(c.FullTimePerDay, cur), c.FullTimeDays))
	if c.FullTimeImpactMonths > 0 {
		lines = append(lines, fmt.Sprintf("A fractional VP has impact within weeks; a full-time manager leads at full strength from %s, %s after the decision.",
			label(c.DecisionMonth+c.ManagerRampMonths), plural(c.ManagerRampMonths, "month")))
	}
	return lines
}

// savesText words the difference between the paths, full-time minus
// fractional.
func savesText(d float64, cur string) string {
	if d >= 0 {
		return "fractional costs " + Money(d, cur) + " less"
	}
	return "full-time costs " + Money(-d, cur) + " less"
}
