package ui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// scoreBar shows the role clarity score as a bar coloured by how far it is
// from healthy (red, amber, green), with a mark at the healthy threshold.
type scoreBar struct {
	widget.BaseWidget
	score, healthy int
}

func newScoreBar() *scoreBar {
	b := &scoreBar{}
	b.ExtendBaseWidget(b)
	return b
}

func (b *scoreBar) set(score, healthy int) {
	b.score, b.healthy = score, healthy
	b.Refresh()
}

// colour is the bar's colour: green from the healthy score, amber within
// 25 points below it, red further down.
func (b *scoreBar) colour() fyne.ThemeColorName {
	switch {
	case b.score >= b.healthy:
		return theme.ColorNameSuccess
	case b.score >= b.healthy-25:
		return theme.ColorNameWarning
	}
	return theme.ColorNameError
}

func (b *scoreBar) CreateRenderer() fyne.WidgetRenderer {
	r := &scoreBarRenderer{b: b, track: canvas.NewRectangle(color.Transparent), fill: canvas.NewRectangle(color.Transparent),
		mark: canvas.NewRectangle(color.Transparent), label: canvas.NewText("", color.Transparent)}
	r.Refresh()
	return r
}

type scoreBarRenderer struct {
	b                 *scoreBar
	track, fill, mark *canvas.Rectangle
	label             *canvas.Text
}

func (r *scoreBarRenderer) barHeight() float32 { return theme.TextSize() }

func (r *scoreBarRenderer) Layout(size fyne.Size) {
	h := r.barHeight()
	x := func(v int) float32 { return size.Width * float32(min(max(v, 0), 100)) / 100 }
	r.track.Move(fyne.NewPos(0, 0))
	r.track.Resize(fyne.NewSize(size.Width, h))
	r.fill.Move(fyne.NewPos(0, 0))
	r.fill.Resize(fyne.NewSize(x(r.b.score), h))
	r.mark.Move(fyne.NewPos(x(r.b.healthy)-1.5, -theme.Padding()))
	r.mark.Resize(fyne.NewSize(3, h+2*theme.Padding()))
	lw := r.label.MinSize().Width
	r.label.Move(fyne.NewPos(min(max(x(r.b.healthy)-lw/2, 0), size.Width-lw), h+theme.Padding()))
}

func (r *scoreBarRenderer) MinSize() fyne.Size {
	return fyne.NewSize(r.label.MinSize().Width, r.barHeight()+theme.Padding()+r.label.MinSize().Height)
}

func (r *scoreBarRenderer) Refresh() {
	r.track.FillColor = theme.Color(theme.ColorNameInputBackground)
	r.track.CornerRadius = r.barHeight() / 2
	r.fill.FillColor = theme.Color(r.b.colour())
	r.fill.CornerRadius = r.barHeight() / 2
	r.mark.FillColor = theme.Color(theme.ColorNameForeground)
	r.label.Text = fmt.Sprintf("healthy from %d", r.b.healthy)
	r.label.Color = theme.Color(theme.ColorNameForeground)
	r.label.TextSize = theme.CaptionTextSize()
	r.Layout(r.b.Size())
	canvas.Refresh(r.b)
}

func (r *scoreBarRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.track, r.fill, r.mark, r.label}
}
func (r *scoreBarRenderer) Destroy() {}

// tableLayout lays out a row of a table whose first column holds names:
// it gets the width the longest name needs, up to 40% of the row, and the
// other columns share the rest. Every row of a table shares one layout.
type tableLayout struct {
	cols  int
	names float32 // the widest name
}

// fit makes the first column wide enough for names.
func (l *tableLayout) fit(names []string) {
	l.names = widget.NewLabelWithStyle("Person", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}).MinSize().Width
	for _, n := range names {
		l.names = max(l.names, widget.NewLabel(n).MinSize().Width)
	}
	l.names += theme.Padding() * 2 // the window's text may measure a little wider
}

func (l *tableLayout) widths(width float32) (first, other float32) {
	pad := theme.Padding()
	first = min(l.names, width*0.4)
	other = (width - first - pad*float32(l.cols-1)) / float32(l.cols-1)
	return first, other
}

func (l *tableLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var h, w float32
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
		w = max(w, o.MinSize().Width)
	}
	return fyne.NewSize(w*float32(l.cols)/2, h)
}

func (l *tableLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	first, other := l.widths(size.Width)
	var x float32
	for i, o := range objs {
		w := other
		if i == 0 {
			w = first
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + theme.Padding()
	}
}

// tipLabel is a label that truncates with an ellipsis, and shows its whole
// text in a tooltip while the pointer is over it, if it is truncated.
type tipLabel struct {
	widget.Label
	tip *widget.PopUp
}

func newTipLabel(text string) *tipLabel {
	l := &tipLabel{}
	l.Text = text
	l.Truncation = fyne.TextTruncateEllipsis
	l.ExtendBaseWidget(l)
	return l
}

// truncated reports whether the label is too narrow for its text.
func (l *tipLabel) truncated() bool {
	return widget.NewLabelWithStyle(l.Text, fyne.TextAlignLeading, l.TextStyle).MinSize().Width > l.Size().Width+0.5
}

// MouseIn shows the whole text, if the label cuts it.
func (l *tipLabel) MouseIn(*desktop.MouseEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(l)
	if c == nil || !l.truncated() {
		return
	}
	text := widget.NewLabel(l.Text)
	l.tip = widget.NewPopUp(text, c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(l)
	l.tip.ShowAtPosition(pos.Add(fyne.NewPos(0, l.Size().Height)))
}

// MouseMoved does nothing: the tip stays while the pointer is over the label.
func (l *tipLabel) MouseMoved(*desktop.MouseEvent) {}

// MouseOut hides the tip.
func (l *tipLabel) MouseOut() {
	if l.tip != nil {
		l.tip.Hide()
		l.tip = nil
	}
}
