package advisor

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func mustLoad(t testing.TB, path string) Answers {
	t.Helper()
	a, err := LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestExamplesReachEveryKindAndFinding proves that the shipped examples
// cover every recommendation kind and every finding id.
func TestExamplesReachEveryKindAndFinding(t *testing.T) {
	kinds := map[Kind]string{}
	findings := map[FindingID]string{}
	for _, path := range exampleFiles(t) {
		p, err := Advise(mustLoad(t, path))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		kinds[p.Recommendation.Primary] = filepath.Base(path)
		for _, f := range p.Diagnosis.Findings {
			findings[f.ID] = filepath.Base(path)
		}
	}
	for _, k := range Kinds() {
		if kinds[k] == "" {
			t.Errorf("no example answers file is recommended %s", k)
		}
	}
	for _, id := range FindingIDs() {
		if findings[id] == "" {
			t.Errorf("no example answers file has finding %s", id)
		}
	}
}

// TestExamplesRecommend pins each example to its recommendation; the file
// names say what each is for.
func TestExamplesRecommend(t *testing.T) {
	want := map[string]Kind{
		"acme-fractional.json":     FractionalSalesLeader,
		"solo-founder.json":        KeepFounderSelling,
		"proven-founder.json":      HireFirstRep,
		"growing-team.json":        HireSalesManager,
		"promote-from-within.json": PromoteInternalManager,
		"healthy-team.json":        StructureOK,
		// Managers in post who cover the reps get the targeted fix; a
		// manager in name only with no written process, a short engagement.
		"manager-in-post.json":      StructureOK,
		"manager-in-name-only.json": FractionalSalesLeader,
		"player-coach.json":         StructureOK,
		"nothing-known.json":        StructureOK,
		"target-below-revenue.json": StructureOK,
		"other-currency.json":       HireSalesManager,
	}
	for name, kind := range want {
		p, err := Advise(mustLoad(t, "../examples/"+name))
		if err != nil {
			t.Fatal(err)
		}
		r := p.Recommendation
		if r.Primary != kind {
			t.Errorf("%s: primary %s, want %s; why %q", name, r.Primary, kind, r.Why)
		}
		if len(r.Reasons) == 0 || len(r.Why) != len(r.Reasons) {
			t.Errorf("%s: %d reasons, %d whys", name, len(r.Reasons), len(r.Why))
		}
		for _, reason := range r.Reasons {
			if len(reason.Refs) == 0 {
				t.Errorf("%s: reason %q points at nothing", name, reason.Text)
			}
		}
		if len(r.AlternativeReasons) != len(r.Alternatives) {
			t.Errorf("%s: %d alternatives, %d reasons for them", name, len(r.Alternatives), len(r.AlternativeReasons))
		}
		for i, ar := range r.AlternativeReasons {
			if ar.Kind != r.Alternatives[i] || ar.Text == "" {
				t.Errorf("%s: alternative reason %d = %+v for %s", name, i, ar, r.Alternatives[i])
			}
		}
		if slices.Contains(r.Alternatives, r.Primary) {
			t.Errorf("%s: the primary is listed among the alternatives", name)
		}
	}
}

// TestQuotaAloneNeverQualifies: a record-breaking seller without the
// readiness signals is never the promotion; with them, they are.
func TestQuotaAloneNeverQualifies(t *testing.T) {
	a := mustLoad(t, "../examples/promote-from-within.json")
	for i := range a.People {
		if a.People[i].Name == "Priya" {
			a.People[i].QuotaAttainment = Ptr(200.0)
		}
	}
	signals := []func(c *PromotionCandidate){
		func(c *PromotionCandidate) { c.SupportsPeers = false },
		func(c *PromotionCandidate) { c.CommunicatesClearly = false },
		func(c *PromotionCandidate) { c.ThinksBeyondOwnTarget = false },
		func(c *PromotionCandidate) { c.WantsToManage = false },
	}
	for i, drop := range signals {
		b := a
		c := *a.PromotionCandidate
		drop(&c)
		b.PromotionCandidate = &c
		p, err := Advise(b)
		if err != nil {
			t.Fatal(err)
		}
		if p.Recommendation.Primary == PromoteInternalManager {
			t.Errorf("signal %d missing: still recommends promoting a 200%% seller", i)
		}
		if !p.Diagnosis.Has(PromotionRisk) {
			t.Errorf("signal %d missing: no promotion_risk finding", i)
		}
	}
	// Readiness does not depend on quota: a candidate at 70% with every
	// signal is ready.
	b := a
	b.People = slices.Clone(a.People)
	for i := range b.People {
		if b.People[i].Name == "Priya" {
			b.People[i].QuotaAttainment = Ptr(70.0)
		}
	}
	if r := CheckReadiness(b); r == nil || !r.Ready {
		t.Errorf("candidate with every signal at 70%% quota: %+v", r)
	}
}

func TestBudgetSteersToFractional(t *testing.T) {
	a := mustLoad(t, "../examples/growing-team.json")
	a.Constraints.AnnualLeadershipBudget = Ptr(80000.0)
	p, err := Advise(a)
	if err != nil {
		t.Fatal(err)
	}
	if p.Recommendation.Primary != FractionalSalesLeader {
		t.Fatalf("budget below a manager's loaded cost: primary %s, want fractional", p.Recommendation.Primary)
	}
	if !slices.ContainsFunc(p.Recommendation.Why, func(s string) bool { return strings.Contains(s, "budget ($80,000 a year)") }) {
		t.Errorf("why does not mention the budget: %q", p.Recommendation.Why)
	}
	a.Constraints.AnnualLeadershipBudget = nil
	a.Constraints.CanHireFullTime = Ptr(false)
	if p, _ := Advise(a); p.Recommendation.Primary != FractionalSalesLeader {
		t.Errorf("no full-time hire possible: primary %s", p.Recommendation.Primary)
	}
}

func TestUndocumentedProcessSteersToFractional(t *testing.T) {
	a := mustLoad(t, "../examples/growing-team.json")
	a.Company.SalesProcessDocumented = Ptr(false)
	p, _ := Advise(a)
	if p.Recommendation.Primary != FractionalSalesLeader {
		t.Errorf("process not designed: primary %s, want fractional (salesmaster.ca)", p.Recommendation.Primary)
	}
}
