package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// bigSession writes a session with n people and returns its path.
func bigSession(tb testing.TB, n int) string {
	tb.Helper()
	a := advisor.Answers{Version: advisor.FormatVersion, Company: advisor.Company{Name: "Big Co", Currency: "USD"}}
	a.People = append(a.People, advisor.Person{Name: "Manager", Time: advisor.TimeSplit{Managing: 70, Forecasting: 30}})
	for i := 1; i < n; i++ {
		a.People = append(a.People, advisor.Person{Name: fmt.Sprintf("Rep %d", i), Title: "Account Executive",
			Time: advisor.TimeSplit{Selling: 90, Other: 10}, QuotaAttainment: advisor.Ptr(80.0)})
	}
	data, err := a.MarshalFile()
	if err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(tb.TempDir(), "big.json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		tb.Fatal(err)
	}
	return path
}

// BenchmarkOpen200People opens a 200-person session and shows the People
// step laid out in the window: what a user waits for before they can type.
func BenchmarkOpen200People(b *testing.B) {
	path := bigSession(b, 200)
	a := test.NewTempApp(b)
	w := a.NewWindow(AppName)
	w.Resize(fyne.NewSize(1000, 760))
	u := newUI(a, w, b.TempDir())
	for b.Loop() {
		if err := u.openPath(path); err != nil {
			b.Fatal(err)
		}
		u.goTo(ix("people"))
		test.LaidOutObjects(w.Content()) // as the window's first paint lays it out
	}
}

func writeTemp(tb testing.TB, path, data string) {
	tb.Helper()
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkKeystroke200People types one character into a name in a
// 200-person session: validation, messages, title and autosave follow
// every keystroke.
func BenchmarkKeystroke200People(b *testing.B) {
	a := test.NewTempApp(b)
	w := a.NewWindow(AppName)
	w.Resize(fyne.NewSize(1000, 760))
	u := newUI(a, w, b.TempDir())
	if err := u.openPath(bigSession(b, 200)); err != nil {
		b.Fatal(err)
	}
	u.goTo(ix("people"))
	e := u.people().rows[100].name.entry
	u.win.Canvas().Focus(e)
	for b.Loop() {
		e.TypedRune('x')
	}
}

// BenchmarkTab200People moves the focus from field to field, as Tab does,
// in a 200-person session: each move scrolls the field into view.
func BenchmarkTab200People(b *testing.B) {
	u := newTestUI(b)
	if err := u.openPath(bigSession(b, 200)); err != nil {
		b.Fatal(err)
	}
	u.goTo(ix("people"))
	test.LaidOutObjects(u.win.Content())
	c := u.win.Canvas()
	c.Focus(u.people().rows[0].name.entry)
	for b.Loop() {
		c.FocusNext()
	}
}

// BenchmarkAddRemove200People adds a person to a 200-person session and
// removes them again.
func BenchmarkAddRemove200People(b *testing.B) {
	u := newTestUI(b)
	if err := u.openPath(bigSession(b, advisor.MaxPeople-1)); err != nil {
		b.Fatal(err)
	}
	u.goTo(ix("people"))
	test.LaidOutObjects(u.win.Content())
	s := u.people()
	for b.Loop() {
		s.onAdd()
		s.rows[len(s.rows)-1].remove.OnTapped()
	}
}

// BenchmarkAssumptionEdit types into an assumption on the Plan step, as a
// user changing the burden does: the plan is advised again and the totals
// show the new figures.
func BenchmarkAssumptionEdit(b *testing.B) {
	a := test.NewTempApp(b)
	w := a.NewWindow(AppName)
	w.Resize(fyne.NewSize(1100, 760))
	u := newUI(a, w, b.TempDir())
	if err := u.openPath(example); err != nil {
		b.Fatal(err)
	}
	u.goTo(ix("plan"))
	// The range runs on the other core, after the frame: newUI drops it.
	e := u.figure("burden_rate").parts[0].entry
	vals := []string{"40", "41"} // typing a new burden: 40, then 41
	i := 0
	for b.Loop() {
		e.SetText(vals[i%2])
		i++
	}
}

// BenchmarkLaunch builds what the window shows first, as New does before
// the window maps: the Welcome screen, the step bar, the menus. The rest
// is built when first shown. (.ci/startup-bench.sh measures the launch
// against a bare Fyne window.)
func BenchmarkLaunch(b *testing.B) {
	a := test.NewTempApp(b)
	for b.Loop() {
		w := a.NewWindow(AppName)
		u := newUIState(a, w, "")
		u.build()
		test.LaidOutObjects(w.Content())
		w.Close()
	}
}
