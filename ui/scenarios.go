package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// scenariosScreen weighs up to advisor.MaxScenarios options side by side,
// each planned by the advisor over the same 24 months as the
// recommendation, and records the one the owner decides on. A session
// without options shows the advisor's suggestions; they become the
// session's own as soon as the owner changes one or decides.
type scenariosScreen struct {
	u         *UI
	intro     *widget.Label
	cols      *fyne.Container // the options' rows, each a grid of one cell per option: rows stay level
	columns   []*optionColumn
	add       *button
	suggested []advisor.Scenario // shown while the session has no options
	results   []advisor.ScenarioResult
	rangeGen  int // the results' simulation; an older one is dropped

	decided  *widget.Label // the decision recorded, in words
	decPick  *choice
	decDate  *entry
	decNote  *entry
	decMsg   *widget.Label
	decide   *button
	undecide *button
	editing  *fyne.Container // Add, and the decision's form: hidden while presenting
	view     fyne.CanvasObject
}

// optionColumn is one option: what the owner sets, and the advisor's plan
// of it.
type optionColumn struct {
	s        *scenariosScreen
	i        int
	name     *entry
	kind     *choice
	months   *entry // a fractional engagement's length
	monthBox *fyne.Container
	start    *choice // the manager's month
	level    *choice // the option's pay bands
	msg      *widget.Label
	title    *widget.Label
	badge    *widget.Label // "The decision"
	totals   *widget.Label
	quarters *widget.Label
	capacity *widget.Label
	rangeTxt *widget.Label
	delta    *widget.Label
	risks    *widget.Label
	remove   *button
	edits    *fyne.Container // what the owner sets: hidden while presenting
}

// usualStart and planLevel are the first entries of their lists: the
// option takes the plan's month and pay bands.
const (
	usualStart = "The plan's usual month"
	planLevel  = "As in the plan"
)

func newScenariosScreen(u *UI) *scenariosScreen {
	s := &scenariosScreen{u: u, cols: container.NewVBox(), intro: wrapped(""),
		decided: wrapped(""), decMsg: newMessage()}
	s.decided.TextStyle.Bold = true
	s.add = u.newButton("Add an option", theme.ContentAddIcon(), s.onAdd)
	s.decPick = u.newSelect(nil, nil)
	s.decDate = u.newEntry()
	s.decDate.SetPlaceHolder("YYYY-MM-DD")
	s.decNote = u.newEntry()
	s.decNote.SetPlaceHolder("Why this option (optional)")
	s.decide = u.newButton("Record the decision", theme.ConfirmIcon(), s.onDecide)
	s.decide.Importance = widget.HighImportance
	s.undecide = u.newButton("Clear the decision", nil, s.onUndecide)
	form := widget.NewForm(
		widget.NewFormItem("Option", sized(s.decPick)),
		widget.NewFormItem("Date", sized(s.decDate)),
		widget.NewFormItem("Note", s.decNote),
	)
	s.editing = container.NewVBox(form, s.decMsg, container.NewHBox(s.decide, s.undecide))
	s.view = page(
		heading("Options side by side", ""),
		s.intro,
		s.cols,
		container.NewHBox(s.add),
		widget.NewSeparator(),
		subheading("The decision"),
		s.decided,
		s.editing,
	)
	return s
}

func (s *scenariosScreen) content() fyne.CanvasObject { return s.view }
func (s *scenariosScreen) showProblems()              {}

// options are the session's options, or the suggestions while it has none.
func (s *scenariosScreen) options() []advisor.Scenario {
	if len(s.u.answers.Scenarios) > 0 {
		return s.u.answers.Scenarios
	}
	return s.suggested
}

// load plans every option and shows it.
func (s *scenariosScreen) load() {
	u := s.u
	if u.planErr != nil {
		s.intro.SetText("The options need a plan: " + errText(u.planErr))
		return
	}
	if len(u.answers.Scenarios) == 0 {
		s.suggested = advisor.SuggestScenarios(u.plan)
		s.intro.SetText("The advisor suggests these options. Change any of them, add or remove one (up to " +
			strconv.Itoa(advisor.MaxScenarios) + "), then record the one you decide on. Deltas compare each option with the recommended plan.")
	} else {
		s.intro.SetText("Your options, planned over the same 24 months as the recommendation. Deltas compare each option with the recommended plan.")
	}
	opts := s.options()
	s.results = make([]advisor.ScenarioResult, len(opts))
	for i, o := range opts {
		s.results[i] = u.plan.Scenario(o)
	}
	s.fitColumns(len(opts))
	for i, c := range s.columns {
		c.show(opts[i], s.results[i])
	}
	if len(opts) >= advisor.MaxScenarios {
		s.add.Disable()
	} else {
		s.add.Enable()
	}
	s.loadDecision(opts)
	s.presentChanged()
	s.simulate()
}

// presentChanged shows the options as a room sees them while presenting:
// the figures and the decision, without the fields that change them.
func (s *scenariosScreen) presentChanged() {
	p := s.u.presenting()
	s.editing.Hidden, s.add.Hidden = p, p
	for _, c := range s.columns {
		c.edits.Hidden, c.remove.Hidden = p, p
	}
}

// simulate works out each option's range away from the main goroutine,
// with the recommended plan's, so that the chance of closing the gap has
// its delta.
func (s *scenariosScreen) simulate() {
	s.rangeGen++
	gen, p := s.rangeGen, s.u.plan
	p.Answers = p.Answers.Clone()
	p.Answers.Scenarios = append([]advisor.Scenario(nil), s.options()...)
	var res []advisor.ScenarioResult
	// After a pause, not on every key typed in a name: each option's range
	// is thousands of runs.
	s.u.after(simulateDelay, func() {
		if gen != s.rangeGen {
			return
		}
		s.u.async(func() {
			if p.Range.Runs == 0 {
				p.Range = advisor.SimulateRange(p, 0)
			}
			p.Options.Runs = 0
			res = p.Scenarios()
		}, func() {
			if gen != s.rangeGen || len(res) != len(s.columns) {
				return
			}
			s.results = res
			for i, c := range s.columns {
				c.showRange(res[i])
			}
			maskMoney(s.cols)
		})
	})
}

// simulateDelay is how long the options wait, after a change, before
// working out their ranges.
const simulateDelay = 400 * time.Millisecond

// fitColumns builds or drops columns to match n options.
func (s *scenariosScreen) fitColumns(n int) {
	if len(s.columns) == n {
		return
	}
	for len(s.columns) < n {
		s.columns = append(s.columns, s.newColumn(len(s.columns)))
	}
	s.columns = s.columns[:n]
	s.cols.Objects = nil
	for _, r := range optionRows {
		if r.head != "" {
			s.cols.Add(subheading(r.head))
		}
		row := container.NewGridWithColumns(max(n, 1))
		for _, c := range s.columns {
			row.Add(r.cell(c))
		}
		s.cols.Add(row)
	}
	s.cols.Refresh()
}

func (s *scenariosScreen) newColumn(i int) *optionColumn {
	u := s.u
	c := &optionColumn{s: s, i: i, msg: newMessage(), totals: wrapped(""), quarters: wrapped(""), capacity: wrapped(""),
		rangeTxt: wrapped(""), delta: wrapped(""), risks: wrapped("")}
	c.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	c.title.Wrapping = fyne.TextWrapWord
	c.title.SizeName = theme.SizeNameSubHeadingText
	c.badge = widget.NewLabelWithStyle("✔ The decision", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	c.badge.Importance = widget.SuccessImportance
	c.name = u.newEntry()
	c.name.OnChanged = func(t string) {
		if !u.loading {
			c.edit(func(o *advisor.Scenario) { o.Name = t })
		}
	}
	c.kind = u.newSelect(kindTitles(), func(t string) {
		if !u.loading {
			c.choose(func(o *advisor.Scenario) { o.Kind = kindTitled(t) })
		}
	})
	c.months = u.newNumberEntry()
	c.months.OnChanged = func(t string) {
		if u.loading {
			return
		}
		n, err := strconv.Atoi(strings.TrimSpace(t))
		if t = strings.TrimSpace(t); t == "" {
			n, err = 0, nil
		}
		if err != nil {
			setMessage(c.msg, "Engagement: write a whole number of months")
			return
		}
		c.edit(func(o *advisor.Scenario) { o.FractionalMonths = n })
	}
	c.monthBox = container.NewVBox(caption("Engagement, months (empty: the plan's)"), c.months)
	c.start = u.newSelect(nil, func(t string) {
		if !u.loading {
			c.choose(func(o *advisor.Scenario) { o.ManagerStart = max(0, indexOf(c.start.Options, t)) })
		}
	})
	levels := []string{planLevel, levelLabels[advisor.LevelLow], levelLabels[advisor.LevelMid], levelLabels[advisor.LevelHigh]}
	c.level = u.newSelect(levels, func(t string) {
		if !u.loading {
			c.choose(func(o *advisor.Scenario) { setLevel(o, t) })
		}
	})
	c.remove = u.newButton("Remove", theme.ContentRemoveIcon(), func() { s.onRemove(c.i) })
	c.edits = container.NewVBox(
		caption("Name"), c.name,
		caption("Option"), c.kind,
		c.monthBox,
		caption("Full-time manager from"), c.start,
		caption("Pay bands"), c.level,
	)
	return c
}

// optionRows are the rows of the comparison, each with its heading and
// its cell of an option.
var optionRows = []struct {
	head string
	cell func(*optionColumn) fyne.CanvasObject
}{
	{"", func(c *optionColumn) fyne.CanvasObject { return c.title }},
	{"", func(c *optionColumn) fyne.CanvasObject { return c.badge }},
	{"", func(c *optionColumn) fyne.CanvasObject { return c.edits }},
	{"", func(c *optionColumn) fyne.CanvasObject { return container.NewVBox(c.msg) }}, // a grid skips a hidden cell
	{"Cost", func(c *optionColumn) fyne.CanvasObject { return container.NewVBox(c.totals, c.quarters) }},
	{"Against the target", func(c *optionColumn) fyne.CanvasObject { return container.NewVBox(c.capacity, c.rangeTxt) }},
	{"Against the recommended plan", func(c *optionColumn) fyne.CanvasObject { return c.delta }},
	{"Risks", func(c *optionColumn) fyne.CanvasObject { return c.risks }},
	{"", func(c *optionColumn) fyne.CanvasObject { return container.NewHBox(c.remove) }},
}

// kindTitles are the recommendation kinds' titles, from advisor's table.
func kindTitles() []string {
	var out []string
	for _, k := range advisor.KindInfos() {
		out = append(out, k.Title)
	}
	return out
}

func kindTitled(t string) advisor.Kind {
	for _, k := range advisor.KindInfos() {
		if k.Title == t {
			return k.Kind
		}
	}
	return ""
}

func indexOf(xs []string, x string) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

// setLevel sets an option's pay band level, keeping its other figures.
func setLevel(o *advisor.Scenario, label string) {
	var lvl advisor.Level
	for l, t := range levelLabels {
		if t == label {
			lvl = l
		}
	}
	if o.Assumptions == nil && lvl == "" {
		return
	}
	var as advisor.Overrides
	if o.Assumptions != nil {
		as = *o.Assumptions
	}
	as.BandLevel = lvl
	o.Assumptions = &as
}

// show fills the column with the option and its plan.
func (c *optionColumn) show(o advisor.Scenario, r advisor.ScenarioResult) {
	u := c.s.u
	p, cur := r.Plan, u.plan.Currency
	loading := u.loading
	u.loading = true
	if !c.name.focused() {
		u.loadText(c.name, o.Name)
	}
	c.kind.SetSelected(o.Kind.Title())
	if !c.months.focused() {
		u.loadText(c.months, intText(o.FractionalMonths))
	}
	// Disabled rather than hidden where it does not apply, so that the
	// columns' rows stay level.
	if o.Kind == advisor.FractionalSalesLeader {
		c.months.Enable()
		c.months.SetPlaceHolder("")
	} else {
		c.months.Disable()
		c.months.SetPlaceHolder("Fractional options only")
	}
	starts := append([]string{usualStart}, u.plan.MonthLabels...)
	c.start.Options = starts
	c.start.SetSelected(starts[min(max(o.ManagerStart, 0), len(starts)-1)])
	level := planLevel
	if o.Assumptions != nil && o.Assumptions.BandLevel != "" {
		level = levelLabels[o.Assumptions.BandLevel]
	}
	c.level.SetSelected(level)
	u.loading = loading
	setMessage(c.msg, "")
	setText(c.title, r.Title)
	badge := "" // blank rather than hidden: the columns' rows stay level
	if r.Decided {
		badge = "✔ The decision"
	}
	setText(c.badge, badge)
	m := p.MonthLabels
	setText(c.totals, fmt.Sprintf("%s: %s\n%s: %s", p.YearLabel(1), money(r.Year1, cur), p.YearLabel(2), money(r.Year2, cur)))
	setText(c.quarters, quarterLines(r.Quarterly, m, cur))
	setText(c.capacity, capacityText(r, u.plan, cur))
	setText(c.delta, deltaText(r.Delta, cur))
	setText(c.risks, bullets(r.Risks, "No particular risk beyond the plan's."))
	c.showRange(r)
}

// showRange shows the option's simulated range, once worked out.
func (c *optionColumn) showRange(r advisor.ScenarioResult) {
	cur := c.s.u.plan.Currency
	if r.Range.Runs == 0 {
		setText(c.rangeTxt, "Working out the range…")
		return
	}
	b, k := r.Range.NewRepBookings, r.Range.Year2Cost
	t := fmt.Sprintf("New reps' bookings, 8 times in 10: %s to %s.\nCost in months 13-24, 8 times in 10: %s to %s.",
		money(b.P10, cur), money(b.P90, cur), money(k.P10, cur), money(k.P90, cur))
	if g := r.Range.GapClosedProbability; g != nil {
		t += fmt.Sprintf("\nChance of closing the gap: %s%%.", advisor.FormatNumber(float64(int(*g*100+0.5))))
	}
	setText(c.rangeTxt, t)
	setText(c.delta, deltaText(r.Delta, cur))
}

func intText(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// quarterLines are the option's costs by quarter, with their months.
func quarterLines(q []float64, months []string, cur string) string {
	var lines []string
	for i, x := range q {
		if 3*i+2 >= len(months) {
			break
		}
		lines = append(lines, fmt.Sprintf("Q%d, %s to %s: %s", i+1, months[3*i], months[3*i+2], money(x, cur)))
	}
	return strings.Join(lines, "\n")
}

func capacityText(r advisor.ScenarioResult, p advisor.Plan, cur string) string {
	t := "New reps' bookings in months 13-24: " + money(r.Capacity2, cur)
	if r.GapShare != nil && p.RevenueGap != nil {
		t += fmt.Sprintf(", %s%% of the revenue gap of %s", advisor.FormatNumber(float64(int(*r.GapShare*100+0.5))), money(*p.RevenueGap, cur))
	}
	return t + "."
}

// deltaText words an option's differences from the recommended plan.
func deltaText(d advisor.Delta, cur string) string {
	lines := []string{
		"Cost, first 12 months: " + signedMoney(d.Year1, cur),
		"Cost, months 13-24: " + signedMoney(d.Year2, cur),
		"New reps' bookings, months 13-24: " + signedMoney(d.Capacity2, cur),
	}
	if g := d.GapClosedProbability; g != nil {
		t := "the same"
		if pts := int(*g*100 + signOf(*g)*0.5); pts != 0 {
			t = fmt.Sprintf("%+d points", pts)
		}
		lines = append(lines, "Chance of closing the gap: "+t)
	}
	return strings.Join(lines, "\n")
}

func signOf(x float64) float64 {
	if x < 0 {
		return -1
	}
	return 1
}

func signedMoney(x float64, cur string) string {
	switch {
	case x > 0.5:
		return "+" + money(x, cur)
	case x < -0.5:
		return money(x, cur)
	}
	return "the same"
}

func bullets(xs []string, none string) string {
	if len(xs) == 0 {
		return none
	}
	return "• " + strings.Join(xs, "\n• ")
}

// edit changes the column's option, if the advisor accepts the change.
func (c *optionColumn) edit(f func(*advisor.Scenario)) {
	opts := append([]advisor.Scenario(nil), c.s.options()...)
	if c.i >= len(opts) {
		return
	}
	old := opts[c.i].Name
	f(&opts[c.i])
	dec := c.s.u.answers.Decision
	if dec != nil && dec.Scenario == old && opts[c.i].Name != old { // the decision follows its option's name
		d := *dec
		d.Scenario = opts[c.i].Name
		dec = &d
	}
	if msg := c.s.commit(opts, dec); msg != "" {
		setMessage(c.msg, msg)
	}
}

// choose is edit from a list: a choice the advisor refuses goes back to
// what the option has, with the reason beside it.
func (c *optionColumn) choose(f func(*advisor.Scenario)) {
	opts := append([]advisor.Scenario(nil), c.s.options()...)
	if c.i >= len(opts) {
		return
	}
	f(&opts[c.i])
	if msg := c.s.commit(opts, c.s.u.answers.Decision); msg != "" {
		c.show(c.s.options()[c.i], c.s.results[c.i])
		setMessage(c.msg, msg)
	}
}

// commit makes opts and dec the session's, unless the advisor finds a
// problem with them: it returns the problem in an owner's words then, and
// the session keeps what it had.
func (s *scenariosScreen) commit(opts []advisor.Scenario, dec *advisor.Decision) string {
	a := s.u.answers
	a.Scenarios, a.Decision = opts, dec
	for _, p := range a.Problems() {
		if strings.HasPrefix(p.Field, "scenarios") || strings.HasPrefix(p.Field, "decision") {
			return problemText(p)
		}
	}
	s.u.answers.Scenarios, s.u.answers.Decision = opts, dec
	s.u.changed()
	if steps[s.u.step].name != "scenarios" {
		s.load() // changed reloads only the step that shows
	}
	return ""
}

func (s *scenariosScreen) onAdd() {
	opts := append([]advisor.Scenario(nil), s.options()...)
	if len(opts) >= advisor.MaxScenarios {
		return
	}
	kind := s.u.plan.Recommendation.Primary
	opts = append(opts, advisor.Scenario{Name: s.freeName(opts), Kind: kind})
	s.commit(opts, s.u.answers.Decision)
}

// freeName is the first "Option X" no option has.
func (s *scenariosScreen) freeName(opts []advisor.Scenario) string {
	for i := 0; ; i++ {
		name := fmt.Sprintf("Option %c", 'A'+i)
		taken := false
		for _, o := range opts {
			taken = taken || strings.EqualFold(strings.TrimSpace(o.Name), name)
		}
		if !taken {
			return name
		}
	}
}

// onRemove drops option i, and the decision if it was that option.
func (s *scenariosScreen) onRemove(i int) {
	opts := append([]advisor.Scenario(nil), s.options()...)
	if i >= len(opts) {
		return
	}
	dec := s.u.answers.Decision
	if dec != nil && strings.EqualFold(strings.TrimSpace(dec.Scenario), strings.TrimSpace(opts[i].Name)) {
		dec = nil
	}
	opts = append(opts[:i], opts[i+1:]...)
	if len(opts) == 0 {
		opts = nil // the suggestions show again
	}
	s.commit(opts, dec)
}

// loadDecision shows the decision recorded, or today's date ready for one.
func (s *scenariosScreen) loadDecision(opts []advisor.Scenario) {
	u := s.u
	var names []string
	for _, o := range opts {
		names = append(names, o.Name)
	}
	s.decPick.Options = names
	loading := u.loading
	u.loading = true
	defer func() { u.loading = loading }()
	d := u.answers.Decision
	if d == nil {
		setText(s.decided, "No decision recorded yet.")
		if indexOf(names, s.decPick.Selected) < 0 && len(names) > 0 {
			s.decPick.SetSelected(names[0])
		}
		if s.decDate.Text == "" {
			u.loadText(s.decDate, time.Now().Format(time.DateOnly))
		}
		s.undecide.Disable()
		return
	}
	setText(s.decided, decisionText(*d))
	s.decPick.SetSelected(d.Scenario)
	u.loadText(s.decDate, d.Date)
	u.loadText(s.decNote, d.Note)
	s.undecide.Enable()
}

func decisionText(d advisor.Decision) string {
	t := fmt.Sprintf("Decided on %s: %s.", d.Date, d.Scenario)
	if d.Note != "" {
		t += " " + d.Note
	}
	return t
}

// onDecide records the option picked as the decision; the suggestions
// shown become the session's options with it.
func (s *scenariosScreen) onDecide() {
	d := &advisor.Decision{Scenario: s.decPick.Selected, Date: strings.TrimSpace(s.decDate.Text), Note: strings.TrimSpace(s.decNote.Text)}
	if d.Scenario == "" {
		setMessage(s.decMsg, "Pick the option you decide on.")
		return
	}
	opts := append([]advisor.Scenario(nil), s.options()...)
	if msg := s.commit(opts, d); msg != "" {
		setMessage(s.decMsg, msg)
		return
	}
	setMessage(s.decMsg, "")
}

func (s *scenariosScreen) onUndecide() {
	s.commit(s.u.answers.Scenarios, nil)
	setMessage(s.decMsg, "")
}
