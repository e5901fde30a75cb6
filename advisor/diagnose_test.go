package advisor

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

func person(name string, selling, managing, forecasting float64) Person {
	return Person{Name: name, Time: TimeSplit{Selling: selling, Managing: managing, Forecasting: forecasting, Other: 100 - selling - managing - forecasting}}
}

func founder(name string, selling, managing, forecasting float64) Person {
	p := person(name, selling, managing, forecasting)
	p.Founder = true
	return p
}

func withQuota(p Person, q float64) Person {
	p.QuotaAttainment = &q
	return p
}

func answers(people ...Person) Answers {
	return Answers{Version: 1, Company: Company{Name: "Test Co", Currency: "USD"}, People: people}
}

// ruleCases exercise one rule each: the finding must appear (or not) with
// the people named and the evidence given.
var ruleCases = []struct {
	name     string
	a        Answers
	id       FindingID
	want     bool
	who      []string
	evidence string
}{
	{"three hats", answers(founder("Dana", 50, 20, 10)), OnePersonSellsManagesForecasts, true, []string{"Dana"},
		"Dana spends 50% selling, 20% managing and 10% forecasting."},
	{"two hats is not three", answers(founder("Dana", 50, 20, 5)), OnePersonSellsManagesForecasts, false, nil, ""},
	{"founder selling most of the week", func() Answers {
		a := answers(founder("Ava", 60, 0, 0))
		a.Company.CustomersClosedByFounder = Ptr(12)
		return a
	}(), FounderBottleneck, true, []string{"Ava"}, "Ava, a founder, spends 60% of the week selling and has closed 12 customers personally."},
	{"founder selling before the sale is proven", answers(founder("Ava", 60, 0, 0)), FounderBottleneck, false, nil, ""},
	{"founder selling a little", answers(founder("Ava", 20, 0, 0)), FounderBottleneck, false, nil, ""},
	{"founder bottleneck said", func() Answers {
		a := answers(founder("Ava", 20, 0, 0))
		a.Symptoms = []Symptom{FounderBottleneckSymptom}
		return a
	}(), FounderBottleneck, true, []string{"Ava"}, "you said deals wait for the founder"},
	{"player-coach selling too much", answers(person("Lee", 50, 30, 10), person("Sam", 90, 0, 0)), PlayerCoachOverload, true, []string{"Lee"},
		"Lee manages 1 rep but spends 50% selling and only 30% managing."},
	{"manager who coaches", answers(person("Lee", 10, 70, 10), person("Sam", 90, 0, 0)), PlayerCoachOverload, false, nil, ""},
	{"manager closes deals said", func() Answers {
		a := answers(person("Lee", 30, 40, 10), person("Sam", 90, 0, 0))
		a.Symptoms = []Symptom{ManagerClosesDealsSymptom}
		return a
	}(), ManagerClosesDeals, true, []string{"Lee"}, "Lee manages 40% of the week and still sells 30%"},
	{"nobody forecasts", answers(person("Lee", 10, 80, 0), person("Sam", 90, 0, 0)), NoForecastOwner, true, nil,
		"Nobody spends any of the week forecasting"},
	{"someone forecasts", answers(person("Lee", 10, 70, 10), person("Sam", 90, 0, 0)), NoForecastOwner, false, nil, ""},
	{"too many reps for the managing time", answers(person("Lee", 10, 30, 5), person("A", 90, 0, 0), person("B", 90, 0, 0),
		person("C", 90, 0, 0), person("D", 90, 0, 0)), NoCoachingCapacity, true, []string{"A", "B", "C", "D"},
		"4 reps and managing time for about 2.8"},
	{"enough managing time", answers(person("Lee", 5, 65, 10), person("A", 90, 0, 0), person("B", 90, 0, 0)), NoCoachingCapacity, false, nil, ""},
	{"inaccurate forecast", func() Answers {
		a := answers(person("Lee", 5, 65, 10))
		a.Metrics.ForecastAccuracy = Ptr(55.0)
		return a
	}(), ForecastInaccurate, true, nil, "55% accurate, below 80%"},
	{"most reps miss", answers(person("Lee", 5, 65, 10), withQuota(person("A", 90, 0, 0), 60), withQuota(person("B", 90, 0, 0), 70),
		withQuota(person("C", 90, 0, 0), 110)), TeamWideUnderperformance, true, []string{"A", "B"}, "2 of 3 reps miss quota"},
	{"one rep misses", answers(person("Lee", 5, 65, 10), withQuota(person("A", 90, 0, 0), 60), withQuota(person("B", 90, 0, 0), 100),
		withQuota(person("C", 90, 0, 0), 110)), IndividualUnderperformance, true, []string{"A"}, "A 60%: below quota"},
	{"one rep misses is not team-wide", answers(person("Lee", 5, 65, 10), withQuota(person("A", 90, 0, 0), 60), withQuota(person("B", 90, 0, 0), 100),
		withQuota(person("C", 90, 0, 0), 110)), TeamWideUnderperformance, false, nil, ""},
	{"reps at quota metric", func() Answers {
		a := answers(person("Lee", 5, 65, 10), person("A", 90, 0, 0), person("B", 90, 0, 0))
		a.Metrics.RepsAtQuota = Ptr(30.0)
		return a
	}(), TeamWideUnderperformance, true, nil, "Only 30% of reps reach quota"},
	{"top seller without readiness", func() Answers {
		a := answers(person("Lee", 5, 65, 10), withQuota(person("Sam", 90, 0, 0), 140))
		a.PromotionCandidate = &PromotionCandidate{Name: "Sam", WantsToManage: true}
		return a
	}(), PromotionRisk, true, []string{"Sam"}, "Sam shows 1 of 4 readiness signals (quota attainment 140%"},
	{"ready candidate", func() Answers {
		a := answers(person("Lee", 5, 65, 10), withQuota(person("Sam", 90, 0, 0), 80))
		a.PromotionCandidate = &PromotionCandidate{Name: "Sam", SupportsPeers: true, CommunicatesClearly: true, ThinksBeyondOwnTarget: true, WantsToManage: true}
		return a
	}(), PromotionRisk, false, nil, ""},
	{"undocumented process", func() Answers {
		a := answers(person("Lee", 5, 65, 10), person("A", 90, 0, 0), person("B", 90, 0, 0))
		a.Company.SalesProcessDocumented = Ptr(false)
		return a
	}(), ProcessUndocumented, true, nil, "not written down, with 2 people selling"},
	{"thin pipeline", func() Answers {
		a := answers(person("Lee", 5, 65, 10))
		a.Metrics.PipelineCoverage = Ptr(1.5)
		return a
	}(), ThinPipeline, true, nil, "covers 1.5x"},
	{"unproven sale", func() Answers {
		a := answers(founder("Ava", 30, 0, 0))
		a.Company.CustomersClosedByFounder = Ptr(3)
		return a
	}(), UnprovenSale, true, []string{"Ava"}, "closed 3 customers"},
	{"proven sale", func() Answers {
		a := answers(founder("Ava", 30, 0, 0))
		a.Company.CustomersClosedByFounder = Ptr(12)
		return a
	}(), UnprovenSale, false, nil, ""},
}

func TestDiagnoseRules(t *testing.T) {
	for _, tc := range ruleCases {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.a.Validate(); err != nil {
				t.Fatalf("test answers are invalid: %v", err)
			}
			d := Diagnose(tc.a, DefaultThresholds())
			f, ok := d.Finding(tc.id)
			if ok != tc.want {
				t.Fatalf("finding %s present = %v, want %v; findings: %+v", tc.id, ok, tc.want, d.Findings)
			}
			if !ok {
				return
			}
			if tc.who != nil && !slices.Equal(f.Who, tc.who) {
				t.Errorf("who = %v, want %v", f.Who, tc.who)
			}
			if !strings.Contains(f.Evidence, tc.evidence) {
				t.Errorf("evidence %q\nwant it to contain %q", f.Evidence, tc.evidence)
			}
			if f.Severity != High && f.Severity != Medium && f.Severity != Low {
				t.Errorf("severity %q", f.Severity)
			}
		})
	}
}

func TestDiagnoseSeparatesLeadershipFromSellerProblems(t *testing.T) {
	lead := Diagnose(answers(person("Lee", 5, 65, 10), withQuota(person("A", 90, 0, 0), 60), withQuota(person("B", 90, 0, 0), 70)), DefaultThresholds())
	if lead.Problem != ProblemLeadership {
		t.Errorf("most reps missing: problem = %s, want leadership", lead.Problem)
	}
	seller := Diagnose(answers(person("Lee", 5, 65, 10), withQuota(person("A", 90, 0, 0), 60), withQuota(person("B", 90, 0, 0), 100),
		withQuota(person("C", 90, 0, 0), 105)), DefaultThresholds())
	if seller.Problem != ProblemSeller {
		t.Errorf("one rep missing: problem = %s, want seller; findings %+v", seller.Problem, seller.Findings)
	}
}

func TestDiagnoseSharpensWhenAnswersAreMissing(t *testing.T) {
	a := answers(person("Lee", 5, 65, 10), person("A", 90, 0, 0), person("B", 90, 0, 0))
	d := Diagnose(a, DefaultThresholds())
	var asked []string
	for _, s := range d.Sharpen {
		asked = append(asked, s.Question)
		if s.Prompt == "" || len(s.Skipped) == 0 {
			t.Errorf("sharpen entry %+v lacks a prompt or skipped findings", s)
		}
	}
	for _, q := range []string{"metrics.forecast_accuracy", "people[].quota_attainment", "metrics.pipeline_coverage", "company.sales_process_documented"} {
		if !slices.Contains(asked, q) {
			t.Errorf("sharpen does not ask %s; asked %v", q, asked)
		}
	}
	a.Metrics.ForecastAccuracy = Ptr(90.0)
	if d := Diagnose(a, DefaultThresholds()); slices.ContainsFunc(d.Sharpen, func(s Sharpen) bool { return s.Question == "metrics.forecast_accuracy" }) {
		t.Error("sharpen still asks for forecast accuracy once it is known")
	}
}

func TestRoleClarityScore(t *testing.T) {
	cases := []struct {
		name     string
		a        Answers
		min, max int
	}{
		{"one person, three hats", func() Answers {
			a := answers(founder("Dana", 50, 20, 10))
			a.Company.CustomersClosedByFounder = Ptr(25)
			return a
		}(), 0, 50},
		{"separated roles", func() Answers {
			a := answers(person("Carmen", 5, 65, 20), person("A", 90, 0, 0), person("B", 90, 0, 0))
			a.Company.SalesProcessDocumented = Ptr(true)
			return a
		}(), 90, 100},
	}
	for _, tc := range cases {
		d := Diagnose(tc.a, DefaultThresholds())
		if d.RoleClarityScore < tc.min || d.RoleClarityScore > tc.max {
			t.Errorf("%s: score %d, want %d..%d", tc.name, d.RoleClarityScore, tc.min, tc.max)
		}
		sum, maxSum := 0, 0
		for _, p := range d.ScoreBreakdown {
			sum += p.Points
			maxSum += p.Max
			if p.Points < 0 || p.Points > p.Max {
				t.Errorf("%s: part %s has %d of %d", tc.name, p.Name, p.Points, p.Max)
			}
		}
		if sum != d.RoleClarityScore || maxSum != 100 {
			t.Errorf("%s: breakdown sums to %d of %d, score is %d", tc.name, sum, maxSum, d.RoleClarityScore)
		}
	}
}

func TestThresholdsChangeTheDiagnosis(t *testing.T) {
	a := answers(founder("Dana", 50, 20, 10))
	th := DefaultThresholds()
	th.HatMin = 15
	if Diagnose(a, th).Has(OnePersonSellsManagesForecasts) {
		t.Error("raising the hat threshold above Dana's 10% forecasting should clear the three-hats finding")
	}
	if len(th.Describe()) == 0 {
		t.Error("thresholds describe nothing")
	}
}

func TestDiagnoseJSONMatchesContract(t *testing.T) {
	p, err := Advise(mustLoad(t, "../examples/acme-fractional.json"))
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(NewReport(p))
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Score    *int `json:"role_clarity_score"`
		Findings []struct {
			ID, Severity, Evidence string
			Who                    []string
		} `json:"findings"`
		Recommendation struct {
			Primary      string   `json:"primary"`
			Alternatives []string `json:"alternatives"`
			Why          []string `json:"why"`
		} `json:"recommendation"`
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	if got.Score == nil || len(got.Findings) == 0 || got.Recommendation.Primary == "" || len(got.Recommendation.Why) == 0 {
		t.Fatalf("report misses contract fields: %s", data)
	}
	f := got.Findings[0]
	if f.ID != string(OnePersonSellsManagesForecasts) || f.Severity != "high" || f.Evidence != "Dana spends 50% selling, 20% managing and 10% forecasting." {
		t.Errorf("first finding = %+v", f)
	}
}

func FuzzDiagnose(f *testing.F) {
	for _, tc := range ruleCases {
		data, _ := tc.a.MarshalFile()
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse(data)
		if err != nil {
			return
		}
		d := Diagnose(a, DefaultThresholds())
		if d.RoleClarityScore < 0 || d.RoleClarityScore > 100 {
			t.Fatalf("score %d out of range", d.RoleClarityScore)
		}
		for _, fd := range d.Findings {
			if fd.Evidence == "" {
				t.Fatalf("finding %s without evidence", fd.ID)
			}
		}
		p, err := Advise(a)
		if err != nil {
			t.Fatalf("Advise on valid answers: %v", err)
		}
		if !slices.Contains(Kinds(), p.Recommendation.Primary) {
			t.Fatalf("unknown primary %q", p.Recommendation.Primary)
		}
	})
}

func TestEverySymptomIsRead(t *testing.T) {
	a := answers(founder("Dana", 50, 20, 10), person("Sam", 90, 0, 0))
	for _, s := range SymptomBank() {
		a.Symptoms = append(a.Symptoms, s.ID)
	}
	d := Diagnose(a, DefaultThresholds())
	if len(d.Symptoms) != len(SymptomBank()) {
		t.Fatalf("%d readings for %d symptoms", len(d.Symptoms), len(SymptomBank()))
	}
	for _, r := range d.Symptoms {
		if r.Reading == "" || r.Label == "" {
			t.Errorf("symptom %s has no reading or label", r.Symptom)
		}
		for _, id := range r.Findings {
			if !d.Has(id) {
				t.Errorf("symptom %s points at %s, which was not found", r.Symptom, id)
			}
		}
	}
	// Surprises without an accuracy figure are evidence enough.
	if f, ok := d.Finding(ForecastInaccurate); !ok || !strings.Contains(f.Evidence, "surprises") {
		t.Errorf("forecast_surprises without an accuracy figure: %+v", f)
	}
}

func TestNormalizedTrimsNames(t *testing.T) {
	a := answers(person(" Sam Lee ", 90, 0, 0), founder("Dana", 50, 20, 10))
	a.PromotionCandidate = &PromotionCandidate{Name: "Sam Lee "}
	n := a.Normalized()
	if n.People[0].Name != "Sam Lee" || n.PromotionCandidate.Name != "Sam Lee" {
		t.Errorf("not trimmed: %q, %q", n.People[0].Name, n.PromotionCandidate.Name)
	}
	if a.People[0].Name != " Sam Lee " {
		t.Error("Normalized changed the original answers")
	}
	if got := n.PromotionCandidates(); len(got) != 1 || got[0] != "Sam Lee" {
		t.Errorf("candidates %q, want only Sam Lee (founders are not candidates)", got)
	}
}
