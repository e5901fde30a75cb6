package ui

import (
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// spaceGrace is how soon after gaining the focus an entry ignores a typed
// space: long enough for the character event of the key press that moved
// the focus here, far shorter than a person takes to press a key.
const spaceGrace = 150 * time.Millisecond

// entry is a text field that behaves as desktop fields do: tabbing into it
// selects its text, so typing replaces a "0" instead of making "600"; and
// it ignores the space of a key press that focused it. Space on the "Add a
// person" button, or on a dialog's OK, moves the focus to a field within
// the same key press, whose character event would otherwise type a space
// into that field.
//
// It also scrolls itself into view when it gains the focus, runs onLeave
// when it loses it (a field's problem shows then, not mid-word), and
// moves on with Enter (UI.onEnter).
type entry struct {
	widget.Entry
	u         *UI
	onLeave   func()
	focusedAt time.Time
	fresh     bool // nothing typed since the focus came
	pressed   bool // a mouse button is down on it: see MouseDown
}

func (u *UI) newEntry() *entry {
	e := &entry{u: u}
	e.OnSubmitted = func(string) {
		if e.onLeave != nil {
			e.onLeave()
		}
		u.onEnter()
	}
	e.ExtendBaseWidget(e)
	return e
}

// newNumberEntry is an entry for a short number. It has no scroller of its
// own, so the mouse wheel over it scrolls the page instead of being spent
// on a field that has nothing to scroll.
func (u *UI) newNumberEntry() *entry {
	e := u.newEntry()
	e.Wrapping = fyne.TextWrapOff
	e.Scroll = container.ScrollNone
	return e
}

// FocusGained selects the text, as tabbing into a desktop field does, and
// scrolls the field into view.
func (e *entry) FocusGained() {
	e.focusedAt, e.fresh = time.Now(), true
	e.Entry.FocusGained()
	if e.Text != "" {
		e.TypedShortcut(&fyne.ShortcutSelectAll{})
	}
	if !e.pressed {
		e.u.reveal(e)
	}
}

// MouseDown focuses the entry, but scrolls it into view only once the
// button is released: scrolled under the pointer, the release would land
// beside the field, and the window takes a release on anything but the
// focused field for a click away from it, leaving no field focused (a
// Tab then started over at the top of the page).
func (e *entry) MouseDown(m *desktop.MouseEvent) {
	e.pressed = true
	e.Entry.MouseDown(m)
}

// MouseUp scrolls the entry into view, as FocusGained would have.
func (e *entry) MouseUp(m *desktop.MouseEvent) {
	e.Entry.MouseUp(m)
	if e.pressed {
		e.pressed = false
		e.u.reveal(e)
	}
}

// FocusLost runs onLeave.
func (e *entry) FocusLost() {
	e.Entry.FocusLost()
	if e.onLeave != nil {
		e.onLeave()
	}
}

// TypedRune drops a space that arrives with the focus (see entry).
func (e *entry) TypedRune(r rune) {
	fresh := e.fresh
	e.fresh = false
	if r == ' ' && fresh && time.Since(e.focusedAt) < spaceGrace {
		return
	}
	e.Entry.TypedRune(r)
}

// TypedKey ends the grace of TypedRune: a key was pressed in the field.
// F1 opens the guide.
func (e *entry) TypedKey(k *fyne.KeyEvent) {
	e.fresh = false
	if k.Name == fyne.KeyF1 {
		e.u.showGuide()
		return
	}
	e.Entry.TypedKey(k)
}

// SetText replaces the text and any selection in it, with the cursor at
// the end: a selection left from before would swallow what is typed next.
func (e *entry) SetText(t string) {
	e.Entry.SetText(t)
	e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
}

// clipText keeps what is typed or pasted in e within advisor.MaxTextLen
// characters, the most an answers file may hold; it reports whether it
// cut the text, in which case e's OnChanged runs again with the cut text.
func clipText(e *entry, t string) bool {
	if utf8.RuneCountInString(t) <= advisor.MaxTextLen {
		return false
	}
	e.SetText(string([]rune(t)[:advisor.MaxTextLen]))
	return true
}

// focused reports whether the entry has the keyboard focus: a screen that
// reloads as the user types leaves its text alone then.
func (e *entry) focused() bool { return e.u.win.Canvas().Focused() == e }
