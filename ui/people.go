package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// peopleScreen lists the people who sell, manage or forecast today.
type peopleScreen struct {
	u       *UI
	add     *widget.Button
	list    *fyne.Container
	rows    []*personRow
	general field
	help    *widget.Label // how to split the week, shown with the people
	view    fyne.CanvasObject
}

// personRow edits one person.
type personRow struct {
	name, title *entry
	head        *widget.Label // the person's name, or "Person N" until one is typed
	nameField   field
	founder     *widget.Check
	parts       []*numberField // selling, managing, forecasting, other
	total       *widget.Label
	timeField   field
	quota       *numberField
	remove      *widget.Button
}

func newPeopleScreen(u *UI) *peopleScreen {
	s := &peopleScreen{u: u, list: container.NewVBox(), general: field{id: "people", msg: newMessage()}}
	s.add = widget.NewButtonWithIcon("Add a person", theme.ContentAddIcon(), s.onAdd)
	q, _ := advisor.QuestionByID("people[].time")
	s.help = wrapped(q.Help)
	s.help.Hide() // until there is a week to split
	s.view = page(
		heading("People", "Everyone who sells, manages or forecasts today, founders included."),
		s.help,
		s.list,
		s.general.msg,
		container.NewHBox(s.add),
	)
	return s
}

func (s *peopleScreen) title() string              { return "People" }
func (s *peopleScreen) content() fyne.CanvasObject { return s.view }

func (s *peopleScreen) onAdd() {
	s.u.answers.People = append(s.u.answers.People, advisor.Person{})
	s.rebuild()
	s.u.changed()
	s.u.win.Canvas().Focus(s.rows[len(s.rows)-1].name)
}

func (s *peopleScreen) onRemove(i int) {
	ps := s.u.answers.People
	s.u.answers.People = append(ps[:i:i], ps[i+1:]...)
	s.rebuild()
	s.u.changed()
}

func (s *peopleScreen) load() { s.rebuild() }

// rebuild makes one row per person and fills it from the answers.
func (s *peopleScreen) rebuild() {
	for id := range s.u.inputErr {
		if strings.HasPrefix(id, "people") {
			delete(s.u.inputErr, id)
		}
	}
	loading := s.u.loading
	s.u.loading = true
	s.rows = s.rows[:0]
	s.list.Objects = nil
	for i := range s.u.answers.People {
		r := s.newRow(i)
		s.rows = append(s.rows, r)
		s.list.Add(r.view(i))
	}
	s.u.loading = loading
	if len(s.rows) > 0 {
		s.help.Show()
	} else {
		s.help.Hide()
	}
	s.list.Refresh()
	s.showProblems()
}

func (s *peopleScreen) newRow(i int) *personRow {
	u := s.u
	p := func() *advisor.Person { return &u.answers.People[i] }
	id := fmt.Sprintf("people[%d]", i)
	r := &personRow{nameField: field{id: id + ".name", msg: newMessage()}, timeField: field{id: id + ".time", msg: newMessage()}}
	r.name = newEntry()
	r.name.SetPlaceHolder("Name, e.g. Sam Lee")
	r.name.SetText(p().Name)
	r.head = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.showHead(i, p().Name)
	r.name.OnChanged = func(t string) { p().Name = t; r.showHead(i, t); u.touch(id + ".name"); u.changed() }
	r.title = newEntry()
	r.title.SetPlaceHolder("Title, e.g. Account Executive")
	r.title.SetText(p().Title)
	r.title.OnChanged = func(t string) { p().Title = t; u.changed() }
	r.founder = widget.NewCheck("Founder", func(b bool) { p().Founder = b; u.changed() })
	r.founder.SetChecked(p().Founder)
	r.total = widget.NewLabel("")
	parts := []struct {
		name string
		ptr  func() *float64
	}{
		{"selling", func() *float64 { return &p().Time.Selling }},
		{"managing", func() *float64 { return &p().Time.Managing }},
		{"forecasting", func() *float64 { return &p().Time.Forecasting }},
		{"other", func() *float64 { return &p().Time.Other }},
	}
	for _, part := range parts {
		f := u.newNumberField(id+".time."+part.name, "people[].time",
			func() *float64 { return part.ptr() },
			func(x *float64) {
				*part.ptr() = 0
				if x != nil {
					*part.ptr() = *x
				}
				r.showTotal(p())
			})
		f.q.Optional = true
		f.entry.SetPlaceHolder("0")
		f.load()
		r.parts = append(r.parts, f)
	}
	r.showTotal(p())
	r.quota = u.newNumberField(id+".quota_attainment", "people[].quota_attainment",
		func() *float64 { return p().QuotaAttainment }, func(x *float64) { p().QuotaAttainment = x })
	r.quota.entry.SetPlaceHolder("no quota")
	r.quota.load()
	r.remove = widget.NewButtonWithIcon("Remove", theme.DeleteIcon(), func() { s.onRemove(i) })
	return r
}

// showTotal shows the live sum of the week; the advisor's message below
// says when it is wrong.
func (r *personRow) showTotal(p *advisor.Person) {
	r.total.SetText(fmt.Sprintf("Week total: %s%%", formatNumber(advisor.Ptr(p.Time.Total()))))
}

func (r *personRow) showHead(i int, name string) {
	if name = strings.TrimSpace(name); name == "" {
		name = fmt.Sprintf("Person %d", i+1)
	}
	r.head.SetText(name)
}

func (r *personRow) view(i int) fyne.CanvasObject {
	labels := []string{"Selling %", "Managing %", "Forecasting %", "Other %"}
	week := newFlow(4)
	for j, f := range r.parts {
		week.Add(container.NewVBox(widget.NewLabel(labels[j]), f.entry, f.msg))
	}
	quotaQ, _ := advisor.QuestionByID("people[].quota_attainment")
	return widget.NewCard("", "", container.NewVBox(
		container.NewBorder(nil, nil, nil, container.NewHBox(r.founder, r.remove), r.head),
		newFlow(2, container.NewVBox(r.name, r.nameField.msg), r.title),
		week,
		container.NewHBox(r.total),
		r.timeField.msg,
		wrapped(quotaQ.Prompt),
		r.quota.row(),
	))
}

func (s *peopleScreen) showProblems() {
	s.general.show(s.u)
	for _, r := range s.rows {
		r.nameField.show(s.u)
		r.timeField.show(s.u)
		r.quota.show(s.u)
		for _, f := range r.parts {
			f.show(s.u)
		}
	}
}

func (s *peopleScreen) first() fyne.Focusable {
	if len(s.rows) > 0 {
		return s.rows[0].name
	}
	return s.add
}
