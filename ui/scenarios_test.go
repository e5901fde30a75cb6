package ui

import (
	"archive/zip"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/salesteamadvisor/salesteam/advisor"
)

func (u *UI) scenarios() *scenariosScreen { return screenOf[*scenariosScreen](u) }

// TestScenarioDecisionSavedAndReopened: the owner records one of the
// suggested options as the decision, with today's date and a note; the
// session saved and reopened shows the same options and decision.
func TestScenarioDecisionSavedAndReopened(t *testing.T) {
	u := newTestUI(t)
	open(t, u, example)
	u.goTo(ix("scenarios"))
	wantStep(t, u, "scenarios")
	s := u.scenarios()
	if len(u.answers.Scenarios) != 0 || len(s.columns) < 2 {
		t.Fatalf("a session without options shows the suggestions: %d columns, %d saved", len(s.columns), len(u.answers.Scenarios))
	}
	if got, want := s.decDate.Text, time.Now().Format(time.DateOnly); got != want {
		t.Errorf("the decision's date defaults to %q, want today %q", got, want)
	}
	second := s.columns[1]
	s.decPick.SetSelected(second.name.Text)
	typeInto(s.decNote, "The board prefers the lower year-1 cost")
	test.Tap(s.decide)
	d := u.answers.Decision
	if d == nil || d.Scenario != second.name.Text || d.Note != "The board prefers the lower year-1 cost" {
		t.Fatalf("decision = %+v", d)
	}
	if len(u.answers.Scenarios) != len(s.columns) {
		t.Errorf("deciding keeps the suggestions as the session's options: %d of %d", len(u.answers.Scenarios), len(s.columns))
	}
	if second.badge.Text == "" || s.columns[0].badge.Text != "" {
		t.Errorf("the decided option is marked, and only it")
	}
	path := filepath.Join(t.TempDir(), "decided.json")
	if err := u.saveTo(path); err != nil {
		t.Fatal(err)
	}
	want := u.answers.Scenarios

	v := newTestUI(t)
	open(t, v, path)
	v.goTo(ix("scenarios"))
	r := v.scenarios()
	if got := v.answers.Decision; got == nil || *got != *d {
		t.Fatalf("reopened decision = %+v, want %+v", got, d)
	}
	if len(v.answers.Scenarios) != len(want) || v.answers.Scenarios[1].Name != want[1].Name || v.answers.Scenarios[1].Kind != want[1].Kind {
		t.Errorf("reopened options = %+v, want %+v", v.answers.Scenarios, want)
	}
	if r.columns[1].badge.Text == "" || !strings.Contains(r.decided.Text, d.Scenario) || r.decNote.Text != d.Note {
		t.Errorf("reopened: badge %q, %q, note %q", r.columns[1].badge.Text, r.decided.Text, r.decNote.Text)
	}

	// The export carries the options and the decision.
	out := filepath.Join(t.TempDir(), "plan.xlsx")
	if err := v.exportTo(out); err != nil {
		t.Fatal(err)
	}
	if book := zipText(t, out); !strings.Contains(book, `name="Scenarios"`) || !strings.Contains(book, d.Note) {
		t.Errorf("the workbook has no Scenarios sheet with the decision")
	}
}

// zipText is every file of a zip, joined: enough to find a sheet's name
// and a shared string.
func zipText(t *testing.T, path string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	var b strings.Builder
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(r)
		r.Close()
		b.Write(data)
	}
	return b.String()
}

// TestScenarioAddRemoveCappedAt3: options are added up to three, and Add
// is then disabled; removing the decided option drops the decision.
func TestScenarioAddRemoveCappedAt3(t *testing.T) {
	u := newTestUI(t)
	open(t, u, example)
	u.goTo(ix("scenarios"))
	s := u.scenarios()
	for len(s.columns) > 1 {
		test.Tap(s.columns[len(s.columns)-1].remove)
	}
	if len(u.answers.Scenarios) != 1 {
		t.Fatalf("after removing down to one: %d options", len(u.answers.Scenarios))
	}
	for range 5 {
		s.onAdd() // past the cap: nothing
	}
	if n := len(u.answers.Scenarios); n != advisor.MaxScenarios || len(s.columns) != advisor.MaxScenarios {
		t.Fatalf("%d options, %d columns after adding five; want %d", n, len(s.columns), advisor.MaxScenarios)
	}
	if !s.add.Disabled() {
		t.Error("Add stays enabled at the cap")
	}
	names := map[string]bool{}
	for _, o := range u.answers.Scenarios {
		names[o.Name] = true
	}
	if len(names) != advisor.MaxScenarios {
		t.Errorf("added options share names: %+v", u.answers.Scenarios)
	}
	s.decPick.SetSelected(s.columns[2].name.Text)
	test.Tap(s.decide)
	if u.answers.Decision == nil {
		t.Fatal("no decision recorded")
	}
	test.Tap(s.columns[2].remove)
	if len(u.answers.Scenarios) != 2 || u.answers.Decision != nil || s.add.Disabled() {
		t.Errorf("after removing the decided option: %d options, decision %+v, add disabled %v",
			len(u.answers.Scenarios), u.answers.Decision, s.add.Disabled())
	}
}

// TestScenarioEditRefused: a change the advisor refuses (a second option
// with the same name, a date that is not one) says why and leaves the
// session as it was; renaming the decided option keeps the decision.
func TestScenarioEditRefused(t *testing.T) {
	u := newTestUI(t)
	open(t, u, example)
	u.goTo(ix("scenarios"))
	s := u.scenarios()
	s.decPick.SetSelected(s.columns[0].name.Text)
	typeInto(s.decDate, "next Tuesday")
	test.Tap(s.decide)
	if u.answers.Decision != nil || !strings.Contains(s.decMsg.Text, "YYYY-MM-DD") {
		t.Errorf("a bad date: decision %+v, message %q", u.answers.Decision, s.decMsg.Text)
	}
	typeInto(s.decDate, "2026-11-02")
	test.Tap(s.decide)
	if u.answers.Decision == nil || u.answers.Decision.Date != "2026-11-02" {
		t.Fatalf("decision = %+v", u.answers.Decision)
	}
	first, second := s.columns[0], s.columns[1]
	typeInto(second.name, first.name.Text)
	if !strings.Contains(second.msg.Text, "twice") || u.answers.Scenarios[1].Name == first.name.Text {
		t.Errorf("a duplicate name: message %q, options %+v", second.msg.Text, u.answers.Scenarios)
	}
	typeInto(first.name, "Fractional first")
	if u.answers.Scenarios[0].Name != "Fractional first" || u.answers.Decision.Scenario != "Fractional first" {
		t.Errorf("renaming the decided option: %+v, %+v", u.answers.Scenarios[0], u.answers.Decision)
	}
}

// TestScenarioExportRanges: the workbook exported from the app carries
// each option's simulated range, as the command line's does.
func TestScenarioExportRanges(t *testing.T) {
	u := newTestUI(t)
	open(t, u, "testdata/acme-options.json")
	res := u.exportPlan().Scenarios()
	if len(res) != 3 {
		t.Fatalf("%d options exported, want 3", len(res))
	}
	for _, r := range res {
		if r.Range.Runs == 0 || r.Range.NewRepBookings.P50 == 0 {
			t.Errorf("%s is exported without its range: %+v", r.Scenario.Name, r.Range)
		}
	}
}

// TestScenarioChoiceRefused: promoting from within, in a session with no
// candidate, is refused with the reason; the option keeps its kind.
func TestScenarioChoiceRefused(t *testing.T) {
	u := newTestUI(t)
	open(t, u, "../examples/growing-team.json")
	if u.answers.PromotionCandidate != nil {
		t.Fatal("the example has a promotion candidate")
	}
	u.goTo(ix("scenarios"))
	wantStep(t, u, "scenarios")
	c := u.scenarios().columns[0]
	was := c.kind.Selected
	c.kind.SetSelected(advisor.PromoteInternalManager.Title())
	if !strings.Contains(c.msg.Text, "promotion candidate") || c.kind.Selected != was || len(u.answers.Scenarios) != 0 {
		t.Errorf("message %q, kind shown %q (was %q), options %+v", c.msg.Text, c.kind.Selected, was, u.answers.Scenarios)
	}
}
