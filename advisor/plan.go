package advisor

import (
	"fmt"
	"math"
)

// PlanMonths is the length of the hiring plan.
const PlanMonths = 24

// maxNewReps caps the reps the plan adds for the revenue gap: past that, the
// plan is a growth strategy, not a structure fix, and deserves its own work.
const maxNewReps = 6

// Hire is one hire or engagement in the plan.
type Hire struct {
	Role  Role   `json:"role"`
	Title string `json:"title"`
	// Start is the first month of cost, 1 to PlanMonths.
	Start int `json:"start_month"`
	// Months is how long an engagement lasts; 0 means to the end of the plan.
	Months int `json:"months"`
	// Promotion marks a promoted employee: the cost is the raise from the rep
	// band to the manager band, since the pay they already get is not new.
	Promotion bool `json:"promotion,omitempty"`
	// Backfill marks a rep who replaces the selling a promoted rep stops
	// doing: a cost, but no new quota capacity.
	Backfill bool `json:"backfill,omitempty"`
	// Pay is the yearly pay for employees (OTE at the plan's band level, or
	// the raise for a promotion) and the monthly retainer for fractional roles.
	Pay        float64 `json:"pay"`
	Base       float64 `json:"base"`
	Variable   float64 `json:"variable"`
	BurdenRate float64 `json:"burden_rate"` // 0 for fractional engagements
	RampMonths int     `json:"ramp_months"` // reps only
	Why        string  `json:"why"`
	// Monthly is the cost in each month of the plan.
	Monthly []float64 `json:"monthly"`
	Total   float64   `json:"total"`
}

// Active reports whether the hire costs money in month m (1-based).
func (h Hire) Active(m int) bool {
	if m < h.Start {
		return false
	}
	return h.Months == 0 || m < h.Start+h.Months
}

// MonthlyCost is the cost of one active month: pay plus burden over twelve,
// or the retainer.
func (h Hire) MonthlyCost() float64 {
	if h.Role == RoleFractionalVP {
		return h.Pay
	}
	return h.Pay * (1 + h.BurdenRate) / 12
}

// YearTotal is the hire's cost in plan year y (1 or 2).
func (h Hire) YearTotal(y int) float64 {
	var sum float64
	for m := (y - 1) * 12; m < y*12 && m < len(h.Monthly); m++ {
		sum += h.Monthly[m]
	}
	return sum
}

// AddsCapacity reports whether the hire adds quota capacity: a new rep who
// is not a backfill.
func (h Hire) AddsCapacity() bool { return h.Role == RoleRep && !h.Backfill }

// FullTime reports whether the hire adds an employee to the headcount.
func (h Hire) FullTime() bool { return h.Role != RoleFractionalVP && !h.Promotion }

// Comparison sets a fractional VP of Sales against a full-time manager.
type Comparison struct {
	Retainer          float64   `json:"retainer"`            // per month
	FullTimeMonthly   float64   `json:"full_time_monthly"`   // manager pay plus burden, per month
	RecruitingCost    float64   `json:"recruiting_cost"`     // one-off, month 1 of the full-time path
	ManagerRampMonths int       `json:"manager_ramp_months"` // before a full-time hire has impact
	Fractional        []float64 `json:"fractional_cumulative"`
	FullTime          []float64 `json:"full_time_cumulative"`
	Fractional12      float64   `json:"fractional_12"`
	Fractional24      float64   `json:"fractional_24"`
	FullTime12        float64   `json:"full_time_12"`
	FullTime24        float64   `json:"full_time_24"`
	Saving12          float64   `json:"saving_12"` // full-time minus fractional
	Saving24          float64   `json:"saving_24"`
	// BreakEvenMonth is the first month from which the full-time path has
	// cost no more in total than the fractional one; 0 if none in the plan.
	BreakEvenMonth int `json:"break_even_month"`
	// FullTimeImpactMonths is how many of the plan's months a full-time
	// manager leads at full strength, after recruiting and ramp; a fractional
	// VP has impact within weeks (rrclosers.com), so for the whole plan.
	FullTimeImpactMonths int `json:"full_time_impact_months"`
	// The 24-month cost of each path per month of impact; the full-time one
	// is 0 when the ramp outlasts the plan.
	FractionalPerImpactMonth float64 `json:"fractional_per_impact_month"`
	FullTimePerImpactMonth   float64 `json:"full_time_per_impact_month"`
}

// Plan is the 24-month hiring plan with everything needed to show or export
// it: the answers, the diagnosis and recommendation it follows from, the
// assumptions and the computed costs.
type Plan struct {
	Answers        Answers        `json:"-"`
	Diagnosis      Diagnosis      `json:"-"`
	Company        string         `json:"company"`
	Recommendation Recommendation `json:"recommendation"`
	Assumptions    Assumptions    `json:"assumptions"`
	Currency       string         `json:"currency"`
	Hires          []Hire         `json:"hires"`
	Monthly        []float64      `json:"monthly"`
	Cumulative     []float64      `json:"cumulative"`
	Quarterly      []float64      `json:"quarterly"`
	Year1          float64        `json:"year1_total"`
	Year2          float64        `json:"year2_total"`
	HeadcountNow   int            `json:"headcount_now"`
	Headcount12    int            `json:"headcount_12"`
	// Capacity is the quota the new reps carry in each month, ramped.
	Capacity   []float64  `json:"new_rep_capacity"`
	Capacity1  float64    `json:"new_rep_capacity_year1"`
	Capacity2  float64    `json:"new_rep_capacity_year2"`
	RevenueGap *float64   `json:"revenue_gap,omitempty"` // target minus revenue, if both are known
	Comparison Comparison `json:"fractional_vs_full_time"`
	RoleCards  []RoleCard `json:"-"`
	// Warnings are things the owner must check before trusting the figures.
	Warnings []string `json:"warnings"`
}

// Advise runs the whole pipeline on valid answers with the default
// thresholds and the answers' own assumption overrides.
func Advise(a Answers) (Plan, error) {
	a = a.Normalized()
	if err := a.Validate(); err != nil {
		return Plan{}, err
	}
	as := a.Assumptions.Apply(DefaultAssumptions())
	if a.Company.Currency != "" {
		as.Currency = a.Company.Currency
	}
	t := DefaultThresholds()
	t.Span = as.Span.Value // the span-of-control assumption sets the coaching rule
	d := Diagnose(a, t)
	r := Recommend(a, d, as)
	return BuildPlan(a, d, r, as), nil
}

// BuildPlan turns a recommendation into a 24-month hiring plan.
func BuildPlan(a Answers, d Diagnosis, r Recommendation, as Assumptions) Plan {
	p := Plan{Answers: a, Company: a.Company.Name, Diagnosis: d, Recommendation: r, Assumptions: as, Currency: as.Currency, HeadcountNow: len(a.People)}
	if a.Company.AnnualRevenue != nil && a.Company.RevenueTarget != nil {
		gap := *a.Company.RevenueTarget - *a.Company.AnnualRevenue
		p.RevenueGap = &gap
	}
	p.Hires = hiresFor(a, r, as, p.RevenueGap, d.Thresholds)
	p.compute()
	p.RoleCards = RoleCardsFor(p.Hires)
	p.Warnings = warnings(a, r, as, p.Hires)
	// Within 10% of the gap is planning noise; below that the plan cannot
	// reach the target as it stands.
	if g := p.RevenueGap; g != nil && *g > 0 && p.Capacity2 < 0.9**g {
		p.Warnings = append(p.Warnings, fmt.Sprintf("New reps carry %s of quota in year 2, %.0f%% of the revenue gap (%s): reps ramp and start in turn. Hire sooner, or plan a later target.",
			Money(p.Capacity2, as.Currency), p.Capacity2 / *g * 100, Money(*g, as.Currency)))
	}
	if rev := a.Company.AnnualRevenue; rev != nil && *rev > 0 && p.Year1 > *rev/2 {
		p.Warnings = append(p.Warnings, fmt.Sprintf("The plan's first year costs %s, %.0f%% of this year's revenue (%s). Check the revenue target and the pace of hiring.",
			Money(p.Year1, as.Currency), p.Year1 / *rev * 100, Money(*rev, as.Currency)))
	}
	return p
}

func warnings(a Answers, r Recommendation, as Assumptions, hires []Hire) []string {
	out := []string{}
	if as.Currency != "USD" && !(as.Rep.Edited && as.Manager.Edited && as.FractionalRetainer.Edited) {
		out = append(out, fmt.Sprintf("The salary bands and the fractional retainer are US figures in dollars; this plan shows them in %s without conversion. Check them against your market (Plan step, or the workbook's Salary bands and Assumptions sheets).", as.Currency))
	}
	for _, h := range hires {
		if h.Role != RoleFractionalVP {
			continue
		}
		if b := a.Constraints.AnnualLeadershipBudget; b != nil && h.Pay*float64(min(h.Months, 12)) > *b {
			out = append(out, fmt.Sprintf("The plan books the usual minimum of %d months of a fractional VP (%s), more than the leadership budget of %s a year.",
				h.Months, Money(h.Pay*float64(h.Months), as.Currency), Money(*b, as.Currency)))
		}
	}
	if r.Primary == FractionalSalesLeader && !CanAffordManager(a, as) {
		why := fmt.Sprintf("the leadership budget does not cover a full-time manager's loaded cost of %s a year", Money(as.ManagerLoadedCost(), as.Currency))
		if c := a.Constraints.CanHireFullTime; c != nil && !*c {
			why = "you said a full-time hire is not possible now"
		}
		out = append(out, "No full-time manager follows the fractional engagement: "+why+". Revisit when the team has grown.")
	}
	return out
}

// MinFractionalMonths is the usual minimum commitment of a fractional
// engagement, 3 to 6 months (revenuecxo.com): the plan never books less.
const MinFractionalMonths = 3

// FractionalMonths is how long the plan engages a fractional VP: the
// assumption, cut to what a known leadership budget pays for, but never
// below the minimum commitment.
func FractionalMonths(a Answers, as Assumptions) int {
	months := int(math.Round(as.FractionalMonths.Value))
	if b := a.Constraints.AnnualLeadershipBudget; b != nil && as.FractionalRetainer.Value > 0 {
		afford := int(math.Floor(*b / as.FractionalRetainer.Value))
		months = min(months, max(afford, MinFractionalMonths))
	}
	return max(1, months)
}

// CanAffordManager reports whether the answers allow a full-time manager:
// a full-time hire is possible and a known budget covers the loaded cost.
func CanAffordManager(a Answers, as Assumptions) bool {
	c := a.Constraints
	if c.CanHireFullTime != nil && !*c.CanHireFullTime {
		return false
	}
	return c.AnnualLeadershipBudget == nil || *c.AnnualLeadershipBudget >= as.ManagerLoadedCost()
}

// RepQuota is a fully ramped rep's yearly quota: OTE times the multiple.
func (as Assumptions) RepQuota() float64 {
	return as.Rep.At(as.Level) * as.QuotaMultiple.Value
}

// repsForGap is how many reps' quota covers the revenue gap, at least one.
func repsForGap(gap *float64, as Assumptions) int {
	if gap == nil || as.RepQuota() <= 0 {
		return 1
	}
	n := math.Ceil(*gap / as.RepQuota()) // in float: a huge gap must not overflow int
	return int(math.Max(0, math.Min(n, maxNewReps)))
}

type planner struct {
	as    Assumptions
	hires []Hire
}

func (pl *planner) employee(role Role, title string, start int, why string) {
	b := pl.as.Band(role)
	pay := b.At(pl.as.Level)
	h := Hire{Role: role, Title: title, Start: start, Pay: pay, Base: pay * b.BaseShare, Variable: pay * (1 - b.BaseShare),
		BurdenRate: pl.as.BurdenRate.Value, Why: why}
	if role == RoleRep {
		h.RampMonths = int(math.Round(pl.as.RepRampMonths.Value))
	}
	pl.hires = append(pl.hires, h)
}

func (pl *planner) reps(n, start, every int, why string) {
	for i := range n {
		if s := start + i*every; s <= PlanMonths {
			pl.employee(RoleRep, fmt.Sprintf("Sales rep %d", len(pl.repHires())+1), s, why)
		}
	}
}

func (pl *planner) repHires() []Hire {
	var out []Hire
	for _, h := range pl.hires {
		if h.Role == RoleRep {
			out = append(out, h)
		}
	}
	return out
}

func (pl *planner) fractional(start, months int, why string) {
	pl.hires = append(pl.hires, Hire{Role: RoleFractionalVP, Title: "Fractional VP of Sales", Start: start, Months: months,
		Pay: pl.as.FractionalRetainer.Value, Why: why})
}

func hiresFor(a Answers, r Recommendation, as Assumptions, gap *float64, t Thresholds) []Hire {
	pl := &planner{as: as}
	need := repsForGap(gap, as)
	gapWhy := "Quota capacity for the revenue gap."
	switch r.Primary {
	case KeepFounderSelling:
		pl.reps(1, 13, 3, "Provisional: once the founder has proven a repeatable sale, the first rep takes over selling.")
	case HireFirstRep:
		pl.reps(1, 2, 3, "Takes selling off the founder, who moves towards managing and forecasting.")
		pl.reps(need-1, 5, 3, gapWhy)
	case HireSalesManager:
		pl.employee(RoleManager, "Sales manager", 3, "Owns the team number: coaching, pipeline reviews, forecasting, hiring.")
		pl.reps(need, 6, 3, gapWhy)
	case PromoteInternalManager:
		name := a.PromotionCandidate.Name
		pl.employee(RoleManager, "Sales manager (promoted: "+name+")", 1, "The raise from the rep band to the manager band; "+name+"'s current pay is not new cost.")
		h := &pl.hires[len(pl.hires)-1]
		h.Promotion = true
		h.Pay = as.Manager.At(as.Level) - as.Rep.At(as.Level)
		h.Base, h.Variable = h.Pay*as.Manager.BaseShare, h.Pay*(1-as.Manager.BaseShare)
		pl.employee(RoleRep, "Sales rep (backfill for "+name+")", 2, "Replaces the selling "+name+" stops doing.")
		pl.hires[len(pl.hires)-1].Backfill = true
		pl.reps(need, 5, 3, gapWhy)
	case FractionalSalesLeader:
		months := FractionalMonths(a, as)
		pl.fractional(1, months, "Designs the process, coaches the reps and owns the forecast for part of the week.")
		pl.reps(need, 3, 3, gapWhy)
		reps := len(t.Roles(a.People).Reps) + len(pl.repHires())
		if start := months + 1; start <= PlanMonths && reps >= t.ManagerMinReps && CanAffordManager(a, as) {
			pl.employee(RoleManager, "Sales manager", start, fmt.Sprintf("Takes over from the fractional VP once the team has %d reps and a designed process.", reps))
		}
	case StructureOK:
		pl.reps(need, 2, 3, gapWhy)
	}
	return pl.hires
}

func (p *Plan) compute() {
	p.Monthly = make([]float64, PlanMonths)
	p.Cumulative = make([]float64, PlanMonths)
	p.Capacity = make([]float64, PlanMonths)
	p.Quarterly = make([]float64, PlanMonths/3)
	for i := range p.Hires {
		h := &p.Hires[i]
		h.Monthly = make([]float64, PlanMonths)
		for m := 1; m <= PlanMonths; m++ {
			if h.Active(m) {
				h.Monthly[m-1] = h.MonthlyCost()
				h.Total += h.Monthly[m-1]
			}
			if h.AddsCapacity() {
				p.Capacity[m-1] += p.Assumptions.RepQuota() / 12 * RampFactor(m, h.Start, h.RampMonths)
			}
		}
		for m, c := range h.Monthly {
			p.Monthly[m] += c
		}
		if h.FullTime() && h.Start <= 12 {
			p.Headcount12++
		}
	}
	p.Headcount12 += p.HeadcountNow
	var run float64
	for m, c := range p.Monthly {
		run += c
		p.Cumulative[m] = run
		p.Quarterly[m/3] += c
		if m < 12 {
			p.Year1 += c
			p.Capacity1 += p.Capacity[m]
		} else {
			p.Year2 += c
			p.Capacity2 += p.Capacity[m]
		}
	}
	p.Comparison = compare(p.Assumptions)
}

// RampFactor is the share of full quota a rep who started in month start
// carries in month m: linear over ramp months, full from then on.
func RampFactor(m, start, ramp int) float64 {
	if m < start {
		return 0
	}
	if ramp <= 0 {
		return 1
	}
	return math.Min(1, float64(m-start+1)/float64(ramp))
}

func compare(as Assumptions) Comparison {
	c := Comparison{
		Retainer:          as.FractionalRetainer.Value,
		FullTimeMonthly:   as.ManagerLoadedCost() / 12,
		RecruitingCost:    as.RecruitingCost.Value,
		ManagerRampMonths: int(math.Round(as.ManagerRampMonths.Value)),
		Fractional:        make([]float64, PlanMonths),
		FullTime:          make([]float64, PlanMonths),
	}
	for m := 1; m <= PlanMonths; m++ {
		c.Fractional[m-1] = float64(m) * c.Retainer
		c.FullTime[m-1] = c.RecruitingCost + float64(m)*c.FullTimeMonthly
		if c.BreakEvenMonth == 0 && c.FullTime[m-1] <= c.Fractional[m-1] {
			c.BreakEvenMonth = m
		}
	}
	c.Fractional12, c.Fractional24 = c.Fractional[11], c.Fractional[23]
	c.FullTime12, c.FullTime24 = c.FullTime[11], c.FullTime[23]
	c.Saving12, c.Saving24 = c.FullTime12-c.Fractional12, c.FullTime24-c.Fractional24
	c.FullTimeImpactMonths = max(0, PlanMonths-c.ManagerRampMonths)
	c.FractionalPerImpactMonth = c.Fractional24 / PlanMonths
	if c.FullTimeImpactMonths > 0 {
		c.FullTimePerImpactMonth = c.FullTime24 / float64(c.FullTimeImpactMonths)
	}
	return c
}
