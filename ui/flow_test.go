package ui

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
	"github.com/salesteamadvisor/salesteam/assets"
)

// TestStepsTable: the table names each step once, gathers each of the
// advisor's input steps once, and the Go menu and SALESTEAM_STEP address
// steps by it.
func TestStepsTable(t *testing.T) {
	names, keys, inputs := map[string]bool{}, map[fyne.KeyName]bool{}, map[advisor.Step]int{}
	for _, s := range steps {
		if s.name == "" || s.title == "" || s.guide == "" || s.make == nil || names[s.name] || keys[s.key] {
			t.Errorf("step %+v: missing or repeated name, title, guide, constructor or key", s)
		}
		names[s.name], keys[s.key] = true, true
		if s.input != 0 {
			inputs[s.input]++
		}
	}
	for _, s := range advisor.Steps() {
		if inputs[s] != 1 {
			t.Errorf("advisor step %v is gathered by %d steps", s, inputs[s])
		}
	}
	u := newTestUI(t)
	var goMenu *fyne.Menu
	for _, m := range u.win.MainMenu().Items {
		if m.Label == "Go" {
			goMenu = m
		}
	}
	for _, s := range steps {
		found := false
		for _, it := range goMenu.Items {
			if s.key == "" && it.Label == s.title && it.Shortcut == nil { // a step within another: no digit left
				found = true
			}
			if sc, ok := it.Shortcut.(*desktop.CustomShortcut); ok && it.Label == s.title && sc.KeyName == s.key {
				found = true
			}
		}
		if !found {
			t.Errorf("the Go menu has no %s item on Ctrl+%s", s.title, s.key)
		}
	}

	// .ci/screenshots.sh reads the names from the table's source.
	src, err := os.ReadFile("steps.go")
	if err != nil {
		t.Fatal(err)
	}
	var listed []string
	for _, m := range regexp.MustCompile(`\{name: "([a-z]+)"`).FindAllStringSubmatch(string(src), -1) {
		listed = append(listed, m[1])
	}
	var want []string
	for _, s := range steps {
		want = append(want, s.name)
	}
	if !slices.Equal(listed, want) {
		t.Errorf("the screenshot script reads the steps %v, want %v", listed, want)
	}

	t.Setenv("SALESTEAM_OPEN", example)
	t.Setenv("SALESTEAM_STEP", "plan")
	u.openFromEnv()
	wantStep(t, u, "plan")
	if r := u.recentFiles(); len(r) != 0 {
		t.Errorf("a session opened from the environment went to Open Recent: %v", r)
	}
}

// TestProgressAndMarks: the bottom bar says "Step 2 of 10", and a step is
// ticked in the step bar once it is done.
func TestProgressAndMarks(t *testing.T) {
	u := newTestUI(t)
	test.Tap(u.welcome().newBtn)
	if want := fmt.Sprintf("Step 2 of %d", len(steps)); u.progress.Text != want {
		t.Errorf("progress %q, want %q", u.progress.Text, want)
	}
	company := ix("company")
	typeInto(u.company().name(), "Acme")
	test.Tap(u.next)
	if u.bar.full[company].Icon == nil || u.bar.full[ix("people")].Icon != nil {
		t.Error("Company is not ticked once done, or People is ticked before it is")
	}
	if u.bar.full[ix("welcome")].Icon == nil {
		t.Error("Welcome is not ticked once a new client has started")
	}
	if u.bar.full[ix("metrics")].Disabled() == false {
		t.Error("Metrics can be reached with nobody on the People step")
	}
}

// TestStepBarNeverClips: every step's name shows in full where it fits;
// where it does not (the workshop view, a small window), the other steps
// shrink to their number, and no button is ever narrower than its text.
func TestStepBarNeverClips(t *testing.T) {
	for _, c := range []struct {
		name     string
		size     fyne.Size
		workshop bool
		full     bool // every name shows
	}{
		{"1100x760", fyne.NewSize(1100, 760), false, true},
		{"800x600", fyne.NewSize(800, 600), false, false},
		{"workshop 1100x760", fyne.NewSize(1100, 760), true, false},
		{"workshop 800x600", fyne.NewSize(800, 600), true, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			u := newTestUI(t)
			if c.workshop {
				u.toggleWorkshop()
			}
			open(t, u, example)
			u.win.Resize(c.size)
			u.goTo(ix("recommendation"))
			test.LaidOutObjects(u.win.Content())
			var right float32
			full := true
			for i := range steps {
				for _, b := range []*widget.Button{u.bar.full[i], u.bar.short[i]} {
					if !b.Visible() {
						continue
					}
					if b.Size().Width < b.MinSize().Width || b.Position().X < right {
						t.Errorf("step %d is clipped or overlaps: %v at %v, needs %v", i+1, b.Size(), b.Position(), b.MinSize())
					}
					right = b.Position().X + b.Size().Width
					full = full && b == u.bar.full[i]
				}
			}
			if right > u.bar.c.Size().Width {
				t.Errorf("the steps end at %v, past the bar's %v", right, u.bar.c.Size().Width)
			}
			if full != c.full || !u.bar.full[ix("recommendation")].Visible() {
				t.Errorf("every name shows: %v, want %v; the current step's name must show", full, c.full)
			}
		})
	}
}

// TestWorkshopTextAtLeast20: nothing on any step of the workshop view is
// drawn below 20 points, captions and chart labels included.
func TestWorkshopTextAtLeast20(t *testing.T) {
	u := newTestUI(t)
	u.toggleWorkshop()
	open(t, u, example)
	for i, s := range steps {
		u.goTo(i)
		for _, o := range test.LaidOutObjects(u.win.Content()) {
			if txt := textSize(o); txt > 0 && txt < workshopMinText {
				t.Errorf("%s: text %q at %v points", s.name, textOf(o), txt)
			}
		}
	}
}

// TestEnterMovesOn: Enter in a field moves to the next step once the step
// is complete; while it is not, it takes the user to what is missing. On
// the plan, Enter in an assumption exports nothing.
func TestEnterMovesOn(t *testing.T) {
	u := newTestUI(t)
	test.Tap(u.welcome().newBtn)
	name := u.company().name()
	revenue := u.number("company.annual_revenue").entry
	u.win.Canvas().Focus(revenue)
	revenue.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	wantStep(t, u, "company")
	if u.win.Canvas().Focused() != name || !u.company().form.byID["company.name"].(*textField).msg.Visible() {
		t.Error("Enter on an incomplete step does not take the user to the missing name")
	}
	typeOnly(name, "Acme")
	name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	wantStep(t, u, "people")
	u.win.Canvas().Unfocus()
	u.onKey(&fyne.KeyEvent{Name: fyne.KeyEnter}) // nothing focused: the window takes it
	wantStep(t, u, "people")                     // nobody yet
	if u.win.Canvas().Focused() != u.people().add {
		t.Error("Enter with nobody listed does not go to Add")
	}

	open(t, u, example)
	u.goTo(ix("plan"))
	e := u.figure("burden_rate").parts[0].entry
	typeOnly(e, "40")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if u.exported != nil || u.win.Canvas().Overlays().Top() != nil {
		t.Error("Enter in an assumption started the export")
	}
}

// TestMessagesWaitForLeave: a refused number says so when the user leaves
// the field, not at the first keystroke; the field says what it
// understood of what people write.
func TestMessagesWaitForLeave(t *testing.T) {
	u := newTestUI(t)
	test.Tap(u.welcome().newBtn)
	typeInto(u.company().name(), "Acme")
	rev := u.number("company.annual_revenue")
	typeOnly(rev.entry, "2.4 mill")
	if rev.msg.Visible() || u.reason.Importance == widget.DangerImportance {
		t.Error("an error shows while the user is still typing")
	}
	u.win.Canvas().Unfocus()
	if !rev.msg.Visible() || !strings.Contains(rev.msg.Text, "not a number") {
		t.Errorf("no message after leaving the field: %q", rev.msg.Text)
	}
	open(t, u, example)                                          // every step reachable
	for _, c := range []struct{ id, typed, hint, shown string }{ // each on its step
		{"company.annual_revenue", "$3.5 million", "= 3,500,000", "3,500,000"},
		{"company.revenue_target", "4200000", "= 4,200,000", "4,200,000"},
		{"constraints.annual_leadership_budget", "90k a year", "= 90,000", "90,000"},
		{"metrics.win_rate", "about 40", "= 40", "40"},
		{"metrics.forecast_accuracy", "40 percent", "= 40", "40"},
	} {
		f := u.number(c.id)
		if !u.goTo(fieldStep(c.id)) {
			t.Fatalf("cannot show %s", c.id)
		}
		typeOnly(f.entry, c.typed)
		if f.hint.Text != c.hint {
			t.Errorf("%s: %q says %q, want %q", c.id, c.typed, f.hint.Text, c.hint)
		}
		u.win.Canvas().Unfocus()
		if f.entry.Text != c.shown || f.msg.Visible() {
			t.Errorf("%s: after leaving, the field reads %q (message %q), want %q", c.id, f.entry.Text, f.msg.Text, c.shown)
		}
	}
}

// TestFocusScrollsIntoView: a field that gains the focus below the fold,
// by Tab or by Add, is scrolled into view; so is the field the message
// beside Next takes the user to.
func TestFocusScrollsIntoView(t *testing.T) {
	u := newTestUI(t)
	open(t, u, bigSession(t, 40))
	u.goTo(ix("people"))
	test.LaidOutObjects(u.win.Content())
	page := u.people().view.(*container.Scroll)
	visible := func(o fyne.CanvasObject) bool {
		y := fyne.CurrentApp().Driver().AbsolutePositionForObject(o).Y - fyne.CurrentApp().Driver().AbsolutePositionForObject(page).Y
		return y >= 0 && y+o.Size().Height <= page.Size().Height
	}
	last := u.people().rows[39].quota.entry
	u.win.Canvas().Focus(u.people().rows[39].parts[3].entry)
	u.win.Canvas().FocusNext() // Tab
	if u.win.Canvas().Focused() != last || !visible(last) || page.Offset.Y == 0 {
		t.Errorf("Tab to the last quota leaves it out of view (offset %v)", page.Offset)
	}
	page.ScrollToOffset(fyne.NewPos(0, 0))
	u.people().add.OnTapped()
	name := u.people().rows[40].name.entry
	if u.win.Canvas().Focused() != name || !visible(name) {
		t.Errorf("the person just added is out of view (offset %v)", page.Offset)
	}

	// The new person has no name: the message beside Next takes the user
	// to the field, from wherever the page is.
	page.ScrollToOffset(fyne.NewPos(0, 0))
	u.win.Canvas().Unfocus()
	if !strings.Contains(u.reason.Text, "Person 41") {
		t.Fatalf("reason %q", u.reason.Text)
	}
	u.reason.Tapped(nil)
	if u.win.Canvas().Focused() != name || !visible(name) || !u.people().rows[40].msg.Visible() {
		t.Errorf("the message does not take the user to the field")
	}
}

// TestSaveAsAndNotices: Save As writes the session where the dialog says,
// and a brief notice says so; the export's notice offers to open the
// workbook or its folder.
func TestSaveAsAndNotices(t *testing.T) {
	u := newTestUI(t)
	open(t, u, example)
	dir := t.TempDir()
	u.path = filepath.Join(dir, "elsewhere.json") // the dialog opens in dir
	u.saveAs(nil)
	tapInDialog(t, u, "Save")
	want := filepath.Join(dir, "Acme Tools.json")
	if u.path != want {
		t.Fatalf("saved to %q, want %q", u.path, want)
	}
	if _, err := advisor.LoadFile(want); err != nil {
		t.Fatal(err)
	}
	if !u.notice.box.Visible() || u.notice.label.Text != "Saved to Acme Tools.json." || u.reason.row.Visible() {
		t.Errorf("notice %q visible %v", u.notice.label.Text, u.notice.box.Visible())
	}
	u.hideNotice()

	var opened []string
	u.openURL = func(l *url.URL) error { opened = append(opened, l.String()); return nil }
	u.onExport()
	tapInDialog(t, u, "Save")
	book := filepath.Join(dir, "Acme Tools hiring plan.xlsx")
	if _, err := os.Stat(book); err != nil || u.exported == nil {
		t.Fatalf("no workbook, or no notice: %v", err)
	}
	test.Tap(u.exported.workbook)
	u.showExported(book)
	test.Tap(u.exported.folder)
	if len(opened) != 2 || opened[0] != fileURL(book).String() || opened[1] != fileURL(dir).String() || !strings.HasPrefix(opened[0], "file:///") {
		t.Errorf("opened %v", opened)
	}
}

// TestReopensOnSavedStep: a session opens again on the step it was saved
// on.
func TestReopensOnSavedStep(t *testing.T) {
	a := test.NewTempApp(t)
	u := newUI(a, a.NewWindow(AppName), t.TempDir())
	open(t, u, example)
	u.goTo(ix("symptoms"))
	path := filepath.Join(t.TempDir(), "acme.json")
	if err := u.saveTo(path); err != nil {
		t.Fatal(err)
	}
	v := newUI(a, a.NewWindow(AppName), t.TempDir())
	open(t, v, path)
	wantStep(t, v, "symptoms")
}

// TestOpenFromTheDialog: what the open dialog hands over is read with the
// size limit and added to Open Recent; a large file is refused.
func TestOpenFromTheDialog(t *testing.T) {
	u := newTestUI(t)
	data, _ := os.ReadFile(example)
	if err := u.openReader(strings.NewReader(string(data)), "/clients/acme.json", true); err != nil {
		t.Fatal(err)
	}
	if u.answers.Company.Name != "Acme Tools" || u.recentFiles()[0] != "/clients/acme.json" {
		t.Errorf("opened %q, recent %v", u.answers.Company.Name, u.recentFiles())
	}
	big := strings.Repeat(" ", advisor.MaxFileSize+1)
	if err := u.openReader(strings.NewReader(big), "/clients/big.json", true); err == nil || !strings.Contains(u.lastMessage, "too large") {
		t.Errorf("a large file: %v, %q", err, u.lastMessage)
	}

	// With unsaved changes, Open asks first.
	typeInto(u.company().name(), "Acme (edited)")
	u.onOpen()
	if u.unsaved == nil {
		t.Fatal("Open did not ask about the unsaved changes")
	}
	test.Tap(u.unsaved.cancel)
}

// TestCloseAndQuit: closing or quitting with unsaved changes asks first;
// Cancel keeps the window and the autosave; a clean close drops the
// autosave and remembers the window's size.
func TestCloseAndQuit(t *testing.T) {
	for _, how := range []string{"close", "quit"} {
		t.Run(how, func(t *testing.T) {
			a := test.NewTempApp(t)
			u := newUI(a, a.NewWindow(AppName), t.TempDir()) // closed by the test
			act := u.onClose
			if how == "quit" {
				act = u.onQuit
			}
			open(t, u, example)
			typeInto(u.company().name(), "Acme (edited)")
			act()
			if u.unsaved == nil {
				t.Fatal("no prompt")
			}
			test.Tap(u.unsaved.cancel)
			if _, err := os.Stat(u.autosaves.path); err != nil {
				t.Fatalf("Cancel lost the autosave: %v", err)
			}
			u.win.Resize(fyne.NewSize(900, 650))
			u.unsaved = nil
			act()
			test.Tap(u.unsaved.discard)
			if _, err := os.Stat(u.autosaves.path); !os.IsNotExist(err) {
				t.Errorf("the autosave outlives a clean %s: %v", how, err)
			}
			if w := u.app.Preferences().Float(prefWidth); w != 900 {
				t.Errorf("window width remembered as %v", w)
			}
		})
	}
}

// TestReviewChangesInOneClick: each answer on the Review has a button
// that goes to its field.
func TestReviewChangesInOneClick(t *testing.T) {
	u := newTestUI(t)
	open(t, u, example)
	u.goTo(ix("review"))
	r := u.review()
	for id, want := range map[string]fyne.Focusable{
		"company.revenue_target":               u.number("company.revenue_target").entry,
		"people[1].name":                       u.people().rows[1].name.entry,
		"metrics.win_rate":                     u.number("metrics.win_rate").entry,
		"constraints.annual_leadership_budget": u.number("constraints.annual_leadership_budget").entry,
	} {
		u.goTo(ix("review"))
		b, ok := r.changes[id]
		if !ok {
			t.Fatalf("no Change button for %s", id)
		}
		b.OnTapped()
		if u.win.Canvas().Focused() != want {
			t.Errorf("Change %s focuses %T on step %s", id, u.win.Canvas().Focused(), steps[u.step].name)
		}
	}
	if got := labelsText(r.body); !strings.Contains(got, "Sam") || !strings.Contains(got, "$2,400,000") {
		t.Errorf("review %q", got)
	}
	u.answers.People[1].QuotaAttainment = nil
	u.goTo(ix("review"))
	if got := labelsText(r.body); !strings.Contains(got, "; no quota") || strings.Contains(got, "No quota") {
		t.Errorf("a person without a quota reads %q", got)
	}
}

// TestHelpMenu: the guide names every step, the About box the version,
// the licence and where the numbers come from.
func TestHelpMenu(t *testing.T) {
	u := newTestUI(t)
	u.showGuide()
	for _, s := range steps {
		if !strings.Contains(u.lastMessage, s.title) {
			t.Errorf("the guide lacks %s", s.title)
		}
	}
	u.onKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	u.showAbout()
	fig, _ := advisor.DefaultAssumptions().Figure("burden_rate")
	for _, want := range []string{assets.Version, "Licence", fig.Source} {
		if !strings.Contains(u.lastMessage, want) {
			t.Errorf("About lacks %q", want)
		}
	}
}

// textSize is the size of the text an object draws, or 0.
func textSize(o fyne.CanvasObject) float32 {
	if txt, ok := o.(*canvas.Text); ok && o.Visible() && strings.TrimSpace(txt.Text) != "" {
		return txt.TextSize
	}
	return 0
}

func textOf(o fyne.CanvasObject) string {
	if txt, ok := o.(*canvas.Text); ok {
		return txt.Text
	}
	return ""
}

// TestTabFromLastFieldGoesToNext: Tab from a page's last field reaches
// Next before Back and the step bar.
func TestTabFromLastFieldGoesToNext(t *testing.T) {
	u := newTestUI(t)
	open(t, u, example)
	u.goTo(ix("metrics"))
	u.win.Canvas().Focus(u.number("metrics.reps_at_quota").entry)
	u.win.Canvas().FocusNext()
	if got := u.win.Canvas().Focused(); got != u.next {
		t.Errorf("Tab from the last field focuses %T, not Next", got)
	}
	u.win.Canvas().FocusNext()
	if got := u.win.Canvas().Focused(); got != u.back {
		t.Errorf("Tab from Next focuses %T, not Back", got)
	}
}
