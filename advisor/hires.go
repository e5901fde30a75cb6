package advisor

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// planner books the hires a recommendation calls for. Each full-time hire
// is wanted from a month; its search starts early enough for pay to start
// then (never before month 1), and it is left out if pay would start after
// the plan.
type planner struct {
	a     Answers
	d     Diagnosis
	r     Recommendation
	as    Assumptions
	t     Thresholds
	team  Team
	ramp  int
	hires []Hire
	start Month
}

// gapWhy is the reason of every rep the plan books for the revenue gap.
const gapWhy = "Quota capacity for the revenue gap."

// repCadence is the months between growth reps: one at a time, so each is
// onboarded before the next arrives.
const repCadence = 3

func (pl *planner) plan(growth int) {
	if pl.r.Confidence == ConfidenceLow {
		return // low-confidence advice spends nothing until the questions are answered
	}
	delay := 0
	if pl.fixFirst() {
		delay = repCadence // a quarter of fixes before new reps join a team where most miss
	}
	switch pl.r.Primary {
	case KeepFounderSelling:
		// Nothing to book until the sale is proven; the first rep is an
		// option to weigh then.
	case HireFirstRep:
		pl.reps(1, 2, "Takes selling off the founder, who moves towards managing and forecasting.")
		pl.reps(growth-1, 5, gapWhy)
	case HireSalesManager:
		pl.employee(RoleManager, nthManagerTitle(len(pl.team.Managers)+1), pl.wanted(3), "Owns the team number: coaching, pipeline reviews, forecasting, hiring.")
		pl.reps(growth, 6+delay, gapWhy)
	case PromoteInternalManager:
		pl.promotion(pl.wanted(1))
		pl.reps(growth, 5+delay, gapWhy)
	case FractionalSalesLeader:
		e := FractionalEngagement(pl.a, pl.as, pl.r.FractionalMonths, pl.r.FractionalDays)
		why := "Designs the process, coaches the reps and owns the forecast for part of the week."
		if pl.r.FractionalMonths > 0 {
			why = "Sets up the process with the managers in post and hands it to them."
		}
		if e.Note != "" {
			why += " " + e.Note
		}
		pl.hires = append(pl.hires, Hire{Role: RoleFractionalVP, Title: "Fractional VP of Sales", SearchStart: 1, Start: 1, Months: e.Months,
			Pay: e.Retainer, DaysPerWeek: e.DaysPerWeek, Why: why})
		pl.reps(growth, 3+delay, gapWhy)
		reps := len(pl.team.Reps) + pl.count(RoleRep)
		switch start := e.Months + 1; {
		case pl.r.ManagerStart > 0:
			pl.employee(RoleManager, nthManagerTitle(len(pl.team.Managers)+1), pl.r.ManagerStart, "Takes over from the fractional VP, as this option chooses.")
		case start <= PlanMonths && pl.r.FractionalMonths == 0 && reps >= pl.t.ManagerMinReps && pl.r.Affordability.CanBookManager():
			pl.employee(RoleManager, nthManagerTitle(len(pl.team.Managers)+1), start, fmt.Sprintf("Takes over from the fractional VP once the team has %d reps and a designed process.", reps))
		}
	case StructureOK:
		pl.reps(growth, 2+delay, gapWhy)
	}
	pl.leadTheEnd()
	pl.numberManagers()
}

// numberManagers titles the plan's new managers in the order they start:
// "Second sales manager" never starts before the "Sales manager". Managers
// in post and a promotion that starts earlier count before them.
func (pl *planner) numberManagers() {
	var order []int
	for i, h := range pl.hires {
		if h.Role == RoleManager {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(i, j int) int { return pl.hires[i].Start - pl.hires[j].Start })
	n := len(pl.team.Managers)
	for _, i := range order {
		n++
		if !pl.hires[i].Promotion {
			pl.hires[i].Title = nthManagerTitle(n)
		}
	}
}

// fixFirst reports whether new reps should wait a quarter: most reps miss
// quota today, and new ones would inherit what makes them miss.
func (pl *planner) fixFirst() bool {
	return pl.d.Has(TeamWideUnderperformance)
}

// EndTeam is the team the plan ends with, read again: its reps and the
// leadership that coaches them at the span of control.
type EndTeam struct {
	Reps     int `json:"reps"`
	Managers int `json:"managers"` // line managers, today's and the plan's
	// Needed is the managers the reps need at the span of control.
	Needed int `json:"managers_needed"`
	// Capacity is how many reps the leadership at the end can coach:
	// managers at the span, and the founders' and a fractional VP's share.
	Capacity float64 `json:"coaching_capacity"`
	// Note says what the plan did about a shortfall, or what is left of it.
	Note string `json:"note,omitempty"`
}

// leadAt counts the reps and the leadership in month m: today's line
// managers at a full span (the advice fixes how their week is split), the
// plan's managers from their start, the founders' managing time and a
// fractional VP's days.
func (pl *planner) leadAt(m int) (reps, managers int, capacity float64) {
	reps = len(pl.team.Reps)
	managers = len(pl.team.Managers)
	weeks := 0.0
	for _, p := range pl.team.Founders {
		weeks += p.Time.Managing / 100
	}
	for _, h := range pl.hires {
		switch {
		case h.Promotion && h.Active(m):
			managers++
			reps-- // the promoted rep leaves the reps; the backfill returns
		case h.Role == RoleRep && h.Active(m):
			reps++
		case h.Role == RoleManager && h.Active(m):
			managers++
		case h.Role == RoleFractionalVP && h.Active(m):
			weeks += h.DaysPerWeek / 5
		}
	}
	return reps, managers, (float64(managers) + weeks) * pl.t.Span
}

// shortfall returns the first month in which the plan's growth leaves at
// least one rep beyond what the leadership can coach, in a team large
// enough to need a manager; or 0.
func (pl *planner) shortfall() int {
	for m := 1; m <= PlanMonths; m++ {
		reps, _, capacity := pl.leadAt(m)
		if reps >= pl.t.ManagerMinReps && float64(reps)-capacity >= 1-1e-9 && reps > len(pl.team.Reps) {
			return m
		}
	}
	return 0
}

// leadTheEnd reads the team the plan ends with again: when it grows beyond
// its leadership, the plan adds a manager the budget is known to cover, or
// extends a fractional engagement the budget pays for; what it cannot fix
// it states.
func (pl *planner) leadTheEnd() {
	m := pl.shortfall()
	if m == 0 {
		return
	}
	aff := pl.r.Affordability
	newCost := float64(pl.count(RoleManager)+1) * pl.as.ManagerLoadedCost()
	b := pl.a.Constraints.AnnualLeadershipBudget
	// A manager is added as the team outgrows the leadership it has or the
	// advice gives it; where the advice held leadership back for want of
	// evidence, the plan states the shortfall instead.
	scales := len(pl.team.Managers) > 0 || pl.r.Primary.Info().Leadership
	switch {
	case scales && aff.CanBookManager() && b != nil && *b >= newCost:
		reps, managers, _ := pl.leadAt(PlanMonths)
		why := fmt.Sprintf("The team grows to %d reps, more than %s can coach at a span of %s.", reps, pl.leadersNow(), fmtNum(pl.t.Span))
		if h := pl.employee(RoleManager, nthManagerTitle(managers+1), m, why); h != nil {
			h.ForGrowth = true
		}
	default:
		pl.extendEngagement()
	}
}

// leadersNow names who leads today, for a sentence.
func (pl *planner) leadersNow() string {
	if names := names(pl.team.Managers); len(names) > 0 {
		return listNames(names)
	}
	return "its leaders"
}

// nthManagerTitle names the n-th manager of a team: "Sales manager",
// "Second sales manager".
func nthManagerTitle(n int) string {
	if n <= 1 {
		return "Sales manager"
	}
	return strings.ToUpper(ordinal(n)[2:3]) + ordinal(n)[3:] + " sales manager"
}

// extendEngagement keeps a fractional VP on, lightly, when the engagement
// ends with nobody to take over a team that needs leading and the known
// budget pays for it: one day a week at the same day rate for the rest of
// the plan, a handover rather than another year at full strength. A short
// or a lighter engagement the advice asked for stays as asked.
func (pl *planner) extendEngagement() {
	b := pl.a.Constraints.AnnualLeadershipBudget
	if pl.r.FractionalMonths > 0 || b == nil || pl.count(RoleManager) > 0 {
		return
	}
	for _, h := range pl.hires {
		if h.Role != RoleFractionalVP || h.End() == PlanMonths {
			continue
		}
		lowDays, _, _ := pl.as.FractionalDaysPerWeek.Spread()
		light := h.Pay / h.DaysPerWeek * lowDays
		if light*12 > *b {
			return
		}
		start := h.End() + 1
		pl.hires = append(pl.hires, Hire{Role: RoleFractionalVP, Title: "Fractional VP of Sales (light touch)", SearchStart: start, Start: start,
			Months: PlanMonths - start + 1, Pay: light, DaysPerWeek: lowDays,
			Why: fmt.Sprintf("Stays on %s a week after the engagement: the team keeps growing and nobody takes over. Promote a team lead or budget for a manager to end it.", days(lowDays))})
		return
	}
}

// endTeam reads the team in the plan's last month and says what is left
// of any shortfall.
func (pl *planner) endTeam() EndTeam {
	reps, managers, capacity := pl.leadAt(PlanMonths)
	e := EndTeam{Reps: reps, Managers: managers, Needed: pl.t.ManagersNeeded(reps), Capacity: capacity}
	// A shortfall on the way that the plan's own managers have closed by
	// its last month is no shortfall "by" then.
	if pl.shortfall() == 0 || float64(reps)-capacity < 1-1e-9 {
		return e
	}
	cur, aff := pl.as.Currency, pl.r.Affordability
	e.Note = fmt.Sprintf("By %s the plan's team has %s and leadership for about %s (%s); at a span of %s it needs %s.",
		pl.start.At(PlanMonths).Label(), plural(reps, "rep"), fmtNum(float64(int(capacity))), plural(managers, "manager"), fmtNum(pl.t.Span), plural(e.Needed, "manager"))
	another := "a manager"
	if managers > 0 {
		another = "another manager"
	}
	b := pl.a.Constraints.AnnualLeadershipBudget
	switch {
	case aff.Status == AffordNo && !aff.Borderline:
		e.Note += " " + aff.Text + " Plan to promote a team lead, or slow the growth hires."
	case aff.Borderline:
		e.Note += " " + aff.Text
	case b != nil && pl.count(RoleManager) > 0:
		e.Note += fmt.Sprintf(" The leadership budget of %s a year does not cover %s beyond the plan's (about %s a year with burden): raise it, promote a team lead, or slow the growth hires.",
			Money(*b, cur), another, Money(pl.as.ManagerLoadedCost(), cur))
	default:
		e.Note += fmt.Sprintf(" Budget for %s, about %s a year with burden, before the reps arrive.", another, Money(pl.as.ManagerLoadedCost(), cur))
	}
	return e
}

// wanted is the month a manager is wanted from: the option's choice, or
// the plan's usual month.
func (pl *planner) wanted(usual int) int {
	if pl.r.ManagerStart > 0 {
		return pl.r.ManagerStart
	}
	return usual
}

// employee books a full-time hire wanted from month want.
func (pl *planner) employee(role Role, title string, want int, why string) *Hire {
	b := pl.as.Band(role)
	pay := b.At(pl.as.Level)
	search := Months(pl.searchFigure(role))
	h := Hire{Role: role, Title: title, SearchStart: max(1, want-search), SearchMonths: search, Pay: pay,
		Base: pay * b.BaseShare, Variable: pay * (1 - b.BaseShare), BurdenRate: pl.as.BurdenRate.Value,
		RecruitingFee: pay * pl.as.RecruitingFeeRate.Value, Why: why}
	h.Start = h.SearchStart + search
	if h.Start > PlanMonths {
		return nil
	}
	if role == RoleRep {
		h.RampMonths = pl.ramp
	}
	pl.hires = append(pl.hires, h)
	return &pl.hires[len(pl.hires)-1]
}

func (pl *planner) searchFigure(role Role) Figure {
	if role == RoleManager {
		return pl.as.ManagerSearchMonths
	}
	return pl.as.RepSearchMonths
}

// reps books n reps wanted from month first, one every repCadence months.
func (pl *planner) reps(n, first int, why string) {
	for i := range max(n, 0) {
		pl.employee(RoleRep, fmt.Sprintf("Sales rep %d", pl.count(RoleRep)+1), first+i*repCadence, why)
	}
}

func (pl *planner) count(role Role) int {
	n := 0
	for _, h := range pl.hires {
		if h.Role == role && !h.Promotion {
			n++
		}
	}
	return n
}

// promotion books the promoted candidate's raise from month start (no
// search, no fee) and a backfill rep for the selling they stop doing.
func (pl *planner) promotion(start int) {
	if pl.a.PromotionCandidate == nil {
		return
	}
	as, name := pl.as, pl.a.PromotionCandidate.Name
	raise := as.Manager.At(as.Level) - as.Rep.At(as.Level)
	pl.hires = append(pl.hires, Hire{Role: RoleManager, Title: "Sales manager (promoted: " + name + ")", SearchStart: start, Start: start,
		Promotion: true, Pay: raise, Base: raise * as.Manager.BaseShare, Variable: raise * (1 - as.Manager.BaseShare),
		BurdenRate: as.BurdenRate.Value, Why: "The raise from the rep band to the manager band; " + name + "'s current pay is not new cost."})
	if h := pl.employee(RoleRep, "Sales rep (backfill for "+name+")", start+1, "Replaces the selling "+name+" stops doing."); h != nil {
		h.Backfill = true
	}
}

// MinFractionalMonths is the usual minimum commitment of a fractional
// engagement, 3 to 6 months (revenuecxo.com): the plan never books less.
const MinFractionalMonths = 3

// Engagement is how the plan engages a fractional VP of Sales.
type Engagement struct {
	Months      int     `json:"months"`
	Retainer    float64 `json:"retainer"` // per month
	DaysPerWeek float64 `json:"days_per_week"`
	// Note says how the leadership budget shaped the engagement, if it did.
	Note string `json:"note,omitempty"`
	// OverBudget is set when even the smallest engagement costs more than
	// the budget.
	OverBudget bool `json:"over_budget,omitempty"`
}

// FractionalEngagement sizes the fractional engagement: the assumed length,
// retainer and days, fitted to a known yearly leadership budget. A budget
// below a year of the retainer first lowers the retainer, with fewer days,
// towards the low end of the sourced range (unless the user set the
// retainer); if that is not enough it shortens the engagement, but never
// below the usual minimum commitment.
// The day rate stays the retainer's: fewer days cost proportionally less.
//
// months and perWeek ask for an engagement of that length and intensity (a
// short or a lighter one); 0 takes the assumption.
func FractionalEngagement(a Answers, as Assumptions, months int, perWeek float64) Engagement {
	f := as.FractionalRetainer
	e := Engagement{Months: max(1, Months(as.FractionalMonths)), Retainer: f.Value, DaysPerWeek: as.FractionalDaysPerWeek.Value}
	if months > 0 {
		e.Months = months
	}
	if perWeek > 0 && e.DaysPerWeek > 0 {
		e.Retainer, e.DaysPerWeek = e.Retainer*perWeek/e.DaysPerWeek, perWeek
	}
	b := a.Constraints.AnnualLeadershipBudget
	year := float64(min(e.Months, 12)) // the budget is a year's
	if b == nil || e.Retainer <= 0 || e.Retainer*year <= *b {
		return e
	}
	cur := as.Currency
	low, _, _ := f.Spread()
	lowDays, _, _ := as.FractionalDaysPerWeek.Spread()
	dayRate := e.Retainer / e.DaysPerWeek
	if !f.Edited && low < e.Retainer && e.DaysPerWeek > lowDays {
		// Fewer half-days at the same day rate, down to the low end.
		if d := math.Floor(*b/year/dayRate*2) / 2; d >= lowDays {
			e.DaysPerWeek, e.Retainer = d, d*dayRate
			e.Note = fmt.Sprintf("Sized to the leadership budget of %s a year: %s a month for about %s a week, within the usual %s-%s.",
				Money(*b, cur), Money(e.Retainer, cur), days(d), Money(low, cur), Money(f.High, cur))
			return e
		}
		e.Retainer, e.DaysPerWeek = math.Max(low, lowDays*dayRate), lowDays
	}
	afford := int(math.Floor(*b / e.Retainer))
	e.Months = min(e.Months, max(afford, MinFractionalMonths))
	e.Note = fmt.Sprintf("Cut to %s at %s a month, what the leadership budget of %s a year pays for.",
		plural(e.Months, "month"), Money(e.Retainer, cur), Money(*b, cur))
	if afford < MinFractionalMonths {
		e.OverBudget = true
		e.Note = fmt.Sprintf("The usual minimum of %d months at %s a month costs %s, more than the leadership budget of %s a year.",
			MinFractionalMonths, Money(e.Retainer, cur), Money(e.Retainer*MinFractionalMonths, cur), Money(*b, cur))
	}
	return e
}
