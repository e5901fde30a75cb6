package advisor

import (
	"fmt"
	"math"
)

// planner books the hires a recommendation calls for. Each full-time hire
// is wanted from a month; its search starts early enough for pay to start
// then (never before month 1), and it is left out if pay would start after
// the plan.
type planner struct {
	a     Answers
	r     Recommendation
	as    Assumptions
	t     Thresholds
	ramp  int
	hires []Hire
}

// repCadence is the months between growth reps: one at a time, so each is
// onboarded before the next arrives.
const repCadence = 3

func (pl *planner) plan(growth int) {
	const gapWhy = "Quota capacity for the revenue gap."
	switch pl.r.Primary {
	case KeepFounderSelling:
		pl.reps(1, 13, "Provisional: once the founder has proven a repeatable sale, the first rep takes over selling.")
	case HireFirstRep:
		pl.reps(1, 2, "Takes selling off the founder, who moves towards managing and forecasting.")
		pl.reps(growth-1, 5, gapWhy)
	case HireSalesManager:
		pl.employee(RoleManager, "Sales manager", 3, "Owns the team number: coaching, pipeline reviews, forecasting, hiring.")
		pl.reps(growth, 6, gapWhy)
	case PromoteInternalManager:
		pl.promotion()
		pl.reps(growth, 5, gapWhy)
	case FractionalSalesLeader:
		e := FractionalEngagement(pl.a, pl.as)
		why := "Designs the process, coaches the reps and owns the forecast for part of the week."
		if e.Note != "" {
			why += " " + e.Note
		}
		pl.hires = append(pl.hires, Hire{Role: RoleFractionalVP, Title: "Fractional VP of Sales", SearchStart: 1, Start: 1, Months: e.Months,
			Pay: e.Retainer, DaysPerWeek: e.DaysPerWeek, Why: why})
		pl.reps(growth, 3, gapWhy)
		reps := len(pl.t.Roles(pl.a.People).Reps) + pl.count(RoleRep)
		if start := e.Months + 1; start <= PlanMonths && reps >= pl.t.ManagerMinReps && CanAffordManager(pl.a, pl.as) {
			pl.employee(RoleManager, "Sales manager", start, fmt.Sprintf("Takes over from the fractional VP once the team has %d reps and a designed process.", reps))
		}
	case StructureOK:
		pl.reps(growth, 2, gapWhy)
	}
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

// promotion books the promoted candidate's raise from month 1 (no search,
// no fee) and a backfill rep for the selling they stop doing.
func (pl *planner) promotion() {
	as, name := pl.as, pl.a.PromotionCandidate.Name
	raise := as.Manager.At(as.Level) - as.Rep.At(as.Level)
	pl.hires = append(pl.hires, Hire{Role: RoleManager, Title: "Sales manager (promoted: " + name + ")", SearchStart: 1, Start: 1,
		Promotion: true, Pay: raise, Base: raise * as.Manager.BaseShare, Variable: raise * (1 - as.Manager.BaseShare),
		BurdenRate: as.BurdenRate.Value, Why: "The raise from the rep band to the manager band; " + name + "'s current pay is not new cost."})
	if h := pl.employee(RoleRep, "Sales rep (backfill for "+name+")", 2, "Replaces the selling "+name+" stops doing."); h != nil {
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
func FractionalEngagement(a Answers, as Assumptions) Engagement {
	f := as.FractionalRetainer
	e := Engagement{Months: max(1, Months(as.FractionalMonths)), Retainer: f.Value, DaysPerWeek: as.FractionalDaysPerWeek.Value}
	b := a.Constraints.AnnualLeadershipBudget
	year := float64(min(e.Months, 12)) // the budget is a year's
	if b == nil || e.Retainer <= 0 || e.Retainer*year <= *b {
		return e
	}
	cur := as.Currency
	low, _, _ := f.Spread()
	lowDays, _, _ := as.FractionalDaysPerWeek.Spread()
	if !f.Edited && low < e.Retainer {
		if fit := math.Floor(*b/year/100) * 100; fit >= low {
			e.DaysPerWeek = math.Max(lowDays, math.Round(e.DaysPerWeek*fit/e.Retainer*2)/2)
			e.Retainer = fit
			e.Note = fmt.Sprintf("Sized to the leadership budget of %s a year: %s a month for about %s days a week, within the usual %s-%s.",
				Money(*b, cur), Money(fit, cur), fmtNum(e.DaysPerWeek), Money(low, cur), Money(f.High, cur))
			return e
		}
		e.Retainer, e.DaysPerWeek = low, lowDays
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
