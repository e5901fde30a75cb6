package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// setBurden opens Settings, types the employer burden and saves.
func setBurden(u *UI, percent string) *settingsDialog {
	u.onSettings()
	s := u.settingsDlg
	typeInto(s.figures["burden_rate"], percent)
	test.Tap(s.save)
	return s
}

// TestSettingsSavedAndUsed: a default changed in Settings is written to
// the app's folder, read back by the next start, and advises a new
// session; the dialog shows each default's source.
func TestSettingsSavedAndUsed(t *testing.T) {
	u := newTestUI(t)
	u.onSettings()
	if txt := shownDialogText(u); !strings.Contains(txt, "Source: ") || !strings.Contains(txt, "Employer burden on top of pay") {
		t.Error("the settings show no source for their defaults")
	}
	u.settingsDlg.d.Hide()
	setBurden(u, "20")
	if u.settingsDlg.d != nil && u.settingsDlg.msg.Text != "" {
		t.Fatalf("saving said %q", u.settingsDlg.msg.Text)
	}
	data, err := os.ReadFile(u.cfg.path)
	if err != nil {
		t.Fatal(err)
	}
	var got advisor.Settings
	if err := advisor.DecodeSettings(data, &got); err != nil || got.Assumptions == nil || got.Assumptions.BurdenRate == nil || *got.Assumptions.BurdenRate != 20 {
		t.Fatalf("settings file %s: %v", data, err)
	}
	if got.Assumptions.QuotaMultiple != nil || got.Thresholds != nil {
		t.Errorf("the file keeps only what changed: %s", data)
	}
	if again := loadSettings(filepath.Dir(u.cfg.path)); again.s.Assumptions == nil || *again.s.Assumptions.BurdenRate != 20 {
		t.Error("the next start does not read the settings back")
	}
	open(t, u, example)
	u.goTo(ix("plan"))
	if b := u.plan.Assumptions.BurdenRate; b.Value != 0.2 || b.Confidence != advisor.ConfidenceSettings {
		t.Errorf("a new session is advised with burden %v (%s), want the settings' 20%%", b.Value, b.Confidence)
	}
}

// shownDialogText is every text on the window's overlays.
func shownDialogText(u *UI) string {
	var b strings.Builder
	for _, o := range u.win.Canvas().Overlays().List() {
		for _, x := range test.LaidOutObjects(o) {
			b.WriteString(textOf(x) + "\n")
		}
	}
	return b.String()
}

// TestSettingsInvalidRefused: a value out of range, or not a number, is
// refused with a message naming it; nothing is written.
func TestSettingsInvalidRefused(t *testing.T) {
	u := newTestUI(t)
	for _, c := range []struct{ typed, want string }{
		{"500", "Employer burden"},
		{"lots", "is not a number"},
	} {
		s := setBurden(u, c.typed)
		if !strings.Contains(s.msg.Text, c.want) || !s.msg.Visible() {
			t.Errorf("burden %q: message %q, want %q", c.typed, s.msg.Text, c.want)
		}
		if _, err := os.Stat(u.cfg.path); err == nil {
			t.Errorf("burden %q: the settings were written", c.typed)
		}
		if u.cfg.s.Assumptions != nil {
			t.Errorf("burden %q: the settings changed", c.typed)
		}
		s.d.Hide()
	}
	open(t, u, example)
	step := u.step
	s := setBurden(u, "30")
	e := s.thresholds[indexOf(advisor.ThresholdIDs(), "confidence_low")]
	typeOnly(e, "99")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter saves, and moves nothing behind
	if u.step != step {
		t.Errorf("Enter in Settings moved the wizard from %s to %s", steps[step].name, steps[u.step].name)
	}
	if !strings.Contains(s.msg.Text, "confidence") {
		t.Errorf("a low confidence above the high: %q", s.msg.Text)
	}
}

// TestSettingsBaselineDifferences: a saved session records the settings
// it was advised with; reopened after they change, it says what differs,
// keeps the recorded ones by default, and applies today's on request.
func TestSettingsBaselineDifferences(t *testing.T) {
	u := newTestUI(t)
	open(t, u, example)
	if u.baselineDlg != nil {
		t.Fatal("a session without a baseline shows the notice")
	}
	path := filepath.Join(t.TempDir(), "acme.json")
	if err := u.saveTo(path); err != nil {
		t.Fatal(err)
	}
	if u.answers.Baseline == nil {
		t.Fatal("saving recorded no baseline")
	}
	open(t, u, path)
	if u.baselineDlg != nil {
		t.Error("the notice shows though nothing differs")
	}
	setBurden(u, "20")
	if u.settingsDlg.msg.Text != "" {
		t.Fatal(u.settingsDlg.msg.Text)
	}
	open(t, u, path)
	d := u.baselineDlg
	if d == nil || len(d.differences) != 1 || !strings.Contains(d.differences[0], "Employer burden on top of pay: 35% when recorded, 20% today") {
		t.Fatalf("notice = %+v", d)
	}
	u.goTo(ix("plan"))
	if b := u.plan.Assumptions.BurdenRate.Value; b != 0.35 {
		t.Errorf("with the recorded settings kept, burden = %v, want 0.35", b)
	}
	test.Tap(d.keep)
	if u.dirty() {
		t.Error("keeping the recorded settings changed the session")
	}
	open(t, u, path)
	test.Tap(u.baselineDlg.apply)
	u.goTo(ix("plan"))
	if b := u.plan.Assumptions.BurdenRate.Value; b != 0.2 || !u.dirty() {
		t.Errorf("after applying today's settings: burden %v, dirty %v", b, u.dirty())
	}
}
