package ui

import (
	"fmt"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// stepBar is the row of steps at the top of the window: each step's name,
// with a tick once it is done. When the names do not fit, the steps other
// than the current one shrink to their number (or their tick), so that
// the bar never clips and never scrolls.
type stepBar struct {
	u           *UI
	full, short []*widget.Button
	state       []string // each step's look when last refreshed
	c           *fyne.Container
}

func newStepBar(u *UI) *stepBar {
	b := &stepBar{u: u}
	var objs []fyne.CanvasObject
	for i, s := range steps {
		f := widget.NewButton(s.title, func() { u.goTo(i) })
		sh := widget.NewButton(strconv.Itoa(i+1), func() { u.goTo(i) })
		b.full, b.short = append(b.full, f), append(b.short, sh)
		objs = append(objs, f, sh)
	}
	b.c = container.New(stepBarLayout{b}, objs...)
	return b
}

// done reports whether step i is complete: shown, and with nothing left
// to answer. A result step the user went past, by the step bar or the Go
// menu, counts as shown: it only shows the advice, which a later step
// shows too, and a Plan ticked beside an unticked Recommendation reads as
// a step missed.
func (u *UI) done(i int) bool {
	return i != u.step && u.shownOrPassed(i) && u.reachable(i) && (steps[i].input == 0 || u.blocker(i) == "")
}

func (u *UI) shownOrPassed(i int) bool {
	if u.visited[i] || !steps[i].result {
		return u.visited[i]
	}
	for j := i + 1; j < len(steps); j++ {
		if u.visited[j] {
			return true
		}
	}
	return false
}

// refresh shows each step as current, done, reachable or not; only the
// steps whose look changed are redrawn, as this runs on every keystroke.
func (b *stepBar) refresh() {
	u := b.u
	if b.state == nil {
		b.state = make([]string, len(steps))
	}
	changed := false
	for i := range steps {
		current, done, reachable := i == u.barStep(), u.done(i), u.reachable(i)
		state := fmt.Sprint(current, done, reachable)
		if state == b.state[i] {
			continue
		}
		b.state[i], changed = state, true
		for _, btn := range []*widget.Button{b.full[i], b.short[i]} {
			btn.Importance = widget.LowImportance
			if current {
				btn.Importance = widget.HighImportance
			}
			btn.Icon = nil
			if done {
				btn.Icon = theme.ConfirmIcon()
			}
			if reachable {
				btn.Enable()
			} else {
				btn.Disable()
			}
		}
		b.short[i].Text = strconv.Itoa(i + 1)
		if done {
			b.short[i].Text = ""
		}
		b.full[i].Refresh()
		b.short[i].Refresh()
	}
	if changed {
		b.c.Refresh()
	}
}

// stepBarLayout lays out the full names when they fit, else the current
// step's name among the others' numbers.
type stepBarLayout struct{ b *stepBar }

// widths returns the buttons to show for a bar of the given width.
func (l stepBarLayout) shown(width float32) []*widget.Button {
	b, pad := l.b, theme.Padding()
	var full float32
	for i, f := range b.full {
		if steps[i].within == "" {
			full += f.MinSize().Width + pad
		}
	}
	out := make([]*widget.Button, len(b.full))
	for i := range b.full {
		if steps[i].within != "" { // shown as part of its step
			continue
		}
		out[i] = b.full[i]
		if full-pad > width && i != b.u.barStep() {
			out[i] = b.short[i]
		}
	}
	return out
}

func (l stepBarLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, btn := range l.shown(0) { // the compact bar, its buttons abutting
		if btn == nil {
			continue
		}
		w += btn.MinSize().Width
		h = max(h, btn.MinSize().Height)
	}
	return fyne.NewSize(w, h)
}

func (l stepBarLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	shown := l.shown(size.Width)
	var x float32
	gap := theme.Padding()
	for i, btn := range shown {
		if btn != nil && btn != l.b.full[i] {
			gap = 0 // compact: the numbers abut, as the workshop view's large text needs the room
		}
	}
	for i, btn := range shown {
		if btn == nil {
			l.b.full[i].Hide()
			l.b.short[i].Hide()
			continue
		}
		other := l.b.full[i]
		if btn == other {
			other = l.b.short[i]
		}
		other.Hide()
		btn.Show()
		btn.Resize(fyne.NewSize(btn.MinSize().Width, size.Height))
		btn.Move(fyne.NewPos(x, 0))
		x += btn.MinSize().Width + gap
	}
}

// barStep is the step the bar shows as current: the current step, or the
// step it is part of.
func (u *UI) barStep() int {
	if w := steps[u.step].within; w != "" {
		return stepNamed(w)
	}
	return u.step
}

// linkLabel is the message beside Next: why the step is not complete.
// Tapping it takes the user to the field; it truncates rather than widen
// the window.
type linkLabel struct {
	widget.Label
	icon  *widget.Icon
	row   *fyne.Container
	onTap func()
	// full shows the whole message, wrapped, above the bottom bar while
	// the pointer is over a message cut short. It is a row of the window,
	// not a pop-up: a pop-up would take the pointer and hide at once.
	full    *widget.Label
	fullRow *fyne.Container
}

func newLinkLabel(onTap func()) *linkLabel {
	l := &linkLabel{onTap: onTap, icon: widget.NewIcon(nil), full: widget.NewLabel("")}
	l.full.Wrapping = fyne.TextWrapWord
	l.fullRow = container.NewPadded(l.full)
	l.fullRow.Hide()
	l.Truncation = fyne.TextTruncateEllipsis
	l.ExtendBaseWidget(l)
	l.row = container.NewBorder(nil, nil, l.icon, nil, l)
	return l
}

// setText shows why, as an error once its field shows it, else as a hint.
func (l *linkLabel) setText(why string, shown bool) {
	l.Importance = widget.MediumImportance
	l.icon.SetResource(theme.InfoIcon())
	if shown {
		l.Importance = widget.DangerImportance
		l.icon.SetResource(theme.NewErrorThemedResource(theme.ErrorIcon()))
	}
	l.SetText(why)
	l.row.Hidden = why == ""
	l.row.Refresh()
}

// Tapped takes the user to the field.
func (l *linkLabel) Tapped(*fyne.PointEvent) {
	if l.Text != "" {
		l.onTap()
	}
}

// truncated reports whether the label is too narrow for its text.
func (l *linkLabel) truncated() bool {
	return widget.NewLabelWithStyle(l.Text, fyne.TextAlignLeading, l.TextStyle).MinSize().Width > l.Size().Width+0.5
}

// MouseIn shows the whole message, if the label cuts it.
func (l *linkLabel) MouseIn(*desktop.MouseEvent) {
	if !l.truncated() {
		return
	}
	l.full.Importance = l.Importance
	l.full.SetText(l.Text)
	l.fullRow.Show()
}

// MouseMoved does nothing: the message shows while the pointer is over it.
func (l *linkLabel) MouseMoved(*desktop.MouseEvent) {}

// MouseOut hides the whole message.
func (l *linkLabel) MouseOut() { l.fullRow.Hide() }

// Cursor is a pointing hand: the message is a link.
func (l *linkLabel) Cursor() desktop.Cursor { return desktop.PointerCursor }

// notice is a passing message in the bottom bar, such as "Saved", with an
// optional action such as Undo. It covers the reason beside Next while it
// shows.
type notice struct {
	label  *widget.Label
	action *widget.Button
	box    *fyne.Container
	gen    int
}

func newNotice() *notice {
	n := &notice{label: widget.NewLabel("")}
	n.label.Importance = widget.SuccessImportance
	n.label.Truncation = fyne.TextTruncateEllipsis
	n.action = widget.NewButton("", nil)
	n.box = container.NewBorder(nil, nil, widget.NewIcon(theme.NewSuccessThemedResource(theme.ConfirmIcon())),
		n.action, n.label)
	n.box.Hide()
	return n
}

// Durations of the notices: long enough to read, or to change one's mind.
const (
	savedNotice = 4 * time.Second
	undoNotice  = 12 * time.Second
)

// notify shows text in the bottom bar for d, with a button labelled
// action that runs f (none if action is ""), and hides the reason beside
// Next meanwhile.
func (u *UI) notify(text string, d time.Duration, action string, f func()) {
	n := u.notice
	n.gen++
	gen := n.gen
	n.label.SetText(text)
	n.action.SetText(action)
	n.action.OnTapped = func() {
		u.hideNotice()
		f()
	}
	n.action.Hidden = action == ""
	n.box.Show()
	u.reason.row.Hide()
	n.box.Refresh()
	u.after(d, func() {
		if n.gen == gen {
			u.hideNotice()
		}
	})
}

// hideNotice hides the notice and brings back the reason beside Next.
func (u *UI) hideNotice() {
	u.notice.gen++
	u.notice.box.Hide()
	u.reason.row.Hidden = u.reason.Text == ""
	u.reason.row.Refresh()
}
