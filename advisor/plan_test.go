package advisor

import (
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

func near(a, b float64) bool { return math.Abs(a-b) < 0.005 }

// testDay is the day the tests plan on: their plans start in January 2027.
var testDay = time.Date(2026, 12, 15, 0, 0, 0, 0, time.UTC)

// plan advises on a with the test day and a small simulation (200 runs).
func plan(t testing.TB, a Answers) Plan {
	t.Helper()
	p, err := AdviseWith(a, Options{Today: testDay, Runs: 200})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// override sets assumption overrides on a copy of a.
func override(a Answers, set func(o *Overrides)) Answers {
	o := Overrides{}
	if a.Assumptions != nil {
		o = *a.Assumptions
	}
	set(&o)
	a.Assumptions = &o
	return a
}

// Acme's plan by hand, with turnover off and new reps at full quota so that
// every figure is arithmetic: a fractional VP at 10,000 a month (the budget
// of 120,000 pays for a year of it), and the gap of 1,200,000 over 300,000
// of quota a rep = 4 reps, wanted in months 3, 6, 9 and 12, each searched
// for a month before and costing 75,000 × 1.35 ÷ 12 = 8,437.50 a month plus
// a 20% fee of 15,000 in the first paid month. The team ends with 5 reps
// that the founder's 20% alone cannot coach, no manager fits the budget,
// and the budget pays for the VP to stay on lightly: one day a week at the
// same day rate, 5,000 a month, for the second year.
func TestPlanCostsByHand(t *testing.T) {
	a := override(mustLoad(t, "../examples/acme-fractional.json"), func(o *Overrides) {
		o.RepTurnover, o.ExpectedAttainment = Ptr(0.0), Ptr(100.0)
	})
	p := plan(t, a)
	rep := 75000 * 1.35 / 12
	wantY1 := 12*10000.0 + rep*(10+7+4+1) + 4*15000
	wantY2 := 12*5000.0 + 4*12*rep
	if !near(p.Year1, wantY1) || !near(p.Year2, wantY2) {
		t.Errorf("year 1 %.2f, year 2 %.2f; want %.2f, %.2f", p.Year1, p.Year2, wantY1, wantY2)
	}
	starts := []int{}
	for _, h := range p.Hires {
		if h.Role == RoleRep {
			starts = append(starts, h.SearchStart, h.Start)
		}
	}
	if want := []int{2, 3, 5, 6, 8, 9, 11, 12}; !slices.Equal(starts, want) {
		t.Errorf("reps' search and pay months %v, want %v", starts, want)
	}
	if p.HeadcountNow != 2 || p.Headcount12 != 6 || p.Headcount[2] != 3 {
		t.Errorf("headcount %d now, %d in month 3, %d in 12 months; want 2, 3 and 6", p.HeadcountNow, p.Headcount[2], p.Headcount12)
	}
	if p.RepsNeeded != 4 || p.GrowthReps != 4 || p.RevenueGap == nil || *p.RevenueGap != 1200000 {
		t.Errorf("gap %v needs %d reps, books %d; want 1,200,000, 4, 4", p.RevenueGap, p.RepsNeeded, p.GrowthReps)
	}
	if h := p.Hires[0]; h.Months != 12 {
		t.Errorf("the engagement runs %d months, want 12", h.Months)
	}
	if h := p.Hires[len(p.Hires)-1]; h.Role != RoleFractionalVP || h.Start != 13 || h.Pay != 5000 || h.DaysPerWeek != 1 || !strings.Contains(h.Why, "Stays on") {
		t.Errorf("last hire %+v, want the VP staying on a day a week from month 13", h)
	}
	if e := p.EndTeam; e.Reps != 5 || e.Managers != 0 || !near(e.Capacity, (0.2+0.2)*8) || e.Note == "" {
		t.Errorf("end team %+v, want 5 reps, no manager, capacity 3.2 and a note", e)
	}
}

func TestPlanIsDated(t *testing.T) {
	p := plan(t, mustLoad(t, "../examples/acme-fractional.json"))
	if p.Start != (Month{2027, time.January}) || p.MonthLabels[0] != "Jan 2027" || p.MonthLabels[23] != "Dec 2028" || len(p.MonthLabels) != PlanMonths {
		t.Errorf("plan made on %s starts %s, labels %q…%q", testDay.Format("2 Jan 2006"), p.Start, p.MonthLabels[0], p.MonthLabels[23])
	}
	a := mustLoad(t, "../examples/acme-fractional.json")
	a.PlanStart = "2027-07"
	if p := plan(t, a); p.MonthLabels[0] != "Jul 2027" || p.MonthLabels[12] != "Jul 2028" {
		t.Errorf("plan_start 2027-07: labels %q, %q", p.MonthLabels[0], p.MonthLabels[12])
	}
	for _, bad := range []string{"2027-13", "July 2027", "27-07", "1999-12"} {
		a.PlanStart = bad
		if err := a.Validate(); err == nil || !strings.Contains(err.Error(), "plan_start") {
			t.Errorf("plan_start %q: error %v", bad, err)
		}
	}
}

// The fee is a one-off in the month pay starts; nothing is paid before.
func TestRecruitingFeeInTheStartMonth(t *testing.T) {
	p := plan(t, mustLoad(t, "../examples/growing-team.json"))
	for _, h := range p.Hires {
		if !h.FullTime() {
			continue
		}
		if !near(h.RecruitingFee, h.Pay*0.2) || !near(h.Monthly[h.Start-1], h.MonthlyCost()+h.RecruitingFee) {
			t.Errorf("%s: fee %.2f, first month %.2f; want 20%% of %.0f on top of %.2f", h.Title, h.RecruitingFee, h.Monthly[h.Start-1], h.Pay, h.MonthlyCost())
		}
		if h.Start < PlanMonths && !near(h.Monthly[h.Start], h.MonthlyCost()) {
			t.Errorf("%s: the fee recurs in month %d", h.Title, h.Start+1)
		}
		if h.Start > 1 && h.Monthly[h.Start-2] != 0 {
			t.Errorf("%s: paid in month %d, before its start", h.Title, h.Start-1)
		}
		if !near(h.Total, sum(h.Monthly)) {
			t.Errorf("%s: total %.2f is not its months %.2f", h.Title, h.Total, sum(h.Monthly))
		}
	}
}

// The search comes before pay: a manager wanted in month 3 with a 2-month
// search is searched for from month 1; a longer search moves pay later,
// never the search before month 1.
func TestSearchDelaysPay(t *testing.T) {
	for _, c := range []struct {
		search             float64
		searchStart, start int
	}{{2, 1, 3}, {1, 2, 3}, {4, 1, 5}, {0, 3, 3}} {
		a := override(mustLoad(t, "../examples/growing-team.json"), func(o *Overrides) { o.ManagerSearchMonths = &c.search })
		p := plan(t, a)
		h := p.Hires[0]
		if h.Role != RoleManager || h.SearchStart != c.searchStart || h.Start != c.start || h.SearchMonths != int(c.search) {
			t.Errorf("search %v months: manager searched from %d, paid from %d; want %d and %d", c.search, h.SearchStart, h.Start, c.searchStart, c.start)
		}
	}
}

// A rep cannot be fully productive before closing one sales cycle: the ramp
// is at least the cycle plus onboarding, and the plan says so.
func TestRampCoversTheSalesCycle(t *testing.T) {
	for _, c := range []struct {
		cycle  float64
		ramp   int
		noted  bool
		reason string
	}{
		{30, 5, false, "a month's cycle fits in the 5-month ramp"},
		{120, 5, false, "120 days is 3.9 months, plus 1 of onboarding: 4.9, rounds up to 5"},
		{125, 6, true, "125 days is 4.1 months, plus 1: rounds up to 6"},
		{270, 10, true, "9 months of cycle plus 1"},
	} {
		t.Run(c.reason, func(t *testing.T) {
			a := mustLoad(t, "../examples/growing-team.json")
			a.Metrics.SalesCycleDays = &c.cycle
			p := plan(t, a)
			if p.RampMonths != c.ramp || (p.RampNote != "") != c.noted {
				t.Errorf("cycle %v days: ramp %d (note %q), want %d", c.cycle, p.RampMonths, p.RampNote, c.ramp)
			}
			for _, h := range p.Hires {
				if h.Role == RoleRep && h.RampMonths != c.ramp {
					t.Errorf("%s ramps over %d months", h.Title, h.RampMonths)
				}
			}
			if c.noted && !slices.Contains(p.Warnings, p.RampNote) {
				t.Errorf("the lengthened ramp is not among the warnings: %q", p.Warnings)
			}
		})
	}
}

// New reps book their quota ramped and at the expected attainment, never
// 100% silently.
func TestCapacityAtExpectedAttainment(t *testing.T) {
	a := override(mustLoad(t, "../examples/growing-team.json"), func(o *Overrides) { o.ExpectedAttainment = Ptr(60.0) })
	p := plan(t, a)
	quota := 75000 * 4.0
	for m := 1; m <= PlanMonths; m++ {
		var want float64
		for _, h := range p.Hires {
			if h.AddsCapacity() {
				want += quota / 12 * 0.6 * RampFactor(m, h.Start, h.RampMonths)
			}
		}
		if !near(p.Capacity[m-1], want) {
			t.Fatalf("month %d: capacity %.2f, want %.2f", m, p.Capacity[m-1], want)
		}
	}
	if p.ExpectedAttainment != 0.6 || p.Assumptions.ExpectedAttainment.Confidence == ConfidenceAnswers {
		t.Errorf("attainment %v from %q", p.ExpectedAttainment, p.Assumptions.ExpectedAttainment.Source)
	}
}

// The team's own attainment replaces the benchmark: reps only (founders and
// managers carry other numbers), and never above 100%.
func TestTeamAttainmentIsTheRepsOwn(t *testing.T) {
	team := func(reps ...float64) Answers {
		a := answers(withQuota(founder("Ava", 40, 30, 10), 200), withQuota(person("Lee", 10, 70, 20), 150))
		for i, q := range reps {
			a.People = append(a.People, withQuota(person(string(rune('A'+i)), 90, 0, 0), q))
		}
		return a
	}
	for _, c := range []struct {
		reps []float64
		want float64
		own  bool
	}{{[]float64{80, 60}, 0.7, true}, {[]float64{120, 110}, 1, true}, {nil, 0.7, false}} {
		as := teamAttainment(team(c.reps...), DefaultThresholds().Roles(team(c.reps...).People), DefaultAssumptions())
		f := as.ExpectedAttainment
		if !near(f.Value, c.want) || (f.Confidence == ConfidenceAnswers) != c.own {
			t.Errorf("reps %v: attainment %v (%s), want %v", c.reps, f.Value, f.Source, c.want)
		}
	}
	a := override(team(80, 60), func(o *Overrides) { o.ExpectedAttainment = Ptr(55.0) })
	if p := plan(t, a); p.ExpectedAttainment != 0.55 {
		t.Errorf("the user's attainment gave way to the team's: %v", p.ExpectedAttainment)
	}
}

// Turnover by hand: the healthy team's gap of 500,000 at full quota (300,000
// a rep) takes 2 reps, paid from months 2 and 5. Each seat the plan adds
// loses its rep at 12% ÷ 12 = 1% a month: each departure costs the 15,000
// fee less a month of saved pay (8,437.50), and (1 month empty + (5 − 1) ÷ 2
// months of ramp) = 3 months of a rep's 25,000 monthly bookings. Today's
// reps leave at today's rate already, in today's costs and revenue.
func TestTurnoverByHand(t *testing.T) {
	a := override(mustLoad(t, "../examples/healthy-team.json"), func(o *Overrides) { o.RepTurnover, o.ExpectedAttainment = Ptr(12.0), Ptr(100.0) })
	p := plan(t, a)
	if len(p.Hires) != 2 || p.Hires[0].Start != 2 || p.Hires[1].Start != 5 {
		t.Fatalf("hires %+v, want reps from months 2 and 5", p.Hires)
	}
	departures := 0.0
	for m := 1; m <= PlanMonths; m++ {
		seats := 0.0
		switch {
		case m >= 5:
			seats = 2
		case m >= 2:
			seats = 1
		}
		departures += seats * 0.01
		if !near(p.TurnoverCost[m-1], seats*0.01*(15000-8437.5)) || !near(p.TurnoverLoss[m-1], seats*0.01*3*25000) {
			t.Fatalf("month %d: turnover costs %.2f and loses %.2f", m, p.TurnoverCost[m-1], p.TurnoverLoss[m-1])
		}
	}
	if !near(p.ExpectedDepartures, departures) {
		t.Errorf("%.3f departures, want %.3f", p.ExpectedDepartures, departures)
	}
}

// The comparison describes the plan shown: the fractional path is the
// plan's engagement (and the manager who follows it), the full-time path a
// manager decided in the same month, paid after the search, with the fee.
func TestComparisonFromThePlansMonths(t *testing.T) {
	m := 115000 * 1.35 / 12
	t.Run("engagement alone", func(t *testing.T) {
		c := plan(t, mustLoad(t, "../examples/acme-fractional.json")).Comparison
		if c.FractionalMonths != 12 || c.FullTimeStart != 3 || !near(c.RecruitingFee, 23000) {
			t.Fatalf("comparison %+v", c)
		}
		if !near(c.Fractional24, 120000+12*5000) || !near(c.FullTime24, 23000+22*m) || !near(c.FullTime12, 23000+10*m) || c.BreakEvenMonth != 0 {
			t.Errorf("24 months %.2f vs %.2f, 12 months full-time %.2f, break-even %d", c.Fractional24, c.FullTime24, c.FullTime12, c.BreakEvenMonth)
		}
		if !near(c.FractionalDays, (12*2+12*1)*52/12.0) || !near(c.FullTimeDays, 22*WorkDaysPerMonth) || !near(c.FractionalPerDay, 180000/c.FractionalDays) {
			t.Errorf("days %.2f vs %.2f", c.FractionalDays, c.FullTimeDays)
		}
	})
	t.Run("engagement then manager", func(t *testing.T) {
		a := mustLoad(t, "../examples/growing-team.json")
		a.Company.SalesProcessDocumented = Ptr(false) // steers to fractional; the budget covers a manager after it
		p := plan(t, a)
		c := p.Comparison
		if p.Recommendation.Primary != FractionalSalesLeader || c.FollowOnStart != 13 {
			t.Fatalf("%s with a manager from %d", p.Recommendation.Primary, c.FollowOnStart)
		}
		if !near(c.Fractional24, 120000+23000+12*m) || !near(c.FullTime24, 23000+22*m) || !near(c.Saving24, 10*m-120000) {
			t.Errorf("24 months %.2f vs %.2f, saving %.2f", c.Fractional24, c.FullTime24, c.Saving24)
		}
	})
	t.Run("a manager's plan", func(t *testing.T) {
		p := plan(t, mustLoad(t, "../examples/growing-team.json"))
		c, h := p.Comparison, p.Hires[0]
		if h.Role != RoleManager || c.FullTimeStart != h.Start || c.DecisionMonth != h.SearchStart || !near(c.FullTime24, h.Total) {
			t.Errorf("the full-time path is not the plan's manager: %+v vs %+v", c, h)
		}
	})
}

func TestPromotionCostsOnlyTheRaise(t *testing.T) {
	p := plan(t, mustLoad(t, "../examples/promote-from-within.json"))
	h := p.Hires[0]
	if !h.Promotion || h.Role != RoleManager || h.Pay != 115000-75000 || h.RecruitingFee != 0 || h.Start != 1 {
		t.Fatalf("first hire %+v, want the promotion at the raise of 40,000 from month 1, no fee", h)
	}
	if h.FullTime() {
		t.Error("a promotion adds to headcount")
	}
	if b := p.Hires[1]; b.Role != RoleRep || b.Start != 2 || !b.Backfill || b.AddsCapacity() || b.RecruitingFee == 0 {
		t.Errorf("no backfill rep paid from month 2 with a fee, or it counts as new capacity: %+v", b)
	}
	// The backfill replaces the promoted rep's selling, so new capacity in
	// month 2 is zero: only reps for the revenue gap (from month 5) add it.
	if p.Capacity[1] != 0 || p.Capacity[4] == 0 {
		t.Errorf("capacity months 2 and 5 = %.2f, %.2f; want 0 and > 0", p.Capacity[1], p.Capacity[4])
	}
}

func TestRampFactor(t *testing.T) {
	cases := []struct {
		m, start, ramp int
		want           float64
	}{
		{1, 3, 5, 0}, {3, 3, 5, 0.2}, {7, 3, 5, 1}, {24, 3, 5, 1}, {3, 3, 0, 1}, {4, 3, 2, 1},
	}
	for _, c := range cases {
		if got := RampFactor(c.m, c.start, c.ramp); !near(got, c.want) {
			t.Errorf("RampFactor(%d, %d, %d) = %v, want %v", c.m, c.start, c.ramp, got, c.want)
		}
	}
}

// rampSum is the simulation's closed form of RampFactor summed over months.
func TestRampSumIsTheSumOfRampFactors(t *testing.T) {
	for start := 1; start <= 6; start++ {
		for ramp := 0; ramp <= 7; ramp++ {
			for lo := start; lo <= 14; lo++ {
				for hi := lo; hi <= 24; hi++ {
					var want float64
					for m := lo; m <= hi; m++ {
						want += RampFactor(m, start, ramp)
					}
					if got := rampSum(start, ramp, lo, hi); !near(got, want) {
						t.Fatalf("rampSum(%d, %d, %d, %d) = %v, want %v", start, ramp, lo, hi, got, want)
					}
				}
			}
		}
	}
}

func TestEveryKindPlans(t *testing.T) {
	for _, path := range exampleFiles(t) {
		p := plan(t, mustLoad(t, path))
		for _, h := range p.Hires {
			if h.Start < 1 || h.Start > PlanMonths || h.SearchStart < 1 || h.SearchStart+h.SearchMonths != h.Start || len(h.Monthly) != PlanMonths {
				t.Errorf("%s: hire %s searched from %d for %d months, paid from %d", path, h.Title, h.SearchStart, h.SearchMonths, h.Start)
			}
			if !near(h.Total, h.YearTotal(1)+h.YearTotal(2)) {
				t.Errorf("%s: %s total %.2f != years %.2f", path, h.Title, h.Total, h.YearTotal(1)+h.YearTotal(2))
			}
		}
		if len(p.RoleCards) == 0 && len(p.Hires) > 0 {
			t.Errorf("%s: no role cards for the plan's roles", path)
		}
	}
}

func TestDefaultAssumptionsCarrySources(t *testing.T) {
	as := DefaultAssumptions()
	if len(as.Figures()) != len(figureTable) {
		t.Fatalf("%d figures, %d in the table", len(as.Figures()), len(figureTable))
	}
	for _, f := range as.Figures() {
		if f.Value <= 0 || f.Source == "" || f.Year == "" || f.Label == "" || f.Confidence == "" {
			t.Errorf("figure %+v lacks a value, label, source, year or confidence", f)
		}
		if lo, mode, hi := f.Spread(); !(lo <= mode && mode <= hi) {
			t.Errorf("figure %s: spread %v..%v does not hold its value %v", f.ID, lo, hi, mode)
		}
		if lo, hi, ok := FigureBounds(f.ID); !ok || f.Value*scale(f) < lo || f.Value*scale(f) > hi {
			t.Errorf("figure %s: default %v outside the bounds %v..%v an override must keep", f.ID, f.Value, lo, hi)
		}
	}
	for _, b := range as.Bands() {
		if !(b.Low <= b.Mid && b.Mid <= b.High) || b.Source == "" || b.Year == "" || b.BaseShare <= 0 || b.BaseShare > 1 {
			t.Errorf("band %+v is inconsistent or unsourced", b)
		}
	}
	// The figures reference-data.md gives, so that a slip in
	// reference.json is caught.
	want := map[string]float64{"burden_rate": 0.35, "rep_ramp_months": 5, "rep_turnover": 0.139, "recruiting_fee_rate": 0.2,
		"rep_search_months": 1, "manager_search_months": 2, "fractional_retainer": 10000, "fractional_days_per_week": 2}
	for id, v := range want {
		if f, _ := as.Figure(id); f.Value != v {
			t.Errorf("%s = %v, reference-data.md says %v", id, f.Value, v)
		}
	}
	if as.Rep.Mid != 75000 || as.Manager.Mid != 115000 {
		t.Errorf("bands drifted from reference-data.md: rep %v, manager %v", as.Rep.Mid, as.Manager.Mid)
	}
}

func scale(f Figure) float64 {
	if f.Percent() {
		return 100
	}
	return 1
}

// Every figure can be overridden from the answers file, in the file's
// units, and moves its spread with it.
func TestEveryFigureCanBeOverridden(t *testing.T) {
	def := DefaultAssumptions()
	for _, f := range def.Figures() {
		o := &Overrides{}
		v := f.Value * 1.5 * scale(f)
		*o.FigureOverride(f.ID) = &v
		got, _ := o.Apply(def).Figure(f.ID)
		if !near(got.Value, f.Value*1.5) || !got.Edited {
			t.Errorf("%s: override %v gave %v", f.ID, v, got.Value)
		}
		if f.High > 0 && (!near(got.High, f.High*1.5) || !near(got.Low, f.Low*1.5)) {
			t.Errorf("%s: the spread did not follow the value: %v..%v", f.ID, got.Low, got.High)
		}
	}
	// A file from before the fee rate gives the manager's recruiting cost.
	o := &Overrides{RecruitingCost: Ptr(11500.0)}
	if got := o.Apply(def).RecruitingFeeRate; !near(got.Value, 0.1) || !got.Edited {
		t.Errorf("recruiting_cost 11,500 on a 115,000 manager: fee rate %v", got.Value)
	}
	// With no manager pay to divide by, the legacy cost leaves the rate alone.
	unpaid := def
	unpaid.Manager.Low, unpaid.Manager.Mid, unpaid.Manager.High = 0, 0, 0
	if got := o.Apply(unpaid).RecruitingFeeRate; got != def.RecruitingFeeRate {
		t.Errorf("recruiting_cost on an unpaid manager band: %+v", got)
	}
	// A figure with no value of its own takes one without a spread to scale.
	f := Figure{Low: 1, High: 3}
	f.set(2)
	if f.Value != 2 || f.Low != 1 || f.High != 3 {
		t.Errorf("setting a zero figure: %+v", f)
	}
}

// The band level chosen in the file applies; no level keeps the one in use.
func TestBandLevelOverride(t *testing.T) {
	def := DefaultAssumptions()
	def.Level = LevelHigh
	if got := (&Overrides{}).Apply(def).Level; got != LevelHigh {
		t.Errorf("no band level in the file moved the level to %q", got)
	}
	if got := (&Overrides{BandLevel: LevelLow}).Apply(def).Level; got != LevelLow {
		t.Errorf("band level low gave %q", got)
	}
}

// An override's bounds are inclusive, and a band may be flat.
func TestOverrideBoundsAreInclusive(t *testing.T) {
	for _, f := range DefaultAssumptions().Figures() {
		lo, hi, _ := FigureBounds(f.ID)
		for _, x := range []float64{lo, hi} {
			a := answers(person("Sam", 90, 0, 0))
			a.Assumptions = &Overrides{}
			*a.Assumptions.FigureOverride(f.ID) = Ptr(x)
			if err := a.Validate(); err != nil {
				t.Errorf("%s = %v (a bound): %v", f.ID, x, err)
			}
		}
	}
	a := answers(person("Sam", 90, 0, 0))
	a.Assumptions = &Overrides{Bands: map[Role]BandOverride{RoleManager: {Low: Ptr(100000.0), Mid: Ptr(100000.0), High: Ptr(100000.0)}}}
	if err := a.Validate(); err != nil {
		t.Errorf("a flat band: %v", err)
	}
	a.Assumptions.Bands[RoleManager] = BandOverride{Low: Ptr(100001.0), Mid: Ptr(100000.0), High: Ptr(100000.0)}
	if err := a.Validate(); err == nil {
		t.Error("a band falling from low to mid passed")
	}
}

func TestMoney(t *testing.T) {
	cases := []struct {
		x    float64
		cur  string
		want string
	}{
		{1234567.6, "USD", "$1,234,568"}, {0, "EUR", "€0"}, {-950, "GBP", "-£950"}, {1200, "CHF", "CHF 1,200"},
	}
	for _, c := range cases {
		if got := Money(c.x, c.cur); got != c.want {
			t.Errorf("Money(%v, %s) = %q, want %q", c.x, c.cur, got, c.want)
		}
	}
}

// A small budget sizes the engagement: first the retainer, with fewer
// days, down to the low end of the sourced range, then the months, never
// below the minimum commitment (and the plan says when even that is over).
func TestEngagementFitsTheBudget(t *testing.T) {
	a := mustLoad(t, "../examples/growing-team.json")
	cases := []struct {
		name           string
		budget         *float64
		edited         bool
		months         int
		retainer, days float64
		overBudget     bool
		note           string // how the note starts; "" for none
	}{
		{"no budget given", nil, false, 12, 10000, 2, false, ""},
		{"a year's retainer", Ptr(120000.0), false, 12, 10000, 2, false, ""},
		{"retainer lowered", Ptr(90000.0), false, 12, 7500, 1.5, false, "Sized to the leadership budget of $90,000 a year: $7,500 a month"},
		// 12 months × 1 day × 5,000 a day: the low end of the days, reached by lowering alone.
		{"retainer lowered to exactly the low end", Ptr(60000.0), false, 12, 5000, 1, false, "Sized to the leadership budget of $60,000 a year: $5,000 a month"},
		{"low end, fewer months", Ptr(40000.0), false, 8, 5000, 1, false, "Cut to 8 months at $5,000 a month"},
		// 3 months × 5,000: exactly the minimum commitment is within the budget.
		{"exactly the minimum", Ptr(15000.0), false, 3, 5000, 1, false, "Cut to 3 months at $5,000 a month"},
		// 3 months × 5,000 = 15,000, more than 12,000.
		{"below the minimum", Ptr(12000.0), false, 3, 5000, 1, true, "The usual minimum of 3 months at $5,000 a month costs $15,000, more than the leadership budget of $12,000 a year."},
		{"the user's retainer stands", Ptr(60000.0), true, 6, 10000, 2, false, "Cut to 6 months at $10,000 a month"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := a
			b.Constraints.AnnualLeadershipBudget = c.budget
			as := DefaultAssumptions()
			as.FractionalRetainer.Edited = c.edited
			e := FractionalEngagement(b, as, 0, 0)
			if e.Months != c.months || e.Retainer != c.retainer || e.DaysPerWeek != c.days || e.OverBudget != c.overBudget || !strings.HasPrefix(e.Note, c.note) || (e.Note == "") != (c.note == "") {
				t.Errorf("engagement %+v; want %d months at %v, %v days, over budget %v, a note starting %q", e, c.months, c.retainer, c.days, c.overBudget, c.note)
			}
			if c.budget != nil && !c.overBudget && e.Retainer*float64(min(e.Months, 12)) > *c.budget {
				t.Errorf("books %v a year past a budget of %v", e.Retainer*float64(min(e.Months, 12)), *c.budget)
			}
		})
	}
}

func TestPlanRespectsConstraints(t *testing.T) {
	a := mustLoad(t, "../examples/growing-team.json")
	a.Company.SalesProcessDocumented = Ptr(false) // steers to fractional
	cases := []struct {
		name        string
		budget      *float64
		fullTime    *bool
		months      int
		manager     bool
		warningPart string
	}{
		{"a budget that covers a manager after the engagement", Ptr(200000.0), nil, 12, true, ""},
		{"no budget given books no manager", nil, nil, 12, false, "Budget for a manager"},
		{"a small budget sizes the engagement and keeps it on lightly", Ptr(60000.0), nil, PlanMonths, false, "below a full-time manager's loaded cost"},
		{"no full-time hire", nil, Ptr(false), 12, false, "You said a full-time sales manager is not possible"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := a
			b.Constraints = Constraints{AnnualLeadershipBudget: c.budget, CanHireFullTime: c.fullTime}
			p := plan(t, b)
			if p.Recommendation.Primary != FractionalSalesLeader {
				t.Fatalf("primary %s", p.Recommendation.Primary)
			}
			var months int
			manager := false
			for _, h := range p.Hires {
				if h.Role == RoleFractionalVP {
					months += h.Months
				}
				manager = manager || h.Role == RoleManager
			}
			if months != c.months || manager != c.manager {
				t.Errorf("fractional for %d months, manager %v; want %d, %v", months, manager, c.months, c.manager)
			}
			found := c.warningPart == ""
			for _, w := range p.Warnings {
				found = found || strings.Contains(w, c.warningPart)
			}
			if !found {
				t.Errorf("no warning containing %q: %q", c.warningPart, p.Warnings)
			}
		})
	}
}

func TestForeignCurrencyIsFlagged(t *testing.T) {
	p := plan(t, mustLoad(t, "../examples/proven-founder.json")) // EUR
	if len(p.Warnings) == 0 || !strings.Contains(p.Warnings[0], "in EUR without conversion") {
		t.Errorf("warnings %q", p.Warnings)
	}
	p = plan(t, mustLoad(t, "../examples/acme-fractional.json")) // USD
	for _, w := range p.Warnings {
		if strings.Contains(w, "without conversion") {
			t.Errorf("a USD plan warns about currency: %q", w)
		}
	}
}

func TestSpanAssumptionSetsTheCoachingRule(t *testing.T) {
	a := mustLoad(t, "../examples/healthy-team.json")
	p := plan(t, a)
	if p.Diagnosis.Has(NoCoachingCapacity) {
		t.Fatal("healthy team lacks coaching capacity at the default span")
	}
	a.Assumptions = &Overrides{Span: Ptr(2.0)}
	p = plan(t, a)
	if !p.Diagnosis.Has(NoCoachingCapacity) || p.Diagnosis.Thresholds.Span != 2 {
		t.Errorf("a span of 2 should leave 4 reps short of coaching: %+v", p.Diagnosis.Findings)
	}
}

func TestPlanLargerThanTheBusinessIsFlagged(t *testing.T) {
	a := mustLoad(t, "../examples/acme-fractional.json")
	a.Company.AnnualRevenue = Ptr(90000.0)
	p := plan(t, a)
	found := false
	for _, w := range p.Warnings {
		found = found || strings.Contains(w, "of this year's revenue ($90,000)")
	}
	if !found {
		t.Errorf("a plan costing %.0f against 90,000 of revenue is not flagged: %q", p.Year1, p.Warnings)
	}
}

// The gap, honestly: reps needed uncapped beside what the plan books; a
// target out of reach says how many reps and managers it takes; a target at
// or below today's revenue, or an unknown one, books no growth.
func TestPlanIsHonestAboutTheGap(t *testing.T) {
	a := mustLoad(t, "../examples/healthy-team.json")
	cases := []struct {
		name           string
		target         *float64
		needed, booked int
		warning        string
	}{
		{"a gap the plan closes", Ptr(5500000.0), 2, 2, ""},
		{"out of reach", Ptr(9000000.0), 0, maxNewReps, "out of reach at this size"},
		{"below today's revenue", Ptr(4500000.0), 0, 0, "$500,000 below this year's revenue"},
		{"unknown target", nil, 0, 0, "no reps for growth"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := a
			b.Company.RevenueTarget = c.target
			p := plan(t, b)
			if c.needed == 0 && c.target != nil && *c.target > *a.Company.AnnualRevenue {
				c.needed = int(math.Ceil((*c.target - *a.Company.AnnualRevenue) / p.Assumptions.RepBookings()))
			}
			if p.RepsNeeded != c.needed || p.GrowthReps != c.booked {
				t.Errorf("needs %d reps, books %d; want %d, %d", p.RepsNeeded, p.GrowthReps, c.needed, c.booked)
			}
			found := c.warning == ""
			for _, w := range p.Warnings {
				found = found || strings.Contains(w, c.warning)
				if strings.Contains(w, "Hire sooner") {
					t.Errorf("the plan says hire sooner: %q", w)
				}
			}
			if !found {
				t.Errorf("no warning containing %q: %q", c.warning, p.Warnings)
			}
		})
	}
}

func TestPlanExplainsItsGrowth(t *testing.T) {
	p := plan(t, mustLoad(t, "../examples/healthy-team.json"))
	if !slices.ContainsFunc(p.Recommendation.Why, func(s string) bool { return strings.HasPrefix(s, "Growth, not structure") }) || len(p.Hires) == 0 {
		t.Errorf("a healthy team's plan adds %d reps without saying why: %q", len(p.Hires), p.Recommendation.Why)
	}
	p = plan(t, mustLoad(t, "../examples/proven-founder.json"))
	if len(p.Hires) < 2 || p.Hires[0].Why == p.Hires[1].Why {
		t.Errorf("first and later reps share one reason: %+v", p.Hires)
	}
}

// The range is the plan's own: the same answers give the same range, and
// other answers another.
func TestRangeIsReproducible(t *testing.T) {
	a := mustLoad(t, "../examples/acme-fractional.json")
	p, q := plan(t, a), plan(t, a)
	if !reflect.DeepEqual(p.Range, q.Range) {
		t.Errorf("the same answers gave two ranges: %+v and %+v", p.Range, q.Range)
	}
	a.Company.RevenueTarget = Ptr(3700000.0)
	if r := plan(t, a).Range; r.Seed == p.Range.Seed || r.NewRepBookings == p.Range.NewRepBookings {
		t.Errorf("other answers drew the same runs: %+v", r)
	}
	if p.Range.Runs != 200 || p.Range.GapClosedProbability == nil {
		t.Errorf("range %+v", p.Range)
	}
	if r := plan(t, mustLoad(t, "../examples/solo-founder.json")).Range; r.GapClosedProbability == nil {
		t.Errorf("a known gap has no probability: %+v", r)
	}
}

// A simulation with no spread in any figure is the deterministic plan.
func TestRangeWithoutSpreadIsThePlan(t *testing.T) {
	a := override(mustLoad(t, "../examples/growing-team.json"), func(o *Overrides) { o.RepTurnover = Ptr(0.0) })
	p := plan(t, a)
	for _, f := range []*Figure{&p.Assumptions.RepRampMonths, &p.Assumptions.ExpectedAttainment, &p.Assumptions.RepSearchMonths,
		&p.Assumptions.ManagerSearchMonths, &p.Assumptions.RepTurnover} {
		f.Low, f.High = 0, 0
	}
	r := SimulateRange(p, 50)
	want := sum(p.Capacity)
	if !near(r.NewRepBookings.P10, want) || !near(r.NewRepBookings.P90, want) || !near(r.Year2Cost.P50, p.Year2) {
		t.Errorf("range %+v; the plan books %.2f and costs %.2f in year 2", r, want, p.Year2)
	}
}

// randomAnswers generates valid answers of every shape for the properties.
func randomAnswers(rng *rand.Rand) Answers {
	a := answers()
	n := 1 + rng.IntN(9)
	for i := range n {
		s := float64(rng.IntN(11) * 10)
		m := float64(rng.IntN(int(11-s/10)) * 10)
		f := float64(rng.IntN(int(11-(s+m)/10)) * 10)
		p := person(string(rune('A'+i)), s, m, f)
		p.Founder = i == 0 && rng.IntN(2) == 0
		if rng.IntN(3) > 0 {
			p = withQuota(p, float64(30+rng.IntN(100)))
		}
		a.People = append(a.People, p)
	}
	maybe := func(x float64) *float64 {
		if rng.IntN(4) == 0 {
			return nil
		}
		return &x
	}
	rev := float64(200000 + rng.IntN(40)*100000)
	a.Company.AnnualRevenue = maybe(rev)
	a.Company.RevenueTarget = maybe(rev * (0.8 + rng.Float64()))
	a.Company.CustomersClosedByFounder = Ptr(rng.IntN(40))
	a.Company.SalesProcessDocumented = Ptr(rng.IntN(2) == 0)
	a.Metrics.ForecastAccuracy = maybe(float64(40 + rng.IntN(60)))
	a.Metrics.SalesCycleDays = maybe(float64(10 + rng.IntN(300)))
	a.Constraints.AnnualLeadershipBudget = maybe(float64(rng.IntN(30) * 10000))
	if rng.IntN(3) == 0 {
		a.Constraints.CanHireFullTime = Ptr(rng.IntN(2) == 0)
	}
	return a
}

// forEachRandom runs check on n generated answers that validate.
func forEachRandom(t *testing.T, n int, check func(t *testing.T, a Answers)) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range n {
		a := randomAnswers(rng)
		if err := a.Validate(); err != nil {
			t.Fatalf("generated answers %d are invalid: %v", i, err)
		}
		check(t, a)
	}
}

func TestPlanTotalsAreTheSumOfTheMonths(t *testing.T) {
	forEachRandom(t, 300, func(t *testing.T, a Answers) {
		p := plan(t, a)
		var total, quarters float64
		for m := range PlanMonths {
			want := p.TurnoverCost[m]
			for _, h := range p.Hires {
				want += h.Monthly[m]
			}
			if !near(p.Monthly[m], want) {
				t.Fatalf("month %d: %.2f, hires and turnover %.2f", m+1, p.Monthly[m], want)
			}
			total += p.Monthly[m]
			if !near(p.Cumulative[m], total) {
				t.Fatalf("cumulative month %d: %.2f, want %.2f", m+1, p.Cumulative[m], total)
			}
		}
		for _, q := range p.Quarterly {
			quarters += q
		}
		if !near(p.Year1+p.Year2, total) || !near(quarters, total) {
			t.Errorf("years %.2f + %.2f, quarters %.2f, months %.2f", p.Year1, p.Year2, quarters, total)
		}
		r := p.Range
		if !(r.NewRepBookings.P10 <= r.NewRepBookings.P50 && r.NewRepBookings.P50 <= r.NewRepBookings.P90 &&
			r.Year2Cost.P10 <= r.Year2Cost.P50 && r.Year2Cost.P50 <= r.Year2Cost.P90) {
			t.Errorf("percentiles out of order: %+v", r)
		}
	})
}

// leadershipDays counts the days of sales leadership a plan books.
func leadershipDays(p Plan) float64 {
	var days float64
	for _, h := range p.Hires {
		switch {
		case h.Role == RoleFractionalVP:
			days += float64(h.End()-h.Start+1) * h.DaysPerWeek * 52 / 12
		case h.Role == RoleManager && h.Promotion:
			days += float64(h.End()-h.Start+1) * WorkDaysPerMonth
		case h.Role == RoleManager:
			days += float64(paidMonths(h)) * WorkDaysPerMonth
		}
	}
	return days
}

func TestMoreBudgetNeverLessLeadership(t *testing.T) {
	forEachRandom(t, 300, func(t *testing.T, a Answers) {
		prev := -1.0
		for _, budget := range []float64{0, 20000, 60000, 100000, 150000, 300000} {
			a.Constraints.AnnualLeadershipBudget = Ptr(budget)
			days := leadershipDays(plan(t, a))
			if days < prev {
				t.Fatalf("a budget of %.0f gives %.1f days of leadership, less than %.1f for less budget", budget, days, prev)
			}
			prev = days
		}
	})
}

func TestHigherAttainmentNeverNeedsMoreReps(t *testing.T) {
	forEachRandom(t, 200, func(t *testing.T, a Answers) {
		prev := math.MaxInt
		for _, att := range []float64{30, 50, 70, 90, 110} {
			p := plan(t, override(a, func(o *Overrides) { o.ExpectedAttainment = &att }))
			if p.RepsNeeded > prev || p.GrowthReps > prev {
				t.Fatalf("attainment %v%% needs %d reps (books %d), more than at lower attainment (%d)", att, p.RepsNeeded, p.GrowthReps, prev)
			}
			prev = p.RepsNeeded
		}
	})
}

func TestLaterStartsNeverCostMoreInYearOne(t *testing.T) {
	forEachRandom(t, 200, func(t *testing.T, a Answers) {
		prev := math.Inf(1)
		for _, months := range []float64{0, 1, 2, 4, 8} {
			p := plan(t, override(a, func(o *Overrides) { o.RepSearchMonths, o.ManagerSearchMonths = &months, &months }))
			if p.Year1 > prev+0.005 {
				t.Fatalf("searches of %v months cost %.2f in year 1, more than shorter ones (%.2f)", months, p.Year1, prev)
			}
			prev = p.Year1
		}
	})
}

// Assumptions that change nothing in a plan are not offered for editing:
// a plan with no reps has no use for the ramp; one that never weighs
// fractional leadership none for the retainer.
func TestAssumptionsThatApply(t *testing.T) {
	healthy := plan(t, mustLoad(t, "../examples/target-below-revenue.json")) // no hires
	if healthy.AssumptionApplies("rep_ramp_months") || !healthy.AssumptionApplies("span_of_control") {
		t.Errorf("no reps booked, yet the ramp applies, or the span does not")
	}
	acme := plan(t, mustLoad(t, "../examples/acme-fractional.json"))
	for _, id := range []string{"rep_ramp_months", "fractional_retainer", "bands.sales_manager", "expected_attainment"} {
		if !acme.AssumptionApplies(id) {
			t.Errorf("acme: %s does not apply", id)
		}
	}
	solo := plan(t, mustLoad(t, "../examples/solo-founder.json"))
	if solo.AssumptionApplies("bands.sales_manager") || solo.AssumptionApplies("fractional_days_per_week") {
		t.Errorf("a solo founder's plan offers manager or fractional figures: %+v", solo.Recommendation.Alternatives)
	}
}

// percentiles selects what sorting would read off.
func TestPercentilesSelectAsSortingWould(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{1, 2, 3, 10, 11, 100, 1001} {
		for range 20 {
			xs := make([]float64, n)
			for i := range xs {
				xs[i] = float64(rng.IntN(50)) // ties included
			}
			sorted := slices.Clone(xs)
			slices.Sort(sorted)
			at := func(q float64) float64 { return sorted[min(n-1, int(math.Ceil(q*float64(n)))-1)] }
			want := Percentiles{at(0.1), at(0.5), at(0.9)}
			if got := percentiles(xs); got != want {
				t.Fatalf("n=%d: %+v, sorting says %+v", n, got, want)
			}
		}
	}
}

// What each path buys: the engagement's days are its days a week over the
// months it is paid inside the plan, a manager's a working month each; a
// fractional VP leads from its first month, a full-time manager once the
// recruit-and-ramp months from the decision have passed.
func TestComparisonDaysAndImpact(t *testing.T) {
	p := plan(t, mustLoad(t, "../examples/acme-fractional.json"))
	as := p.Assumptions
	frac := p.Hires[0]
	if frac.Role != RoleFractionalVP {
		t.Fatalf("first hire %+v, want the engagement", frac)
	}
	// An engagement decided in month 5 that would run past the plan: only
	// the plan's months count.
	frac.Start, frac.Months, frac.Pay = 5, 24, 20000
	p.Hires = []Hire{frac}
	c := compare(p, Engagement{})
	ramp, search := Months(as.ManagerRampMonths), Months(as.ManagerSearchMonths)
	inPlan := PlanMonths - 4
	if c.DecisionMonth != 5 || c.FullTimeStart != 5+search {
		t.Fatalf("decided in %d, manager from %d; want 5 and %d", c.DecisionMonth, c.FullTimeStart, 5+search)
	}
	if want := float64(inPlan) * frac.DaysPerWeek * 52 / 12; !near(c.FractionalDays, want) {
		t.Errorf("fractional days %.2f, want %.2f", c.FractionalDays, want)
	}
	if want := float64(PlanMonths-c.FullTimeStart+1) * WorkDaysPerMonth; !near(c.FullTimeDays, want) {
		t.Errorf("full-time days %.2f, want %.2f", c.FullTimeDays, want)
	}
	if c.FractionalImpactMonths != inPlan || c.FullTimeImpactMonths != inPlan-ramp {
		t.Errorf("impact months %d and %d, want %d and %d", c.FractionalImpactMonths, c.FullTimeImpactMonths, inPlan, inPlan-ramp)
	}
	if !near(c.Fractional24, float64(inPlan)*20000) || !near(c.FractionalPerDay, c.Fractional24/c.FractionalDays) ||
		!near(c.FractionalPerImpactMonth, c.Fractional24/float64(inPlan)) || !near(c.FullTimePerImpactMonth, c.FullTime24/float64(inPlan-ramp)) {
		t.Errorf("per day %.2f, per month of impact %.2f and %.2f", c.FractionalPerDay, c.FractionalPerImpactMonth, c.FullTimePerImpactMonth)
	}
	// The manager costs more up front (the fee) and less a month: the paths
	// cross after the manager starts, never in the months before, when
	// neither has been paid anything.
	if c.BreakEvenMonth <= c.FullTimeStart-1 {
		t.Errorf("break-even in month %d, before the manager starts in %d", c.BreakEvenMonth, c.FullTimeStart)
	}
	for m := c.FullTimeStart; m < c.BreakEvenMonth; m++ {
		if c.FullTime[m-1] <= c.Fractional[m-1] {
			t.Errorf("month %d already breaks even", m)
		}
	}
	if m := c.BreakEvenMonth; m == 0 || c.FullTime[m-1] > c.Fractional[m-1] {
		t.Errorf("break-even month %d is not where the paths cross", m)
	}

	// A successor's search overlaps the engagement; the rest of its ramp is
	// not leadership at full strength.
	a := mustLoad(t, "../examples/growing-team.json")
	a.Company.SalesProcessDocumented = Ptr(false)
	p = plan(t, a)
	c = p.Comparison
	want := c.FractionalMonths + max(0, PlanMonths-(c.FollowOnStart-1)-(ramp-search))
	if c.FollowOnStart == 0 || c.FractionalImpactMonths != want {
		t.Errorf("with a successor from %d: %d months of impact, want %d", c.FollowOnStart, c.FractionalImpactMonths, want)
	}
	if w := float64(c.FractionalMonths)*c.DaysPerWeek*52/12 + float64(PlanMonths-c.FollowOnStart+1)*WorkDaysPerMonth; !near(c.FractionalDays, w) {
		t.Errorf("with a successor: %.2f days, want %.2f", c.FractionalDays, w)
	}
}

// A tie is a break-even: from the month the paths cost the same, the
// manager is no dearer.
func TestComparisonBreakEvenOnATie(t *testing.T) {
	p := plan(t, mustLoad(t, "../examples/acme-fractional.json"))
	// A manager paid 15,000 a month loaded (120,000 × 1.5 / 12) with a fee
	// of two months' cost, against a 15,000 retainer from the same month:
	// equal from the manager's first month.
	p.Assumptions.Manager.Low, p.Assumptions.Manager.Mid, p.Assumptions.Manager.High = 120000, 120000, 120000
	p.Assumptions.BurdenRate.Value, p.Assumptions.RecruitingFeeRate.Value = 0.5, 0.25
	frac := p.Hires[0]
	frac.Pay, frac.Months = 15000, 0
	p.Hires = []Hire{frac}
	c := compare(p, Engagement{})
	if c.FullTimeStart != 3 || c.BreakEvenMonth != 3 {
		t.Errorf("manager from %d, break-even %d; want both 3 (%.2f vs %.2f)", c.FullTimeStart, c.BreakEvenMonth, c.FullTime[2], c.Fractional[2])
	}
}

// Every full-time hire's pay splits into base and variable at its band's
// base share, and a promotion's raise at the manager band's: a rep at the
// mid of 75,000 with 50% base earns 37,500 + 37,500; a manager at 115,000
// with 70% base 80,500 + 34,500; the raise of 115,000 - 75,000 = 40,000
// is 28,000 + 12,000.
func TestPaySplitsAtTheBaseShare(t *testing.T) {
	a := client(team([]Person{founder("Dana", 50, 20, 10)}, sellers(4, 95, 100))...)
	a.Company.RevenueTarget = Ptr(3900000.0)
	a.PromotionCandidate = &PromotionCandidate{Name: "Rep1", SupportsPeers: true, CommunicatesClearly: true, ThinksBeyondOwnTarget: true, WantsToManage: true}
	p := plan(t, a)
	hired := p.Scenario(Scenario{Name: "H", Kind: HireSalesManager}).Plan
	want := map[string][2]float64{"Sales rep 2": {37500, 37500}, "Sales manager (promoted: Rep1)": {28000, 12000}, "Sales manager": {80500, 34500}}
	for _, h := range append(p.Hires, hired.Hires...) {
		w, ok := want[h.Title]
		if !ok {
			continue
		}
		delete(want, h.Title)
		if !near(h.Base, w[0]) || !near(h.Variable, w[1]) {
			t.Errorf("%s: base %.2f and variable %.2f of %.2f, want %.2f and %.2f", h.Title, h.Base, h.Variable, h.Pay, w[0], w[1])
		}
	}
	if len(want) > 0 {
		t.Errorf("not booked: %v", want)
	}
}

// Where most reps miss quota, growth reps wait a quarter (repCadence
// months) for the fixes, whatever leads the team.
func TestGrowthRepsWaitAQuarterWhereMostMiss(t *testing.T) {
	firstGrowthRep := func(p Plan) int {
		for _, h := range p.Hires {
			if h.Why == gapWhy {
				return h.Start
			}
		}
		t.Fatalf("no growth rep: %+v", p.Hires)
		return 0
	}
	for _, kind := range []Kind{HireSalesManager, PromoteInternalManager, FractionalSalesLeader, StructureOK} {
		t.Run(string(kind), func(t *testing.T) {
			var starts []int
			for _, attainment := range [][]float64{{95, 100}, {60, 70, 95}} {
				a := client(team([]Person{founder("Dana", 50, 20, 10)}, sellers(4, attainment...))...)
				a.Company.RevenueTarget = Ptr(3900000.0)
				a.Constraints.AnnualLeadershipBudget = Ptr(400000.0)
				a.PromotionCandidate = &PromotionCandidate{Name: "Rep4", SupportsPeers: true, CommunicatesClearly: true, ThinksBeyondOwnTarget: true, WantsToManage: true}
				p := plan(t, a)
				if most := p.Diagnosis.Has(TeamWideUnderperformance); most != (len(attainment) == 3) {
					t.Fatalf("attainments %v: most reps miss %v", attainment, most)
				}
				starts = append(starts, firstGrowthRep(p.Scenario(Scenario{Name: "S", Kind: kind}).Plan))
			}
			if starts[1]-starts[0] != repCadence {
				t.Errorf("first growth rep from month %d where most hit, %d where most miss; want %d months later", starts[0], starts[1], repCadence)
			}
		})
	}
}

// A promoted manager's backfill is wanted the month after the promotion,
// whenever the option promotes.
func TestBackfillFollowsThePromotion(t *testing.T) {
	a := mustLoad(t, "../examples/promote-from-within.json")
	p := plan(t, a)
	name := a.PromotionCandidate.Name
	for _, month := range []int{1, 6} {
		q := p.Scenario(Scenario{Name: "P", Kind: PromoteInternalManager, ManagerStart: month}).Plan
		var promoted, backfill int
		for _, h := range q.Hires {
			switch {
			case h.Promotion:
				promoted = h.Start
			case h.Backfill:
				backfill = h.Start
			}
		}
		if promoted != month || backfill != month+1 {
			t.Errorf("%s promoted in month %d: promotion from %d, backfill from %d; want %d and %d", name, month, promoted, backfill, month, month+1)
		}
	}
}

// The manager who takes over from a fractional VP, or who is added as the
// team outgrows its leaders, is numbered after the managers in post, a
// manager in name only among them.
func TestNewManagersCountTheManagersInPost(t *testing.T) {
	alex := titled(person("Alex", 70, 5, 5), "Sales Manager")
	a := client(team([]Person{founder("Dana", 30, 20, 10), alex}, sellers(4, 60, 70, 95))...)
	a.Company.RevenueTarget = Ptr(3900000.0)
	p := plan(t, a)
	for _, c := range []struct {
		name string
		p    Plan
		why  string
	}{
		{"takes over when the team is large enough", p.Scenario(Scenario{Name: "F", Kind: FractionalSalesLeader}).Plan, "Takes over from the fractional VP once"},
		{"takes over when the option says", p.Scenario(Scenario{Name: "F", Kind: FractionalSalesLeader, ManagerStart: 13}).Plan, "Takes over from the fractional VP, as this option chooses."},
	} {
		i := slices.IndexFunc(c.p.Hires, func(h Hire) bool { return h.Role == RoleManager })
		if i < 0 {
			t.Errorf("%s: no manager booked: %+v", c.name, c.p.Hires)
			continue
		}
		if h := c.p.Hires[i]; h.Title != "Second sales manager" || !strings.HasPrefix(h.Why, c.why) {
			t.Errorf("%s: %q (%q), want the second sales manager beside Alex", c.name, h.Title, h.Why)
		}
	}
}

// A manager added as the team outgrows its leadership says who leads
// today: the managers in post by name, or the team's leaders.
func TestAddedManagerNamesTheLeaders(t *testing.T) {
	marco := titled(person("Marco", 10, 75, 0), "Sales Manager")
	a := client(team([]Person{founder("Rita", 10, 10, 20), marco}, sellers(4, 95, 100))...)
	a.Company.RevenueTarget = Ptr(5000000.0)
	a.Constraints.AnnualLeadershipBudget = Ptr(400000.0)
	b := client(team([]Person{founder("Dana", 50, 20, 10)}, sellers(4, 60, 70, 95))...)
	b.Company.RevenueTarget = Ptr(6000000.0)
	b.Company.SalesProcessDocumented = Ptr(false)
	b.Constraints.AnnualLeadershipBudget = Ptr(400000.0)
	for _, c := range []struct {
		a       Answers
		leaders string
	}{{a, "more than Marco can coach"}, {b, "more than its leaders can coach"}} {
		p := plan(t, c.a)
		if !slices.ContainsFunc(p.Hires, func(h Hire) bool {
			return strings.HasPrefix(h.Why, "The team grows to") && strings.Contains(h.Why, c.leaders)
		}) {
			t.Errorf("no added manager says %q: %+v", c.leaders, p.Hires)
		}
	}
}

// The fractional VP's reason: designing the process for the team, or
// setting it up with the managers in post (a short engagement), followed
// by how the budget shaped the engagement if it did.
func TestFractionalVPsReason(t *testing.T) {
	const designs = "Designs the process, coaches the reps and owns the forecast for part of the week."
	acme := mustLoad(t, "../examples/acme-fractional.json")
	vp := func(a Answers, s Scenario) Hire {
		t.Helper()
		for _, h := range plan(t, a).Scenario(s).Plan.Hires {
			if h.Role == RoleFractionalVP {
				return h
			}
		}
		t.Fatalf("no fractional VP")
		return Hire{}
	}
	if h := vp(acme, Scenario{Name: "F", Kind: FractionalSalesLeader}); h.Why != designs {
		t.Errorf("a year's engagement the budget pays for: %q, want %q", h.Why, designs)
	}
	if h := vp(acme, Scenario{Name: "F", Kind: FractionalSalesLeader, FractionalMonths: ShortEngagementMonths}); !strings.HasPrefix(h.Why, "Sets up the process with the managers in post") {
		t.Errorf("a short engagement: %q", h.Why)
	}
	small := acme
	small.Constraints.AnnualLeadershipBudget = Ptr(60000.0)
	e := FractionalEngagement(small, DefaultAssumptions(), 0, 0)
	if h := vp(small, Scenario{Name: "F", Kind: FractionalSalesLeader}); e.Note == "" || h.Why != designs+" "+e.Note {
		t.Errorf("an engagement sized to the budget: %q, want the note %q after the reason", h.Why, e.Note)
	}
}

// A lighter engagement keeps the retainer's day rate: one day a week of a
// 10,000 retainer for two days costs 10,000 × 1 / 2 = 5,000.
func TestLighterEngagementKeepsTheDayRate(t *testing.T) {
	as := DefaultAssumptions()
	e := FractionalEngagement(answers(founder("Dana", 50, 20, 10)), as, 0, 1)
	if want := as.FractionalRetainer.Value * 1 / as.FractionalDaysPerWeek.Value; e.DaysPerWeek != 1 || !near(e.Retainer, want) {
		t.Errorf("one day a week: %v days at %.2f, want 1 at %.2f", e.DaysPerWeek, e.Retainer, want)
	}
}

// After the engagement, the VP stays on lightly, at the low end of the
// days a week and the retainer's day rate, where the budget pays for a
// year of it: exactly a year's cost is enough, less is not. With the VP
// at 4 days for 10,000, the low end is 2 days (the range 1-3 around 2
// moves with the value), at 10,000 / 4 × 2 = 5,000 a month, 60,000 a year.
func TestLightTouchWhereTheBudgetPaysAYear(t *testing.T) {
	light := func(a Answers) (Hire, bool) {
		for _, h := range plan(t, a).Hires {
			if h.Role == RoleFractionalVP && strings.Contains(h.Title, "light touch") {
				return h, true
			}
		}
		return Hire{}, false
	}
	a := override(mustLoad(t, "../examples/acme-fractional.json"), func(o *Overrides) { o.FractionalDaysPerWeek = Ptr(4.0) })
	for _, c := range []struct {
		budget float64
		stays  bool
	}{{120000, true}, {60000, true}, {59999, false}} {
		b := a
		b.Constraints.AnnualLeadershipBudget = Ptr(c.budget)
		h, ok := light(b)
		if ok != c.stays {
			t.Errorf("budget %.0f: stays on %v, want %v", c.budget, ok, c.stays)
			continue
		}
		if ok && (h.DaysPerWeek != 2 || !near(h.Pay, 10000.0/4*2)) {
			t.Errorf("budget %.0f: light touch %v days at %.2f, want 2 days at 5,000", c.budget, h.DaysPerWeek, h.Pay)
		}
	}
}

// Lowering the retainer for a budget stays within the sourced range: it
// keeps the day rate down to the low end of the days, never below the
// range's low end, and never below a day's pay at the low end of the days.
func TestEngagementStaysWithinTheRange(t *testing.T) {
	a := answers(founder("Dana", 50, 20, 10))
	for _, c := range []struct {
		name           string
		low            float64 // the retainer range's low end
		budget         float64
		months         int
		retainer, days float64
	}{
		// A range whose low end is the usual retainer: no fewer days, fewer
		// months: 90,000 ÷ 10,000 = 9.
		{"the retainer is already the low end", 10000, 90000, 9, 10000, 2},
		// The low end of the days (1) at the day rate (10,000 ÷ 2 = 5,000)
		// is above a low end of 3,000: 5,000 a month, 40,000 ÷ 5,000 = 8 months.
		{"a day's pay above the range's low end", 3000, 40000, 8, 5000, 1},
	} {
		as := DefaultAssumptions()
		as.FractionalRetainer.Low = c.low
		a.Constraints.AnnualLeadershipBudget = Ptr(c.budget)
		e := FractionalEngagement(a, as, 0, 0)
		if e.Months != c.months || e.Retainer != c.retainer || e.DaysPerWeek != c.days {
			t.Errorf("%s: %d months at %v for %v days, want %d at %v for %v", c.name, e.Months, e.Retainer, e.DaysPerWeek, c.months, c.retainer, c.days)
		}
	}
}

// The expected attainment read from the reps says what it read: their
// average to a tenth of a percent and how many reps, and whether it was
// held at 100%. An average of exactly 100% needs no holding.
func TestTeamAttainmentSaysWhatItRead(t *testing.T) {
	for _, c := range []struct {
		reps   []float64
		source string
		held   bool
	}{
		{[]float64{95, 100, 104}, "99.7% over 3 reps", false}, // 299 ÷ 3 = 99.67
		{[]float64{100, 100}, "100% over 2 reps", false},
		{[]float64{120, 110}, "115% over 2 reps", true},
	} {
		a := answers(founder("Ava", 40, 30, 10))
		for i, q := range c.reps {
			a.People = append(a.People, withQuota(person(string(rune('A'+i)), 90, 0, 0), q))
		}
		f := teamAttainment(a, DefaultThresholds().Roles(a.People), DefaultAssumptions()).ExpectedAttainment
		if !strings.Contains(f.Source, c.source) || strings.Contains(f.Source, "planned at 100%") != c.held {
			t.Errorf("reps %v: source %q, want %q, held at 100%% %v", c.reps, f.Source, c.source, c.held)
		}
	}
}

// Options.Runs of 0 runs the simulation DefaultRuns times; a negative
// number runs none.
func TestRunsZeroMeansTheDefault(t *testing.T) {
	a := mustLoad(t, "../examples/acme-fractional.json")
	for _, c := range []struct{ runs, want int }{{0, DefaultRuns}, {-1, 0}} {
		p, err := AdviseWith(a, Options{Today: testDay, Runs: c.runs})
		if err != nil {
			t.Fatal(err)
		}
		if p.Range.Runs != c.want {
			t.Errorf("Runs %d: the range has %d runs, want %d", c.runs, p.Range.Runs, c.want)
		}
	}
}

// A sales cycle plus onboarding that comes to whole months ramps over
// exactly those months, not one more: 0 days + 2 months is 2; 91.25 days
// (3 × 365/12) + 1 month is 4. A day beyond is the next month: 31 days
// (1.02 months) + 1 month is 3.
func TestCycleRampInWholeMonths(t *testing.T) {
	for _, c := range []struct {
		days, onboarding float64
		want             int
	}{{0, 2, 2}, {3 * DaysPerMonth, 1, 4}, {30, 1, 2}, {31, 1, 3}} {
		if got := CycleRamp(c.days, c.onboarding); got != c.want {
			t.Errorf("CycleRamp(%v days, %v months) = %d, want %d", c.days, c.onboarding, got, c.want)
		}
	}
}

// A rep who books nothing (an unpaid rep band, so no quota) closes no gap:
// the plan needs no reps for it rather than a million.
func TestRepsNeededWhenARepBooksNothing(t *testing.T) {
	as := DefaultAssumptions()
	as.Rep.Low, as.Rep.Mid, as.Rep.High = 0, 0, 0
	if as.RepBookings() != 0 {
		t.Fatalf("a rep books %v", as.RepBookings())
	}
	if n := RepsNeeded(Ptr(500000.0), as); n != 0 {
		t.Errorf("%d reps for a gap no rep books towards", n)
	}
}

// Managers at the span of control, rounded up; no reps or no span need none.
func TestManagersFor(t *testing.T) {
	for _, c := range []struct {
		reps int
		span float64
		want int
	}{{8, 8, 1}, {9, 8, 2}, {0, 8, 0}, {5, 0, 0}} {
		if got := ManagersFor(c.reps, c.span); got != c.want {
			t.Errorf("ManagersFor(%d, %v) = %d, want %d", c.reps, c.span, got, c.want)
		}
	}
}

// A plan that books only reps offers the rep figures to edit, and neither
// the manager's nor the fractional VP's, which change nothing in it.
func TestRepFiguresApplyToAPlanOfReps(t *testing.T) {
	a := client(founder("Ava", 60, 0, 0))
	a.Company.RevenueTarget = Ptr(3900000.0)
	p := plan(t, a)
	if p.Recommendation.InvolvesLeadership() || !slices.ContainsFunc(p.Hires, func(h Hire) bool { return h.Role == RoleRep }) ||
		slices.ContainsFunc(p.Hires, func(h Hire) bool { return h.Role != RoleRep }) {
		t.Fatalf("not a plan of reps alone: %s, %+v", p.Recommendation.Primary, p.Hires)
	}
	for id, applies := range map[string]bool{"rep_ramp_months": true, "bands.sales_rep": true, "manager_search_months": false, "bands.sales_manager": false, "fractional_retainer": false} {
		if got := p.AssumptionApplies(id); got != applies {
			t.Errorf("%s applies %v, want %v", id, got, applies)
		}
	}
}

// A hire not yet costed has no months, and totals nothing in either year.
func TestHireWithoutMonthsTotalsNothing(t *testing.T) {
	h := Hire{Role: RoleRep, Start: 3}
	if h.YearTotal(1) != 0 || h.YearTotal(2) != 0 {
		t.Errorf("years %v and %v", h.YearTotal(1), h.YearTotal(2))
	}
}

// A plan shows the role cards of the roles it hires, and only those, in
// the order rep, manager, fractional VP.
func TestRoleCardsForTheRolesHired(t *testing.T) {
	roles := func(cs []RoleCard) []Role {
		var out []Role
		for _, c := range cs {
			out = append(out, c.Role)
		}
		return out
	}
	for _, c := range []struct {
		hires []Role
		want  []Role
	}{
		{[]Role{RoleRep}, []Role{RoleRep}},
		{[]Role{RoleFractionalVP, RoleRep, RoleRep}, []Role{RoleRep, RoleFractionalVP}},
		{[]Role{RoleManager, RoleFractionalVP, RoleRep}, []Role{RoleRep, RoleManager, RoleFractionalVP}},
		{nil, nil},
	} {
		var hires []Hire
		for _, r := range c.hires {
			hires = append(hires, Hire{Role: r})
		}
		if got := roles(RoleCardsFor(hires)); !slices.Equal(got, c.want) {
			t.Errorf("hires %v: cards %v, want %v", c.hires, got, c.want)
		}
	}
}

// Managers are numbered in the order they start, after the managers in
// post: a "Second sales manager" never starts before the "Sales manager".
func TestManagersNumberedInTheOrderTheyStart(t *testing.T) {
	b := client(team([]Person{founder("Dana", 50, 20, 10)}, sellers(4, 60, 70, 95))...)
	b.Company.RevenueTarget = Ptr(6000000.0)
	b.Company.SalesProcessDocumented = Ptr(false)
	b.Constraints.AnnualLeadershipBudget = Ptr(400000.0)
	marco := titled(person("Marco", 10, 75, 0), "Sales Manager")
	a := client(team([]Person{founder("Rita", 10, 10, 20), marco}, sellers(4, 95, 100))...)
	a.Company.RevenueTarget = Ptr(5000000.0)
	a.Constraints.AnnualLeadershipBudget = Ptr(400000.0)
	for _, c := range []struct {
		a     Answers
		first string
	}{{b, "Sales manager"}, {a, "Second sales manager"}} {
		p := plan(t, c.a)
		var hired []Hire
		for _, h := range p.Hires {
			if h.Role == RoleManager && !h.Promotion {
				hired = append(hired, h)
			}
		}
		slices.SortStableFunc(hired, func(x, y Hire) int { return x.Start - y.Start })
		if len(hired) == 0 || hired[0].Title != c.first {
			t.Fatalf("managers %+v, want the first to start as %q", hired, c.first)
		}
		for i := 1; i < len(hired); i++ {
			if hired[i].Title == hired[0].Title {
				t.Errorf("two managers called %q", hired[i].Title)
			}
		}
	}
}
