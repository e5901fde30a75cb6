package advisor

import (
	"encoding/json"
	"fmt"
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

func titled(p Person, title string) Person {
	p.Title = title
	return p
}

func with(a Answers, change func(a *Answers)) Answers {
	change(&a)
	return a
}

// reps returns n reps who sell 90% of the week, named R1, R2, ….
func reps(n int) []Person {
	out := make([]Person, n)
	for i := range out {
		out[i] = person(fmt.Sprintf("R%d", i+1), 90, 0, 0)
	}
	return out
}

// ruleCases exercise one rule each: the finding must appear (or not) with
// its severity, the people named and the evidence given. Each name says the
// reason for the rule.
var ruleCases = []struct {
	name     string
	a        Answers
	id       FindingID
	want     bool
	sev      Severity
	who      []string
	evidence string
}{
	{"selling, managing and forecasting at once is three hats", answers(founder("Dana", 50, 20, 10)), OnePersonSellsManagesForecasts, true, Medium, []string{"Dana"},
		"Dana spends 50% selling, 20% managing and 10% forecasting."},
	{"three hats with an outcome signal is serious", with(answers(founder("Dana", 50, 20, 10), person("Sam", 90, 0, 0)), func(a *Answers) { a.Metrics.ForecastAccuracy = Ptr(50.0) }),
		OnePersonSellsManagesForecasts, true, High, []string{"Dana"}, "Dana spends 50% selling"},
	{"two hats is not three", answers(founder("Dana", 50, 20, 5)), OnePersonSellsManagesForecasts, false, "", nil, ""},
	{"a player-coach within bounds is not three hats", answers(founder("Dana", 30, 40, 10), person("Sam", 90, 0, 0)), OnePersonSellsManagesForecasts, false, "", nil, ""},
	{"an untitled seller who also leads wears three hats", answers(person("Lee", 50, 30, 10), person("Sam", 90, 0, 0)), OnePersonSellsManagesForecasts, true, Medium, []string{"Lee"}, "Lee spends 50% selling"},
	{"a founder selling most of the week after proving the sale makes waiting deals likely", with(answers(founder("Ava", 60, 0, 0)), func(a *Answers) { a.Company.CustomersClosedByFounder = Ptr(12) }),
		FounderBottleneck, true, Low, []string{"Ava"}, "Ava, a founder, spends 60% of the week selling and has closed 12 customers personally: deals are likely to wait for Ava."},
	{"a founder selling before the sale is proven is the plan", answers(founder("Ava", 60, 0, 0)), FounderBottleneck, false, "", nil, ""},
	{"a founder selling a little is no bottleneck", answers(founder("Ava", 20, 0, 0)), FounderBottleneck, false, "", nil, ""},
	{"deals waiting for the founder before the sale is proven are expected", with(answers(founder("Ava", 20, 0, 0)), func(a *Answers) { a.Symptoms = []Symptom{FounderBottleneckSymptom} }),
		FounderBottleneck, true, Medium, []string{"Ava"}, "that is expected"},
	{"deals waiting for the founder after the sale is proven are serious", with(answers(founder("Ava", 20, 0, 0)), func(a *Answers) {
		a.Symptoms = []Symptom{FounderBottleneckSymptom}
		a.Company.CustomersClosedByFounder = Ptr(12)
	}), FounderBottleneck, true, High, []string{"Ava"}, "you said deals wait for the founder"},
	{"a titled manager selling half the week cannot coach", answers(titled(person("Lee", 50, 30, 10), "Sales Manager"), person("Sam", 90, 0, 0)), PlayerCoachOverload, true, Medium, []string{"Lee"},
		"Lee leads a team of 1 rep but spends 50% of the week selling and 30% managing"},
	{"an overloaded player-coach with no one-on-ones is serious", with(answers(titled(person("Lee", 50, 30, 10), "Sales Manager"), person("Sam", 90, 0, 0)), func(a *Answers) { a.Symptoms = []Symptom{NoCoaching} }),
		PlayerCoachOverload, true, High, []string{"Lee"}, "Lee leads"},
	{"a manager who coaches is no player-coach problem", answers(person("Lee", 10, 70, 10), person("Sam", 90, 0, 0)), PlayerCoachOverload, false, "", nil, ""},
	{"a manager's title over a seller's week is a manager in name only", answers(titled(person("Alex", 70, 5, 5), "Sales Manager"), person("A", 90, 0, 0), person("B", 90, 0, 0)),
		ManagerInNameOnly, true, Medium, []string{"Alex"}, "Alex is titled Sales Manager but sells 70% and manages 5% of the week"},
	{"an account manager's title is not a people manager's", answers(titled(person("Alex", 70, 5, 5), "Key Account Manager"), person("A", 90, 0, 0)), ManagerInNameOnly, false, "", nil, ""},
	{"the manager closing deals is a finding when said", with(answers(person("Lee", 30, 40, 10), person("Sam", 90, 0, 0)), func(a *Answers) { a.Symptoms = []Symptom{ManagerClosesDealsSymptom} }),
		ManagerClosesDeals, true, Medium, []string{"Lee"}, "Lee manages 40% of the week and still sells 30%"},
	{"nobody forecasting means nobody owns the forecast", answers(person("Lee", 10, 80, 0), person("Sam", 90, 0, 0)), NoForecastOwner, true, Medium, nil,
		"Nobody spends any of the week forecasting"},
	{"an unowned forecast that surprises is serious", with(answers(person("Lee", 10, 80, 0), person("Sam", 90, 0, 0)), func(a *Answers) { a.Symptoms = []Symptom{ForecastSurprises} }),
		NoForecastOwner, true, High, nil, "you said quarters end with surprises"},
	{"someone forecasting owns the forecast", answers(person("Lee", 10, 70, 10), person("Sam", 90, 0, 0)), NoForecastOwner, false, "", nil, ""},
	{"managing time, not forecasting, coaches reps", answers(person("Lee", 10, 30, 5), person("A", 90, 0, 0), person("B", 90, 0, 0), person("C", 90, 0, 0), person("D", 90, 0, 0)),
		NoCoachingCapacity, true, Medium, []string{"A", "B", "C", "D"}, "4 reps (A, B, C and D) and managing time for about 2.4"},
	{"forecasting time does not add coaching capacity", answers(person("Lee", 5, 20, 75), person("A", 90, 0, 0), person("B", 90, 0, 0), person("C", 90, 0, 0)), NoCoachingCapacity, true, Medium, nil, "managing time for about 1.6"},
	{"a shortfall of less than one rep is rounding", answers(append([]Person{person("Lee", 5, 40, 10)}, reps(4)...)...), NoCoachingCapacity, false, "", nil, ""},
	{"a coaching shortfall beside an outcome signal is serious", with(answers(append([]Person{person("Lee", 10, 30, 5)}, reps(4)...)...), func(a *Answers) { a.Metrics.PipelineCoverage = Ptr(2.0) }),
		NoCoachingCapacity, true, High, nil, "managing time for about 2.4"},
	{"quota figures missing for some reps decide nothing they could change", answers(person("Lee", 5, 65, 10), withQuota(person("A", 90, 0, 0), 60), withQuota(person("B", 90, 0, 0), 100),
		person("C", 90, 0, 0), person("D", 90, 0, 0)), IndividualUnderperformance, false, "", nil, ""},
	{"most reps missing stands whatever the missing figures say", answers(person("Lee", 5, 65, 10), withQuota(person("A", 90, 0, 0), 60), withQuota(person("B", 90, 0, 0), 70),
		withQuota(person("C", 90, 0, 0), 75), person("D", 90, 0, 0)), TeamWideUnderperformance, true, High, []string{"A", "B", "C"}, "3 of 3 reps miss quota"},
	{"more than ten reps per manager is serious", answers(append([]Person{person("Lee", 5, 95, 0)}, reps(11)...)...), NoCoachingCapacity, true, High, nil,
		"11 per manager is more than the 10 a manager coaches at most"},
	{"managing time for less than half the reps is serious", answers(append([]Person{founder("Ava", 10, 20, 5)}, reps(4)...)...), NoCoachingCapacity, true, High, nil, "less than half"},
	{"enough managing time coaches every rep", answers(person("Lee", 5, 65, 10), person("A", 90, 0, 0), person("B", 90, 0, 0)), NoCoachingCapacity, false, "", nil, ""},
	{"capacity above the reps is no shortfall, even with no one-on-ones", with(answers(append([]Person{person("Lee", 5, 60, 10)}, reps(4)...)...), func(a *Answers) { a.Symptoms = []Symptom{NoCoaching} }),
		NoCoachingCapacity, false, "", nil, ""},
	{"a forecast more than 20% off is inaccurate", with(answers(person("Lee", 5, 65, 10)), func(a *Answers) { a.Metrics.ForecastAccuracy = Ptr(70.0) }), ForecastInaccurate, true, Medium, nil,
		"70% accurate, below 80%"},
	{"a forecast more than 40% off is seriously inaccurate", with(answers(person("Lee", 5, 65, 10)), func(a *Answers) { a.Metrics.ForecastAccuracy = Ptr(55.0) }), ForecastInaccurate, true, High, nil,
		"55% accurate, below 80%"},
	{"most reps missing quota is a leadership problem", answers(person("Lee", 5, 65, 10), withQuota(person("A", 90, 0, 0), 60), withQuota(person("B", 90, 0, 0), 70),
		withQuota(person("C", 90, 0, 0), 110)), TeamWideUnderperformance, true, High, []string{"A", "B"}, "2 of 3 reps miss quota"},
	{"one rep missing while the others hit is a seller problem", answers(person("Lee", 5, 65, 10), withQuota(person("A", 90, 0, 0), 60), withQuota(person("B", 90, 0, 0), 100),
		withQuota(person("C", 90, 0, 0), 110)), IndividualUnderperformance, true, Medium, []string{"A"}, "A 60% is below quota while B 100% and C 110% are at or near it"},
	{"one rep missing is not most reps missing", answers(person("Lee", 5, 65, 10), withQuota(person("A", 90, 0, 0), 60), withQuota(person("B", 90, 0, 0), 100),
		withQuota(person("C", 90, 0, 0), 110)), TeamWideUnderperformance, false, "", nil, ""},
	{"two reps missing is never one rep missing", answers(person("Lee", 5, 65, 10), withQuota(person("A", 90, 0, 0), 60), withQuota(person("B", 90, 0, 0), 70),
		withQuota(person("C", 90, 0, 0), 100), withQuota(person("D", 90, 0, 0), 110)), IndividualUnderperformance, false, "", nil, ""},
	{"two of four reps missing are some reps missing", answers(person("Lee", 5, 65, 10), withQuota(person("A", 90, 0, 0), 60), withQuota(person("B", 90, 0, 0), 70),
		withQuota(person("C", 90, 0, 0), 100), withQuota(person("D", 90, 0, 0), 110)), SomeRepsUnderperform, true, Medium, []string{"A", "B"}, "A 60% and B 70% are below quota"},
	{"founders' and managers' attainment never counts as reps'", answers(withQuota(founder("Ava", 30, 30, 10), 40), withQuota(person("Lee", 10, 70, 20), 50),
		withQuota(person("A", 90, 0, 0), 100), withQuota(person("B", 90, 0, 0), 105)), TeamWideUnderperformance, false, "", nil, ""},
	{"a low share of reps at quota is a leadership problem", with(answers(person("Lee", 5, 65, 10), person("A", 90, 0, 0), person("B", 90, 0, 0)), func(a *Answers) { a.Metrics.RepsAtQuota = Ptr(30.0) }),
		TeamWideUnderperformance, true, High, nil, "Only 30% of reps reach quota"},
	{"a top seller without the readiness signals is a promotion risk", with(answers(person("Lee", 5, 65, 10), withQuota(person("Sam", 90, 0, 0), 140)), func(a *Answers) {
		a.PromotionCandidate = &PromotionCandidate{Name: "Sam", WantsToManage: true}
	}), PromotionRisk, true, High, []string{"Sam"}, "Sam shows 1 of 4 readiness signals (quota attainment 140%"},
	{"one missing signal is a medium promotion risk", with(answers(person("Lee", 5, 65, 10), person("Sam", 90, 0, 0)), func(a *Answers) {
		a.PromotionCandidate = &PromotionCandidate{Name: "Sam", SupportsPeers: true, CommunicatesClearly: true, WantsToManage: true}
	}), PromotionRisk, true, Medium, []string{"Sam"}, "missing: thinks beyond own targets"},
	{"a candidate with every signal is ready", with(answers(person("Lee", 5, 65, 10), withQuota(person("Sam", 90, 0, 0), 80)), func(a *Answers) {
		a.PromotionCandidate = &PromotionCandidate{Name: "Sam", SupportsPeers: true, CommunicatesClearly: true, ThinksBeyondOwnTarget: true, WantsToManage: true}
	}), PromotionRisk, false, "", nil, ""},
	{"a process the owner says is not written down is a finding", with(answers(person("Lee", 5, 65, 10), person("A", 90, 0, 0), person("B", 90, 0, 0)), func(a *Answers) { a.Company.SalesProcessDocumented = Ptr(false) }),
		ProcessUndocumented, true, Medium, nil, "You said the sales process is not written down, with 2 people selling"},
	{"an unanswered process question is no finding", answers(person("Lee", 5, 65, 10), person("A", 90, 0, 0), person("B", 90, 0, 0)), ProcessUndocumented, false, "", nil, ""},
	{"pipeline below 3x is thin", with(answers(person("Lee", 5, 65, 10)), func(a *Answers) { a.Metrics.PipelineCoverage = Ptr(2.5) }), ThinPipeline, true, Low, nil, "covers 2.5x"},
	{"pipeline below 2x is seriously thin", with(answers(person("Lee", 5, 65, 10)), func(a *Answers) { a.Metrics.PipelineCoverage = Ptr(1.5) }), ThinPipeline, true, Medium, nil, "covers 1.5x"},
	{"fewer than ten founder-closed customers is an unproven sale", with(answers(founder("Ava", 30, 0, 0)), func(a *Answers) { a.Company.CustomersClosedByFounder = Ptr(3) }),
		UnprovenSale, true, Medium, []string{"Ava"}, "closed 3 customers"},
	{"ten founder-closed customers prove the sale", with(answers(founder("Ava", 30, 0, 0)), func(a *Answers) { a.Company.CustomersClosedByFounder = Ptr(12) }), UnprovenSale, false, "", nil, ""},
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
			if f.Severity != tc.sev {
				t.Errorf("severity %s, want %s; evidence %q", f.Severity, tc.sev, f.Evidence)
			}
			if tc.who != nil && !slices.Equal(f.Who, tc.who) {
				t.Errorf("who = %v, want %v", f.Who, tc.who)
			}
			if !strings.Contains(f.Evidence, tc.evidence) {
				t.Errorf("evidence %q\nwant it to contain %q", f.Evidence, tc.evidence)
			}
			for _, name := range f.Who {
				if !strings.Contains(f.Evidence, name) && len(f.Who) <= maxListed {
					t.Errorf("evidence %q does not name %s, whom the finding names", f.Evidence, name)
				}
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
			if p.Points < 0 && p.Max != 0 || p.Points > p.Max {
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
	for _, tc := range thresholdCases {
		data, _ := tc.a(DefaultThresholds()).MarshalFile()
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
