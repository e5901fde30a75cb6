package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// field is an answer field with the message shown beside it. Its id is
// the answers-file path; a person's field follows the person's place in
// the list, which a Remove above changes.
type field struct {
	id  func() string
	msg *widget.Label
}

func newField(id string) field { return field{id: func() string { return id }, msg: newMessage()} }

func newMessage() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

// show sets the field's message from the session's problems.
func (f *field) show(u *UI) { setMessage(f.msg, u.message(f.id())) }

// setHint shows what a field understood, or hides the hint.
func setHint(l *widget.Label, t string) {
	if t == l.Text && l.Visible() == (t != "") {
		return
	}
	l.Text, l.Hidden = t, t == ""
	l.Refresh()
}

// setMessage shows m in l, or hides l for no message.
func setMessage(l *widget.Label, m string) {
	if m == l.Text && l.Visible() == (m != "") {
		return
	}
	l.SetText(m)
	l.Hidden = m == ""
	l.Refresh()
}

// input is the widget of one question of the bank, on the screen of its
// step: Company, Metrics and Budget iterate the bank and make one each.
type input interface {
	id() string
	object() fyne.CanvasObject // the input with its message
	load()
	show()
	focusable() fyne.Focusable
}

// newInput makes the input for q, reading and writing its answer through
// the question's accessor.
func (u *UI) newInput(q advisor.Question) input {
	get := func() advisor.Answer { return q.Get(&u.answers, 0) }
	set := func(v advisor.Answer) { q.Set(&u.answers, 0, v) }
	switch q.Kind {
	case advisor.KindText:
		return u.newTextField(newField(q.ID), get, set)
	case advisor.KindChoice:
		return u.newChoiceField(q, get, set)
	case advisor.KindYesNo:
		return u.newYesNo(q, get, set)
	case advisor.KindCheck:
		return u.newCheckField(q, get, set)
	}
	return u.newNumberField(newField(q.ID), q,
		func() *float64 { return get().Number }, func(x *float64) { set(advisor.Answer{Number: x}) })
}

// numberField is an entry for a numeric question: it accepts what people
// write ("$3.5 million", "90k a year", "about 40") through Question.Parse,
// says what it understood ("= 3,500,000"), and refuses the rest beside the
// field once the user leaves it, keeping the last good answer.
type numberField struct {
	field
	q     advisor.Question
	entry *entry
	unit  *widget.Label
	hint  *widget.Label // what was understood
	get   func() *float64
	set   func(*float64)
	// alive, if set, says whether the field still stands for an answer: a
	// removed person's fields keep their handlers, and may keep the focus.
	alive func() bool
}

func (u *UI) newNumberField(f field, q advisor.Question, get func() *float64, set func(*float64)) *numberField {
	n := &numberField{field: f, q: q, get: get, set: set, unit: widget.NewLabel(q.Unit), hint: widget.NewLabel("")}
	n.hint.Importance = widget.LowImportance
	n.entry = u.newNumberEntry()
	if q.Optional {
		n.entry.SetPlaceHolder("don't know")
	}
	n.entry.OnChanged = func(s string) { n.typed(u, s) }
	n.entry.onLeave = func() { n.left(u) }
	return n
}

func (n *numberField) dead() bool { return n.alive != nil && !n.alive() }

// typed takes what the user typed: the answer changes as soon as it reads
// as a number; a message waits until the user leaves the field.
func (n *numberField) typed(u *UI, s string) {
	if u.loading || n.dead() {
		return
	}
	id := n.id()
	x, err := n.q.Parse(s)
	hint := ""
	switch {
	case errors.Is(err, advisor.ErrDontKnow):
		delete(u.inputErr, id)
		n.set(nil)
	case err != nil:
		u.inputErr[id] = err.Error()
	default:
		delete(u.inputErr, id)
		n.set(&x)
		hint = understood(s, x)
	}
	setHint(n.hint, hint)
	u.changed()
}

// understood is what a field says it read, when that is not plain from
// what was typed: "= 3,500,000" for "$3.5 million".
func understood(typed string, x float64) string {
	t, shown := strings.TrimSpace(typed), advisor.FormatNumber(x)
	if t == shown || strings.TrimSpace(strings.TrimSuffix(t, "%")) == shown {
		return ""
	}
	return "= " + shown
}

// left shows the field's problem, and writes a good answer as the field
// would show it after reopening: "$3.5 million" becomes "3,500,000".
func (n *numberField) left(u *UI) {
	if u.loading || n.dead() {
		return
	}
	if _, refused := u.inputErr[n.id()]; !refused {
		n.load()
	}
	u.leave(n.id())
}

// load shows the answer, with thousands separators.
func (n *numberField) load() {
	n.entry.u.loadText(n.entry, formatNumber(n.get()))
	setHint(n.hint, "")
	if n.q.Kind == advisor.KindMoney {
		n.unit.SetText(n.entry.u.answers.Company.Currency)
	}
}

// loadText sets an entry's text without taking it as typed, showing its
// start: a title wider than its field reads "Account Exec", not "ount
// Executive".
func (u *UI) loadText(e *entry, t string) {
	if e.Text == t {
		return
	}
	loading := u.loading
	u.loading = true
	e.SetText(t)
	e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	u.loading = loading
}

func formatNumber(x *float64) string {
	if x == nil {
		return ""
	}
	return advisor.FormatNumber(*x)
}

func (n *numberField) id() string                { return n.field.id() }
func (n *numberField) show()                     { n.field.show(n.entry.u) }
func (n *numberField) focusable() fyne.Focusable { return n.entry }

// object lays the entry out with its unit and what it understood, the
// message below.
func (n *numberField) object() fyne.CanvasObject {
	return container.NewVBox(container.NewHBox(sized(n.entry), n.unit, n.hint), n.msg)
}

// textField is an entry for a name: at most advisor.MaxTextLen characters.
type textField struct {
	field
	u     *UI
	entry *entry
	get   func() advisor.Answer
	set   func(advisor.Answer)
	alive func() bool
}

func (u *UI) newTextField(f field, get func() advisor.Answer, set func(advisor.Answer)) *textField {
	t := &textField{field: f, u: u, get: get, set: set}
	t.entry = u.newEntry()
	t.entry.OnChanged = func(s string) {
		if u.loading || t.alive != nil && !t.alive() || clipText(t.entry, s) {
			return
		}
		t.set(advisor.Answer{Text: s})
		u.changed()
	}
	t.entry.onLeave = func() {
		if t.alive == nil || t.alive() {
			u.leave(t.id())
		}
	}
	return t
}

func (t *textField) id() string                { return t.field.id() }
func (t *textField) load()                     { t.u.loadText(t.entry, t.get().Text) }
func (t *textField) show()                     { t.field.show(t.u) }
func (t *textField) focusable() fyne.Focusable { return t.entry }
func (t *textField) object() fyne.CanvasObject { return container.NewVBox(sized(t.entry), t.msg) }

// choiceField picks one of a question's options, or of options(), which
// the screen refreshes.
type choiceField struct {
	field
	u       *UI
	sel     *choice
	get     func() advisor.Answer
	set     func(advisor.Answer)
	options func() []string
}

func (u *UI) newChoiceField(q advisor.Question, get func() advisor.Answer, set func(advisor.Answer)) *choiceField {
	c := &choiceField{field: newField(q.ID), u: u, get: get, set: set, options: func() []string { return q.Options }}
	c.sel = u.newSelect(q.Options, func(s string) {
		if u.loading {
			return
		}
		c.set(advisor.Answer{Text: s})
		u.touch(c.id())
		u.changed()
	})
	return c
}

func (c *choiceField) id() string { return c.field.id() }

func (c *choiceField) load() {
	loading := c.u.loading
	c.u.loading = true
	c.sel.SetOptions(c.options())
	c.sel.SetSelected(c.get().Text)
	c.u.loading = loading
}

func (c *choiceField) show()                     { c.field.show(c.u) }
func (c *choiceField) focusable() fyne.Focusable { return c.sel }
func (c *choiceField) object() fyne.CanvasObject { return container.NewVBox(sized(c.sel), c.msg) }

// yesNoField is a three-way answer as three buttons side by side, the
// chosen one highlighted: yes, no or don't know. Buttons, unlike radio
// items, scroll into view on Tab and move on with Enter.
type yesNoField struct {
	field
	u       *UI
	buttons []*button // yes, no, don't know
	get     func() advisor.Answer
	set     func(advisor.Answer)
}

const (
	answerYes      = "Yes"
	answerNo       = "No"
	answerDontKnow = "Don't know"
)

func (u *UI) newYesNo(q advisor.Question, get func() advisor.Answer, set func(advisor.Answer)) *yesNoField {
	y := &yesNoField{field: newField(q.ID), u: u, get: get, set: set}
	for _, v := range []*bool{advisor.Ptr(true), advisor.Ptr(false), nil} {
		b := u.newButton(yesNoLabel(v), nil, func() {
			y.set(advisor.Answer{Bool: v})
			y.load()
			u.changed()
		})
		y.buttons = append(y.buttons, b)
	}
	return y
}

func yesNoLabel(v *bool) string {
	switch {
	case v == nil:
		return answerDontKnow
	case *v:
		return answerYes
	}
	return answerNo
}

// selected is the label of the chosen answer.
func (y *yesNoField) selected() string { return yesNoLabel(y.get().Bool) }

// choose picks the answer labelled label, as a click does.
func (y *yesNoField) choose(label string) {
	for _, b := range y.buttons {
		if b.Text == label {
			b.OnTapped()
		}
	}
}

func (y *yesNoField) load() {
	sel := y.selected()
	for _, b := range y.buttons {
		imp := widget.MediumImportance
		if b.Text == sel {
			imp = widget.HighImportance
		}
		if b.Importance != imp {
			b.Importance = imp
			b.Refresh()
		}
	}
}

func (y *yesNoField) id() string                { return y.field.id() }
func (y *yesNoField) show()                     { y.field.show(y.u) }
func (y *yesNoField) focusable() fyne.Focusable { return y.buttons[0] }

func (y *yesNoField) object() fyne.CanvasObject {
	row := container.NewHBox()
	for _, b := range y.buttons {
		row.Add(b)
	}
	return container.NewVBox(row, y.msg)
}

// checkField is a box to tick.
type checkField struct {
	field
	u   *UI
	box *check
	get func() advisor.Answer
}

func (u *UI) newCheckField(q advisor.Question, get func() advisor.Answer, set func(advisor.Answer)) *checkField {
	c := &checkField{field: newField(q.ID), u: u, get: get}
	c.box = u.newCheck(q.Prompt, func(b bool) {
		if u.loading {
			return
		}
		set(advisor.Answer{Bool: advisor.Ptr(b)})
		u.changed()
	})
	return c
}

func (c *checkField) id() string { return c.field.id() }

func (c *checkField) load() {
	v := c.get().Bool
	loading := c.u.loading
	c.u.loading = true
	c.box.SetChecked(v != nil && *v)
	c.u.loading = loading
}

func (c *checkField) show()                     { c.field.show(c.u) }
func (c *checkField) focusable() fyne.Focusable { return c.box }
func (c *checkField) object() fyne.CanvasObject { return c.box }

// form is the questions of one step, in the bank's order, each with its
// prompt and help: Company, Metrics and Budget are one each.
type form struct {
	u      *UI
	inputs []input
	byID   map[string]input
	blocks map[string]fyne.CanvasObject // each question's prompt, input and help
}

func (u *UI) newForm(step advisor.Step) *form {
	f := &form{u: u, byID: map[string]input{}, blocks: map[string]fyne.CanvasObject{}}
	for _, q := range advisor.Questions() {
		if q.Step != step {
			continue
		}
		in := u.newInput(q)
		f.inputs = append(f.inputs, in)
		f.byID[q.ID] = in
		if q.Kind == advisor.KindCheck {
			f.blocks[q.ID] = in.object() // the box carries its prompt
		} else {
			f.blocks[q.ID] = question(q, in.object())
		}
	}
	return f
}

// objects are the questions' blocks in the bank's order.
func (f *form) objects() []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, in := range f.inputs {
		out = append(out, f.blocks[in.id()])
	}
	return out
}

func (f *form) load() {
	for _, in := range f.inputs {
		in.load()
	}
}

func (f *form) showProblems() {
	for _, in := range f.inputs {
		in.show()
	}
}

func (f *form) first() fyne.Focusable { return f.inputs[0].focusable() }

// focusField takes the user to the input for id.
func (f *form) focusField(id string) bool {
	in, ok := f.byID[id]
	if !ok {
		return false
	}
	f.u.focusShowing(in.focusable(), in.object())
	return true
}

// number returns the number field for question id.
func (f *form) number(id string) *numberField {
	n, _ := f.byID[id].(*numberField)
	return n
}

// question lays out a question: prompt, the input, help text.
func question(q advisor.Question, input fyne.CanvasObject) fyne.CanvasObject {
	prompt := widget.NewLabelWithStyle(q.Asked(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	prompt.Wrapping = fyne.TextWrapWord
	return container.NewVBox(prompt, input, caption(q.Help))
}

// caption is small explanatory text.
func caption(t string) *widget.Label {
	l := wrapped(t)
	l.TextStyle.Italic = true
	l.SizeName = theme.SizeNameCaptionText
	return l
}
