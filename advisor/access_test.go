package advisor

import (
	"reflect"
	"testing"
)

// sampleAnswer is an answer of the question's kind that differs from the
// zero answers.
func sampleAnswer(q Question) Answer {
	switch q.Kind {
	case KindText, KindChoice:
		return Answer{Text: "Sam"}
	case KindYesNo, KindCheck:
		if q.ID == "symptoms" {
			return Answer{Symptoms: []Symptom{NoCoaching, InconsistentClosing}}
		}
		return Answer{Bool: Ptr(true)}
	case KindTime:
		return Answer{Time: TimeSplit{Selling: 50, Managing: 20, Forecasting: 10, Other: 20}}
	}
	return Answer{Number: Ptr(12.0)}
}

// TestEveryQuestionHasAnAccessor: the screens and the workbook iterate the
// bank and read each answer through it; a question without an accessor
// would show nothing and save nothing.
func TestEveryQuestionHasAnAccessor(t *testing.T) {
	ids := map[string]bool{}
	for _, q := range Questions() {
		ids[q.ID] = true
		a := Answers{People: []Person{{}, {}}, PromotionCandidate: &PromotionCandidate{}}
		if q.ID == "promotion_candidate.name" {
			a.PromotionCandidate = nil
		}
		v := sampleAnswer(q)
		q.Set(&a, 1, v)
		got := q.Get(&a, 1)
		if q.ID == "symptoms" {
			v.Symptoms = []Symptom{InconsistentClosing, NoCoaching} // in vocabulary order
		}
		if !reflect.DeepEqual(got, v) {
			t.Errorf("%s: set %+v, got %+v", q.ID, v, got)
		}
		if q.PerPerson() && !reflect.DeepEqual(q.Get(&a, 0), q.Get(&Answers{People: []Person{{}}}, 0)) {
			t.Errorf("%s: setting person 1 changed person 0", q.ID)
		}
		q.Set(&a, 5, v) // out of range: nothing happens
		if q.PerPerson() && !reflect.DeepEqual(q.Get(&a, 5), Answer{}) {
			t.Errorf("%s: person 5 of 2 reads %+v", q.ID, q.Get(&a, 5))
		}
	}
	for id := range accessors {
		if !ids[id] {
			t.Errorf("accessor %s has no question", id)
		}
	}
}

func TestCandidateAccessors(t *testing.T) {
	name, _ := QuestionByID("promotion_candidate.name")
	peers, _ := QuestionByID("promotion_candidate.supports_peers")
	var a Answers
	peers.Set(&a, 0, Answer{Bool: Ptr(true)})
	if a.PromotionCandidate != nil {
		t.Fatal("a signal without a candidate made one")
	}
	name.Set(&a, 0, Answer{Text: "Sam"})
	peers.Set(&a, 0, Answer{Bool: Ptr(true)})
	name.Set(&a, 0, Answer{Text: "Kim"})
	if c := a.PromotionCandidate; c == nil || c.Name != "Kim" || !c.SupportsPeers {
		t.Fatalf("candidate %+v", c)
	}
	name.Set(&a, 0, Answer{Text: " "})
	if a.PromotionCandidate != nil {
		t.Errorf("an empty name kept the candidate %+v", a.PromotionCandidate)
	}
}

func TestFormatAnswer(t *testing.T) {
	for _, c := range []struct {
		id   string
		v    Answer
		want string
	}{
		{"company.annual_revenue", Answer{Number: Ptr(2.4e6)}, "$2,400,000"},
		{"company.annual_revenue", Answer{}, "Don't know"},
		{"company.customers_closed_by_founder", Answer{Number: Ptr(1200.0)}, "1,200"},
		{"metrics.win_rate", Answer{Number: Ptr(18.5)}, "18.5%"},
		{"metrics.sales_cycle_days", Answer{Number: Ptr(45.0)}, "45 days"},
		{"metrics.pipeline_coverage", Answer{Number: Ptr(2.1)}, "2.1x"},
		{"people[].quota_attainment", Answer{}, "No quota"},
		{"company.sales_process_documented", Answer{Bool: Ptr(false)}, "No"},
		{"constraints.can_hire_full_time", Answer{}, "Don't know"},
		{"people[].founder", Answer{Bool: Ptr(true)}, "Yes"},
		{"people[].time", Answer{Time: TimeSplit{Selling: 90, Other: 10}}, "selling 90%, managing 0%, forecasting 0%, other 10%"},
		{"symptoms", Answer{Symptoms: []Symptom{NoCoaching}}, "There are no regular one-on-ones"},
		{"symptoms", Answer{}, "None"},
		{"company.name", Answer{Text: "Acme"}, "Acme"},
	} {
		q, _ := QuestionByID(c.id)
		if got := q.Format(c.v, "USD"); got != c.want {
			t.Errorf("%s: Format = %q, want %q", c.id, got, c.want)
		}
	}
}

// TestFormatNumberReadsBack: what a field shows, Parse reads back as the
// same number.
func TestFormatNumberReadsBack(t *testing.T) {
	for _, c := range []struct {
		x    float64
		want string
	}{
		{0, "0"}, {12.5, "12.5"}, {999, "999"}, {1000, "1,000"}, {2400000, "2,400,000"},
		{1234567.125, "1,234,567.125"}, {0.1, "0.1"}, {33.333333, "33.333333"}, {-1500, "-1,500"},
	} {
		got := FormatNumber(c.x)
		if got != c.want {
			t.Errorf("FormatNumber(%v) = %q, want %q", c.x, got, c.want)
		}
		if c.x < 0 {
			continue // ParseNumber refuses negatives
		}
		if back, err := ParseNumber(got); err != nil || back != c.x {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v", got, back, err, c.x)
		}
	}
}

// TestCloneSharesNothing fills every pointer, slice and map of the answers
// and checks that the clone holds none of them: a field added later
// without being copied fails here.
func TestCloneSharesNothing(t *testing.T) {
	a := mustLoad(t, "../examples/acme-fractional.json")
	fill(reflect.ValueOf(&a).Elem())
	c := a.Clone()
	if !reflect.DeepEqual(a, c) {
		t.Fatal("the clone differs")
	}
	shared(t, "answers", reflect.ValueOf(a), reflect.ValueOf(c))
}

// fill sets every nil pointer, slice and map reachable from v.
func fill(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		fill(v.Elem())
	case reflect.Slice:
		if v.Len() == 0 {
			v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		}
		for i := range v.Len() {
			fill(v.Index(i))
		}
	case reflect.Map:
		if v.Len() == 0 {
			v.Set(reflect.MakeMap(v.Type()))
			k := reflect.New(v.Type().Key()).Elem()
			e := reflect.New(v.Type().Elem()).Elem()
			fill(e)
			v.SetMapIndex(k, e)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Field(i).CanSet() {
				fill(v.Field(i))
			}
		}
	}
}

// shared reports the pointers, slices and maps that a and b share.
func shared(t *testing.T, path string, a, b reflect.Value) {
	t.Helper()
	switch a.Kind() {
	case reflect.Pointer, reflect.Map:
		if !a.IsNil() && a.Pointer() == b.Pointer() {
			t.Errorf("%s is shared", path)
		}
		if a.Kind() == reflect.Pointer && !a.IsNil() {
			shared(t, path, a.Elem(), b.Elem())
		}
		if a.Kind() == reflect.Map {
			for it := a.MapRange(); it.Next(); {
				shared(t, path+"[key]", it.Value(), b.MapIndex(it.Key()))
			}
		}
	case reflect.Slice:
		if a.Len() > 0 && a.Pointer() == b.Pointer() {
			t.Errorf("%s is shared", path)
		}
		for i := range a.Len() {
			shared(t, path+"[i]", a.Index(i), b.Index(i))
		}
	case reflect.Struct:
		for i := range a.NumField() {
			shared(t, path+"."+a.Type().Field(i).Name, a.Field(i), b.Field(i))
		}
	}
}

func TestRepQuota(t *testing.T) {
	rep := func(q *float64) Person {
		return Person{Name: "r", Time: TimeSplit{Selling: 90, Other: 10}, QuotaAttainment: q}
	}
	founder := Person{Name: "f", Founder: true, Time: TimeSplit{Selling: 50, Managing: 50}, QuotaAttainment: Ptr(40.0)}
	for _, c := range []struct {
		name   string
		people []Person
		want   RepQuota
	}{
		{"no reps", []Person{founder}, RepQuota{}},
		{"one rep gave", []Person{founder, rep(Ptr(95.0)), rep(nil)}, RepQuota{Reps: 2, Given: 1, Hit: 1}},
		{"two reps, one at quota", []Person{rep(Ptr(95.0)), rep(Ptr(60.0))}, RepQuota{Reps: 2, Given: 2, Hit: 1, Decides: true}},
		{"the reps who gave none could lift it", []Person{rep(Ptr(95.0)), rep(Ptr(60.0)), rep(nil)}, RepQuota{Reps: 3, Given: 2, Hit: 1}},
		{"most miss whatever the others say", []Person{rep(Ptr(50.0)), rep(Ptr(60.0)), rep(Ptr(70.0)), rep(nil)}, RepQuota{Reps: 4, Given: 3, Decides: true}},
		{"within 10% counts as a hit", []Person{rep(Ptr(90.0)), rep(Ptr(89.0))}, RepQuota{Reps: 2, Given: 2, Hit: 1, Decides: true}},
	} {
		got := DefaultThresholds().RepQuota(c.people)
		if got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
	if s := (RepQuota{Given: 4, Hit: 1}).Share(); s != 25 {
		t.Errorf("share %v", s)
	}
}
