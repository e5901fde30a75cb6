package ui

import (
	"fmt"
	"slices"
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

// personRow edits one person. A row finds its person when an event
// arrives, by its place among the rows: after a Remove, the rows are built
// again and the old ones, one of which may still have the keyboard focus,
// find no person and do nothing. (Indexing the people with the position a
// row had when it was built crashed the app when someone typed, or pressed
// Ctrl+Z, in a removed row.)
type personRow struct {
	s           *peopleScreen
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
	if len(s.u.answers.People) >= advisor.MaxPeople {
		return
	}
	s.u.answers.People = append(s.u.answers.People, advisor.Person{})
	s.rebuild()
	s.u.changed()
	s.u.win.Canvas().Focus(s.rows[len(s.rows)-1].name)
}

func (s *peopleScreen) onRemove(r *personRow) {
	i := r.index()
	if i < 0 {
		return
	}
	ps := s.u.answers.People
	s.u.answers.People = append(ps[:i:i], ps[i+1:]...)
	s.rebuild()
	s.u.changed()
	// The removed row's field may still hold the focus (a click on a
	// button leaves it where it was). Give it to Add, where typing does
	// nothing: another person's field would select its text on focus, and
	// the next keystroke would replace that person's name.
	if s.add.Disabled() {
		s.u.win.Canvas().Unfocus()
	} else {
		s.u.win.Canvas().Focus(s.add)
	}
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
	// New slices: the rows of the old list must no longer find themselves
	// in it (see personRow).
	s.rows = make([]*personRow, 0, len(s.u.answers.People))
	views := make([]fyne.CanvasObject, 0, len(s.u.answers.People))
	for i := range s.u.answers.People {
		views = append(views, s.newRow(i).view())
	}
	// One layout for the whole list: adding the cards one by one laid the
	// list out again after each, which took 42 s for 1,000 people.
	s.list.Objects = views
	s.u.loading = loading
	if len(s.rows) > 0 {
		s.help.Show()
	} else {
		s.help.Hide()
	}
	if len(s.rows) >= advisor.MaxPeople {
		s.add.Disable()
		s.add.SetText(fmt.Sprintf("At most %d people", advisor.MaxPeople))
	} else {
		s.add.Enable()
		s.add.SetText("Add a person")
	}
	// Refresh the list only if it shows and stays: after a session is
	// loaded (loading), goTo refreshes the whole screen it shows anyway.
	if s.u.step == stepPeople && !loading {
		s.list.Refresh()
	}
	s.showProblems()
}

// index is the row's place in the list, and its person's in the answers;
// -1 for a row that has been removed.
func (r *personRow) index() int {
	i := slices.Index(r.s.rows, r)
	if i >= len(r.s.u.answers.People) {
		return -1
	}
	return i
}

// person is the row's person, or nil for a removed row.
func (r *personRow) person() *advisor.Person {
	if i := r.index(); i >= 0 {
		return &r.s.u.answers.People[i]
	}
	return nil
}

// alive reports whether the row still stands for a person.
func (r *personRow) alive() bool { return r.index() >= 0 }

// newRow builds the row of person i and appends it to s.rows.
func (s *peopleScreen) newRow(i int) *personRow {
	u := s.u
	id := fmt.Sprintf("people[%d]", i)
	r := &personRow{s: s, nameField: field{id: id + ".name", msg: newMessage()}, timeField: field{id: id + ".time", msg: newMessage()}}
	s.rows = append(s.rows, r) // row i from now on
	p := u.answers.People[i]
	r.name = newEntry()
	r.name.SetPlaceHolder("Name, e.g. Sam Lee")
	r.name.SetText(p.Name)
	r.head = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.showHead(p.Name)
	r.name.OnChanged = func(t string) {
		if p := r.person(); p != nil && !clipText(r.name, t) {
			p.Name = t
			r.showHead(t)
			u.touch(r.nameField.id)
			u.changed()
		}
	}
	r.title = newEntry()
	r.title.SetPlaceHolder("Title, e.g. Account Executive")
	r.title.SetText(p.Title)
	r.title.OnChanged = func(t string) {
		if p := r.person(); p != nil && !clipText(r.title, t) {
			p.Title = t
			u.changed()
		}
	}
	r.founder = widget.NewCheck("Founder", func(b bool) {
		if p := r.person(); p != nil {
			p.Founder = b
			u.changed()
		}
	})
	r.founder.SetChecked(p.Founder)
	r.total = widget.NewLabel("")
	parts := []struct {
		name string
		ptr  func(*advisor.Person) *float64
	}{
		{"selling", func(p *advisor.Person) *float64 { return &p.Time.Selling }},
		{"managing", func(p *advisor.Person) *float64 { return &p.Time.Managing }},
		{"forecasting", func(p *advisor.Person) *float64 { return &p.Time.Forecasting }},
		{"other", func(p *advisor.Person) *float64 { return &p.Time.Other }},
	}
	for _, part := range parts {
		f := u.newNumberField(id+".time."+part.name, "people[].time",
			func() *float64 { return part.ptr(r.person()) },
			func(x *float64) {
				p := r.person()
				*part.ptr(p) = 0
				if x != nil {
					*part.ptr(p) = *x
				}
				r.showTotal(p)
			})
		f.alive = r.alive
		f.q.Optional = true
		f.entry.SetPlaceHolder("0")
		f.load()
		r.parts = append(r.parts, f)
	}
	r.showTotal(&p)
	r.quota = u.newNumberField(id+".quota_attainment", "people[].quota_attainment",
		func() *float64 { return r.person().QuotaAttainment }, func(x *float64) { r.person().QuotaAttainment = x })
	// get and set run only for a row that stands for a person: when it is
	// built, and from the field's handler, which checks alive first.
	r.quota.alive = r.alive
	r.quota.entry.SetPlaceHolder("no quota")
	r.quota.load()
	r.remove = widget.NewButtonWithIcon("Remove", theme.DeleteIcon(), func() { s.onRemove(r) })
	return r
}

// showTotal shows the live sum of the week; the advisor's message below
// says when it is wrong.
func (r *personRow) showTotal(p *advisor.Person) {
	r.total.SetText(fmt.Sprintf("Week total: %s%%", formatNumber(advisor.Ptr(p.Time.Total()))))
}

func (r *personRow) showHead(name string) {
	if name = strings.TrimSpace(name); name == "" {
		name = fmt.Sprintf("Person %d", r.index()+1)
	}
	r.head.SetText(name)
}

func (r *personRow) view() fyne.CanvasObject {
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
