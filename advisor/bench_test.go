package advisor

import "testing"

func BenchmarkDiagnose(b *testing.B) {
	a := mustLoad(b, "../examples/growing-team.json")
	t := DefaultThresholds()
	b.ReportAllocs()
	for b.Loop() {
		Diagnose(a, t)
	}
}

func BenchmarkPlan(b *testing.B) {
	a := mustLoad(b, "../examples/growing-team.json")
	as := DefaultAssumptions()
	d := Diagnose(a, DefaultThresholds())
	r := Recommend(a, d, as)
	b.ReportAllocs()
	for b.Loop() {
		BuildPlan(a, d, r, as, Options{})
	}
}

// BenchmarkAdvise is one client end to end: validate, diagnose, recommend
// and plan, with the defaults parsed from the embedded reference data.
func BenchmarkAdvise(b *testing.B) {
	a := mustLoad(b, "../examples/growing-team.json")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Advise(a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSimulate is the plan's range: 10,000 runs of the growing team's
// plan (target: under 50 ms).
func BenchmarkSimulate(b *testing.B) {
	p, err := Advise(mustLoad(b, "../examples/growing-team.json"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		SimulateRange(p, DefaultRuns)
	}
}
