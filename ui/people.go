package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// peopleScreen lists the people who sell, manage or forecast today, one
// compact row each under a header that names the columns. Add and Remove
// change one row and leave the others as they are; Remove can be undone.
type peopleScreen struct {
	u       *UI
	add     *button
	header  *fyne.Container
	list    *fyne.Container
	rows    []*personRow
	general field
	intro   fyne.CanvasObject
	empty   *widget.Label
	mode    *rowMode // shared by the header and every row
	view    fyne.CanvasObject
}

// personRow edits one person. A row finds its person when an event
// arrives, by its place among the rows: a removed row, which may still
// have the keyboard focus, finds no person and does nothing. (Indexing the
// people with the position a row had when it was built crashed the app
// when someone typed, or pressed Ctrl+Z, in a removed row.) Its fields'
// ids follow its place too.
type personRow struct {
	s           *peopleScreen
	name, title *textField
	founder     *check
	parts       []*numberField // selling, managing, forecasting, other
	total       *widget.Label
	quota       *numberField
	remove      *button
	msg         *widget.Label // the row's problems, one line each
	c           *fyne.Container
}

func newPeopleScreen(u *UI) *peopleScreen {
	s := &peopleScreen{u: u, list: container.NewVBox(), general: newField("people"), mode: &rowMode{oneLine: true}}
	s.add = u.newButton("Add a person", theme.ContentAddIcon(), s.onAdd)
	timeQ, _ := advisor.QuestionByID("people[].time")
	quotaQ, _ := advisor.QuestionByID("people[].quota_attainment")
	s.intro = container.NewVBox(
		wrapped("Split each person's week in percent between selling, managing, forecasting and other work: the four add up to 100. "+
			"Quota is their "+strings.ToLower(quotaQ.Prompt[:1])+quotaQ.Prompt[1:]+"; leave it empty for people who carry none."),
		caption(timeQ.Help))
	s.mode.changed = func() { relayout(s.view.(*container.Scroll)) }
	var heads []fyne.CanvasObject
	for _, c := range personColumns {
		l := widget.NewLabelWithStyle(c.header, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		heads = append(heads, l)
	}
	none := widget.NewLabel("")
	none.Hide()
	s.header = container.New(&personLayout{s.mode}, append(heads, none)...)
	s.empty = wrapped("No one yet. Add everyone who sells, manages or forecasts today, founders included.")
	s.view = page(
		heading("People", "Everyone who sells, manages or forecasts today, founders included."),
		s.intro,
		s.header,
		s.list,
		s.empty,
		s.general.msg,
		container.NewHBox(s.add),
	)
	return s
}

func (s *peopleScreen) content() fyne.CanvasObject { return s.view }

func (s *peopleScreen) onAdd() {
	if len(s.u.answers.People) >= advisor.MaxPeople {
		return
	}
	s.u.answers.People = append(s.u.answers.People, advisor.Person{})
	r := s.newRow()
	s.loadRow(r)
	s.list.Objects = append(s.list.Objects, r.c)
	s.afterChange()
	s.u.changed()
	s.u.win.Canvas().Focus(r.name.entry)
}

// onRemove removes r's person, keeping them for Undo.
func (s *peopleScreen) onRemove(r *personRow) {
	i := r.index()
	if i < 0 {
		return
	}
	p := s.u.answers.People[i]
	s.u.answers.People = slices.Delete(slices.Clone(s.u.answers.People), i, i+1)
	s.rows = slices.Delete(s.rows, i, i+1)
	s.list.Objects = slices.Delete(slices.Clone(s.list.Objects), i, i+1)
	s.u.shiftPeople(i, -1)
	s.afterChange()
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
	name := strings.TrimSpace(p.Name)
	if name == "" {
		name = fmt.Sprintf("person %d", i+1)
	}
	s.u.notify("Removed "+name+".", undoNotice, "Undo", func() { s.restore(p, i) })
}

// restore puts a removed person back at their place.
func (s *peopleScreen) restore(p advisor.Person, i int) {
	if len(s.u.answers.People) >= advisor.MaxPeople {
		return
	}
	i = min(i, len(s.u.answers.People))
	s.u.shiftPeople(i, +1)
	s.u.answers.People = slices.Insert(slices.Clone(s.u.answers.People), i, p)
	r := s.newRow() // appended: move it to its place
	s.rows = slices.Insert(s.rows[:len(s.rows)-1], i, r)
	s.list.Objects = slices.Insert(slices.Clone(s.list.Objects), i, fyne.CanvasObject(r.c))
	s.loadRow(r)
	s.afterChange()
	s.u.changed()
	if steps[s.u.step].input == advisor.StepPeople {
		s.u.win.Canvas().Focus(r.name.entry)
	}
}

// afterChange updates what depends on the number of rows, and lays the
// page out again: only the rows added or moved lay themselves out.
func (s *peopleScreen) afterChange() {
	n := len(s.rows)
	s.header.Hidden, s.empty.Hidden = n == 0, n > 0
	if n >= advisor.MaxPeople {
		s.add.Disable()
		s.add.SetText(fmt.Sprintf("At most %d people", advisor.MaxPeople))
	} else {
		s.add.Enable()
		s.add.SetText("Add a person")
	}
	if steps[s.u.step].input == advisor.StepPeople { // else laid out as it shows
		relayout(s.view.(*container.Scroll))
	}
}

// shiftPeople moves the messages and touched marks of the people from
// index from on by delta places, as a Remove (-1, which drops those of
// the person removed) or an Undo (+1) moves the people.
func (u *UI) shiftPeople(from, delta int) {
	u.inputErr = shiftKeys(u.inputErr, from, delta)
	u.touched = shiftKeys(u.touched, from, delta)
}

func shiftKeys[V any](m map[string]V, from, delta int) map[string]V {
	out := make(map[string]V, len(m))
	for k, v := range m {
		var i int
		if _, err := fmt.Sscanf(k, "people[%d]", &i); err != nil || i < from {
			out[k] = v
			continue
		}
		if delta < 0 && i == from {
			continue
		}
		out[strings.Replace(k, fmt.Sprintf("people[%d]", i), fmt.Sprintf("people[%d]", i+delta), 1)] = v
	}
	return out
}

// load makes one row per person and fills it from the answers.
func (s *peopleScreen) load() {
	for id := range s.u.inputErr {
		if strings.HasPrefix(id, "people") {
			delete(s.u.inputErr, id)
		}
	}
	loading := s.u.loading
	s.u.loading = true
	// A new slice: the rows of the old list must no longer find themselves
	// in it (see personRow).
	s.rows = make([]*personRow, 0, len(s.u.answers.People))
	views := make([]fyne.CanvasObject, 0, len(s.u.answers.People))
	for range s.u.answers.People {
		r := s.newRow()
		s.loadRow(r)
		views = append(views, r.c)
	}
	// One layout for the whole list: adding the rows one by one laid the
	// list out again after each.
	s.list.Objects = views
	s.u.loading = loading
	s.afterChange()
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

// fieldID is the id of the row's field with the given suffix: people[2].name.
func (r *personRow) fieldID(suffix string) func() string {
	return func() string { return "people[" + strconv.Itoa(r.index()) + "]" + suffix }
}

// answer reads and writes the row's person's answer to question id
// through the question bank.
func (r *personRow) answer(id string) (get func() advisor.Answer, set func(advisor.Answer)) {
	q, _ := advisor.QuestionByID(id)
	u := r.s.u
	return func() advisor.Answer { return q.Get(&u.answers, r.index()) },
		func(v advisor.Answer) { q.Set(&u.answers, r.index(), v) }
}

// newRow builds a row for the next person in the answers and appends it
// to s.rows; loadRow fills it.
func (s *peopleScreen) newRow() *personRow {
	u := s.u
	r := &personRow{s: s, msg: newMessage(), total: widget.NewLabel("")}
	s.rows = append(s.rows, r)
	getName, setName := r.answer("people[].name")
	r.name = u.newTextField(field{id: r.fieldID(".name"), msg: r.msg}, getName, setName)
	r.name.alive = r.alive
	r.name.entry.SetPlaceHolder("e.g. Sam Lee")
	getTitle, setTitle := r.answer("people[].title")
	r.title = u.newTextField(field{id: r.fieldID(".title"), msg: r.msg}, getTitle, setTitle)
	r.title.alive = r.alive
	r.title.entry.SetPlaceHolder("e.g. Account Executive")
	_, setFounder := r.answer("people[].founder")
	r.founder = u.newCheck("", func(b bool) {
		if u.loading || !r.alive() {
			return
		}
		setFounder(advisor.Answer{Bool: advisor.Ptr(b)})
		u.changed()
	})
	timeQ, _ := advisor.QuestionByID("people[].time")
	timeQ.Optional = true // an empty part is 0
	for j, part := range advisor.TimeParts {
		f := u.newNumberField(field{id: r.fieldID(".time." + strings.ToLower(part)), msg: r.msg}, timeQ,
			func() *float64 { return r.person().Time.Part(j) },
			func(x *float64) {
				*r.person().Time.Part(j) = 0
				if x != nil {
					*r.person().Time.Part(j) = *x
				}
				r.showTotal()
			})
		f.alive = r.alive
		f.entry.SetPlaceHolder("0")
		r.parts = append(r.parts, f)
	}
	quotaQ, _ := advisor.QuestionByID("people[].quota_attainment")
	getQuota, setQuota := r.answer(quotaQ.ID)
	r.quota = u.newNumberField(field{id: r.fieldID(".quota_attainment"), msg: r.msg}, quotaQ,
		func() *float64 { return getQuota().Number }, func(x *float64) { setQuota(advisor.Answer{Number: x}) })
	// get and set run only for a row that stands for a person: when it is
	// loaded, and from the field's handler, which checks alive first.
	r.quota.alive = r.alive
	r.quota.entry.SetPlaceHolder("none")
	r.remove = u.newButton("", theme.DeleteIcon(), func() { s.onRemove(r) })
	cells := []fyne.CanvasObject{r.name.entry, r.title.entry, container.NewCenter(r.founder)}
	for _, f := range r.parts {
		cells = append(cells, f.entry)
	}
	cells = append(cells, r.total, r.quota.entry, r.remove, r.msg)
	r.c = container.New(&personLayout{s.mode}, cells...)
	return r
}

// loadRow fills the row from its person.
func (s *peopleScreen) loadRow(r *personRow) {
	loading := s.u.loading
	s.u.loading = true
	r.name.load()
	r.title.load()
	r.founder.SetChecked(r.person().Founder)
	for _, f := range r.parts {
		f.load()
	}
	r.quota.load()
	r.showTotal()
	s.u.loading = loading
}

// showTotal shows the live sum of the week; the message says when it is
// wrong. While a part holds text that is not a number, the sum is not
// known: "?", not the sum of the parts' last good values.
func (r *personRow) showTotal() {
	if r.refusedPart() {
		r.total.SetText("?")
	} else if p := r.person(); p != nil {
		r.total.SetText(advisor.FormatNumber(p.Time.Total()) + "%")
	}
}

// refusedPart reports whether a part of the row's week holds text that
// was refused.
func (r *personRow) refusedPart() bool {
	for _, f := range r.parts {
		if _, bad := r.s.u.inputErr[f.id()]; bad {
			return true
		}
	}
	return false
}

// showProblems lists the row's problems below it: "Name: needs a name".
func (r *personRow) showProblems() {
	u := r.s.u
	var lines []string
	add := func(label, id string) {
		if m := u.message(id); m != "" {
			lines = append(lines, label+": "+m)
		}
	}
	add("Name", r.name.id())
	for j, f := range r.parts {
		add(advisor.TimeParts[j], f.id())
	}
	add("Week", r.fieldID(".time")())
	add("Quota", r.quota.id())
	setMessage(r.msg, strings.Join(lines, "\n"))
	r.showTotal()
	imp := widget.MediumImportance
	if p := r.person(); r.refusedPart() || p != nil && p.Time.Total() != 100 && u.message(r.fieldID(".time")()) != "" {
		imp = widget.DangerImportance
	}
	if r.total.Importance != imp {
		r.total.Importance = imp
		r.total.Refresh()
	}
}

func (s *peopleScreen) showProblems() {
	s.general.show(s.u)
	for _, r := range s.rows {
		r.showProblems()
	}
}

func (s *peopleScreen) first() fyne.Focusable {
	if len(s.rows) > 0 {
		return s.rows[0].name.entry
	}
	return s.add
}

// focusField takes the user to a person's field: people[1].time.selling,
// people[1].name…; "people" itself is Add.
func (s *peopleScreen) focusField(id string) bool {
	var i int
	if _, err := fmt.Sscanf(id, "people[%d]", &i); err != nil || i < 0 || i >= len(s.rows) {
		s.u.win.Canvas().Focus(s.add)
		return true
	}
	r := s.rows[i]
	var target fyne.Focusable = r.name.entry
	switch rest := id[strings.Index(id, "]")+1:]; {
	case rest == ".title":
		target = r.title.entry
	case strings.HasPrefix(rest, ".time"):
		target = r.parts[0].entry
		for j, part := range advisor.TimeParts {
			if rest == ".time."+strings.ToLower(part) {
				target = r.parts[j].entry
			}
		}
	case rest == ".quota_attainment":
		target = r.quota.entry
	}
	s.u.focusShowing(target, r.c)
	return true
}

// personColumns are the columns of the people's rows, in the Tab order:
// a header, and for the fixed-width columns the widest text they hold.
var personColumns = []struct {
	header, sample string
	flex           float32 // share of the room left, for the names
}{
	{"Name", "", 3}, {"Title", "", 2}, {"Founder", "", 0},
	{"Selling", "100", 0}, {"Managing", "100", 0}, {"Forecasting", "100", 0}, {"Other", "100", 0},
	{"Week", "100%", 0}, {"Quota %", "100", 0}, {"", "", 0},
}

// personLayout lays out a person's row, or the header above the rows, in
// personColumns. Where the window is too narrow for one line, the week and
// the quota go on a second line, the column widths unchanged; the row's
// messages, if any, go below.
type personLayout struct{ mode *rowMode }

// rowMode is whether the rows were last laid out on one line: a row's
// height depends on it, and Fyne asks for the height before the width is
// known. When a layout finds the other mode, changed lays the page out
// again with the right heights.
type rowMode struct {
	oneLine bool
	changed func()
}

// columnWidths are the widths of the fixed columns at the theme's text
// size, and the least each name column needs; measured once per size,
// since every row's layout asks.
func columnWidths() (fixed []float32, nameMin float32) {
	size := theme.TextSize()
	if w, ok := columnCache[size]; ok {
		return w.fixed, w.nameMin
	}
	fixed, nameMin = measureColumns(size)
	columnCache[size] = struct {
		fixed   []float32
		nameMin float32
	}{fixed, nameMin}
	return fixed, nameMin
}

var columnCache = map[float32]struct {
	fixed   []float32
	nameMin float32
}{}

func measureColumns(size float32) (fixed []float32, nameMin float32) {
	pad := theme.InnerPadding() * 2
	bold := fyne.TextStyle{Bold: true}
	for _, c := range personColumns {
		w := max(fyne.MeasureText(c.header, size, bold).Width, fyne.MeasureText(c.sample, size, fyne.TextStyle{}).Width) + pad
		if c.header == "" { // Remove: an icon button
			w = theme.IconInlineSize() + pad
		}
		fixed = append(fixed, w)
	}
	return fixed, fyne.MeasureText("Sam Lee Ryan", size, fyne.TextStyle{}).Width + pad
}

// arrange returns each cell's position and width, and the lines' count.
func (*personLayout) arrange(width float32) (xs, ws []float32, line []int) {
	fixed, nameMin := columnWidths()
	gap := theme.Padding()
	var fixedSum float32
	for i, c := range personColumns {
		if c.flex == 0 {
			fixedSum += fixed[i] + gap
		}
	}
	oneLine := fixedSum+2*(nameMin+gap) <= width
	room := width - 2*gap // two lines: name and title share it with Founder
	if oneLine {
		room = width - fixedSum - 2*gap
	} else {
		room -= fixed[2] + gap
	}
	xs, ws, line = make([]float32, len(fixed)), make([]float32, len(fixed)), make([]int, len(fixed))
	var x float32
	for i, c := range personColumns {
		if !oneLine && i == 3 { // the week starts the second line
			x = 0
		}
		if !oneLine && i >= 3 {
			line[i] = 1
		}
		w := fixed[i]
		if c.flex > 0 {
			w = room * c.flex / 5
		}
		xs[i], ws[i] = x, w
		x += w + gap
	}
	if !oneLine { // Remove at the end of the second line
		last := len(fixed) - 1
		xs[last] = width - ws[last]
	}
	return xs, ws, line
}

// heights are the heights of the row's lines, and of its messages. An
// entry (the first cell of each line) and the Remove button are the
// tallest cells; a header's labels are all alike: measuring every cell of
// 200 rows on every layout slowed the list.
func (l *personLayout) heights(objs []fyne.CanvasObject, line []int) (lines [2]float32, msg float32) {
	for _, i := range []int{0, 3, len(personColumns) - 1} {
		lines[line[i]] = max(lines[line[i]], objs[i].MinSize().Height)
	}
	if m := objs[len(personColumns)]; m.Visible() {
		msg = m.MinSize().Height
	}
	return lines, msg
}

func (l *personLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	fixed, nameMin := columnWidths()
	var w float32
	for i := 3; i < len(fixed); i++ { // the second line sets the least width
		w += fixed[i] + theme.Padding()
	}
	w = max(w, 2*nameMin+fixed[2]+2*theme.Padding())
	_, _, line := l.arrange(w) // as narrow as can be: two lines
	lines, msg := l.heights(objs, line)
	if l.mode.oneLine {
		return fyne.NewSize(w, max(lines[0], lines[1])+msg)
	}
	return fyne.NewSize(w, lines[0]+lines[1]+theme.Padding()+msg)
}

func (l *personLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	xs, ws, line := l.arrange(size.Width)
	if oneLine := line[len(line)-1] == 0; oneLine != l.mode.oneLine && size.Width > 0 {
		l.mode.oneLine = oneLine
		if l.mode.changed != nil {
			defer l.mode.changed()
		}
	}
	lines, msg := l.heights(objs, line)
	y := [2]float32{0, lines[0] + theme.Padding()}
	bottom := lines[0]
	if line[len(line)-1] == 1 {
		bottom = y[1] + lines[1]
	}
	for i, o := range objs[:len(personColumns)] {
		o.Move(fyne.NewPos(xs[i], y[line[i]]))
		o.Resize(fyne.NewSize(ws[i], lines[line[i]]))
	}
	m := objs[len(personColumns)]
	m.Move(fyne.NewPos(0, bottom))
	m.Resize(fyne.NewSize(size.Width, msg))
}
