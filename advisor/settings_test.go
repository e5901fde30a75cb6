package advisor

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"
)

// A user's settings are the defaults new sessions start from: they change
// the plan and the diagnosis, say where they come from, and are not the
// session's own edits.
func TestSettingsChangeTheDefaults(t *testing.T) {
	th := DefaultThresholds()
	th.HatMin = 15
	s := Settings{Assumptions: &Overrides{BurdenRate: Ptr(30.0)}, Thresholds: &th}
	a := mustLoad(t, "../examples/acme-fractional.json")
	p, err := AdviseWith(a, Options{Today: testDay, Settings: &s, Runs: -1})
	if err != nil {
		t.Fatal(err)
	}
	f := p.Assumptions.BurdenRate
	if f.Value != 0.3 || f.Edited || f.Confidence != ConfidenceSettings || !strings.HasPrefix(f.Source, "Your default in Settings") {
		t.Errorf("burden from settings: %+v", f)
	}
	if p.Diagnosis.Thresholds.HatMin != 15 || p.Diagnosis.Has(OnePersonSellsManagesForecasts) {
		t.Errorf("a hat threshold of 15%% should clear Dana's 10%% forecasting: %+v", p.Diagnosis.Findings)
	}
}

// A session records the settings it was advised with; reopened under other
// settings it advises the same way, and says what differs today.
func TestBaselineReplaysTheSettings(t *testing.T) {
	then := Settings{Assumptions: &Overrides{BurdenRate: Ptr(30.0), Bands: map[Role]BandOverride{RoleManager: {Mid: Ptr(120000.0)}}}}
	now := Settings{Assumptions: &Overrides{BurdenRate: Ptr(40.0)}}
	a := mustLoad(t, "../examples/growing-team.json")
	want, _ := AdviseWith(a, Options{Today: testDay, Settings: &then, Runs: -1})
	a.Baseline = then.Record(testDay)
	data, err := a.MarshalFile()
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse(data)
	if err != nil {
		t.Fatalf("a recorded baseline does not load back: %v\n%s", err, data)
	}
	if again, _ := b.MarshalFile(); !bytes.Equal(again, data) {
		t.Errorf("the baseline does not save back the same")
	}
	got, _ := AdviseWith(b, Options{Today: testDay, Settings: &now, Runs: -1})
	if got.Year1 != want.Year1 || got.Year2 != want.Year2 || got.Recommendation.Primary != want.Recommendation.Primary {
		t.Errorf("reopened under today's settings: %.2f/%.2f %s, recorded %.2f/%.2f %s", got.Year1, got.Year2, got.Recommendation.Primary,
			want.Year1, want.Year2, want.Recommendation.Primary)
	}
	diff := b.Baseline.Differences(now)
	if len(diff) != 2 || !slices.ContainsFunc(diff, func(s string) bool { return strings.Contains(s, "30% when recorded, 40% today") }) ||
		!slices.ContainsFunc(diff, func(s string) bool {
			return strings.Contains(s, "Sales manager pay band: 90,000 / 120,000 / 140,000 when recorded")
		}) {
		t.Errorf("differences %q", diff)
	}
	if d := b.Baseline.Differences(then); len(d) != 0 {
		t.Errorf("the same settings differ: %q", d)
	}
	if b.Baseline.Recorded != testDay.Format(time.DateOnly) {
		t.Errorf("recorded %q", b.Baseline.Recorded)
	}
}

// Thresholds left out of a file keep their defaults; out-of-range ones are
// refused with the field named.
func TestThresholdsInFiles(t *testing.T) {
	var th Thresholds
	if err := json.Unmarshal([]byte(`{"hat_min": 12}`), &th); err != nil {
		t.Fatal(err)
	}
	want := DefaultThresholds()
	want.HatMin = 12
	if th != want {
		t.Errorf("partial thresholds: %+v", th)
	}
	bad := Settings{Thresholds: &Thresholds{}}
	*bad.Thresholds = DefaultThresholds()
	bad.Thresholds.Span, bad.Thresholds.ConfidenceLow = 0, 90
	err := bad.Validate()
	if err == nil || !strings.Contains(err.Error(), "settings.thresholds.span") || !strings.Contains(err.Error(), "settings.thresholds.confidence_low") {
		t.Errorf("bad thresholds: %v", err)
	}
}
