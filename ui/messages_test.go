package ui

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// rawPath matches an answers-file path such as people[0] or
// assumptions.bands.sales_rep, which an owner should never read.
var rawPath = regexp.MustCompile(`\w+\[\d+\]|\b(company|people|metrics|constraints|assumptions|promotion_candidate)\.\w+`)

func TestMessagesNameFieldsNotPaths(t *testing.T) {
	u := newTestUI(t)
	if err := u.openPath(example); err != nil {
		t.Fatal(err)
	}
	u.goTo(ix("people"))
	sam := u.people().rows[1]
	typeInto(sam.parts[0].entry, "95") // a week of 105%
	if got := u.reason.Text; !strings.Contains(got, "Sam: time adds up") || rawPath.MatchString(got) {
		t.Errorf("footer = %q, want Sam's week named without a path", got)
	}
	typeInto(sam.parts[0].entry, "abc")
	if got := u.reason.Text; !strings.HasPrefix(got, "Sam — ") || rawPath.MatchString(got) {
		t.Errorf("footer = %q, want the refused input named by person and field", got)
	}
	typeInto(sam.parts[0].entry, "90")

	u.goTo(ix("metrics"))
	typeInto(u.number("metrics.win_rate").entry, "120")
	if got := u.reason.Text; !strings.Contains(got, "Win rate: ") || rawPath.MatchString(got) {
		t.Errorf("footer = %q, want the win rate named", got)
	}
	typeInto(u.number("metrics.win_rate").entry, "20")

	u.goTo(ix("plan"))
	wantStep(t, u, "plan")
	typeInto(u.figure("bands.sales_rep").parts[0].entry, "900000") // the rep band's low end above its middle
	if got := u.reason.Text; got == "" || rawPath.MatchString(got) {
		t.Errorf("plan footer = %q, want an assumption problem without a path", got)
	}
}

func TestOpenErrorSaysSessionUnchanged(t *testing.T) {
	u := newTestUI(t)
	good, _ := os.ReadFile(example)
	path := filepath.Join(t.TempDir(), "typo.json")
	if err := os.WriteFile(path, []byte(strings.Replace(string(good), `"metrics"`, `"metrcs"`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if u.openPath(path) == nil {
		t.Fatal("a file with an unknown field opened")
	}
	msg := u.lastMessage
	for _, want := range []string{"typo.json could not be opened", `unknown field "metrcs"`, "has not been changed"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
}

func TestPlanShowsWarnings(t *testing.T) {
	u := newTestUI(t)
	if err := u.openPath("../examples/proven-founder.json"); err != nil {
		t.Fatal(err)
	}
	u.goTo(ix("plan"))
	wantStep(t, u, "plan")
	if len(u.plan.Warnings) == 0 {
		t.Fatal("the EUR example has no warnings")
	}
	got := labelsText(u.planScr().warnings)
	if !strings.Contains(got, "EUR") || !strings.Contains(got, u.plan.Warnings[0]) {
		t.Errorf("plan warnings show %q, want %q", got, u.plan.Warnings)
	}
	u.goTo(ix("recommendation"))
	if !strings.Contains(labelsText(u.recommendation().warnings), "Plan step") {
		t.Errorf("recommendation does not point at the warnings: %q", labelsText(u.recommendation().warnings))
	}
}

func TestRecommendationShowsAlternativeReasons(t *testing.T) {
	u := newTestUI(t)
	if err := u.openPath(example); err != nil {
		t.Fatal(err)
	}
	u.goTo(ix("recommendation"))
	wantStep(t, u, "recommendation")
	r := u.plan.Recommendation
	if len(r.AlternativeReasons) == 0 {
		t.Fatal("the example has no alternatives")
	}
	got := labelsText(u.recommendation().alternatives)
	for _, ar := range r.AlternativeReasons {
		if !strings.Contains(got, ar.Title) || !strings.Contains(got, ar.Text) {
			t.Errorf("alternatives %q lack %s: %q", got, ar.Kind, ar.Text)
		}
	}
	c := u.plan.Comparison
	if note := u.recommendation().chartNote.Text; !strings.Contains(note, advisor.Money(c.FractionalPerDay, u.plan.Currency)) ||
		!strings.Contains(note, u.plan.MonthLabels[c.FullTimeStart-1]) {
		t.Errorf("chart note %q lacks the cost per day of leadership or the full-time start", note)
	}
	u.goTo(ix("diagnosis"))
	if got := labelsText(u.diagnosis().symptoms); len(u.plan.Diagnosis.Symptoms) == 0 || !strings.Contains(got, u.plan.Diagnosis.Symptoms[0].Reading) {
		t.Errorf("symptom readings show %q", got)
	}
}

func TestEntrySelectsOnFocusAndDropsStraySpace(t *testing.T) {
	u := newTestUI(t)
	test.Tap(u.welcome().newBtn)
	typeInto(u.company().name(), "Acme")
	test.Tap(u.next)
	test.Tap(u.people().add)
	f := u.people().rows[0].parts[1].entry
	f.SetText("0")
	f.FocusGained() // tabbing in
	f.TypedRune('6')
	f.TypedRune('0')
	if f.Text != "60" {
		t.Errorf("typing 60 into a focused 0 gives %q", f.Text)
	}

	// Space on "Add a person" focuses the new name field within the key
	// press; the key's character must not land in it.
	test.Tap(u.people().add)
	name := u.people().rows[1].name.entry
	if u.win.Canvas().Focused() != name {
		t.Fatal("the new person's name is not focused")
	}
	name.TypedRune(' ')
	test.Type(name, "Sam Lee")
	if name.Text != "Sam Lee" {
		t.Errorf("name = %q", name.Text)
	}
}

func TestRestoreKeepsPathAndStep(t *testing.T) {
	a := test.NewTempApp(t)
	dir := t.TempDir()
	autosave := filepath.Join(dir, "autosave")
	path := filepath.Join(dir, "Acme.json")
	data, _ := os.ReadFile(example)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	first := newUI(a, a.NewWindow(AppName), autosave)
	if err := first.openPath(path); err != nil {
		t.Fatal(err)
	}
	wantStep(t, first, "diagnosis") // a complete file opens at its diagnosis
	first.goTo(ix("metrics"))
	typeInto(first.number("metrics.win_rate").entry, "33")
	crash(first)

	u := newUI(a, a.NewWindow(AppName), autosave)
	r := u.offerRestore()
	if r == nil {
		t.Fatal("no restore offer")
	}
	test.Tap(r.restore)
	if u.path != path || u.step != ix("metrics") || !u.dirty() {
		t.Errorf("restored at %q, step %d, dirty %v; want %q, metrics, dirty", u.path, u.step, u.dirty(), path)
	}
	u.save(nil) // saves to the file, asking nothing
	if u.dirty() {
		t.Error("still unsaved after Save")
	}
}

// The fractional vs full-time comparison shows only where the advice is
// about sales leadership.
func TestComparisonOnlyWhenLeadershipIsAdvised(t *testing.T) {
	for file, want := range map[string]bool{"acme-fractional.json": true, "solo-founder.json": false} {
		u := newTestUI(t)
		if err := u.openPath(filepath.Join("..", "examples", file)); err != nil {
			t.Fatal(err)
		}
		u.goTo(ix("recommendation"))
		if got := u.recommendation().comparison.Visible(); got != want {
			t.Errorf("%s: comparison visible = %v, want %v", file, got, want)
		}
	}
}

// TestListProblemReadsAsASentence: a problem with a whole list, which has
// no label of its own, reads as the others do: "Add at least one person…",
// not "people: add at least one person…".
func TestListProblemReadsAsASentence(t *testing.T) {
	u := newTestUI(t)
	open(t, u, example)
	u.answers.People = nil
	u.loadSession()
	got := u.blocker(ix("people"))
	if !strings.HasPrefix(got, "Add at least one person") {
		t.Errorf("with nobody, People says %q", got)
	}
}
