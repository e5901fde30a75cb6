package advisor

import (
	"math"
	"slices"
	"strings"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 0.005 }

func TestPlanCostsByHand(t *testing.T) {
	p, err := Advise(mustLoad(t, "../examples/acme-fractional.json"))
	if err != nil {
		t.Fatal(err)
	}
	// Defaults: retainer 10,000 a month for 12 months; reps at the mid band
	// 75,000 OTE with 35% burden = 8,437.50 a month, starting months 3, 6, 9,
	// 12. The leadership budget (120,000) is below a manager's loaded cost
	// (155,250), so no full-time manager follows the fractional VP.
	rep := 75000 * 1.35 / 12
	wantY1 := 12*10000.0 + rep*(10+7+4+1)
	wantY2 := 4 * 12 * rep
	if !near(p.Year1, wantY1) || !near(p.Year2, wantY2) {
		t.Errorf("year 1 %.2f, year 2 %.2f; want %.2f, %.2f", p.Year1, p.Year2, wantY1, wantY2)
	}
	if got := p.Cumulative[PlanMonths-1]; !near(got, wantY1+wantY2) {
		t.Errorf("cumulative at month 24 = %.2f, want %.2f", got, wantY1+wantY2)
	}
	var quarters float64
	for _, q := range p.Quarterly {
		quarters += q
	}
	if !near(quarters, p.Year1+p.Year2) {
		t.Errorf("quarters sum to %.2f, years to %.2f", quarters, p.Year1+p.Year2)
	}
	if p.HeadcountNow != 2 || p.Headcount12 != 6 {
		t.Errorf("headcount %d now, %d in 12 months; want 2 and 6", p.HeadcountNow, p.Headcount12)
	}
	if p.RevenueGap == nil || *p.RevenueGap != 1200000 {
		t.Errorf("revenue gap %v, want 1,200,000", p.RevenueGap)
	}
}

func TestPlanFollowsOverrides(t *testing.T) {
	a := mustLoad(t, "../examples/acme-fractional.json")
	base, _ := Advise(a)
	a.Assumptions = &Overrides{BurdenRate: Ptr(20.0), Bands: map[Role]BandOverride{RoleRep: {Mid: Ptr(80000.0)}}}
	p, err := Advise(a)
	if err != nil {
		t.Fatal(err)
	}
	if !p.Assumptions.BurdenRate.Edited || !p.Assumptions.Rep.Edited {
		t.Error("overridden assumptions are not marked as edited")
	}
	rep := p.Hires[1]
	if rep.Role != RoleRep || rep.Pay != 80000 || !near(rep.MonthlyCost(), 80000*1.2/12) {
		t.Errorf("rep hire %+v does not follow the overrides", rep)
	}
	if p.Year1 >= base.Year1 {
		t.Errorf("a lower burden did not lower year 1: %.2f vs %.2f", p.Year1, base.Year1)
	}
}

func TestPromotionCostsOnlyTheRaise(t *testing.T) {
	p, err := Advise(mustLoad(t, "../examples/promote-from-within.json"))
	if err != nil {
		t.Fatal(err)
	}
	h := p.Hires[0]
	if !h.Promotion || h.Role != RoleManager || h.Pay != 115000-75000 {
		t.Fatalf("first hire %+v, want the promotion at the raise of 40,000", h)
	}
	if h.FullTime() {
		t.Error("a promotion adds to headcount")
	}
	if b := p.Hires[1]; b.Role != RoleRep || b.Start != 2 || !b.Backfill || b.AddsCapacity() {
		t.Errorf("no backfill rep in month 2, or it counts as new capacity: %+v", b)
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

func TestComparisonBreakEven(t *testing.T) {
	as := DefaultAssumptions()
	c := compare(as)
	if c.BreakEvenMonth != 0 || c.Saving12 <= 0 {
		t.Errorf("at the defaults the fractional path should stay cheaper: %+v", c)
	}
	// A 15,000 retainer against 12,937.50 a month plus 23,000 recruiting:
	// full-time catches up when 23,000 + 12,937.5 m <= 15,000 m, m >= 11.15.
	as.FractionalRetainer.Value = 15000
	if c := compare(as); c.BreakEvenMonth != 12 {
		t.Errorf("break-even month %d, want 12", c.BreakEvenMonth)
	}
	// Per month of impact: the full-time manager leads for 24 - 6 months.
	want := (23000 + 24*115000*1.35/12) / 18
	if c := compare(as); c.FullTimeImpactMonths != 18 || !near(c.FullTimePerImpactMonth, want) || !near(c.FractionalPerImpactMonth, 15000) {
		t.Errorf("impact: %d months at %.2f, fractional %.2f; want 18 at %.2f, 15000", c.FullTimeImpactMonths, c.FullTimePerImpactMonth, c.FractionalPerImpactMonth, want)
	}
}

func TestEveryKindPlans(t *testing.T) {
	for _, path := range exampleFiles(t) {
		p, err := Advise(mustLoad(t, path))
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range p.Hires {
			if h.Start < 1 || h.Start > PlanMonths || len(h.Monthly) != PlanMonths {
				t.Errorf("%s: hire %s starts in month %d", path, h.Title, h.Start)
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
	for _, f := range as.Figures() {
		if f.Value <= 0 || f.Source == "" || f.Year == "" || f.Label == "" {
			t.Errorf("figure %+v lacks a value, label, source or year", f)
		}
	}
	for _, b := range as.Bands() {
		if !(b.Low <= b.Mid && b.Mid <= b.High) || b.Source == "" || b.Year == "" || b.BaseShare <= 0 || b.BaseShare > 1 {
			t.Errorf("band %+v is inconsistent or unsourced", b)
		}
	}
	if as.Rep.Mid != 75000 || as.Manager.Mid != 115000 || as.BurdenRate.Value != 0.35 {
		t.Errorf("defaults drifted from reference-data.md: rep %v, manager %v, burden %v", as.Rep.Mid, as.Manager.Mid, as.BurdenRate.Value)
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
		{"no limits", nil, nil, 12, true, ""},
		{"budget for six months", Ptr(60000.0), nil, 6, false, "No full-time manager follows"},
		{"no budget books the minimum", Ptr(0.0), nil, MinFractionalMonths, false, "usual minimum of 3 months"},
		{"no full-time hire", nil, Ptr(false), 12, false, "No full-time manager follows"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := a
			b.Constraints = Constraints{AnnualLeadershipBudget: c.budget, CanHireFullTime: c.fullTime}
			p, err := Advise(b)
			if err != nil {
				t.Fatal(err)
			}
			if p.Recommendation.Primary != FractionalSalesLeader {
				t.Fatalf("primary %s", p.Recommendation.Primary)
			}
			var months int
			manager := false
			for _, h := range p.Hires {
				if h.Role == RoleFractionalVP {
					months = h.Months
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
	p, _ := Advise(mustLoad(t, "../examples/proven-founder.json")) // EUR
	if len(p.Warnings) == 0 || !strings.Contains(p.Warnings[0], "in EUR without conversion") {
		t.Errorf("warnings %q", p.Warnings)
	}
	p, _ = Advise(mustLoad(t, "../examples/acme-fractional.json")) // USD
	for _, w := range p.Warnings {
		if strings.Contains(w, "without conversion") {
			t.Errorf("a USD plan warns about currency: %q", w)
		}
	}
}

func TestSpanAssumptionSetsTheCoachingRule(t *testing.T) {
	a := mustLoad(t, "../examples/healthy-team.json")
	p, _ := Advise(a)
	if p.Diagnosis.Has(NoCoachingCapacity) {
		t.Fatal("healthy team lacks coaching capacity at the default span")
	}
	a.Assumptions = &Overrides{Span: Ptr(2.0)}
	p, _ = Advise(a)
	if !p.Diagnosis.Has(NoCoachingCapacity) || p.Diagnosis.Thresholds.Span != 2 {
		t.Errorf("a span of 2 should leave 4 reps short of coaching: %+v", p.Diagnosis.Findings)
	}
}

func TestPlanLargerThanTheBusinessIsFlagged(t *testing.T) {
	a := mustLoad(t, "../examples/acme-fractional.json")
	a.Company.AnnualRevenue = Ptr(90000.0)
	p, _ := Advise(a)
	found := false
	for _, w := range p.Warnings {
		found = found || strings.Contains(w, "of this year's revenue ($90,000)")
	}
	if !found {
		t.Errorf("a plan costing %.0f against 90,000 of revenue is not flagged: %q", p.Year1, p.Warnings)
	}
}

func TestPlanExplainsItsGrowth(t *testing.T) {
	p, _ := Advise(mustLoad(t, "../examples/healthy-team.json"))
	if !slices.ContainsFunc(p.Recommendation.Why, func(s string) bool { return strings.HasPrefix(s, "Growth, not structure") }) || len(p.Hires) == 0 {
		t.Errorf("a healthy team's plan adds %d reps without saying why: %q", len(p.Hires), p.Recommendation.Why)
	}
	p, _ = Advise(mustLoad(t, "../examples/growing-team.json"))
	if !slices.ContainsFunc(p.Warnings, func(s string) bool { return strings.Contains(s, "of the revenue gap ($2,000,000)") }) {
		t.Errorf("new reps covering %.0f of a 2,000,000 gap are not flagged: %q", p.Capacity2, p.Warnings)
	}
	p, _ = Advise(mustLoad(t, "../examples/proven-founder.json"))
	if len(p.Hires) < 2 || p.Hires[0].Why == p.Hires[1].Why {
		t.Errorf("first and later reps share one reason: %+v", p.Hires)
	}
}
