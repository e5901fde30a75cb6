package ui

import (
	"fmt"
	"math"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// planScreen shows the dated hiring plan: its totals, a timeline of the
// hires, the likely range, and every assumption that changes this plan,
// editable in place; the totals follow as the user types.
type planScreen struct {
	u        *UI
	title    *widget.Label
	start    *choice // the plan's first month
	starts   []string
	warnings *fyne.Container // what to check before trusting the figures
	summary  *widget.Label
	totals   []*total
	stale    *widget.Label // why the totals wait for a valid assumption
	chart    *timeline
	chartBox *fyne.Container // the timeline and its heading; hidden without hires
	rangeBox *fyne.Container
	ranges   [2]*rangeBar
	rangeTxt [3]*widget.Label // bookings, year-2 cost, the chance of closing the gap
	hires    *fyne.Container
	hiresKey string // the hires' titles, to rebuild their list only when they change
	dates    string // the hires' months, to draw the timeline only when they change
	cards    []*hireCard
	warned   string // the warnings shown
	shape    string // what is shown or hidden, and the hires: when it changes, the page is laid out again
	level    *choice
	levelBox *fyne.Container // the level and its label; hidden where no band applies
	bands    []*assumption
	figures  []*assumption
	// assumptionsBox holds the editable assumptions; hidden with money.
	assumptionsBox *fyne.Container
	view           fyne.CanvasObject
}

// total is one figure of the plan, with its label.
type total struct {
	label, value *widget.Label
	box          *fyne.Container
}

var levelLabels = map[advisor.Level]string{advisor.LevelLow: "Low end", advisor.LevelMid: "Middle", advisor.LevelHigh: "High end"}

func newPlanScreen(u *UI) *planScreen {
	s := &planScreen{u: u, warnings: container.NewVBox(), hires: container.NewVBox(), chart: newTimeline(),
		stale: wrapped(""), summary: wrapped("")}
	s.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.title.SizeName = theme.SizeNameHeadingText
	s.title.Wrapping = fyne.TextWrapWord
	s.summary.TextStyle.Bold = true
	s.summary.SizeName = theme.SizeNameSubHeadingText
	s.stale.Importance = widget.WarningImportance
	s.stale.Hide()
	s.start = u.newSelect(nil, s.onStart)
	totals := newFlow(3)
	for range 8 {
		t := &total{label: caption(""), value: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
		t.value.Wrapping = fyne.TextWrapWord
		t.label.TextStyle.Italic = false
		t.box = container.NewVBox(t.label, t.value)
		s.totals = append(s.totals, t)
		totals.Add(t.box)
	}
	s.rangeBox = s.rangeSection()
	s.chartBox = container.NewVBox(subheading("Timeline"), s.chart)
	s.level = u.newSelect([]string{levelLabels[advisor.LevelLow], levelLabels[advisor.LevelMid], levelLabels[advisor.LevelHigh]}, s.onLevel)
	s.assumptionsBox = container.NewVBox(
		subheading("Assumptions"),
		wrapped("Change any value: the plan and its totals follow as you type. Only what changes this plan is listed."),
		s.assumptionsForm(),
	)
	s.view = page(
		s.title,
		container.NewBorder(nil, nil, widget.NewLabel("Start the plan in"), nil, widthOf(200, s.start)),
		s.warnings,
		s.summary,
		totals,
		s.stale,
		widget.NewSeparator(),
		s.chartBox,
		s.rangeBox,
		newFlow(2, container.NewVBox(subheading("The hires"), s.hires), s.assumptionsBox),
	)
	return s
}

func (s *planScreen) content() fyne.CanvasObject { return s.view }

// rangeSection shows how far the plan's outcome may fall from its figures.
func (s *planScreen) rangeSection() *fyne.Container {
	for i := range s.ranges {
		s.ranges[i] = newRangeBar()
	}
	for i := range s.rangeTxt {
		s.rangeTxt[i] = wrapped("")
	}
	return container.NewVBox(
		subheading("The likely range"),
		s.rangeTxt[0], s.ranges[0],
		s.rangeTxt[1], s.ranges[1],
		s.rangeTxt[2],
	)
}

// showRange shows the simulated range, or that it is being worked out.
func (s *planScreen) showRange() {
	p := s.u.plan
	r, cur := p.Range, p.Currency
	waiting := s.staleWhy() != ""
	for _, b := range s.ranges {
		b.Hidden = waiting // the last plan's range, not this one's
	}
	if waiting || r.Runs == 0 {
		s.rangeTxt[0].SetText("Working out the range…")
		if waiting {
			s.rangeTxt[0].SetText("The range waits for the assumption marked below to be fixed.")
		}
		for _, l := range s.rangeTxt[1:] {
			l.SetText("")
			l.Hidden = true
		}
		return
	}
	s.rangeTxt[1].Hidden = false
	b, c := r.NewRepBookings, r.Year2Cost
	s.rangeTxt[0].SetText(fmt.Sprintf("New reps' bookings over the 24 months, after turnover: most likely %s; 8 times in 10 between %s and %s.",
		money(b.P50, cur), money(b.P10, cur), money(b.P90, cur)))
	s.rangeTxt[1].SetText(fmt.Sprintf("Cost in months 13-24: most likely %s; 8 times in 10 between %s and %s.",
		money(c.P50, cur), money(c.P10, cur), money(c.P90, cur)))
	s.ranges[0].set(b, roundUp(b.P90*1.1), cur)
	s.ranges[1].set(c, roundUp(c.P90*1.1), cur)
	gap := ""
	if g := r.GapClosedProbability; g != nil && p.RevenueGap != nil {
		gap = fmt.Sprintf("The chance that year 2's new bookings close the revenue gap of %s: %s%%. From %s runs of the plan with ramp, attainment, search and turnover drawn from their sourced ranges.",
			money(*p.RevenueGap, cur), advisor.FormatNumber(float64(int(*g*100+0.5))), advisor.FormatNumber(float64(r.Runs)))
	}
	s.rangeTxt[2].SetText(gap)
	s.rangeTxt[2].Hidden = gap == ""
	s.rangeBox.Hidden = b.P90 == 0 && c.P90 == 0 // nothing uncertain: no reps, no cost
}

// assumptionsForm builds the editors for the bands and the figures, each
// with its default's source and year.
func (s *planScreen) assumptionsForm() fyne.CanvasObject {
	def := advisor.DefaultAssumptions()
	s.levelBox = container.NewVBox(
		widget.NewLabelWithStyle("Where in the salary bands to plan", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		sized(s.level),
	)
	form := container.NewVBox(s.levelBox)
	for _, b := range def.Bands() {
		a := s.newBand(b)
		s.bands = append(s.bands, a)
		form.Add(a.block)
	}
	for _, fig := range def.Figures() {
		if a := s.newFigure(fig); a != nil {
			s.figures = append(s.figures, a)
			form.Add(a.block)
		}
	}
	return form
}

// onStart sets the plan's first month; the first choice is the default,
// the month after today.
func (s *planScreen) onStart(label string) {
	if s.u.loading {
		return
	}
	s.u.answers.PlanStart = ""
	for i, l := range s.starts {
		if l == label && i > 0 {
			m, _ := advisor.ParseMonth(startValue(l))
			s.u.answers.PlanStart = m.String()
		}
	}
	s.u.changed()
}

// startChoices are the months a plan may start in: the default, then
// from this month to three years ahead, and the session's own if it is
// another.
func startChoices(session string) []string {
	next := advisor.MonthOf(time.Now()).Add(1)
	out := []string{"Next month (" + next.Label() + ")"}
	for i := -1; i < 36; i++ {
		out = append(out, next.Add(i).Label())
	}
	if m, err := advisor.ParseMonth(session); err == nil && !strings.Contains(strings.Join(out[1:], "|"), m.Label()) {
		out = append(out, m.Label())
	}
	return out
}

// startValue reads a start choice, "Jan 2027", as "2027-01".
func startValue(label string) string {
	t, err := time.Parse("Jan 2006", label)
	if err != nil {
		return ""
	}
	return advisor.MonthOf(t).String()
}

func (s *planScreen) onLevel(label string) {
	if s.u.loading {
		return
	}
	for l, t := range levelLabels {
		if t == label {
			s.u.overrides().BandLevel = l
		}
	}
	s.u.changed()
}

// overrides returns the session's overrides, creating them on first edit.
func (u *UI) overrides() *advisor.Overrides {
	if u.answers.Assumptions == nil {
		u.answers.Assumptions = &advisor.Overrides{}
	}
	return u.answers.Assumptions
}

// loadAnswers fills the plan's start, level and assumptions from the
// session.
func (s *planScreen) loadAnswers() {
	loading := s.u.loading
	s.u.loading = true
	defer func() { s.u.loading = loading }()
	s.starts = startChoices(s.u.answers.PlanStart)
	s.start.SetOptions(s.starts)
	sel := s.starts[0]
	if m, err := advisor.ParseMonth(s.u.answers.PlanStart); err == nil {
		sel = m.Label()
	}
	s.start.SetSelected(sel)
	level := advisor.LevelMid
	if o := s.u.answers.Assumptions; o != nil && o.BandLevel != "" {
		level = o.BandLevel
	}
	s.level.SetSelected(levelLabels[level])
	for _, a := range s.assumptions() {
		a.load()
	}
}

func (s *planScreen) assumptions() []*assumption {
	return append(append([]*assumption(nil), s.bands...), s.figures...)
}

func (s *planScreen) showProblems() {
	for _, a := range s.assumptions() {
		a.show()
	}
}

func (s *planScreen) focusField(id string) bool {
	for _, a := range s.assumptions() {
		for _, p := range a.parts {
			if p.id() == id || strings.HasPrefix(p.id(), id+".") {
				a.block.Show()
				s.u.focusShowing(p.entry, a.block)
				return true
			}
		}
	}
	if id == "plan_start" {
		s.u.win.Canvas().Focus(s.start)
		return true
	}
	return false
}

// load shows the current plan: the summary, totals, timeline and range.
func (s *planScreen) load() {
	p := s.u.plan
	if len(p.MonthLabels) == 0 {
		return // not advised yet
	}
	s.title.SetText(fmt.Sprintf("Hiring plan: %s to %s", p.MonthLabels[0], p.MonthLabels[len(p.MonthLabels)-1]))
	s.summary.SetText(p.Recommendation.Headline)
	if w := s.warningsNotOnHires(); fmt.Sprint(w) != s.warned {
		s.warned = fmt.Sprint(w)
		setWarnings(s.warnings, "Check before you trust these figures", w)
	}
	s.showTotals()
	s.showHires()
	s.showRange()
	for _, a := range s.assumptions() {
		a.showSource()
	}
	s.showLevel()
}

// showLevel hides the choice of where in the bands to plan where no band
// shows, unless it was changed, so that it can be changed back.
func (s *planScreen) showLevel() {
	hidden := s.level.Selected == levelLabels[advisor.LevelMid]
	for _, b := range s.bands {
		hidden = hidden && b.block.Hidden
	}
	s.levelBox.Hidden = hidden
}

// relayout reports whether the page changed its shape since it was last
// asked: a hire came or went, a warning, the range, an assumption showed
// or hid. Typing a figure changes only numbers, and the page is not laid
// out again for it.
func (s *planScreen) relayout() bool {
	shape := fmt.Sprint(s.hiresKey, len(s.warningsNotOnHires()), s.stale.Hidden, s.chartBox.Hidden, s.levelBox.Hidden, s.rangeBox.Hidden, s.rangeTxt[1].Hidden, s.rangeTxt[2].Hidden, s.ranges[0].Hidden)
	for _, a := range s.assumptions() {
		shape += fmt.Sprint(a.block.Hidden, a.hasProblem())
	}
	if shape == s.shape {
		return false
	}
	s.shape = shape
	return true
}

// warningsNotOnHires are the plan's warnings, less those a hire already
// carries (the reason a budget shortens an engagement sits on it).
func (s *planScreen) warningsNotOnHires() []string {
	var out []string
	for _, w := range s.u.plan.Warnings {
		on := false
		for _, h := range s.u.plan.Hires {
			on = on || strings.Contains(h.Why, w)
		}
		if !on {
			out = append(out, w)
		}
	}
	return out
}

func (s *planScreen) showTotals() {
	p := s.u.plan
	cur, m := p.Currency, p.MonthLabels
	set := func(i int, label, value string) {
		t := s.totals[i]
		setText(t.label, label)
		setText(t.value, value)
		t.box.Hidden = value == ""
	}
	set(0, "Cost, "+p.YearLabel(1), money(p.Year1, cur))
	set(1, "Cost, "+p.YearLabel(2), money(p.Year2, cur))
	set(2, "Headcount", fmt.Sprintf("%d today, %d by %s", p.HeadcountNow, p.Headcount12, m[11]))
	set(3, "New reps' bookings, first 12 months", money(p.Capacity1, cur))
	set(4, "New reps' bookings, months 13-24", money(p.Capacity2, cur))
	gap, booked := "", ""
	if p.RevenueGap != nil {
		gap = fmt.Sprintf("%s: %d %s at %s of quota", money(*p.RevenueGap, cur), p.RepsNeeded, plural(p.RepsNeeded, "rep", "reps"),
			advisor.FormatNumber(float64(int(p.ExpectedAttainment*100+0.5)))+"%")
		if p.GrowthReps != p.RepsNeeded {
			booked = fmt.Sprintf("%d of the %d %s the gap takes", p.GrowthReps, p.RepsNeeded, plural(p.RepsNeeded, "rep", "reps"))
		}
	}
	set(5, "Revenue gap to target", gap)
	set(6, "The plan books", booked)
	e := p.EndTeam
	set(7, "The team by "+m[23], fmt.Sprintf("%d %s, %d %s (%d needed)", e.Reps, plural(e.Reps, "rep", "reps"),
		e.Managers, plural(e.Managers, "manager", "managers"), e.Needed))
	// An assumption that does not read as a number, or is out of range,
	// leaves the plan on its last good value: the figures say so rather
	// than look current.
	why := s.staleWhy()
	if why != "" {
		why = "These figures are from before your last change: " + why
	}
	imp := widget.MediumImportance
	if why != "" {
		imp = widget.LowImportance
	}
	for _, t := range s.totals {
		if t.value.Importance != imp {
			t.value.Importance = imp
			t.value.Refresh()
		}
	}
	setText(s.stale, why)
	s.stale.Hidden = why == ""
}

// staleWhy is why the plan shown is not the answers' plan: an assumption
// that does not read as a number, or that the advisor refuses; "" if it is.
func (s *planScreen) staleWhy() string {
	why := ""
	if s.u.planErr != nil {
		why = errText(s.u.planErr)
	}
	for id, msg := range s.u.inputErr {
		if fieldStep(id) == stepNamed("plan") {
			why = s.u.fieldText(id, msg)
		}
	}
	return why
}

// showHires lists the hires and draws their timeline. The list is built
// again only when the hires themselves change; a new figure only changes
// the words on their cards.
func (s *planScreen) showHires() {
	p := s.u.plan
	key, dates := p.Currency, fmt.Sprint(p.MonthLabels[0])
	for _, h := range p.Hires {
		key += "\x00" + h.Title
		dates += fmt.Sprint(h.SearchStart, h.Start, h.Months, h.RampMonths)
	}
	if dates != s.dates {
		s.dates = dates
		s.chart.set(p.Hires, p.MonthLabels)
		s.chartBox.Hidden = len(p.Hires) == 0
	}
	if key != s.hiresKey {
		s.hiresKey = key
		s.cards = nil
		var objs []fyne.CanvasObject
		for range p.Hires {
			c := newHireCard()
			s.cards = append(s.cards, c)
			objs = append(objs, c.box)
		}
		if len(p.Hires) == 0 {
			objs = append(objs, wrapped("No hires: the plan keeps the team as it is."))
		}
		s.hires.Objects = objs
		defer s.hires.Refresh()
	}
	for i, h := range p.Hires {
		s.cards[i].set(h, p.MonthLabels, p.Currency)
	}
}

// hireCard is one hire in words: what it costs, when, and why.
type hireCard struct {
	title, when, why *widget.Label
	box              *fyne.Container
}

func newHireCard() *hireCard {
	c := &hireCard{title: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), when: wrapped(""), why: wrapped("")}
	c.title.Wrapping = fyne.TextWrapWord
	c.why.TextStyle.Italic = true
	c.box = container.NewVBox(c.title, c.when, c.why, widget.NewSeparator())
	return c
}

func (c *hireCard) set(h advisor.Hire, months []string, cur string) {
	when := "paid from " + months[h.Start-1]
	if h.Months > 0 {
		when = months[h.Start-1] + " to " + months[h.End()-1]
	}
	if h.SearchMonths > 0 {
		when = fmt.Sprintf("search from %s, %s", months[h.SearchStart-1], when)
	}
	when = strings.ToUpper(when[:1]) + when[1:]
	var pay string
	switch {
	case h.Role == advisor.RoleFractionalVP:
		pay = money(h.Pay, cur) + " a month"
		if h.DaysPerWeek > 0 {
			pay += fmt.Sprintf(" for about %s days a week", advisor.FormatNumber(h.DaysPerWeek))
		}
	case h.Promotion:
		pay = money(h.Pay, cur) + " a year raise, plus burden"
	default:
		pay = fmt.Sprintf("%s a year on-target (%s base + %s variable) plus %s%% burden",
			money(h.Pay, cur), money(h.Base, cur), money(h.Variable, cur), advisor.FormatNumber(h.BurdenRate*100))
	}
	if h.RecruitingFee > 0 {
		pay += fmt.Sprintf("; recruiting fee %s", money(h.RecruitingFee, cur))
	}
	if full := h.Start + h.RampMonths; h.RampMonths > 0 && full <= len(months) {
		pay += fmt.Sprintf("; full productivity from %s", months[full-1])
	}
	setText(c.title, h.Title+" — "+money(h.Total, cur))
	setText(c.when, when+". "+pay+".")
	setText(c.why, h.Why)
}

// setText changes a label's text if it differs: a label refreshed for
// nothing is measured again.
func setText(l *widget.Label, t string) {
	if l.Text != t {
		l.SetText(t)
	}
}

// roundUp rounds x up to two significant digits, for an axis's end.
func roundUp(x float64) float64 {
	if x <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(x))-1)
	return math.Ceil(x/p) * p
}
