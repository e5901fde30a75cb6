package ui

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
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
func newTestUI(t testing.TB) *UI {
	t.Helper()
	a := test.NewTempApp(t)
	w := a.NewWindow(AppName)
	u := newUI(a, w, t.TempDir())
	w.Resize(fyne.NewSize(1100, 760))
	t.Cleanup(w.Close)
	return u
}

// open opens path in u, failing the test if it cannot.
func open(t testing.TB, u *UI, path string) {
	t.Helper()
	if err := u.openPath(path); err != nil {
		t.Fatal(err)
	}
}

// typeInto types s into e, replacing its text, then leaves the field, as
// a person does who types an answer and moves on.
func typeInto(e *entry, s string) {
	typeOnly(e, s)
	e.u.win.Canvas().Unfocus()
}

// typeOnly types s into e, replacing its text, and stays in the field.
func typeOnly(e *entry, s string) {
	e.u.win.Canvas().Focus(e)
	e.SetText("")
	test.Type(e, s)
}

// ix is the index of the step with the given name.
func ix(name string) int {
	i := stepNamed(name)
	if i < 0 {
		panic("no step " + name)
	}
	return i
}

func wantStep(t *testing.T, u *UI, name string) {
	t.Helper()
	if steps[u.step].name != name {
		t.Fatalf("at step %s, want %s; blocked by %q", steps[u.step].name, name, u.blocker(u.step))
	}
}

// The screens, built if need be.
func (u *UI) welcome() *welcomeScreen               { return screenOf[*welcomeScreen](u) }
func (u *UI) company() *companyScreen               { return screenOf[*companyScreen](u) }
func (u *UI) people() *peopleScreen                 { return screenOf[*peopleScreen](u) }
func (u *UI) metrics() *metricsScreen               { return screenOf[*metricsScreen](u) }
func (u *UI) symptoms() *symptomsScreen             { return screenOf[*symptomsScreen](u) }
func (u *UI) budget() *budgetScreen                 { return screenOf[*budgetScreen](u) }
func (u *UI) review() *reviewScreen                 { return screenOf[*reviewScreen](u) }
func (u *UI) diagnosis() *diagnosisScreen           { return screenOf[*diagnosisScreen](u) }
func (u *UI) recommendation() *recommendationScreen { return screenOf[*recommendationScreen](u) }
func (u *UI) planScr() *planScreen                  { return screenOf[*planScreen](u) }

// number is the number field of the question with the given id, on
// Company, Metrics or Budget.
func (u *UI) number(id string) *numberField {
	for _, f := range []*form{u.company().form, u.metrics().form, u.budget().form} {
		if n := f.number(id); n != nil {
			return n
		}
	}
	panic("no number field " + id)
}

// figure is the editor of the plan assumption with the given id.
func (u *UI) figure(id string) *assumption {
	for _, a := range u.planScr().assumptions() {
		if a.key == id {
			return a
		}
	}
	panic("no assumption " + id)
}

// labelsText joins the text of the labels in a container, at any depth.
func labelsText(c *fyne.Container) string {
	var parts []string
	for _, o := range c.Objects {
		switch o := o.(type) {
		case *widget.Label:
			parts = append(parts, o.Text)
		case *tipLabel:
			parts = append(parts, o.Text)
		case *fyne.Container:
			parts = append(parts, labelsText(o))
		}
	}
	return strings.Join(parts, " | ")
}

// findButton finds the button labelled text in o, at any depth, looking
// into widgets' renderers as a person looks at the screen.
func findButton(o fyne.CanvasObject, text string) *widget.Button {
	switch b := o.(type) {
	case *widget.Button:
		if b.Text == text && b.Visible() {
			return b
		}
	case *button:
		if b.Text == text && b.Visible() {
			return &b.Button
		}
	}
	var children []fyne.CanvasObject
	switch o := o.(type) {
	case *fyne.Container:
		children = o.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(o).Objects()
	}
	for _, c := range children {
		if b := findButton(c, text); b != nil {
			return b
		}
	}
	return nil
}

// tapInDialog taps the button labelled text in the topmost dialog.
func tapInDialog(t *testing.T, u *UI, text string) {
	t.Helper()
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog shows; wanted to tap %q", text)
	}
	b := findButton(top, text)
	if b == nil {
		t.Fatalf("no %q button in the dialog", text)
	}
	test.Tap(b)
}

// crash ends an instance as a crash would: its lock goes, its autosave
// stays.
func crash(u *UI) {
	u.autosaves.release()
	u.win.Close()
}

// inView reports whether o shows whole within the scrolled page.
func inView(page *container.Scroll, o fyne.CanvasObject) bool {
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(page).Y
	return y >= 0 && y+o.Size().Height <= page.Size().Height
}
