package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// reveal scrolls the page so that obj, which has just gained the keyboard
// focus (by Tab, a click, or the app taking the user to a field), shows
// whole. Fyne moves the focus without scrolling, so that a Tab into a
// field below the fold, or a person just added at the end of a long list,
// would leave the user typing where they cannot see.
func (u *UI) reveal(obj fyne.CanvasObject) {
	if u.body == nil || len(u.body.Objects) == 0 {
		return
	}
	path := pathTo(u.body.Objects[0], obj)
	si := -1
	for i, o := range path {
		if _, ok := o.(*container.Scroll); ok {
			si = i
		}
	}
	if si < 0 || si+1 >= len(path) {
		return
	}
	s := path[si].(*container.Scroll)
	var y float32
	for _, o := range path[si+2:] { // from the scrolled content down
		y += o.Position().Y
	}
	pad := theme.Padding() * 2
	off := s.Offset
	switch view := s.Size().Height; {
	case y-pad < off.Y:
		off.Y = y - pad
	case y+obj.Size().Height+pad > off.Y+view:
		off.Y = y + obj.Size().Height + pad - view
	default:
		return
	}
	off.Y = max(0, min(off.Y, s.Content.Size().Height-s.Size().Height))
	s.ScrollToOffset(off)
}

// focusShowing gives target the focus, taking the user to a field: the
// page is scrolled so that whole (the field with the message below it)
// shows, and the field itself if whole is taller than the page.
func (u *UI) focusShowing(target fyne.Focusable, whole fyne.CanvasObject) {
	if u.body != nil && len(u.body.Objects) > 0 {
		if sc, ok := u.body.Objects[0].(*container.Scroll); ok { // a message may have just appeared
			relayout(sc)
			layoutAll(sc.Content)
		}
	}
	u.win.Canvas().Focus(target)
	u.reveal(whole)
	if o, ok := target.(fyne.CanvasObject); ok {
		u.reveal(o)
	}
}

// relayout lays out a page again after objects were added, removed,
// shown or hidden on it, without refreshing every widget on it, as
// Scroll.Refresh would: with 200 people that took most of a second. A
// change of offset has the scroll fit its content to its new size.
func relayout(s *container.Scroll) {
	off := s.Offset
	s.ScrollToOffset(off.AddXY(0, 1))
	s.ScrollToOffset(off)
}

// layoutAll lays out every container in o, top down, as Container.Refresh
// would, without refreshing every widget: what changed refreshed itself.
func layoutAll(o fyne.CanvasObject) {
	switch c := o.(type) {
	case *fyne.Container:
		if c.Layout != nil && c.Visible() {
			c.Layout.Layout(c.Objects, c.Size())
		}
		for _, k := range c.Objects {
			layoutAll(k)
		}
	case *container.Scroll:
		layoutAll(c.Content)
	}
}

// pathTo returns the objects from root down to target, both included, or
// nil if target is not in root's containers. It looks into containers
// and scrolls only: the fields the app focuses sit in those.
func pathTo(root, target fyne.CanvasObject) []fyne.CanvasObject {
	if root == target {
		return []fyne.CanvasObject{root}
	}
	var kids []fyne.CanvasObject
	switch o := root.(type) {
	case *fyne.Container:
		kids = o.Objects
	case *container.Scroll:
		kids = []fyne.CanvasObject{o.Content}
	}
	for _, k := range kids {
		if p := pathTo(k, target); p != nil {
			return append([]fyne.CanvasObject{root}, p...)
		}
	}
	return nil
}

// The focusable widgets of the pages: each scrolls itself into view when
// it gains the focus, and Enter on it moves on (see UI.onEnter).

// check is a check box.
type check struct {
	widget.Check
	u *UI
}

func (u *UI) newCheck(label string, changed func(bool)) *check {
	c := &check{u: u}
	c.Text, c.OnChanged = label, changed
	c.ExtendBaseWidget(c)
	return c
}

// FocusGained scrolls the check box into view.
func (c *check) FocusGained() {
	c.Check.FocusGained()
	c.u.reveal(c)
}

// TypedKey moves on with Enter.
func (c *check) TypedKey(k *fyne.KeyEvent) {
	if !c.u.pageKey(k) {
		c.Check.TypedKey(k)
	}
}

// choice is a drop-down list.
type choice struct {
	widget.Select
	u *UI
}

func (u *UI) newSelect(options []string, changed func(string)) *choice {
	s := &choice{u: u}
	s.Options, s.OnChanged = options, changed
	s.PlaceHolder = "(Select one)"
	s.ExtendBaseWidget(s)
	return s
}

// FocusGained scrolls the list into view.
func (s *choice) FocusGained() {
	s.Select.FocusGained()
	s.u.reveal(s)
}

// TypedKey moves on with Enter.
func (s *choice) TypedKey(k *fyne.KeyEvent) {
	if !s.u.pageKey(k) {
		s.Select.TypedKey(k)
	}
}

// button is a button of a page.
type button struct {
	widget.Button
	u *UI
}

func (u *UI) newButton(label string, icon fyne.Resource, tapped func()) *button {
	b := &button{u: u}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// FocusGained scrolls the button into view.
func (b *button) FocusGained() {
	b.Button.FocusGained()
	b.u.reveal(b)
}

// TypedKey presses the button with Enter, as with Space.
func (b *button) TypedKey(k *fyne.KeyEvent) {
	switch {
	case isEnter(k):
		if !b.Disabled() && b.OnTapped != nil {
			b.OnTapped()
		}
	case !b.u.pageKey(k):
		b.Button.TypedKey(k)
	}
}

func isEnter(k *fyne.KeyEvent) bool { return k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter }

// pageKey handles the keys that act on the page wherever the focus is:
// Enter moves on, F1 opens the guide. It reports whether it took k.
func (u *UI) pageKey(k *fyne.KeyEvent) bool {
	switch {
	case isEnter(k):
		u.onEnter()
	case k.Name == fyne.KeyF1:
		u.showGuide()
	case u.presentKey(k):
	default:
		return false
	}
	return true
}
