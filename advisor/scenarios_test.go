package advisor

import (
	"slices"
	"strings"
	"testing"
)

// Options by hand, on Acme with turnover off and reps at full quota (4
// growth reps). Each option's leadership is arithmetic: the retainer,
// 10,000 a month; a manager 115,000 × 1.35 ÷ 12 a month after a 2-month
// search, with a 23,000 fee; and each rep 8,437.50 a month from its start,
// with a 15,000 fee, over the months the option books them.
func TestScenariosByHand(t *testing.T) {
	a := override(mustLoad(t, "../examples/acme-fractional.json"), func(o *Overrides) {
		o.RepTurnover, o.ExpectedAttainment = Ptr(0.0), Ptr(100.0)
	})
	p := plan(t, a)
	m := 115000 * 1.35 / 12
	cases := []struct {
		name       string
		s          Scenario
		leadership float64 // the 24 months' leadership cost
		hires      string
		repStarts  []int
	}{
		{"a fractional VP for 9 months, then a manager from month 10", Scenario{Name: "A", Kind: FractionalSalesLeader, FractionalMonths: 9, ManagerStart: 10},
			9*10000 + 23000 + 15*m, "Fractional VP of Sales 1-9; Sales manager 10-24", []int{3, 6, 9, 12}},
		{"a manager now", Scenario{Name: "B", Kind: HireSalesManager},
			23000 + 22*m, "Sales manager 3-24", []int{6, 9, 12, 15}},
		{"a manager now on a lower band", Scenario{Name: "C", Kind: HireSalesManager, Assumptions: &Overrides{Bands: map[Role]BandOverride{RoleManager: {Mid: Ptr(100000.0)}}}},
			20000 + 22*100000*1.35/12, "Sales manager 3-24", []int{6, 9, 12, 15}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := p.Scenario(c.s)
			var got []string
			var starts []int
			var lead, reps float64
			for _, h := range r.Plan.Hires {
				if h.Role == RoleRep {
					starts = append(starts, h.Start)
					reps += h.Total
					continue
				}
				got = append(got, h.Title+" "+itoa(h.Start)+"-"+itoa(h.End()))
				lead += h.Total
			}
			if strings.Join(got, "; ") != c.hires || !slices.Equal(starts, c.repStarts) {
				t.Errorf("leadership %q, reps from %v; want %q, %v", strings.Join(got, "; "), starts, c.hires, c.repStarts)
			}
			var wantReps float64
			for _, s := range c.repStarts {
				wantReps += 15000 + float64(PlanMonths-s+1)*75000*1.35/12
			}
			if !near(lead, c.leadership) || !near(reps, wantReps) || !near(r.Year1+r.Year2, c.leadership+wantReps) {
				t.Errorf("leadership %.2f, reps %.2f, total %.2f; want %.2f and %.2f", lead, reps, r.Year1+r.Year2, c.leadership, wantReps)
			}
			if !near(r.Delta.Year1+r.Delta.Year2, r.Year1+r.Year2-p.Year1-p.Year2) || !near(r.Delta.Year1, r.Year1-p.Year1) {
				t.Errorf("delta %+v against %.2f/%.2f", r.Delta, p.Year1, p.Year2)
			}
			var q float64
			for _, x := range r.Quarterly {
				q += x
			}
			if len(r.Quarterly) != 8 || !near(q, r.Year1+r.Year2) {
				t.Errorf("quarters sum to %.2f, years to %.2f", q, r.Year1+r.Year2)
			}
		})
	}
}

func itoa(n int) string { return fmtNum(float64(n)) }

// Each option carries the risks that are its own.
func TestScenarioRisks(t *testing.T) {
	p := plan(t, mustLoad(t, "../examples/acme-fractional.json"))
	manager := p.Scenario(Scenario{Name: "M", Kind: HireSalesManager})
	if !containsText(manager.Risks, "below a full-time manager's loaded cost") || !containsText(manager.Risks, "leads at full strength only from") {
		t.Errorf("a manager over budget: risks %q", manager.Risks)
	}
	promote := p.Scenario(Scenario{Name: "P", Kind: PromoteInternalManager})
	if !containsText(promote.Risks, "Sam shows 3 of 4 readiness signals") || !containsText(promote.Risks, "Nearly 60% of new managers") {
		t.Errorf("promoting a candidate who is not ready: risks %q", promote.Risks)
	}
	keep := p.Scenario(Scenario{Name: "K", Kind: StructureOK})
	if !containsText(keep.Risks, "Leaves a serious finding in place") || len(keep.Plan.Hires) == 0 {
		t.Errorf("keeping the structure with three hats: risks %q, hires %d", keep.Risks, len(keep.Plan.Hires))
	}
}

func containsText(xs []string, part string) bool {
	for _, x := range xs {
		if strings.Contains(x, part) {
			return true
		}
	}
	return false
}

// The session keeps its options and the decision; the decided one is
// marked, and bad options are refused with the field named.
func TestScenariosInTheSession(t *testing.T) {
	a := mustLoad(t, "../examples/acme-fractional.json")
	p := plan(t, a)
	a.Scenarios = SuggestScenarios(p)
	if len(a.Scenarios) == 0 || len(a.Scenarios) > MaxScenarios || a.Scenarios[0].Kind != p.Recommendation.Primary {
		t.Fatalf("suggested %+v", a.Scenarios)
	}
	a.Decision = &Decision{Scenario: a.Scenarios[0].Name, Date: "2027-01-15", Note: "Board agreed"}
	data, _ := a.MarshalFile()
	b, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	rs := plan(t, b).Scenarios()
	if len(rs) != len(a.Scenarios) || !rs[0].Decided || len(rs) > 1 && rs[1].Decided {
		t.Errorf("decided flags %+v", rs)
	}
	bad := a
	bad.Scenarios = append(append([]Scenario{}, a.Scenarios...), Scenario{Name: a.Scenarios[0].Name, Kind: "hire_vp"},
		Scenario{Name: "X", Kind: HireSalesManager, ManagerStart: 30})
	bad.Decision = &Decision{Scenario: "Nope", Date: "soon"}
	err = bad.Validate()
	for _, want := range []string{"scenarios: at most 3", "appears twice", `"hire_vp" is not a recommendation kind`, "manager_start: 30 is out of range",
		`decision.scenario: "Nope" is not one of the options`, `decision.date: "soon" is not a date`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v lacks %q", err, want)
		}
	}
	noCandidate := mustLoad(t, "../examples/growing-team.json")
	noCandidate.Scenarios = []Scenario{{Name: "P", Kind: PromoteInternalManager}}
	if err := noCandidate.Validate(); err == nil || !strings.Contains(err.Error(), "needs a promotion candidate") {
		t.Errorf("promotion without a candidate: %v", err)
	}
}

// The owner chose the option, so it is planned even where the advice holds
// back for want of answers: a low-confidence recommendation books nothing,
// its options do.
func TestScenarioPlannedDespiteLowConfidence(t *testing.T) {
	a := answers(founder("Jo", 45, 20, 10), person("Kim", 90, 0, 0), person("Lars", 85, 0, 0))
	p := plan(t, a)
	if p.Recommendation.Confidence != ConfidenceLow || len(p.Hires) != 0 {
		t.Fatalf("confidence %s, %d hires: the case is no longer held back", p.Recommendation.Confidence, len(p.Hires))
	}
	q := p.Scenario(Scenario{Name: "M", Kind: HireSalesManager}).Plan
	if !slices.ContainsFunc(q.Hires, func(h Hire) bool { return h.Role == RoleManager }) {
		t.Errorf("the chosen option books no manager: %+v", q.Hires)
	}
}

// An option's share of the gap is its year-2 bookings over the gap, where
// there is a gap to close, and nothing where there is none.
func TestScenarioGapShare(t *testing.T) {
	acme := plan(t, mustLoad(t, "../examples/acme-fractional.json"))
	r := acme.Scenario(Scenario{Name: "S", Kind: StructureOK})
	if r.GapShare == nil || *acme.RevenueGap <= 0 || !near(*r.GapShare, r.Capacity2 / *acme.RevenueGap) {
		t.Errorf("gap %v: share %v, want %v ÷ %v", *acme.RevenueGap, r.GapShare, r.Capacity2, *acme.RevenueGap)
	}
	below := mustLoad(t, "../examples/target-below-revenue.json")
	level := below
	level.Company.RevenueTarget = level.Company.AnnualRevenue
	for _, a := range []Answers{below, level} {
		if r := plan(t, a).Scenario(Scenario{Name: "S", Kind: StructureOK}); r.GapShare != nil {
			t.Errorf("target %v against revenue %v: no gap to close, yet a share of %v", *a.Company.RevenueTarget, *a.Company.AnnualRevenue, *r.GapShare)
		}
	}
}

// An option's delta is the option minus the recommended plan, each figure
// and the chance of closing the gap.
func TestScenarioDeltaIsOptionMinusPlan(t *testing.T) {
	p := plan(t, mustLoad(t, "../examples/acme-fractional.json"))
	r := p.Scenario(Scenario{Name: "M", Kind: HireSalesManager})
	q, d := r.Plan, r.Delta
	if !near(d.Year1, q.Year1-p.Year1) || !near(d.Year2, q.Year2-p.Year2) || !near(d.Capacity2, q.Capacity2-p.Capacity2) || d.Capacity2 == 0 {
		t.Errorf("delta %+v; option %.2f, %.2f, %.2f; plan %.2f, %.2f, %.2f", d, q.Year1, q.Year2, q.Capacity2, p.Year1, p.Year2, p.Capacity2)
	}
	a, b := q.Range.GapClosedProbability, p.Range.GapClosedProbability
	if a == nil || b == nil || d.GapClosedProbability == nil || !near(*d.GapClosedProbability, *a-*b) {
		t.Errorf("chance of closing the gap: option %v, plan %v, delta %v", a, b, d.GapClosedProbability)
	}
}

// An option's title says when: months as the plan labels them (the plan
// starts in January 2027). A fractional option gives its engagement's
// dates, not those of the light-touch stay that follows it.
func TestScenarioTitlesSayWhen(t *testing.T) {
	p := plan(t, mustLoad(t, "../examples/promote-from-within.json"))
	for _, c := range []struct {
		s    Scenario
		want string
	}{
		{Scenario{Name: "F", Kind: FractionalSalesLeader, FractionalMonths: 9, ManagerStart: 10}, "Fractional VP of Sales, Jan 2027 to Sep 2027, then a manager from Oct 2027"},
		{Scenario{Name: "P", Kind: PromoteInternalManager, ManagerStart: 6}, "Promote Priya from Jun 2027"},
		{Scenario{Name: "H", Kind: HireSalesManager, ManagerStart: 4}, "Hire a sales manager, paid from Apr 2027"},
		{Scenario{Name: "L", Kind: FractionalSalesLeader}, "Fractional VP of Sales, Jan 2027 to Dec 2027"},
	} {
		r := p.Scenario(c.s)
		if r.Title != c.want {
			t.Errorf("%+v: %q, want %q", c.s, r.Title, c.want)
		}
		if c.s.Name == "L" && !slices.ContainsFunc(r.Plan.Hires, func(h Hire) bool { return strings.Contains(h.Title, "light touch") && h.Start == 13 }) {
			t.Errorf("the engagement is no longer followed by a light-touch stay: %+v", r.Plan.Hires)
		}
	}
}

// An option's risks, each where it applies. Acme's plan starts in January
// 2027; a manager's ramp of 6 months counts from the decision, so one
// paid from month m after a 2-month search leads at full strength from
// month m + 6 - 2: month 7 (Jul 2027) when hired as usual in month 3,
// month 24 (Dec 2028, the plan's last) when wanted from month 20, and past
// the plan, no risk to state, from month 21.
func TestScenarioRisksWhereTheyApply(t *testing.T) {
	a := mustLoad(t, "../examples/acme-fractional.json")
	p := plan(t, a)
	aff := p.Recommendation.Affordability
	if aff.Status != AffordNo {
		t.Fatalf("affordability %s: the case no longer has a budget below a manager", aff.Status)
	}
	full := func(label string) string {
		return "The full-time manager leads at full strength only from " + label + ", after search and ramp."
	}
	for _, c := range []struct {
		s       Scenario
		present []string // risks, each as it reads
		absent  []string // risks that are not there, each as it would read
		noPart  []string // parts of a risk that no risk has
	}{
		{Scenario{Name: "H", Kind: HireSalesManager}, []string{full("Jul 2027"), aff.Text}, nil, nil},
		{Scenario{Name: "H20", Kind: HireSalesManager, ManagerStart: 20}, []string{full("Dec 2028")}, nil, nil},
		{Scenario{Name: "H21", Kind: HireSalesManager, ManagerStart: 21}, nil, nil, []string{"at full strength"}},
		// The option chose a manager the budget does not cover; without
		// one, the budget is only part of the note on the team's end.
		{Scenario{Name: "F13", Kind: FractionalSalesLeader, ManagerStart: 13}, []string{aff.Text}, nil, nil},
		{Scenario{Name: "F", Kind: FractionalSalesLeader}, nil, []string{aff.Text}, []string{"at full strength"}},
		// A promoted manager has no search; the option leaves only the high
		// leadership finding in place, not the medium ones.
		{Scenario{Name: "P", Kind: PromoteInternalManager}, nil, nil, []string{"at full strength"}},
		{Scenario{Name: "S", Kind: StructureOK}, []string{"Leaves a serious finding in place: one person sells, manages and forecasts."}, nil,
			[]string{"in place: the forecast is inaccurate", "in place: the sales process"}},
	} {
		risks := p.Scenario(c.s).Risks
		for _, w := range c.present {
			if !slices.Contains(risks, w) {
				t.Errorf("%s: risks %q lack %q", c.s.Name, risks, w)
			}
		}
		for _, w := range c.absent {
			if slices.Contains(risks, w) {
				t.Errorf("%s: risks %q include %q", c.s.Name, risks, w)
			}
		}
		for _, w := range c.noPart {
			if containsText(risks, w) {
				t.Errorf("%s: risks %q include %q", c.s.Name, risks, w)
			}
		}
	}
}

// The options suggested: at low confidence what the evidence points to
// first, then the advice; a promotion only with a candidate named.
func TestSuggestedScenarios(t *testing.T) {
	kinds := func(ss []Scenario) []Kind {
		var out []Kind
		for _, s := range ss {
			out = append(out, s.Kind)
		}
		return out
	}
	low := answers(founder("Jo", 45, 20, 10), person("Kim", 90, 0, 0), person("Lars", 85, 0, 0))
	low.Metrics.ForecastAccuracy = Ptr(50.0)
	p := plan(t, low)
	r := p.Recommendation
	if got := kinds(SuggestScenarios(p)); r.Provisional == "" || len(got) < 2 || got[0] != r.Provisional || got[1] != r.Primary {
		t.Errorf("low confidence, provisional %s, primary %s: suggested %v", r.Provisional, r.Primary, got)
	}

	noCandidate := client(team([]Person{titled(person("Mgr1", 5, 90, 5), "Sales Manager")}, sellers(12, 60, 75, 95))...)
	noCandidate.Constraints.AnnualLeadershipBudget = Ptr(50000.0)
	p = plan(t, noCandidate)
	if got := kinds(SuggestScenarios(p)); !slices.Contains(p.Recommendation.Alternatives, PromoteInternalManager) ||
		slices.Contains(got, PromoteInternalManager) || !slices.Contains(got, HireSalesManager) {
		t.Errorf("no candidate, alternatives %v: suggested %v", p.Recommendation.Alternatives, got)
	}

	ready := client(team([]Person{founder("Dana", 50, 20, 10)}, sellers(4, 60, 70, 95))...)
	ready.PromotionCandidate = &PromotionCandidate{Name: "Rep3", SupportsPeers: true, CommunicatesClearly: true, ThinksBeyondOwnTarget: true, WantsToManage: true}
	ready.Constraints.AnnualLeadershipBudget = Ptr(50000.0)
	p = plan(t, ready)
	if got := kinds(SuggestScenarios(p)); !slices.Contains(got, PromoteInternalManager) {
		t.Errorf("a ready candidate, alternatives %v: suggested %v", p.Recommendation.Alternatives, got)
	}
}

// Suggested options are named A, B and C in order, and a fractional one
// carries the engagement the advice asked for (a short one for managers
// in post); other kinds none.
func TestSuggestedScenariosNamesAndEngagement(t *testing.T) {
	marco := titled(person("Marco", 10, 75, 0), "Sales Manager")
	a := client(team([]Person{founder("Rita", 10, 10, 20), marco}, sellers(4, 95, 70))...)
	a.Metrics.ForecastAccuracy = Ptr(65.0)
	a.Company.SalesProcessDocumented = Ptr(false)
	p := plan(t, a)
	ss := SuggestScenarios(p)
	if p.Recommendation.FractionalMonths != ShortEngagementMonths || len(ss) < 2 {
		t.Fatalf("engagement of %d months, %d options: the case no longer asks a short engagement", p.Recommendation.FractionalMonths, len(ss))
	}
	for i, s := range ss {
		if want := "Option " + string(rune('A'+i)); s.Name != want {
			t.Errorf("option %d named %q, want %q", i, s.Name, want)
		}
		want := 0
		if s.Kind == FractionalSalesLeader {
			want = ShortEngagementMonths
		}
		if s.FractionalMonths != want {
			t.Errorf("%s (%s): %d months, want %d", s.Name, s.Kind, s.FractionalMonths, want)
		}
	}
}

// An option's manager may be wanted from any month of the plan, the last
// included.
func TestScenarioManagerStartWithinThePlan(t *testing.T) {
	a := mustLoad(t, "../examples/acme-fractional.json")
	for _, c := range []struct {
		start int
		ok    bool
	}{{PlanMonths, true}, {PlanMonths + 1, false}} {
		a.Scenarios = []Scenario{{Name: "M", Kind: HireSalesManager, ManagerStart: c.start}}
		if err := a.Validate(); (err == nil) != c.ok {
			t.Errorf("manager_start %d: %v, want accepted %v", c.start, err, c.ok)
		}
	}
}
