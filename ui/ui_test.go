package ui

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
)

const example = "../examples/acme-fractional.json"

var update = flag.Bool("update", false, "rewrite the markup golden files in testdata/")

// assertMarkup compares the window with testdata/<name>, or rewrites it
// with -update.
func assertMarkup(t *testing.T, name string, c fyne.Canvas) {
	t.Helper()
	if *update {
		if err := os.WriteFile(filepath.Join("testdata", name), []byte(test.RenderToMarkup(c)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	test.AssertRendersToMarkup(t, name, c)
}

// newTestUI builds the wizard on Fyne's headless test driver, with the
// autosave in a temporary directory.
func newTestUI(t *testing.T) *UI {
	t.Helper()
	a := test.NewTempApp(t)
	w := a.NewWindow(AppName)
	u := newUI(a, w, t.TempDir())
	w.Resize(fyne.NewSize(1000, 760))
	t.Cleanup(w.Close)
	return u
}

func typeInto(e *entry, s string) {
	e.SetText("")
	test.Type(e, s)
}

func wantStep(t *testing.T, u *UI, step int) {
	t.Helper()
	if u.step != step {
		t.Fatalf("at step %d (%s), want %d (%s); blocked by %q", u.step, u.screens[u.step].title(), step, u.screens[step].title(), u.blocker(u.step))
	}
}

func TestWizardRun(t *testing.T) {
	u := newTestUI(t)
	test.Tap(u.welcome.newBtn)
	wantStep(t, u, stepCompany)

	typeInto(u.company.name, "Acme Tools")
	typeInto(u.company.revenue.entry, "$2.4m")
	typeInto(u.company.target.entry, "3,600,000")
	typeInto(u.company.customers.entry, "25")
	u.company.documented.radio.SetSelected(answerNo)
	test.Tap(u.next)
	wantStep(t, u, stepPeople)

	test.Tap(u.people.add)
	test.Tap(u.people.add)
	for i, p := range []struct {
		name, title string
		time        [4]string
		quota       string
	}{
		{"Dana", "Founder & CEO", [4]string{"50", "20", "10", "20"}, "110%"},
		{"Sam", "Account Executive", [4]string{"90", "", "", "10"}, "95"},
	} {
		r := u.people.rows[i]
		typeInto(r.name, p.name)
		typeInto(r.title, p.title)
		for j, x := range p.time {
			typeInto(r.parts[j].entry, x)
		}
		typeInto(r.quota.entry, p.quota)
	}
	test.Tap(u.people.rows[0].founder)
	test.Tap(u.next)
	wantStep(t, u, stepMetrics)

	for _, f := range u.metrics.fields {
		switch f.id {
		case "metrics.win_rate":
			typeInto(f.entry, "18%")
		case "metrics.forecast_accuracy":
			typeInto(f.entry, "60")
		case "metrics.pipeline_coverage":
			typeInto(f.entry, "2.1")
		}
	}
	test.Tap(u.next)
	wantStep(t, u, stepSymptoms)

	test.Tap(u.symptoms.checks[0])
	test.Tap(u.symptoms.checks[1])
	test.Tap(u.next)
	wantStep(t, u, stepBudget)

	typeInto(u.budget.budget.entry, "$120k")
	u.budget.fullTime.radio.SetSelected(answerYes)
	u.budget.candidate.SetSelected("Sam")
	test.Tap(u.budget.signals[0])
	test.Tap(u.budget.signals[3])
	test.Tap(u.next)
	wantStep(t, u, stepDiagnosis)

	if len(u.plan.Diagnosis.Findings) == 0 {
		t.Fatal("diagnosis has no findings")
	}
	if got := u.diagnosis.score.Text; !strings.Contains(got, "/ 100") {
		t.Errorf("score label = %q", got)
	}
	test.Tap(u.next)
	wantStep(t, u, stepRecommendation)
	if got, want := u.recommendation.primary.Text, u.plan.Recommendation.Primary.Title(); !strings.Contains(got, want) {
		t.Errorf("primary = %q, want %q", got, want)
	}
	test.Tap(u.next)
	wantStep(t, u, stepPlan)
	if !u.next.Disabled() {
		t.Error("Next is enabled on the last step")
	}

	// Totals follow an assumption as it is typed.
	before := u.plan.Year1
	burden := u.planScr.figures[0]
	typeInto(burden.entry, "50")
	if u.answers.Assumptions == nil || u.answers.Assumptions.BurdenRate == nil || *u.answers.Assumptions.BurdenRate != 50 {
		t.Fatalf("burden override not saved: %+v", u.answers.Assumptions)
	}
	if u.plan.Year1 <= before {
		t.Errorf("year 1 = %v after raising the burden, was %v", u.plan.Year1, before)
	}
	if !strings.Contains(labelsText(u.planScr.totals), advisor.Money(u.plan.Year1, "USD")) {
		t.Errorf("totals do not show the new year 1 cost %v", u.plan.Year1)
	}

	out := filepath.Join(t.TempDir(), "plan.xlsx")
	if err := u.exportTo(out); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(out); !bytes.HasPrefix(data, []byte("PK")) {
		t.Errorf("export is not an xlsx (zip) file: % x", data[:min(8, len(data))])
	}
	if got := u.defaultName(" hiring plan.xlsx"); got != "Acme Tools hiring plan.xlsx" {
		t.Errorf("default export name = %q", got)
	}
	if !strings.HasPrefix(u.win.Title(), "Sales Team Advisor — Acme Tools") {
		t.Errorf("title = %q", u.win.Title())
	}
}

// labelsText joins the text of the labels in a container, at any depth.
func labelsText(c *fyne.Container) string {
	var parts []string
	for _, o := range c.Objects {
		switch o := o.(type) {
		case *widget.Label:
			parts = append(parts, o.Text)
		case *fyne.Container:
			parts = append(parts, labelsText(o))
		}
	}
	return strings.Join(parts, " | ")
}

func TestValidationBlocksNext(t *testing.T) {
	u := newTestUI(t)
	test.Tap(u.welcome.newBtn)
	wantStep(t, u, stepCompany)
	if !u.next.Disabled() {
		t.Fatal("Next is enabled without a company name")
	}
	if !strings.Contains(u.reason.Text, "needs a name") {
		t.Errorf("reason beside Next = %q", u.reason.Text)
	}
	if u.company.nameField.msg.Visible() || u.reason.Importance == widget.DangerImportance {
		t.Error("a new client starts with an error beside the untouched name field")
	}
	typeInto(u.company.name, "x")
	typeInto(u.company.name, "")
	if !u.company.nameField.msg.Visible() || u.reason.Importance != widget.DangerImportance {
		t.Error("no message beside the emptied name field")
	}
	typeInto(u.company.name, "Acme Tools")
	if u.next.Disabled() {
		t.Fatalf("Next still disabled: %q", u.reason.Text)
	}

	typeInto(u.company.revenue.entry, "abc")
	if !u.next.Disabled() || !u.company.revenue.msg.Visible() || !strings.Contains(u.company.revenue.msg.Text, "not a number") {
		t.Fatalf("abc accepted: next disabled %v, message %q", u.next.Disabled(), u.company.revenue.msg.Text)
	}
	test.Tap(u.next)
	wantStep(t, u, stepCompany)
	typeInto(u.company.revenue.entry, "1.2m")
	if got := u.answers.Company.AnnualRevenue; got == nil || *got != 1_200_000 {
		t.Fatalf("revenue = %v", got)
	}
	test.Tap(u.next)
	wantStep(t, u, stepPeople)

	if !u.next.Disabled() {
		t.Fatal("Next enabled with nobody listed")
	}
	test.Tap(u.people.add)
	r := u.people.rows[0]
	typeInto(r.name, "Dana")
	typeInto(r.parts[0].entry, "80")
	typeInto(r.parts[1].entry, "50")
	if !u.next.Disabled() || !strings.Contains(r.timeField.msg.Text, "130") {
		t.Fatalf("a 130%% week is accepted: %q", r.timeField.msg.Text)
	}
	if !strings.Contains(r.total.Text, "130") {
		t.Errorf("live total = %q", r.total.Text)
	}
	typeInto(r.parts[1].entry, "20")
	if u.next.Disabled() {
		t.Fatalf("Next disabled with a 100%% week: %q", u.reason.Text)
	}
}

// TestNumberFieldsNeverCrash types what people type into every number field
// of the company step; the cases double as fuzz seeds.
func TestNumberFieldsNeverCrash(t *testing.T) {
	u := newTestUI(t)
	for _, in := range []string{"abc", "1,200,000", "$90k", "1.2m", "45%", "-5", "1e400", "NaN", "", "  ", "€ 10 000", "12..5", "$", "k"} {
		t.Run(in, func(t *testing.T) {
			for _, f := range []*numberField{u.company.revenue, u.company.target, u.company.customers, u.budget.budget} {
				typeInto(f.entry, in)
				_, err := f.q.Parse(in)
				refused := u.inputErr[f.id] != ""
				if refused != (err != nil && err != advisor.ErrDontKnow) {
					t.Errorf("%s: %q refused=%v, Parse error %v", f.id, in, refused, err)
				}
			}
		})
	}
}

func TestOpenSaveRoundTrip(t *testing.T) {
	u := newTestUI(t)
	if err := u.openPath(example); err != nil {
		t.Fatal(err)
	}
	if u.answers.Company.Name != "Acme Tools" || len(u.answers.People) != 2 {
		t.Fatalf("opened %+v", u.answers.Company)
	}
	if u.dirty() {
		t.Error("a freshly opened session is dirty")
	}
	if got := u.company.name.Text; got != "Acme Tools" {
		t.Errorf("company field shows %q", got)
	}
	if got := u.people.rows[1].name.Text; got != "Sam" {
		t.Errorf("second person shows %q", got)
	}
	if recent := u.recentFiles(); len(recent) == 0 || recent[0] != example {
		t.Errorf("recent files = %v", recent)
	}

	typeInto(u.company.target.entry, "4m")
	if !u.dirty() || !strings.HasSuffix(u.win.Title(), "*") {
		t.Fatalf("edit not marked unsaved: %q", u.win.Title())
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "Acme Tools.json")
	if err := u.saveTo(path); err != nil {
		t.Fatal(err)
	}
	if u.dirty() {
		t.Error("dirty after saving")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("save left %d files behind", len(entries))
	}
	want, _ := u.answers.MarshalFile()

	v := newTestUI(t)
	if err := v.openPath(path); err != nil {
		t.Fatal(err)
	}
	got, _ := v.answers.MarshalFile()
	if !bytes.Equal(got, want) {
		t.Errorf("round trip differs:\n%s\nwant\n%s", got, want)
	}
	if *v.answers.Company.RevenueTarget != 4e6 {
		t.Errorf("target = %v", *v.answers.Company.RevenueTarget)
	}
}

func TestDamagedFileKeepsSession(t *testing.T) {
	u := newTestUI(t)
	if err := u.openPath(example); err != nil {
		t.Fatal(err)
	}
	typeInto(u.company.name, "Acme Tools (edited)")
	before, _ := u.answers.MarshalFile()
	good, _ := os.ReadFile(example)
	dir := t.TempDir()
	for name, data := range map[string][]byte{
		"truncated.json": good[:len(good)/2],
		"unknown.json":   bytes.Replace(good, []byte(`"symptoms"`), []byte(`"symptons"`), 1),
		"empty.json":     nil,
		"picture.json":   {0x89, 'P', 'N', 'G'},
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := u.openPath(path); err == nil {
			t.Errorf("%s opened without error", name)
		}
		after, _ := u.answers.MarshalFile()
		if !bytes.Equal(before, after) || u.path != example {
			t.Errorf("%s changed the session (path %q)", name, u.path)
		}
	}
	if err := u.openPath(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("a missing file opened")
	}
}

func TestRestoreAfterCrash(t *testing.T) {
	a := test.NewTempApp(t)
	autosave := t.TempDir()

	// First run: work in progress is autosaved, then the app "crashes".
	w1 := a.NewWindow(AppName)
	first := newUI(a, w1, autosave)
	test.Tap(first.welcome.newBtn)
	typeInto(first.company.name, "Crashed Co")
	typeInto(first.company.revenue.entry, "900k")
	if _, err := os.Stat(first.autosaves.path); err != nil {
		t.Fatalf("no autosave: %v", err)
	}
	crash(first)

	// Next start: the restore offer brings the work back.
	w2 := a.NewWindow(AppName)
	u := newUI(a, w2, autosave)
	r := u.offerRestore()
	if r == nil {
		t.Fatal("no restore offer with an autosave present")
	}
	test.Tap(r.restore)
	if u.answers.Company.Name != "Crashed Co" || *u.answers.Company.AnnualRevenue != 900_000 {
		t.Fatalf("restored %+v", u.answers.Company)
	}
	if u.company.name.Text != "Crashed Co" || !u.dirty() {
		t.Errorf("restored session: field %q, dirty %v", u.company.name.Text, u.dirty())
	}

	// The restored work is now the second instance's own autosave.
	crash(u)
	w3 := a.NewWindow(AppName)
	v := newUI(a, w3, autosave)
	test.Tap(v.offerRestore().discard)
	if _, err := os.Stat(u.autosaves.path); !os.IsNotExist(err) {
		t.Errorf("autosave still there after discard: %v", err)
	}
	if _, err := os.Stat(first.autosaves.path); !os.IsNotExist(err) {
		t.Errorf("the restored autosave is still there: %v", err)
	}
	if newUI(a, a.NewWindow(AppName), autosave).offerRestore() != nil {
		t.Error("restore offered without an autosave")
	}
}

// crash ends an instance as a crash would: its lock goes, its autosave
// stays.
func crash(u *UI) {
	u.autosaves.release()
	u.win.Close()
}

// TestScreensMarkup pins the layout of two input steps. The result screens
// are left out on purpose: their text is the advisor's and changes with it;
// TestWizardRun checks what they show. Run with -args -update to rewrite.
func TestScreensMarkup(t *testing.T) {
	u := newTestUI(t)
	u.win.Resize(fyne.NewSize(900, 700))
	test.Tap(u.welcome.newBtn)
	assertMarkup(t, "company.xml", u.win.Canvas())
	if err := u.openPath(example); err != nil {
		t.Fatal(err)
	}
	typeInto(u.people.rows[1].parts[0].entry, "95") // a week of 105%: the message shows
	u.goTo(stepPeople)
	wantStep(t, u, stepPeople)
	assertMarkup(t, "people.xml", u.win.Canvas())
}
