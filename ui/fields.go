package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// entryWidth is the width of a number or short text field.
const entryWidth = 260

// sized gives an input a comfortable width for a number or a name.
func sized(o fyne.CanvasObject) fyne.CanvasObject { return widthOf(entryWidth, o) }

// widthOf gives an object a width that grows with the theme's text size
// (the workshop view enlarges it) and its own minimum height.
func widthOf(w float32, o fyne.CanvasObject) fyne.CanvasObject {
	return container.New(fixedWidth(w), o)
}

// fixedWidth lays out one object at a set width, scaled like the text.
type fixedWidth float32

func (w fixedWidth) width() float32 { return float32(w) * theme.TextSize() / 14 }

func (w fixedWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var h float32
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(w.width(), h)
}

func (w fixedWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(fyne.NewSize(w.width(), size.Height))
	}
}

// heading is a screen's title and introduction.
func heading(title, intro string) fyne.CanvasObject {
	t := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.SizeName = theme.SizeNameHeadingText
	t.Wrapping = fyne.TextWrapWord
	if intro == "" {
		return t
	}
	i := widget.NewLabel(intro)
	i.Wrapping = fyne.TextWrapWord
	return container.NewVBox(t, i)
}

// page wraps a screen's content so that long content scrolls.
func page(objs ...fyne.CanvasObject) fyne.CanvasObject {
	return container.NewVScroll(container.NewPadded(container.NewVBox(objs...)))
}

// flow lays objects out in as many equal columns as the width allows, up to
// max, wrapping to more rows when the window is narrow or the text large;
// unlike a fixed grid, it never makes the window wider than one object.
type flow struct {
	max  int
	cols int // as last laid out; the height follows it
	c    *fyne.Container
}

// newFlow is a container whose objects flow into at most max columns.
func newFlow(max int, objs ...fyne.CanvasObject) *fyne.Container {
	f := &flow{max: max}
	f.c = container.New(f, objs...)
	return f.c
}

func (f *flow) visible(objs []fyne.CanvasObject) []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, 0, len(objs))
	for _, o := range objs {
		if o.Visible() {
			out = append(out, o)
		}
	}
	return out
}

// columns is how many columns fit in width.
func (f *flow) columns(objs []fyne.CanvasObject, width float32) int {
	pad := theme.Padding()
	var cell float32
	for _, o := range objs {
		cell = max(cell, o.MinSize().Width)
	}
	n := min(f.max, len(objs), int((width+pad)/(cell+pad)))
	return max(n, 1)
}

// rows returns each row's height with cols columns.
func (f *flow) rows(objs []fyne.CanvasObject, cols int) []float32 {
	var hs []float32
	for i, o := range objs {
		if i%cols == 0 {
			hs = append(hs, 0)
		}
		hs[len(hs)-1] = max(hs[len(hs)-1], o.MinSize().Height)
	}
	return hs
}

func (f *flow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	objs = f.visible(objs)
	if len(objs) == 0 {
		return fyne.Size{}
	}
	var w, h float32
	for _, o := range objs {
		w = max(w, o.MinSize().Width)
	}
	cols := max(1, min(f.cols, len(objs)))
	if f.cols == 0 {
		cols = min(f.max, len(objs)) // not laid out yet: assume room
	}
	rows := f.rows(objs, cols)
	for _, rh := range rows {
		h += rh
	}
	return fyne.NewSize(w, h+theme.Padding()*float32(len(rows)-1))
}

func (f *flow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs = f.visible(objs)
	if len(objs) == 0 {
		return
	}
	pad := theme.Padding()
	cols := f.columns(objs, size.Width)
	if cols != f.cols && f.cols != 0 {
		// The height changes with the columns: have the parents lay out again.
		defer f.c.Refresh()
	}
	f.cols = cols
	cw := (size.Width - pad*float32(f.cols-1)) / float32(f.cols)
	var y float32
	for r, rh := range f.rows(objs, f.cols) {
		for c := 0; c < f.cols && r*f.cols+c < len(objs); c++ {
			o := objs[r*f.cols+c]
			o.Move(fyne.NewPos(float32(c)*(cw+pad), y))
			o.Resize(fyne.NewSize(cw, rh))
		}
		y += rh + pad
	}
}

// setWarnings fills c with a warning-coloured card listing lines under
// title, or empties it when there is nothing to warn about.
func setWarnings(c *fyne.Container, title string, lines []string) {
	setCard(c, theme.ColorNameWarning, title, lines)
}

// setCard fills c with a card tinted in colour, listing lines under title,
// or empties it when there are no lines.
func setCard(c *fyne.Container, colour fyne.ThemeColorName, title string, lines []string) {
	c.Objects = nil
	if len(lines) > 0 {
		body := container.NewVBox()
		if title != "" {
			body.Add(widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		}
		for _, l := range lines {
			if title != "" {
				l = "•  " + l
			}
			body.Add(wrapped(l))
		}
		c.Add(container.NewStack(tint(colour), container.NewPadded(body)))
	}
	c.Refresh()
}

// tint is a rounded background in a theme colour, light enough for the
// theme's text to stay readable on it in light and dark mode.
func tint(name fyne.ThemeColorName) fyne.CanvasObject {
	r, g, b, _ := theme.Color(name).RGBA()
	rect := canvas.NewRectangle(color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x50})
	rect.CornerRadius = theme.InputRadiusSize()
	return rect
}
