package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// pageOf is the scrolled page of step i.
func pageOf(u *UI, i int) *container.Scroll { return u.screen(i).content().(*container.Scroll) }

// TestPlanKeepsOffsetOnBadAssumption: leaving an assumption that does
// not read as a number re-renders the plan in place; the page stays where
// the user is, so that the next click lands where they aim.
func TestPlanKeepsOffsetOnBadAssumption(t *testing.T) {
	u := newTestUI(t)
	open(t, u, example)
	u.win.Resize(fyne.NewSize(800, 600))
	u.goTo(ix("plan"))
	a := u.figure("bands.sales_rep")
	e := a.parts[0].entry
	u.focusShowing(e, a.block)
	sc := pageOf(u, ix("plan"))
	before := sc.Offset.Y
	if before == 0 {
		t.Fatal("the last assumption shows without scrolling: the test proves nothing")
	}
	e.SetText("")
	test.Type(e, "200000") // above the band's middle: the plan cannot be advised
	u.win.Canvas().FocusNext()
	if sc.Offset.Y < before-1 {
		t.Errorf("leaving a bad assumption moved the page from %v to %v", before, sc.Offset.Y)
	}
}

// TestClickRevealsOnRelease: a click into a field half under the bottom
// edge scrolls it into view only when the button comes up. Scrolled on
// the press, the release lands beside the field and the window drops the
// focus: the next Tab started at the top of the page.
func TestClickRevealsOnRelease(t *testing.T) {
	u := newTestUI(t)
	open(t, u, example)
	u.win.Resize(fyne.NewSize(800, 600))
	u.goTo(ix("plan"))
	sc := pageOf(u, ix("plan"))
	e := u.figure("bands.sales_rep").parts[0].entry
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(e).Y - d.AbsolutePositionForObject(sc).Y
	sc.ScrollToOffset(fyne.NewPos(0, y+e.Size().Height/2-sc.Size().Height)) // half the field shows
	before := sc.Offset
	e.MouseDown(&desktop.MouseEvent{Button: desktop.MouseButtonPrimary})
	if u.win.Canvas().Focused() != e {
		t.Fatal("the press did not focus the field")
	}
	if sc.Offset != before {
		t.Errorf("the page scrolled under the pressed button, from %v to %v", before, sc.Offset)
	}
	e.MouseUp(&desktop.MouseEvent{Button: desktop.MouseButtonPrimary})
	if !inView(sc, e) {
		t.Error("the field does not show whole after the click")
	}
}

// TestStepsOpenAtTop: a step shown, or a session opened, starts at its
// heading, wherever its page was left before.
func TestStepsOpenAtTop(t *testing.T) {
	u := newTestUI(t)
	u.win.Resize(fyne.NewSize(800, 600))
	open(t, u, example)
	for _, name := range []string{"diagnosis", "recommendation", "plan"} {
		u.goTo(ix(name))
		sc := pageOf(u, ix(name))
		sc.ScrollToOffset(fyne.NewPos(0, 300))
		if sc.Offset.Y == 0 {
			t.Fatalf("%s does not scroll: the test proves nothing", name)
		}
	}
	u.goTo(ix("diagnosis"))
	if y := pageOf(u, ix("diagnosis")).Offset.Y; y != 0 {
		t.Errorf("Diagnosis shown again at %v, not at its top", y)
	}
	u.goTo(ix("recommendation"))
	open(t, u, example) // opens on the diagnosis
	if y := pageOf(u, u.step).Offset.Y; y != 0 {
		t.Errorf("a session opened on %s at %v, not at its top", steps[u.step].name, y)
	}
	u.goTo(ix("plan"))
	if y := pageOf(u, ix("plan")).Offset.Y; y != 0 {
		t.Errorf("Plan shown again at %v, not at its top", y)
	}
	pageOf(u, ix("plan")).ScrollToOffset(fyne.NewPos(0, 300))
	u.setMoneyHidden(true) // the step redrawn in place
	defer u.setMoneyHidden(false)
	if y := pageOf(u, ix("plan")).Offset.Y; y == 0 {
		t.Error("hiding money took the page back to its top")
	}
}
