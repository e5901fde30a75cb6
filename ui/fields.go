package ui

import (
	"image/color"

	"errors"
	"fyne.io/fyne/v2/canvas"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// entryWidth is the width of a number or short text field.
const entryWidth = 260

// field is an answer field with the message shown beside it.
type field struct {
	id  string
	msg *widget.Label
}

func newMessage() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

// show sets the field's message from the session's problems.
func (f *field) show(u *UI) {
	m := u.message(f.id)
	if m == f.msg.Text && f.msg.Visible() == (m != "") {
		return
	}
	f.msg.SetText(m)
	if m == "" {
		f.msg.Hide()
	} else {
		f.msg.Show()
	}
}

// numberField is an entry for a numeric question: it accepts what people
// type ("1,200,000", "$90k") through Question.Parse and refuses the rest
// beside the field, keeping the last good answer.
type numberField struct {
	field
	q     advisor.Question
	entry *entry
	unit  *widget.Label
	get   func() *float64
	set   func(*float64)
	// alive, if set, says whether the field still stands for an answer: a
	// removed person's fields keep their handlers, and may keep the focus.
	alive func() bool
}

func (u *UI) newNumberField(id, qid string, get func() *float64, set func(*float64)) *numberField {
	q, _ := advisor.QuestionByID(qid)
	f := &numberField{field: field{id: id, msg: newMessage()}, q: q, get: get, set: set, unit: widget.NewLabel(q.Unit)}
	if q.Kind == advisor.KindMoney {
		f.unit.SetText(u.answers.Company.Currency)
	}
	f.entry = newNumberEntry()
	if q.Optional {
		f.entry.SetPlaceHolder("don't know")
	}
	f.entry.OnChanged = func(s string) {
		if u.loading || f.alive != nil && !f.alive() {
			return
		}
		u.touch(f.id)
		x, err := f.q.Parse(s)
		switch {
		case errors.Is(err, advisor.ErrDontKnow):
			delete(u.inputErr, f.id)
			f.set(nil)
		case err != nil:
			u.inputErr[f.id] = err.Error()
		default:
			delete(u.inputErr, f.id)
			f.set(&x)
		}
		u.changed()
	}
	return f
}

func (f *numberField) load() { f.entry.SetText(formatNumber(f.get())) }

// setCurrency shows the currency beside an amount.
func (f *numberField) setCurrency(c string) {
	if f.q.Kind == advisor.KindMoney {
		f.unit.SetText(c)
	}
}

func formatNumber(x *float64) string {
	if x == nil {
		return ""
	}
	return strconv.FormatFloat(*x, 'f', -1, 64)
}

// row lays the entry out with its unit, the message below it.
func (f *numberField) row() fyne.CanvasObject {
	return container.NewVBox(container.NewHBox(sized(f.entry), f.unit), f.msg)
}

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

// question lays out a question: prompt, the input, help text.
func question(q advisor.Question, input fyne.CanvasObject) fyne.CanvasObject {
	prompt := widget.NewLabelWithStyle(q.Prompt, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	prompt.Wrapping = fyne.TextWrapWord
	help := widget.NewLabel(q.Help)
	help.Wrapping = fyne.TextWrapWord
	help.TextStyle.Italic = true
	help.SizeName = theme.SizeNameCaptionText
	return container.NewVBox(prompt, input, help)
}

// yesNo is a three-way answer: yes, no or don't know.
type yesNo struct {
	radio *widget.RadioGroup
}

const (
	answerYes      = "Yes"
	answerNo       = "No"
	answerDontKnow = "Don't know"
)

func (u *UI) newYesNo(get func() *bool, set func(*bool)) *yesNo {
	y := &yesNo{}
	y.radio = widget.NewRadioGroup([]string{answerYes, answerNo, answerDontKnow}, func(s string) {
		if u.loading {
			return
		}
		switch s {
		case answerYes:
			set(advisor.Ptr(true))
		case answerNo:
			set(advisor.Ptr(false))
		default:
			set(nil)
		}
		u.changed()
	})
	y.radio.Horizontal = true
	y.radio.Required = true
	return y
}

func (y *yesNo) load(b *bool) {
	switch {
	case b == nil:
		y.radio.SetSelected(answerDontKnow)
	case *b:
		y.radio.SetSelected(answerYes)
	default:
		y.radio.SetSelected(answerNo)
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

// withMessage puts a field's message below its input.
func withMessage(input fyne.CanvasObject, msg *widget.Label) fyne.CanvasObject {
	return container.NewVBox(input, msg)
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
		c.Add(container.NewStack(tint(theme.ColorNameWarning), container.NewPadded(body)))
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
