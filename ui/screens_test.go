package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// TestMetricsSaysWhichQuotaCounts: where the People step gave the reps'
// own attainment, the Metrics step says so beside the share of reps at
// quota, and says which of the two the advice uses when they disagree.
func TestMetricsSaysWhichQuotaCounts(t *testing.T) {
	u := newTestUI(t)
	open(t, u, "../examples/growing-team.json")
	u.goTo(ix("metrics"))
	got := labelsText(u.metrics().quota)
	if !strings.Contains(got, "From the People step: 1 of the 5 reps") || !strings.Contains(got, "The advice reads those figures") {
		t.Errorf("quota note %q", got)
	}
	typeInto(u.number("metrics.reps_at_quota").entry, "90")
	got = labelsText(u.metrics().quota)
	if !strings.Contains(got, "You gave 90% of reps at quota") || !strings.Contains(got, "uses the reps' own figures") {
		t.Errorf("no word of the disagreement: %q", got)
	}

	open(t, u, "../examples/solo-founder.json") // no reps
	u.goTo(ix("metrics"))
	if got := labelsText(u.metrics().quota); got != "" {
		t.Errorf("a team without reps is told %q", got)
	}
}

// TestDiagnosisScreen: the score bar is coloured against the healthy mark;
// a finding about several people shows once with their names; the rules
// are folded away; no sentence shows twice.
func TestDiagnosisScreen(t *testing.T) {
	u := newTestUI(t)
	a, err := advisor.LoadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"Lee", "Kim"} { // two more people wearing three hats
		a.People = append(a.People, advisor.Person{Name: n, Time: advisor.TimeSplit{Selling: 50, Managing: 30, Forecasting: 20}})
	}
	data, _ := a.MarshalFile()
	path := t.TempDir() + "/three.json"
	writeTemp(t, path, string(data))
	open(t, u, path)
	u.goTo(ix("diagnosis"))
	d, s := u.plan.Diagnosis, u.diagnosis()
	if s.bar.healthy != d.Thresholds.HealthyScore || s.bar.score != d.RoleClarityScore || s.bar.score >= 50 || s.bar.colour() != theme.ColorNameError {
		t.Errorf("bar %d against %d in %s", s.bar.score, s.bar.healthy, s.bar.colour())
	}
	n := 0
	for _, f := range d.Findings {
		if f.ID == advisor.OnePersonSellsManagesForecasts {
			n++
		}
	}
	if n < 3 {
		t.Fatalf("the diagnosis names %d people for three hats", n)
	}
	findings := labelsText(s.findings)
	if c := strings.Count(findings, advisor.OnePersonSellsManagesForecasts.Title()); c != 1 {
		t.Errorf("the three-hats finding shows %d times", c)
	}
	if !strings.Contains(findings, "Who: Dana, Lee, Kim") {
		t.Errorf("findings %q", findings)
	}
	if s.rulesAcc.Items[0].Open {
		t.Error("How the rules work is open")
	}
	seen := map[string]bool{}
	for _, o := range test.LaidOutObjects(s.view) {
		if l, ok := o.(*widget.Label); ok && l.Visible() && len(l.Text) > 40 {
			if seen[l.Text] {
				t.Errorf("said twice: %q", l.Text)
			}
			seen[l.Text] = true
		}
	}
	if got := (&scoreBar{score: 80, healthy: 75}).colour(); got != theme.ColorNameSuccess {
		t.Errorf("a healthy score is %s", got)
	}
	if got := (&scoreBar{score: 30, healthy: 75}).colour(); got != theme.ColorNameError {
		t.Errorf("a poor score is %s", got)
	}
}

// TestDiagnosisNamesFit: the Person column shows full names at 1100
// pixels; at 800 a long name is cut with an ellipsis, and its tooltip
// shows it whole.
func TestDiagnosisNamesFit(t *testing.T) {
	u := newTestUI(t)
	open(t, u, example)
	u.goTo(ix("diagnosis"))
	names := func() []*tipLabel {
		var out []*tipLabel
		for _, row := range u.diagnosis().grid.Objects[1 : len(u.diagnosis().grid.Objects)-1] {
			out = append(out, row.(*fyne.Container).Objects[0].(*tipLabel))
		}
		return out
	}
	test.LaidOutObjects(u.win.Content())
	for _, l := range names() {
		if l.truncated() {
			t.Errorf("%q is cut at 1100 pixels (%v wide)", l.Text, l.Size().Width)
		}
	}
	a := u.answers
	a.People[1].Title = "Senior Enterprise Account Executive, North America and Europe"
	data, _ := a.MarshalFile()
	path := t.TempDir() + "/long.json"
	writeTemp(t, path, string(data))
	open(t, u, path)
	u.win.Resize(fyne.NewSize(800, 600))
	u.goTo(ix("diagnosis"))
	test.LaidOutObjects(u.win.Content())
	long := names()[1]
	if !long.truncated() {
		t.Fatalf("%q fits in %v pixels", long.Text, long.Size().Width)
	}
	long.MouseIn(nil)
	if long.tip == nil || !long.tip.Visible() || long.tip.Content.(*widget.Label).Text != long.Text {
		t.Error("no tooltip with the whole name")
	}
	long.MouseOut()
}

// TestRecommendationSaysThingsOnce: the confidence note shows once at low
// confidence, and a reason that opens with a finding's evidence names the
// finding instead of repeating it.
func TestRecommendationSaysThingsOnce(t *testing.T) {
	u := newTestUI(t)
	open(t, u, "../examples/nothing-known.json")
	u.goTo(ix("recommendation"))
	r := u.plan.Recommendation
	page := u.recommendation()
	all := page.confidence.Text + labelsText(page.reasons)
	if c := strings.Count(all, r.ConfidenceNote); c != 1 {
		t.Errorf("the confidence note shows %d times", c)
	}
	if len(r.AnswerFirst) == 0 || len(page.answerFirst.Objects) != len(r.AnswerFirst)+1 {
		t.Errorf("%d questions to answer first, %d shown", len(r.AnswerFirst), len(page.answerFirst.Objects)-1)
	}
	q, _ := advisor.QuestionByID(r.AnswerFirst[0].Question)
	if !strings.Contains(labelsText(page.answerFirst), q.Asked()) {
		t.Errorf("answer first %q lacks %q", labelsText(page.answerFirst), q.Asked())
	}

	open(t, u, example)
	u.goTo(ix("recommendation"))
	reasons := labelsText(u.recommendation().reasons)
	for _, f := range u.plan.Diagnosis.Findings {
		if f.ID == advisor.PromotionRisk && strings.Contains(reasons, f.Evidence) {
			t.Errorf("a reason repeats the finding %q", f.Evidence)
		}
	}
	if !strings.Contains(reasons, advisor.PromotionRisk.Title()+" (see the diagnosis). Quota attainment alone never qualifies a manager.") {
		t.Errorf("reasons %q", reasons)
	}
	aff := u.plan.Recommendation.Affordability.Text
	if c := strings.Count(reasons+u.recommendation().budget.Text, aff[1:]); c != 1 {
		t.Errorf("the budget sentence shows %d times", c)
	}
}

// TestPlanTimeline: the timeline has a row per hire, dated, with the
// search, ramp and full productivity of each rep.
func TestPlanTimeline(t *testing.T) {
	u := newTestUI(t)
	u.async = func(work, done func()) { work(); done() }
	open(t, u, example)
	u.goTo(ix("plan"))
	c := u.planScr().chart
	if len(c.hires) != len(u.plan.Hires) || c.months[0] != u.plan.Start.Label() {
		t.Fatalf("timeline of %d hires from %v", len(c.hires), c.months[0])
	}
	for _, h := range u.plan.Hires {
		if h.Role != advisor.RoleRep {
			continue
		}
		segs := segments(h)
		if len(segs) != 3 || segs[0].kind != segSearch || segs[1].kind != segRamp || segs[2].kind != segFull ||
			segs[0].from != h.SearchStart || segs[1].from != h.Start || segs[1].to != h.Start+h.RampMonths-1 || segs[2].to != h.End() {
			t.Errorf("%s: %+v", h.Title, segs)
		}
	}
	if !strings.Contains(u.planScr().title.Text, u.plan.MonthLabels[0]) {
		t.Errorf("title %q", u.planScr().title.Text)
	}
	if u.plan.Range.Runs == 0 || !strings.Contains(u.planScr().rangeTxt[0].Text, "8 times in 10") {
		t.Errorf("range %q", u.planScr().rangeTxt[0].Text)
	}
}

// TestPlanStartIsEditable: the plan starts the month after today unless
// the owner picks another; the dates follow.
func TestPlanStartIsEditable(t *testing.T) {
	u := newTestUI(t)
	open(t, u, "../examples/growing-team.json")
	u.goTo(ix("plan"))
	s := u.planScr()
	s.start.SetSelected(s.starts[5])
	m, err := advisor.ParseMonth(u.answers.PlanStart)
	if err != nil || m.Label() != s.starts[5] || u.plan.MonthLabels[0] != s.starts[5] {
		t.Fatalf("picked %s: plan_start %q, plan from %s", s.starts[5], u.answers.PlanStart, u.plan.MonthLabels[0])
	}
	s.start.SetSelected(s.starts[0])
	if u.answers.PlanStart != "" {
		t.Errorf("the default start is saved as %q", u.answers.PlanStart)
	}
}

// TestAssumptionMarks: a changed assumption is marked, with a reset; the
// fields show thousands separators; an assumption that changes nothing in
// the plan is hidden.
func TestAssumptionMarks(t *testing.T) {
	u := newTestUI(t)
	open(t, u, example)
	u.goTo(ix("plan"))
	burden := u.figure("burden_rate")
	if burden.changed.Visible() || burden.reset.Visible() {
		t.Error("an untouched assumption is marked changed")
	}
	if !u.planScr().levelBox.Visible() {
		t.Error("where in the bands to plan is hidden from a plan that hires")
	}
	if got := u.figure("bands.sales_rep").parts[0].entry.Text; got != "60,000" {
		t.Errorf("the rep band's low end reads %q", got)
	}
	before := u.plan.Year1
	typeInto(burden.parts[0].entry, "50")
	if !burden.changed.Visible() || !burden.reset.Visible() || burden.reset.Text != "Reset to 35" {
		t.Errorf("changed %v, reset %v %q", burden.changed.Visible(), burden.reset.Visible(), burden.reset.Text)
	}
	burden.reset.OnTapped()
	if burden.changed.Visible() || u.answers.Assumptions.BurdenRate != nil || u.plan.Year1 != before || burden.parts[0].entry.Text != "35" {
		t.Errorf("after reset: override %v, year 1 %v (was %v), field %q", u.answers.Assumptions.BurdenRate, u.plan.Year1, before, burden.parts[0].entry.Text)
	}

	open(t, u, "../examples/solo-founder.json") // books nobody
	u.goTo(ix("plan"))
	for _, id := range []string{"rep_ramp_months", "quota_multiple", "bands.sales_rep", "fractional_retainer"} {
		if u.figure(id).block.Visible() {
			t.Errorf("%s shows for a plan without hires", id)
		}
	}
	if !u.figure("span_of_control").block.Visible() {
		t.Error("the span of control is hidden; the diagnosis reads it")
	}
	if u.planScr().chartBox.Visible() || u.planScr().levelBox.Visible() {
		t.Error("the timeline's heading, or where in the bands to plan, shows for a plan without hires")
	}
}

// TestInvalidAssumptionGreysTotals: while an assumption does not read as a
// number, the totals are its last good values, greyed, and say why; the
// message beside Next takes the user to the field, and the plan cannot be
// left for the Options with totals that are not current.
func TestInvalidAssumptionGreysTotals(t *testing.T) {
	u := newTestUI(t)
	open(t, u, example)
	u.goTo(ix("plan"))
	s := u.planScr()
	typeInto(u.figure("burden_rate").parts[0].entry, "lots")
	if s.totals[0].value.Importance != widget.LowImportance || !s.stale.Visible() || !strings.Contains(s.stale.Text, "Employer burden") {
		t.Errorf("totals %v, stale %q", s.totals[0].value.Importance, s.stale.Text)
	}
	if !u.next.Disabled() || !strings.Contains(u.reason.Text, `"lots" is not a number; type a figure such as 35`) {
		t.Errorf("Next disabled %v, reason %q", u.next.Disabled(), u.reason.Text)
	}
	u.win.Canvas().Unfocus()
	test.LaidOutObjects(u.win.Content())
	page := s.view.(*container.Scroll)
	page.ScrollToOffset(fyne.NewPos(0, 0))
	test.Tap(u.reason)
	burden := u.figure("burden_rate").parts[0]
	if u.exported != nil || u.win.Canvas().Overlays().Top() != nil || u.win.Canvas().Focused() != burden.entry {
		t.Error("the message beside Next does not take the user to the refused assumption")
	}
	if !inView(page, burden.msg) || !burden.msg.Visible() || !inView(page, burden.entry) {
		t.Errorf("the field or its message is out of view (offset %v)", page.Offset)
	}
	typeInto(u.figure("burden_rate").parts[0].entry, "40")
	if s.totals[0].value.Importance == widget.LowImportance || s.stale.Visible() || u.next.Disabled() {
		t.Error("the totals stay grey after the fix")
	}
}

// TestEngagementReasonOnHire: when the budget shortens the fractional
// engagement, the reason sits on that engagement and not among the
// warnings.
func TestEngagementReasonOnHire(t *testing.T) {
	a, err := advisor.LoadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	a.Constraints.AnnualLeadershipBudget = advisor.Ptr(12000.0) // below the shortest engagement
	data, _ := a.MarshalFile()
	path := t.TempDir() + "/tight.json"
	writeTemp(t, path, string(data))
	u := newTestUI(t)
	open(t, u, path)
	u.goTo(ix("plan"))
	var why string
	for _, h := range u.plan.Hires {
		if h.Role == advisor.RoleFractionalVP {
			why = h.Why
		}
	}
	onHire := ""
	for _, w := range u.plan.Warnings {
		if strings.Contains(why, w) {
			onHire = w
		}
	}
	if onHire == "" {
		t.Fatalf("no warning of the plan sits on the engagement: %q", why)
	}
	if strings.Contains(labelsText(u.planScr().warnings), onHire) || !strings.Contains(labelsText(u.planScr().hires), onHire) {
		t.Errorf("the engagement's reason is among the warnings, or not on the engagement")
	}
}

// TestStaleRangeIsDropped: a range simulated for an earlier plan never
// shows over the current one.
func TestStaleRangeIsDropped(t *testing.T) {
	u := newTestUI(t)
	var done []func()
	u.async = func(work, d func()) { done = append(done, func() { work(); d() }) }
	open(t, u, example)
	u.goTo(ix("plan"))
	if u.planScr().rangeTxt[0].Text != "Working out the range…" {
		t.Errorf("range before the simulation: %q", u.planScr().rangeTxt[0].Text)
	}
	typeInto(u.figure("rep_ramp_months").parts[0].entry, "9")
	latest := advisor.SimulateRange(u.plan, 0)
	slices.Reverse(done)
	for _, f := range done { // the newest finishes first, the oldest last
		f()
	}
	if u.plan.Range.NewRepBookings != latest.NewRepBookings {
		t.Errorf("range %+v, want the latest plan's %+v", u.plan.Range.NewRepBookings, latest.NewRepBookings)
	}
}

// TestPeopleRows: a person takes one compact line at 1100 pixels (two in
// a small window), Name and Title are labelled, Remove comes last in the
// Tab order, and Remove can be undone, leaving the other rows as they were.
func TestPeopleRows(t *testing.T) {
	u := newTestUI(t)
	open(t, u, example)
	u.goTo(ix("people"))
	test.LaidOutObjects(u.win.Content())
	s := u.people()
	r0 := s.rows[0]
	if h := r0.c.Size().Height; h > 2*r0.name.entry.MinSize().Height {
		t.Errorf("a person takes %v pixels at 1100 wide", h)
	}
	if heads := labelsText(s.header); !strings.HasPrefix(heads, "Name | Title | Founder") {
		t.Errorf("header %q", heads)
	}
	c := u.win.Canvas()
	c.Focus(r0.name.entry)
	order := []fyne.Focusable{r0.title.entry, r0.founder, r0.parts[0].entry, r0.parts[1].entry, r0.parts[2].entry, r0.parts[3].entry, r0.quota.entry, r0.remove}
	for i, want := range order {
		c.FocusNext()
		if c.Focused() != want {
			t.Fatalf("Tab %d from the name goes to %T", i+1, c.Focused())
		}
	}
	c.FocusNext()
	if c.Focused() != s.rows[1].name.entry {
		t.Errorf("after Remove, Tab goes to %T", c.Focused())
	}

	sam := u.answers.People[1]
	row0 := s.rows[0].c
	s.rows[1].remove.OnTapped()
	if len(u.answers.People) != 1 || !u.notice.box.Visible() || !strings.Contains(u.notice.label.Text, "Removed Sam") {
		t.Fatalf("after Remove: %d people, notice %q", len(u.answers.People), u.notice.label.Text)
	}
	u.notice.action.OnTapped() // Undo
	if len(u.answers.People) != 2 || u.answers.People[1].Name != sam.Name || *u.answers.People[1].QuotaAttainment != *sam.QuotaAttainment {
		t.Fatalf("Undo gave %+v", u.answers.People)
	}
	if s.rows[0].c != row0 || s.rows[1].name.entry.Text != "Sam" || s.rows[1].index() != 1 {
		t.Error("Remove and Undo rebuilt the other rows, or the restored row is wrong")
	}
	if u.dirty() {
		t.Error("Remove then Undo leaves the session changed")
	}

	u.win.Resize(fyne.NewSize(800, 600))
	test.LaidOutObjects(u.win.Content())
	if h := s.rows[0].c.Size().Height; h > 3*r0.name.entry.MinSize().Height {
		t.Errorf("a person takes %v pixels at 800 wide", h)
	}
}

// TestRangeWaitsForBadAssumption: while an assumption keeps the plan from
// being advised, the range says it waits for the fix, and hides the last
// plan's bars; fixed, it is worked out again.
func TestRangeWaitsForBadAssumption(t *testing.T) {
	u := newTestUI(t)
	var done []func()
	u.async = func(work, d func()) { done = append(done, func() { work(); d() }) }
	open(t, u, example)
	u.goTo(ix("plan"))
	s := u.planScr()
	e := u.figure("bands.sales_rep").parts[0].entry
	was := e.Text
	typeInto(e, "200000") // the low end above the middle: refused by the advisor
	for _, f := range done {
		f()
	}
	if got := s.rangeTxt[0].Text; !strings.Contains(got, "waits for the assumption") {
		t.Errorf("with the plan not advised, the range says %q", got)
	}
	if s.ranges[0].Visible() || s.ranges[1].Visible() {
		t.Error("the last plan's range bars show under a plan that could not be advised")
	}
	done = nil
	typeInto(e, was)
	for _, f := range done {
		f()
	}
	if got := s.rangeTxt[0].Text; !strings.HasPrefix(got, "New reps' bookings") || !s.ranges[0].Visible() {
		t.Errorf("fixed, the range says %q, bars showing %v", got, s.ranges[0].Visible())
	}
}

// TestLongReasonShowsWhole: the message beside Next, cut short in a small
// window, shows whole above the bottom bar while the pointer is over it.
func TestLongReasonShowsWhole(t *testing.T) {
	u := newTestUI(t)
	u.win.Resize(fyne.NewSize(800, 600))
	open(t, u, example)
	u.goTo(ix("plan"))
	typeInto(u.figure("bands.sales_rep").parts[0].entry, "200000")
	test.LaidOutObjects(u.win.Content())
	if !u.reason.truncated() {
		t.Fatalf("%q fits at 800 pixels: the test proves nothing", u.reason.Text)
	}
	test.MoveMouse(u.win.Canvas(), fyne.CurrentApp().Driver().AbsolutePositionForObject(u.reason).AddXY(5, 5))
	if !u.reason.fullRow.Visible() || u.reason.full.Text != u.reason.Text {
		t.Fatalf("over the cut message, the whole shows %v: %q", u.reason.fullRow.Visible(), u.reason.full.Text)
	}
	test.MoveMouse(u.win.Canvas(), fyne.NewPos(5, 5))
	if u.reason.fullRow.Visible() {
		t.Error("the whole message stays after the pointer left")
	}
}
