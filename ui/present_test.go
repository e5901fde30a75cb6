package ui

import (
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// moneyFigure is a money figure as advisor.Money writes it in dollars.
var moneyFigure = regexp.MustCompile(`\$[0-9]`)

// shownText is every visible text on the window, one a line.
func shownText(u *UI) string {
	var b strings.Builder
	for _, o := range test.LaidOutObjects(u.win.Content()) {
		if textSize(o) > 0 {
			b.WriteString(textOf(o) + "\n")
		}
	}
	return b.String()
}

// TestPresentHideMoney: with Hide money on, no step of the result shows a
// money figure, and "•••" stands in for them; off again, they come back.
func TestPresentHideMoney(t *testing.T) {
	u := newTestUI(t)
	t.Cleanup(func() { moneyHidden.Store(false) })
	u.toggleWorkshop()
	open(t, u, example)
	u.goTo(ix("plan"))
	if !moneyFigure.MatchString(shownText(u)) {
		t.Fatal("the plan shows no money figure to hide")
	}
	test.Tap(u.present.hide)
	if !moneyHidden.Load() {
		t.Fatal("Hide money did not take")
	}
	for _, name := range []string{"diagnosis", "recommendation", "plan", "scenarios"} {
		u.goTo(ix(name))
		txt := shownText(u)
		if m := moneyFigure.FindAllString(txt, 3); len(m) > 0 {
			t.Errorf("%s shows money with Hide money on: %q", name, lineWith(txt, m[0]))
		}
	}
	if !strings.Contains(shownText(u), hiddenMoney) {
		t.Error("the options show no hidden figure")
	}
	u.goTo(ix("plan"))
	if u.planScr().assumptionsBox.Visible() {
		t.Error("the plan's pay bands and fees show in their fields with money hidden")
	}
	test.Tap(u.present.hide)
	u.goTo(ix("plan"))
	if !moneyFigure.MatchString(shownText(u)) || !u.planScr().assumptionsBox.Visible() {
		t.Error("money stays hidden after Hide money is off")
	}
	// Leaving the workshop view, whose bar holds the toggle, shows money.
	test.Tap(u.present.hide)
	u.toggleWorkshop()
	if moneyHidden.Load() || u.present.hide.Checked || !moneyFigure.MatchString(shownText(u)) {
		t.Error("money stays hidden outside the workshop view, with no toggle to show it")
	}
}

func lineWith(txt, s string) string {
	for _, l := range strings.Split(txt, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

// press delivers k as the window does: to the focused widget, else to
// the canvas.
func press(u *UI, k *fyne.KeyEvent) {
	if f := u.win.Canvas().Focused(); f != nil {
		f.TypedKey(k)
		return
	}
	u.onKey(k)
}

// TestPresentArrowKeys: while presenting, the arrow keys step through the
// screens, except in a text field, where they move the cursor; outside
// the workshop view they do nothing.
func TestPresentArrowKeys(t *testing.T) {
	u := newTestUI(t)
	open(t, u, example)
	u.goTo(ix("diagnosis"))
	c := u.win.Canvas()
	c.Unfocus()
	right := &fyne.KeyEvent{Name: fyne.KeyRight}
	left := &fyne.KeyEvent{Name: fyne.KeyLeft}
	press(u, right)
	wantStep(t, u, "diagnosis")
	if u.present.box.Visible() {
		t.Error("the presenting bar shows outside the workshop view")
	}
	u.toggleWorkshop()
	t.Cleanup(u.toggleWorkshop)
	if !u.present.box.Visible() || !strings.Contains(u.present.label.Text, "Presenting") {
		t.Error("no sign that presenting is on")
	}
	c.Unfocus()
	press(u, right)
	wantStep(t, u, "recommendation")
	press(u, right)
	press(u, right)
	wantStep(t, u, "scenarios")
	press(u, right) // the last step: stays
	wantStep(t, u, "scenarios")
	press(u, left)
	wantStep(t, u, "plan")

	// Input steps do not take the focus into their first field while
	// presenting: the arrow keys step through them too.
	u.goTo(ix("company"))
	press(u, right)
	wantStep(t, u, "people")
	press(u, left)
	wantStep(t, u, "company")
	u.goTo(ix("plan"))

	e := u.figure("burden_rate").parts[0].entry
	c.Focus(e)
	e.TypedKey(left)
	e.TypedKey(right)
	wantStep(t, u, "plan")
}

// TestPresentTextAtLeast20: the options, the step added for presenting,
// draw no text below 20 points in the workshop view.
func TestPresentTextAtLeast20(t *testing.T) {
	u := newTestUI(t)
	u.toggleWorkshop()
	open(t, u, example)
	u.goTo(ix("scenarios"))
	n := 0
	for _, o := range test.LaidOutObjects(u.win.Content()) {
		if txt := textSize(o); txt > 0 {
			n++
			if txt < workshopMinText {
				t.Errorf("text %q at %v points", textOf(o), txt)
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d texts on the options", n)
	}
}
