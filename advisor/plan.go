package advisor

import (
	"fmt"
	"math"
	"time"
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
	// SearchStart is the month the search for the hire starts: when the
	// owner decides. Promotions and fractional engagements need no search,
	// so for them it is Start.
	SearchStart  int `json:"search_start_month"`
	SearchMonths int `json:"search_months"`
	// Start is the first month of pay, 1 to PlanMonths: SearchStart plus
	// SearchMonths.
	Start int `json:"start_month"`
	// Months is how long an engagement lasts; 0 means to the end of the plan.
	Months int `json:"months"`
	// Promotion marks a promoted employee: the cost is the raise from the rep
	// band to the manager band, since the pay they already get is not new.
	Promotion bool `json:"promotion,omitempty"`
	// Backfill marks a rep who replaces the selling a promoted rep stops
	// doing: a cost, but no new quota capacity.
	Backfill bool `json:"backfill,omitempty"`
	// ForGrowth marks a manager the plan adds because the team it grows
	// outgrows its leadership, beyond what the advice itself asks for.
	ForGrowth bool `json:"-"`
	// Pay is the yearly pay for employees (OTE at the plan's band level, or
	// the raise for a promotion) and the monthly retainer for fractional roles.
	Pay        float64 `json:"pay"`
	Base       float64 `json:"base"`
	Variable   float64 `json:"variable"`
	BurdenRate float64 `json:"burden_rate"` // 0 for fractional engagements
	// RecruitingFee is a full-time hire's one-off recruiting fee, a share of
	// first-year pay, booked in the start month.
	RecruitingFee float64 `json:"recruiting_fee"`
	DaysPerWeek   float64 `json:"days_per_week,omitempty"` // fractional engagements
	RampMonths    int     `json:"ramp_months"`             // reps only
	Why           string  `json:"why"`
	// Monthly is the cost in each month of the plan, the fee included.
	Monthly []float64 `json:"monthly"`
	Total   float64   `json:"total"`
}

// Active reports whether the hire is paid in month m (1-based).
func (h Hire) Active(m int) bool {
	if m < h.Start {
		return false
	}
	return h.Months == 0 || m < h.Start+h.Months
}

// MonthlyCost is the cost of one paid month: pay plus burden over twelve,
// or the retainer.
func (h Hire) MonthlyCost() float64 {
	if h.Role == RoleFractionalVP {
		return h.Pay
	}
	return h.Pay * (1 + h.BurdenRate) / 12
}

// End is the last paid month of the hire within the plan.
func (h Hire) End() int {
	if h.Months == 0 {
		return PlanMonths
	}
	return min(PlanMonths, h.Start+h.Months-1)
}

// YearTotal is the hire's cost in plan year y (1 or 2).
func (h Hire) YearTotal(y int) float64 { return yearSum(h.Monthly, y) }

// AddsCapacity reports whether the hire adds quota capacity: a new rep who
// is not a backfill.
func (h Hire) AddsCapacity() bool { return h.Role == RoleRep && !h.Backfill }

// FullTime reports whether the hire adds an employee to the headcount.
func (h Hire) FullTime() bool { return h.Role != RoleFractionalVP && !h.Promotion }

// Plan is the 24-month hiring plan with everything needed to show or export
// it: the answers, the diagnosis and recommendation it follows from, the
// assumptions and the computed costs.
type Plan struct {
	Answers        Answers        `json:"-"`
	Diagnosis      Diagnosis      `json:"-"`
	Options        Options        `json:"-"`
	Company        string         `json:"company"`
	Recommendation Recommendation `json:"recommendation"`
	Assumptions    Assumptions    `json:"assumptions"`
	Currency       string         `json:"currency"`
	// Start is the plan's first month; MonthLabels names its 24 months.
	Start       Month    `json:"start"`
	MonthLabels []string `json:"month_labels"`
	Hires       []Hire   `json:"hires"`
	// TurnoverCost is the expected cost each month of replacing reps who
	// leave: the recruiting fee less the pay saved while the seat is empty.
	TurnoverCost []float64 `json:"turnover_cost"`
	Monthly      []float64 `json:"monthly"`
	Cumulative   []float64 `json:"cumulative"`
	Quarterly    []float64 `json:"quarterly"`
	Year1        float64   `json:"year1_total"`
	Year2        float64   `json:"year2_total"`
	HeadcountNow int       `json:"headcount_now"`
	Headcount12  int       `json:"headcount_12"`
	Headcount    []int     `json:"headcount"` // people at the end of each month
	// RampMonths is the ramp new reps get: the assumption, or one sales
	// cycle plus onboarding when that is longer (RampNote says so).
	RampMonths int    `json:"ramp_months"`
	RampNote   string `json:"ramp_note,omitempty"`
	// ExpectedAttainment is the share of quota a new rep is planned to
	// reach (Assumptions.ExpectedAttainment says where it comes from).
	ExpectedAttainment float64 `json:"expected_attainment"`
	// Capacity is the quota the new reps book each month: ramped, at the
	// expected attainment.
	Capacity []float64 `json:"new_rep_capacity"`
	// TurnoverLoss is the bookings lost each month, in expectation, while
	// the seats of reps who leave are empty and their successors ramp.
	TurnoverLoss []float64 `json:"turnover_capacity_loss"`
	// Capacity1 and Capacity2 are the new reps' bookings less the turnover
	// loss, in years 1 and 2.
	Capacity1          float64  `json:"new_rep_capacity_year1"`
	Capacity2          float64  `json:"new_rep_capacity_year2"`
	ExpectedDepartures float64  `json:"expected_departures"`   // reps expected to leave in 24 months
	RevenueGap         *float64 `json:"revenue_gap,omitempty"` // target minus revenue, if both are known
	// RepsNeeded is how many reps the gap takes at the expected attainment,
	// uncapped; GrowthReps is how many the plan books for it.
	RepsNeeded int `json:"reps_needed"`
	GrowthReps int `json:"growth_reps"`
	// EndTeam is the team the plan ends with and the leadership it has.
	EndTeam    EndTeam    `json:"end_team"`
	Comparison Comparison `json:"fractional_vs_full_time"`
	Range      Range      `json:"range"`
	RoleCards  []RoleCard `json:"-"`
	// Warnings are things the owner must check before trusting the figures.
	Warnings []string `json:"warnings"`
}

// Options are what the advisor needs besides the answers.
type Options struct {
	// Today is the day the plan is made: a plan starts in the month after,
	// unless the answers give plan_start. Zero means the clock's today.
	Today time.Time
	// Settings are the user's own defaults, for a session that has not
	// recorded a baseline; nil means the shipped ones.
	Settings *Settings
	// Runs is how many runs the plan's simulation makes: 0 means
	// DefaultRuns, a negative number none (Plan.Range stays empty, for a
	// caller that simulates later with SimulateRange).
	Runs int
}

// Advise runs the whole pipeline on valid answers with the default
// thresholds and the answers' own assumption overrides, as of today.
func Advise(a Answers) (Plan, error) { return AdviseWith(a, Options{}) }

// AdviseWith is Advise with options.
func AdviseWith(a Answers, o Options) (Plan, error) {
	a = a.Normalized()
	if err := a.Validate(); err != nil {
		return Plan{}, err
	}
	def := a.defaults(o)
	as := a.Assumptions.Apply(def.Assumptions)
	if a.Company.Currency != "" {
		as.Currency = a.Company.Currency
	}
	t := def.Thresholds
	t.Span = as.Span.Value // the span-of-control assumption sets the coaching rule
	d := Diagnose(a, t)
	as = teamAttainment(a, d.Thresholds.Roles(a.People), as)
	r := Recommend(a, d, as)
	return BuildPlan(a, d, r, as, o), nil
}

// StartMonth is the plan's first month: the answers' plan_start, or the
// month after o's today.
func StartMonth(a Answers, o Options) Month {
	if m, err := ParseMonth(a.PlanStart); err == nil {
		return m
	}
	today := o.Today
	if today.IsZero() {
		today = time.Now()
	}
	return MonthOf(today).Add(1)
}

// teamAttainment sets the expected attainment of new reps to the team's
// own, when the reps' attainment is known and the user has not set it:
// their average, at most 100% (a plan does not count on new hires beating
// quota). Founders and managers are not reps and do not count.
func teamAttainment(a Answers, team Team, as Assumptions) Assumptions {
	if as.ExpectedAttainment.Edited {
		return as
	}
	var sum float64
	var n int
	for _, p := range team.Reps {
		if q := p.QuotaAttainment; q != nil {
			sum += *q
			n++
		}
	}
	if n == 0 {
		return as
	}
	f := &as.ExpectedAttainment
	avg := sum / float64(n)
	f.set(math.Min(1, avg/100))
	f.Confidence, f.Year, f.URL = ConfidenceAnswers, "your answers", ""
	f.Source = fmt.Sprintf("Your reps' average quota attainment, %s%% over %s", fmtNum(math.Round(avg*10)/10), plural(n, "rep"))
	if avg > 100 {
		f.Source += ", planned at 100%: a plan does not count on new hires beating quota"
	}
	return as
}

// BuildPlan turns a recommendation into a 24-month hiring plan.
func BuildPlan(a Answers, d Diagnosis, r Recommendation, as Assumptions, o Options) Plan {
	p := Plan{Answers: a, Company: a.Company.Name, Diagnosis: d, Recommendation: r, Assumptions: as, Currency: as.Currency,
		HeadcountNow: len(a.People), Options: o, Start: StartMonth(a, o), ExpectedAttainment: as.ExpectedAttainment.Value}
	p.MonthLabels = make([]string, PlanMonths)
	for m := range PlanMonths {
		p.MonthLabels[m] = p.Start.At(m + 1).Label()
	}
	if a.Company.AnnualRevenue != nil && a.Company.RevenueTarget != nil {
		gap := *a.Company.RevenueTarget - *a.Company.AnnualRevenue
		p.RevenueGap = &gap
	}
	p.RampMonths, p.RampNote = RepRamp(a, as)
	p.RepsNeeded = RepsNeeded(p.RevenueGap, as)
	p.GrowthReps = min(p.RepsNeeded, maxNewReps)
	if r.Confidence == ConfidenceLow || d.Thresholds.EffortCloses(a.Company) {
		p.GrowthReps = 0
	}
	pl := &planner{a: a, d: d, r: r, as: as, t: d.Thresholds, team: d.Thresholds.Roles(a.People), ramp: p.RampMonths, start: p.Start}
	pl.plan(p.GrowthReps)
	p.Hires = pl.hires
	p.GrowthReps = 0
	managers := 0 // added as the team grows
	for _, h := range p.Hires {
		switch {
		case h.Why == gapWhy:
			p.GrowthReps++
		case h.ForGrowth:
			managers++
		}
	}
	p.Recommendation.Headline += growthHeadline(p.Recommendation.Primary, p.GrowthReps, managers)
	p.EndTeam = pl.endTeam()
	p.compute()
	p.Comparison = compare(p, FractionalEngagement(a, as, r.FractionalMonths, r.FractionalDays))
	if o.Runs >= 0 {
		p.Range = SimulateRange(p, o.Runs)
	}
	p.RoleCards = RoleCardsFor(p.Hires)
	p.Warnings = p.warnings()
	return p
}

// With returns the plan rebuilt on other assumptions: the same answers,
// diagnosis, recommendation and options.
func (p Plan) With(as Assumptions) Plan {
	return BuildPlan(p.Answers, p.Diagnosis, p.Recommendation, as, p.Options)
}

// RepRamp is the ramp new reps get, in whole months: the assumption, or,
// when it is longer, one sales cycle plus onboarding, since a rep cannot be
// fully productive before closing a full cycle. The note says when the
// cycle lengthened it.
func RepRamp(a Answers, as Assumptions) (int, string) {
	ramp := Months(as.RepRampMonths)
	c := a.Metrics.SalesCycleDays
	if c == nil {
		return ramp, ""
	}
	floor := CycleRamp(*c, as.OnboardingMonths.Value)
	if floor <= ramp {
		return ramp, ""
	}
	return floor, fmt.Sprintf("New reps ramp over %s, not %d: a %s-day sales cycle plus %s of onboarding comes first.",
		plural(floor, "month"), ramp, fmtNum(*c), plural(Months(as.OnboardingMonths), "month"))
}

// DaysPerMonth converts the sales cycle's days into months.
const DaysPerMonth = 365.0 / 12

// CycleRamp is the shortest ramp a sales cycle allows: the cycle in months
// plus onboarding, rounded up to whole months.
func CycleRamp(cycleDays, onboardingMonths float64) int {
	return int(math.Ceil(cycleDays/DaysPerMonth + onboardingMonths - 1e-9))
}

// RepQuota is a fully ramped rep's yearly quota: OTE times the multiple.
func (as Assumptions) RepQuota() float64 {
	return as.Rep.At(as.Level) * as.QuotaMultiple.Value
}

// RepBookings is what a fully ramped new rep books in a year: the quota at
// the expected attainment.
func (as Assumptions) RepBookings() float64 {
	return as.RepQuota() * as.ExpectedAttainment.Value
}

// RepsNeeded is how many reps the revenue gap takes: the gap divided by a
// rep's quota at the expected attainment, rounded up and not capped. No
// gap known, or none to close, needs none.
func RepsNeeded(gap *float64, as Assumptions) int {
	if gap == nil || *gap <= 0 || as.RepBookings() <= 0 {
		return 0
	}
	n := math.Ceil(*gap/as.RepBookings() - 1e-9) // in float: a huge gap must not overflow int
	return int(math.Min(n, 1e6))
}

// ManagersFor is how many managers it takes to coach reps at a span.
func ManagersFor(reps int, span float64) int {
	if reps <= 0 || span <= 0 {
		return 0
	}
	return int(math.Ceil(float64(reps)/span - 1e-9))
}

// compute fills in the monthly costs, capacity, turnover and headcount.
func (p *Plan) compute() {
	as := p.Assumptions
	p.Monthly = make([]float64, PlanMonths)
	p.Cumulative = make([]float64, PlanMonths)
	p.Capacity = make([]float64, PlanMonths)
	p.Quarterly = make([]float64, PlanMonths/3)
	p.Headcount = make([]int, PlanMonths)
	for i := range p.Hires {
		h := &p.Hires[i]
		h.Monthly = hireMonths(*h)
		h.Total = sum(h.Monthly)
		for m := 1; m <= PlanMonths; m++ {
			if h.AddsCapacity() {
				p.Capacity[m-1] += as.RepBookings() / 12 * RampFactor(m, h.Start, h.RampMonths)
			}
			if h.FullTime() && m >= h.Start {
				p.Headcount[m-1]++
			}
		}
	}
	p.turnover()
	for m := range PlanMonths {
		p.Headcount[m] += p.HeadcountNow
		for _, h := range p.Hires {
			p.Monthly[m] += h.Monthly[m]
		}
		p.Monthly[m] += p.TurnoverCost[m]
		if m > 0 {
			p.Cumulative[m] = p.Cumulative[m-1]
		}
		p.Cumulative[m] += p.Monthly[m]
		p.Quarterly[m/3] += p.Monthly[m]
	}
	p.Headcount12 = p.Headcount[11]
	p.Year1, p.Year2 = yearSum(p.Monthly, 1), yearSum(p.Monthly, 2)
	net := make([]float64, PlanMonths)
	for m := range net {
		net[m] = p.Capacity[m] - p.TurnoverLoss[m]
	}
	p.Capacity1, p.Capacity2 = yearSum(net, 1), yearSum(net, 2)
}

// hireMonths is a hire's cost in each month: pay while active and the
// recruiting fee in the start month.
func hireMonths(h Hire) []float64 {
	out := make([]float64, PlanMonths)
	for m := 1; m <= PlanMonths; m++ {
		if h.Active(m) {
			out[m-1] = h.MonthlyCost()
		}
		if m == h.Start {
			out[m-1] += h.RecruitingFee
		}
	}
	return out
}

// turnover books the expected cost and capacity of the plan's reps
// leaving: each seat the plan adds loses its rep with probability
// turnover ÷ 12 a month; the seat stays empty for the search, then a
// successor ramps. In expectation a departure costs the recruiting fee less
// the pay saved while the seat is empty, and the bookings of
// TurnoverMonthsLost months. Today's reps leave at today's rate already, in
// today's costs and revenue, so the plan counts only its own seats.
func (p *Plan) turnover() {
	as := p.Assumptions
	p.TurnoverCost = make([]float64, PlanMonths)
	p.TurnoverLoss = make([]float64, PlanMonths)
	p.ExpectedDepartures = 0
	rate := as.RepTurnover.Value / 12
	cost := DepartureCost(as)
	lost := TurnoverMonthsLost(as, p.RampMonths) * as.RepBookings() / 12
	for m := 1; m <= PlanMonths; m++ {
		seats := 0
		for _, h := range p.Hires {
			if h.Role == RoleRep && h.Active(m) {
				seats++
			}
		}
		d := float64(seats) * rate
		p.ExpectedDepartures += d
		p.TurnoverCost[m-1] = d * cost
		p.TurnoverLoss[m-1] = d * lost
	}
}

// DepartureCost is the expected cost of one rep leaving: the recruiting fee
// for the successor less the pay saved while the seat is empty (below zero
// when the saving is larger).
func DepartureCost(as Assumptions) float64 {
	pay := as.Rep.At(as.Level)
	return pay*as.RecruitingFeeRate.Value - float64(Months(as.RepSearchMonths))*pay*(1+as.BurdenRate.Value)/12
}

// TurnoverMonthsLost is how many months of a full rep's bookings one
// departure costs: the empty seat during the search, and the shortfall of
// a linear ramp, (ramp − 1) ÷ 2 months.
func TurnoverMonthsLost(as Assumptions, ramp int) float64 {
	return float64(Months(as.RepSearchMonths)) + math.Max(0, float64(ramp-1))/2
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

func sum(xs []float64) float64 {
	var s float64
	for _, x := range xs {
		s += x
	}
	return s
}

// yearSum sums plan year y (1 or 2) of a monthly series.
func yearSum(xs []float64, y int) float64 {
	var s float64
	for m := (y - 1) * 12; m < y*12 && m < len(xs); m++ {
		s += xs[m]
	}
	return s
}

// AssumptionApplies reports whether an assumption (a figure id, or
// "bands.sales_rep" / "bands.sales_manager") changes anything in this plan,
// so that an editor can leave out what does not apply: rep figures where
// the plan books reps, manager figures where it books a manager or weighs
// one, fractional figures where it books or weighs a fractional VP. The
// span of control always applies: the diagnosis reads it.
func (p Plan) AssumptionApplies(id string) bool {
	var reps, managers, fractional bool
	for _, h := range p.Hires {
		reps = reps || h.Role == RoleRep
		managers = managers || h.Role == RoleManager
		fractional = fractional || h.Role == RoleFractionalVP
	}
	weighs := p.Recommendation.InvolvesLeadership()
	switch id {
	case "span_of_control":
		return true
	case "burden_rate":
		return reps || managers || weighs
	case "bands.sales_rep":
		return reps || managers && p.hasPromotion()
	case "rep_ramp_months", "onboarding_months", "rep_search_months", "expected_attainment", "rep_turnover", "quota_multiple":
		return reps
	case "recruiting_fee_rate":
		return reps || managers || weighs
	case "bands.sales_manager", "manager_search_months", "manager_ramp_months":
		return managers || weighs
	case "fractional_retainer", "fractional_months", "fractional_days_per_week":
		return fractional || weighs
	}
	return true
}

func (p Plan) hasPromotion() bool {
	for _, h := range p.Hires {
		if h.Promotion {
			return true
		}
	}
	return false
}

// growthHeadline names the reps the plan books for the revenue gap, and
// the managers it adds as they outgrow their leadership, after the
// advice's own headline: no advice, least of all one that costs nothing
// in itself, stands beside a plan that hires unexplained.
func growthHeadline(k Kind, reps, managers int) string {
	if reps == 0 {
		return ""
	}
	s := fmt.Sprintf("; add %s for the revenue target", plural(reps, "rep"))
	if k == HireFirstRep {
		s = fmt.Sprintf(", then %s for the revenue target", plural(reps, "more rep"))
	}
	if managers > 0 {
		s += fmt.Sprintf(" and %s as the team grows", plural(managers, "manager"))
	}
	return s
}
