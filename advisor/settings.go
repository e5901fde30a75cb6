package advisor

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"time"
)

// Settings are a user's own defaults, over the shipped reference data: the
// plan's assumptions (pay bands, burden, ramp, quota multiple, search
// times, fees…) and the diagnosis thresholds. A consultant keeps them in
// the app; a session records the ones it was advised with (Baseline).
type Settings struct {
	// Assumptions are the changes from the shipped reference figures, in
	// the answers file's units; nil changes nothing.
	Assumptions *Overrides `json:"assumptions,omitempty"`
	// Thresholds are the diagnosis thresholds; nil means the shipped ones.
	Thresholds *Thresholds `json:"thresholds,omitempty"`
}

// Baseline is the defaults a session was advised with: the settings in
// force when it was saved, with the date.
type Baseline struct {
	Recorded string `json:"recorded"` // YYYY-MM-DD
	Settings
}

// ConfidenceSettings marks a default the user set in Settings.
const ConfidenceSettings = "SETTINGS"

// Defaults are what a session is advised with before its own overrides.
type Defaults struct {
	Assumptions Assumptions
	Thresholds  Thresholds
}

// Defaults resolves the settings over the shipped reference data. A figure
// the settings change says so in its source, keeping the reference source
// beside it; it is not marked Edited, which is for the session's own
// changes.
func (s Settings) Defaults() Defaults {
	ref := DefaultAssumptions()
	d := Defaults{Assumptions: ref, Thresholds: DefaultThresholds()}
	if s.Thresholds != nil {
		d.Thresholds = *s.Thresholds
	}
	if s.Assumptions == nil {
		return d
	}
	as := s.Assumptions.Apply(ref)
	for i, f := range as.figures() {
		if f.Edited {
			f.Edited, f.Confidence = false, ConfidenceSettings
			f.Source = "Your default in Settings; the reference: " + ref.figures()[i].Source
		}
	}
	for _, b := range []*Band{&as.Rep, &as.Manager} {
		if b.Edited {
			b.Edited, b.Confidence = false, ConfidenceSettings
			b.Source = "Your default in Settings; the reference: " + b.Source
		}
	}
	d.Assumptions = as
	return d
}

// Record returns the settings as a session's baseline on the given day,
// every value written out, so that the session keeps them even when the
// shipped defaults change.
func (s Settings) Record(day time.Time) *Baseline {
	d := s.Defaults()
	o := Overrides{BandLevel: d.Assumptions.Level, Bands: map[Role]BandOverride{}}
	for _, b := range d.Assumptions.Bands() {
		o.Bands[b.Role] = BandOverride{Low: Ptr(b.Low), Mid: Ptr(b.Mid), High: Ptr(b.High), BaseShare: Ptr(round(b.BaseShare*100, 6))}
	}
	for _, f := range d.Assumptions.Figures() {
		v := f.Value
		if f.Percent() {
			v = round(v*100, 6)
		}
		*o.FigureOverride(f.ID) = Ptr(v)
	}
	t := d.Thresholds
	return &Baseline{Recorded: day.Format(time.DateOnly), Settings: Settings{Assumptions: &o, Thresholds: &t}}
}

func round(x float64, places int) float64 {
	k := math.Pow(10, float64(places))
	return math.Round(x*k) / k
}

// defaults picks what a session is advised with: its recorded baseline,
// else the options' settings, else the shipped defaults.
func (a Answers) defaults(o Options) Defaults {
	switch {
	case a.Baseline != nil:
		return a.Baseline.Defaults()
	case o.Settings != nil:
		return o.Settings.Defaults()
	}
	return Settings{}.Defaults()
}

// Differences lists where today's settings differ from the baseline a
// session recorded, in an owner's words: "Employer burden on top of pay:
// 35% when recorded, 30% today".
func (b Baseline) Differences(today Settings) []string {
	then, now := b.Defaults(), today.Defaults()
	var out []string
	for i, f := range then.Assumptions.Figures() {
		g := now.Assumptions.Figures()[i]
		if differ(f.Value, g.Value) {
			out = append(out, fmt.Sprintf("%s: %s when recorded, %s today", f.Label, figureText(f), figureText(g)))
		}
	}
	for i, bt := range then.Assumptions.Bands() {
		bn := now.Assumptions.Bands()[i]
		if differ(bt.Low, bn.Low) || differ(bt.Mid, bn.Mid) || differ(bt.High, bn.High) || differ(bt.BaseShare, bn.BaseShare) {
			out = append(out, fmt.Sprintf("%s pay band: %s when recorded, %s today", bt.Title, bandText(bt), bandText(bn)))
		}
	}
	if then.Assumptions.Level != now.Assumptions.Level {
		out = append(out, fmt.Sprintf("Band level: %s when recorded, %s today", then.Assumptions.Level, now.Assumptions.Level))
	}
	td, tn := then.Thresholds.Describe(), now.Thresholds.Describe()
	for i := range td {
		if differ(td[i].Value, tn[i].Value) {
			out = append(out, fmt.Sprintf("%s: %s when recorded, %s today", td[i].Name, fmtNum(td[i].Value), fmtNum(tn[i].Value)))
		}
	}
	return out
}

// differ reports whether two recorded values differ by more than the
// rounding of a percentage written to the file.
func differ(a, b float64) bool { return math.Abs(a-b) > 1e-9 }

func figureText(f Figure) string {
	if f.Percent() {
		return fmtNum(round(f.Value*100, 2)) + "%"
	}
	return fmtNum(f.Value) + " " + f.Unit
}

func bandText(b Band) string {
	return fmt.Sprintf("%s / %s / %s", groupThousands(int64(b.Low)), groupThousands(int64(b.Mid)), groupThousands(int64(b.High)))
}

// check validates settings found at prefix.
func (s Settings) check(v *validator, prefix string) {
	if s.Assumptions != nil {
		s.Assumptions.check(v, prefix+".assumptions")
	}
	if s.Thresholds != nil {
		s.Thresholds.check(v, prefix+".thresholds")
	}
}

// check validates a baseline found at prefix.
func (b Baseline) check(v *validator, prefix string) {
	if _, err := time.Parse(time.DateOnly, b.Recorded); err != nil {
		v.add(prefix+".recorded", "%q is not a date; write it as YYYY-MM-DD", b.Recorded)
	}
	b.Settings.check(v, prefix)
}

// Validate reports every problem in the settings, each naming its field.
func (s Settings) Validate() error {
	var v validator
	s.check(&v, "settings")
	if len(v.problems) > 0 {
		return &ValidationError{Problems: v.problems}
	}
	return nil
}

// DecodeSettings reads a settings file as strictly as an answers file:
// another encoding, bad JSON, duplicate keys, unknown fields and wrong
// types are refused, naming the field. Validate checks the values.
func DecodeSettings(data []byte, s *Settings) error {
	if err := checkEncoding(data); err != nil {
		return err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	tree, err := parseTree(data)
	if err != nil {
		return err
	}
	var shape validator
	checkFields(tree, reflect.TypeOf(*s), "", &shape)
	if err := shape.err(); err != nil {
		return err
	}
	if err := json.Unmarshal(data, s); err != nil {
		return typeError(err)
	}
	return nil
}
