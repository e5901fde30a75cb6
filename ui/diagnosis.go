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

// diagnosisScreen shows the role clarity score against the healthy mark,
// the team, who does what, the findings (each once, with everyone it
// concerns), what else shows the structure costs sales, the symptoms, the
// questions that would sharpen it, and, folded away, how the rules work.
type diagnosisScreen struct {
	u         *UI
	score     *widget.Label
	bar       *scoreBar
	parts     *widget.Label // the score's parts, in a line
	problem   *widget.Label
	team      *widget.Label
	grid      *fyne.Container
	findings  *fyne.Container
	signals   *fyne.Container // outcome signals that are not findings
	notes     *fyne.Container // where answers disagree, and which counts
	symptoms  *fyne.Container
	sharpen   *fyne.Container
	rules     *fyne.Container // the score's parts and the thresholds
	rulesAcc  *widget.Accordion
	personCol *tableLayout
	view      fyne.CanvasObject
}

func newDiagnosisScreen(u *UI) *diagnosisScreen {
	s := &diagnosisScreen{u: u, grid: container.NewVBox(), findings: container.NewVBox(), signals: container.NewVBox(),
		notes: container.NewVBox(), symptoms: container.NewVBox(), sharpen: container.NewVBox(), rules: container.NewVBox(),
		bar: newScoreBar()}
	s.score = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.score.SizeName = theme.SizeNameSubHeadingText
	s.problem = wrapped("")
	s.problem.TextStyle.Bold = true
	s.parts = caption("")
	s.team = wrapped("")
	s.rulesAcc = widget.NewAccordion(widget.NewAccordionItem("How the rules work", s.rules))
	s.view = page(
		heading("Diagnosis", ""),
		s.score, s.bar, s.parts, s.problem,
		s.notes,
		subheading("Who does what"),
		s.team,
		s.grid,
		subheading("Findings"),
		s.findings,
		s.signals,
		s.symptoms,
		s.sharpen,
		s.rulesAcc,
	)
	return s
}

func subheading(t string) *widget.Label {
	l := widget.NewLabelWithStyle(t, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	l.Wrapping = fyne.TextWrapWord
	return l
}

func (s *diagnosisScreen) content() fyne.CanvasObject { return s.view }
func (s *diagnosisScreen) showProblems()              {}

func (s *diagnosisScreen) load() {
	d := s.u.plan.Diagnosis
	s.score.SetText(fmt.Sprintf("Role clarity: %d out of 100", d.RoleClarityScore))
	s.bar.set(d.RoleClarityScore, d.Thresholds.HealthyScore)
	var parts []string
	for _, p := range d.ScoreBreakdown {
		parts = append(parts, fmt.Sprintf("%s %d/%d", p.Name, p.Points, p.Max))
	}
	s.parts.SetText(strings.Join(parts, "  ·  "))
	s.problem.SetText(d.ProblemSummary)
	setCard(s.notes, theme.ColorNamePrimary, "Notes on your answers", d.Notes)
	s.team.SetText(teamText(d))
	s.loadGrid(s.u.plan.Answers.People, d)
	s.loadFindings(d)
	s.loadSignals(d)
	s.loadSymptoms(d)
	s.loadSharpen(d)
	s.loadRules(d)
}

// teamText counts the team as the diagnosis reads it.
func teamText(d advisor.Diagnosis) string {
	t := d.Team
	managers := "no line manager"
	if n := len(t.Managers); n > 0 {
		managers = fmt.Sprintf("%d line %s (%s)", n, plural(n, "manager", "managers"), strings.Join(t.Managers, ", "))
	}
	need := "too few to need a manager of their own yet"
	if t.ManagersNeeded > 0 {
		need = fmt.Sprintf("at %s reps to a manager, they need %d", advisor.FormatNumber(d.Thresholds.Span), t.ManagersNeeded)
	}
	// Capacity, not a count: the managing time could coach this many reps,
	// whether or not the team has them.
	return fmt.Sprintf("%d %s and %s: %s. The managing time everyone gives today could coach up to about %s %s.",
		t.Reps, plural(t.Reps, "rep", "reps"), managers, need,
		advisor.FormatNumber(float64(int(t.CoachingCapacity*10+0.5))/10), plural(int(t.CoachingCapacity+0.5), "rep", "reps"))
}

// loadGrid shows each person's week and how the rules read it; for the
// people a finding names for overlapping roles, the shares that count as
// a hat are highlighted.
func (s *diagnosisScreen) loadGrid(people []advisor.Person, d advisor.Diagnosis) {
	readings := map[string]advisor.PersonReading{}
	for _, r := range d.People {
		readings[r.Name] = r
	}
	s.personCol = &tableLayout{cols: 6}
	var names []string
	for _, p := range people {
		names = append(names, personText(p))
	}
	s.personCol.fit(names)
	head := func(t string) fyne.CanvasObject {
		l := widget.NewLabelWithStyle(t, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}
	rows := make([]fyne.CanvasObject, 0, len(people)+2)
	rows = append(rows, container.New(s.personCol, head("Person"), head("Selling"), head("Managing"), head("Forecasting"), head("Other"), head("Reads as")))
	for i, p := range people {
		r := readings[p.Name]
		sells, manages, forecasts := d.Thresholds.Hats(p)
		cells := []fyne.CanvasObject{newTipLabel(names[i])}
		for j, x := range []float64{p.Time.Selling, p.Time.Managing, p.Time.Forecasting, p.Time.Other} {
			cell := widget.NewLabel(advisor.FormatNumber(x) + "%")
			if r.Flagged && []bool{sells, manages, forecasts, false}[j] {
				cell.TextStyle.Bold = true
				cells = append(cells, container.NewStack(tint(theme.ColorNameWarning), cell))
				continue
			}
			cells = append(cells, cell)
		}
		cells = append(cells, newTipLabel(string(r.Role)+", "+string(r.Overlap)))
		rows = append(rows, container.New(s.personCol, cells...))
	}
	note := caption(fmt.Sprintf("Highlighted: one person wearing several hats, as a finding below says (selling at least %s%% of the week, managing or forecasting at least %s%%).",
		advisor.FormatNumber(d.Thresholds.PlayerMinSelling), advisor.FormatNumber(d.Thresholds.HatMin)))
	rows = append(rows, note)
	s.grid.Objects = rows
}

// personText is a person as the grid names them: "Dana (Founder & CEO)".
func personText(p advisor.Person) string {
	if p.Title != "" {
		return p.Name + " (" + p.Title + ")"
	}
	return p.Name
}

// findingGroup is one kind of finding with everyone it concerns.
type findingGroup struct {
	id       advisor.FindingID
	title    string
	severity advisor.Severity
	evidence []string
	who      []string
}

// groupFindings puts the findings of one kind together, in the order the
// diagnosis ranks them, so that a finding about three people shows once.
func groupFindings(fs []advisor.Finding) []*findingGroup {
	var out []*findingGroup
	byID := map[advisor.FindingID]*findingGroup{}
	for _, f := range fs {
		g, ok := byID[f.ID]
		if !ok {
			g = &findingGroup{id: f.ID, title: f.Title, severity: f.Severity}
			byID[f.ID] = g
			out = append(out, g)
		}
		if f.Severity.AtLeast(g.severity) {
			g.severity = f.Severity
		}
		if !contains(g.evidence, f.Evidence) {
			g.evidence = append(g.evidence, f.Evidence)
		}
		for _, w := range f.Who {
			if !contains(g.who, w) {
				g.who = append(g.who, w)
			}
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (s *diagnosisScreen) loadFindings(d advisor.Diagnosis) {
	s.findings.Objects = nil
	signal := map[string]bool{}
	for _, sg := range d.Signals {
		signal[sg.ID] = true
	}
	for _, g := range groupFindings(d.Findings) {
		s.findings.Add(findingCard(g, signal[string(g.id)]))
	}
	if len(d.Findings) == 0 {
		s.findings.Add(wrapped("No findings: the roles look clearly separated."))
	}
}

func findingCard(g *findingGroup, signal bool) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(g.title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	body := container.NewVBox(container.NewBorder(nil, nil, severityBadge(g.severity), nil, title))
	for _, e := range g.evidence {
		if len(g.evidence) > 1 {
			e = "•  " + e
		}
		body.Add(wrapped(e))
	}
	var tags []string
	if len(g.evidence) > 1 { // one person's evidence names them
		tags = append(tags, "Who: "+strings.Join(g.who, ", "))
	}
	if signal {
		tags = append(tags, "A sign that the structure costs sales")
	}
	if len(tags) > 0 {
		body.Add(caption(strings.Join(tags, ". ") + "."))
	}
	return container.NewStack(tint(theme.ColorNameInputBackground), container.NewPadded(body))
}

// severityBadge shows a finding's severity as text on a tinted background,
// readable in light and dark mode alike.
func severityBadge(sev advisor.Severity) fyne.CanvasObject {
	l := widget.NewLabelWithStyle(strings.ToUpper(string(sev)), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	c := theme.ColorNamePrimary
	switch sev {
	case advisor.High:
		c = theme.ColorNameError
	case advisor.Medium:
		c = theme.ColorNameWarning
	}
	return container.NewCenter(container.NewStack(tint(c), l))
}

// loadSignals lists the signs that the structure costs sales which no
// finding above already says: the owner's own words, the revenue gap.
func (s *diagnosisScreen) loadSignals(d advisor.Diagnosis) {
	var lines []string
	for _, sg := range d.Signals {
		if !d.Has(advisor.FindingID(sg.ID)) {
			lines = append(lines, sg.Text)
		}
	}
	s.signals.Objects = nil
	if len(lines) > 0 {
		s.signals.Add(subheading("Other signs that it costs sales"))
		for _, l := range lines {
			s.signals.Add(wrapped("•  " + l))
		}
	}
}

// loadSymptoms says what each ticked symptom points at and which findings
// in these answers explain it.
func (s *diagnosisScreen) loadSymptoms(d advisor.Diagnosis) {
	s.symptoms.Objects = nil
	if len(d.Symptoms) > 0 {
		s.symptoms.Add(subheading("What the symptoms you ticked point at"))
	}
	for _, r := range d.Symptoms {
		explained := "No finding in these answers explains it yet."
		if len(r.Findings) > 0 {
			explained = "Explained by: " + strings.Join(r.FindingTitles(), "; ") + "."
		}
		label := widget.NewLabelWithStyle(r.Label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		label.Wrapping = fyne.TextWrapWord
		s.symptoms.Add(container.NewVBox(label, wrapped(r.Reading+" "+explained)))
	}
}

// loadSharpen lists the unanswered questions that would let the diagnosis
// check more, each with a button to its field.
func (s *diagnosisScreen) loadSharpen(d advisor.Diagnosis) {
	s.sharpen.Objects = nil
	if len(d.Sharpen) > 0 {
		s.sharpen.Add(subheading("Questions that would sharpen the diagnosis"))
	}
	for _, sh := range d.Sharpen {
		titles := make([]string, len(sh.Skipped))
		for i, id := range sh.Skipped {
			titles[i] = id.Title()
		}
		q, _ := advisor.QuestionByID(sh.Question)
		text := fmt.Sprintf("%s It would let the advisor check: %s.", q.Asked(), strings.Join(titles, "; "))
		s.sharpen.Add(s.u.answerLink(text, sh.Question))
	}
}

// answerLink is a question with a button that takes the user to its
// field; for a question about each person, the first rep's who has not
// answered it.
func (u *UI) answerLink(text, question string) fyne.CanvasObject {
	id := question
	if q, ok := advisor.QuestionByID(question); ok && q.PerPerson() {
		i := 0
		for j, r := range u.plan.Diagnosis.People {
			if j < len(u.answers.People) && r.Role == advisor.RoleSeller && q.Get(&u.answers, j).Number == nil {
				i = j
				break
			}
		}
		id = strings.Replace(question, "people[]", fmt.Sprintf("people[%d]", i), 1)
	}
	b := u.newButton("Answer", theme.DocumentCreateIcon(), func() { u.goToField(id) })
	b.Importance = widget.LowImportance
	return container.NewBorder(nil, nil, nil, b, wrapped("•  "+text))
}

// loadRules explains the score's parts and the thresholds of the
// diagnosis that ran.
func (s *diagnosisScreen) loadRules(d advisor.Diagnosis) {
	s.rules.Objects = nil
	s.rules.Add(widget.NewLabelWithStyle("How the score adds up", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, p := range d.ScoreBreakdown {
		s.rules.Add(wrapped(fmt.Sprintf("%s: %d of %d. %s", p.Name, p.Points, p.Max, p.Note)))
	}
	s.rules.Add(widget.NewLabelWithStyle("The thresholds", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, t := range d.Thresholds.Describe() {
		sep := " "
		if strings.HasPrefix(t.Unit, "%") || strings.HasPrefix(t.Unit, "x ") {
			sep = "" // 10% of the week, 3x coverage
		}
		s.rules.Add(wrapped(fmt.Sprintf("%s %s%s%s. %s", t.Name, advisor.FormatNumber(t.Value), sep, t.Unit, t.Why)))
	}
}

func wrapped(t string) *widget.Label {
	l := widget.NewLabel(t)
	l.Wrapping = fyne.TextWrapWord
	return l
}
