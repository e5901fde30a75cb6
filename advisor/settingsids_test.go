package advisor

import (
	"encoding/json"
	"testing"
)

// TestThresholdIDsFollowDescribe: each id names the threshold Describe
// lists at its place, and every threshold has an id.
func TestThresholdIDsFollowDescribe(t *testing.T) {
	th := DefaultThresholds()
	// Give every threshold its own value, so that a swap shows.
	var m map[string]float64
	data, _ := json.Marshal(th)
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	ids := ThresholdIDs()
	if len(ids) != len(m) {
		t.Fatalf("%d ids for %d thresholds", len(ids), len(m))
	}
	for i, id := range ids {
		m[id] = float64(i + 1)
	}
	data, _ = json.Marshal(m)
	if err := json.Unmarshal(data, &th); err != nil {
		t.Fatal(err)
	}
	for i, d := range th.Describe() {
		if d.Value != float64(i+1) {
			t.Errorf("Describe[%d] %q = %v, but ThresholdIDs()[%d] is %s", i, d.Name, d.Value, i, ids[i])
		}
	}
	if th.ConfidenceLow != float64(len(ids)) {
		t.Errorf("confidence_low is not last")
	}
}
