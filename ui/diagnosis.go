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

// diagnosisScreen shows the role clarity score, who does what, the findings,
// the questions that would sharpen the diagnosis and the thresholds.
type diagnosisScreen struct {
	u          *UI
	score      *widget.Label
	bar        *widget.ProgressBar
	breakdown  *fyne.Container
	problem    *widget.Label
	grid       *fyne.Container
	symptoms   *fyne.Container // what the ticked symptoms point at
	findings   *fyne.Container
	sharpen    *fyne.Container
	thresholds *fyne.Container // the thresholds of the diagnosis that was run
	view       fyne.CanvasObject
}

func newDiagnosisScreen(u *UI) *diagnosisScreen {
	s := &diagnosisScreen{u: u, breakdown: container.NewVBox(), grid: container.NewVBox(),
		findings: container.NewVBox(), sharpen: container.NewVBox(), symptoms: container.NewVBox()}
	s.score = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.score.SizeName = theme.SizeNameHeadingText
	s.bar = widget.NewProgressBar()
	s.bar.Max = 100
	s.bar.TextFormatter = func() string { return "" }
	s.problem = widget.NewLabel("")
	s.problem.Wrapping = fyne.TextWrapWord
	s.thresholds = container.NewVBox()
	acc := widget.NewAccordion(widget.NewAccordionItem("The thresholds behind the diagnosis", s.thresholds))
	acc.Open(0)
	s.view = page(
		heading("Diagnosis", ""),
		s.score, s.bar, s.breakdown, s.problem,
		subheading("Who does what"),
		s.grid,
		subheading("Findings"),
		s.findings,
		subheading("What the symptoms you ticked point at"),
		s.symptoms,
		subheading("Questions that would sharpen the diagnosis"),
		s.sharpen,
		acc,
	)
	return s
}

func subheading(t string) fyne.CanvasObject {
	l := widget.NewLabelWithStyle(t, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	l.Wrapping = fyne.TextWrapWord
	return l
}

func (s *diagnosisScreen) title() string              { return "Diagnosis" }
func (s *diagnosisScreen) content() fyne.CanvasObject { return s.view }
func (s *diagnosisScreen) showProblems()              {}

func (s *diagnosisScreen) load() {
	d := s.u.plan.Diagnosis
	s.score.SetText(fmt.Sprintf("Role clarity score: %d / 100", d.RoleClarityScore))
	s.bar.SetValue(float64(d.RoleClarityScore))
	s.breakdown.Objects = nil
	for _, p := range d.ScoreBreakdown {
		s.breakdown.Add(wrapped(fmt.Sprintf("%s: %d of %d — %s", p.Name, p.Points, p.Max, p.Note)))
	}
	s.breakdown.Refresh()
	s.problem.SetText(d.ProblemSummary)
	s.loadGrid(s.u.plan.Answers.People, d)
	s.loadFindings(d)
	s.loadSymptoms(d)
	s.sharpen.Objects = nil
	for _, sh := range d.Sharpen {
		titles := make([]string, len(sh.Skipped))
		for i, id := range sh.Skipped {
			titles[i] = id.Title()
		}
		s.sharpen.Add(wrapped(fmt.Sprintf("•  %s — would let the advisor check: %s.", sh.Prompt, strings.Join(titles, "; "))))
	}
	if len(d.Sharpen) == 0 {
		s.sharpen.Add(wrapped("None: every question the diagnosis uses has an answer."))
	}
	s.sharpen.Refresh()
	s.thresholds.Objects = nil
	for _, t := range d.Thresholds.Describe() {
		sep := " "
		if strings.HasPrefix(t.Unit, "%") || strings.HasPrefix(t.Unit, "x ") {
			sep = "" // 10% of the week, 3x coverage
		}
		s.thresholds.Add(wrapped(fmt.Sprintf("%s %s%s%s — %s", t.Name, formatNumber(&t.Value), sep, t.Unit, t.Why)))
	}
	s.thresholds.Refresh()
}

func wrapped(t string) *widget.Label {
	l := widget.NewLabel(t)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// loadGrid shows each person's week; the shares that count as a hat for a
// person the diagnosis flags for overlapping roles are highlighted.
func (s *diagnosisScreen) loadGrid(people []advisor.Person, d advisor.Diagnosis) {
	overlapping := map[string]bool{}
	for _, r := range d.People {
		overlapping[r.Name] = r.Flagged
	}
	// The cells are collected, then laid out once: a grid laid out again
	// after each cell is slow with a large team.
	cells := make([]fyne.CanvasObject, 0, 5*(len(people)+1))
	for _, h := range []string{"Person", "Selling", "Managing", "Forecasting", "Other"} {
		l := widget.NewLabelWithStyle(h, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Wrapping = fyne.TextWrapWord // a narrow window wraps the heading, not widens
		cells = append(cells, l)
	}
	for _, p := range people {
		name := p.Name
		if p.Title != "" {
			name += " (" + p.Title + ")"
		}
		who := widget.NewLabel(name)
		who.Truncation = fyne.TextTruncateEllipsis
		cells = append(cells, who)
		sells, manages, forecasts := d.Thresholds.Hats(p)
		for i, x := range []float64{p.Time.Selling, p.Time.Managing, p.Time.Forecasting, p.Time.Other} {
			cell := widget.NewLabel(formatNumber(&x) + "%")
			if overlapping[p.Name] && []bool{sells, manages, forecasts, false}[i] {
				cell.TextStyle.Bold = true
				cells = append(cells, container.NewStack(tint(theme.ColorNameWarning), cell))
				continue
			}
			cells = append(cells, cell)
		}
	}
	g := container.NewGridWithColumns(5, cells...)
	note := widget.NewLabel(fmt.Sprintf("Highlighted: one person wearing several hats (selling at least %s%% of the week, managing or forecasting at least %s%%).",
		formatNumber(&d.Thresholds.PlayerMinSelling), formatNumber(&d.Thresholds.HatMin)))
	note.TextStyle.Italic = true
	note.Wrapping = fyne.TextWrapWord
	s.grid.Objects = []fyne.CanvasObject{g, note}
	s.grid.Refresh()
}

func (s *diagnosisScreen) loadFindings(d advisor.Diagnosis) {
	s.findings.Objects = nil
	for _, f := range d.Findings {
		s.findings.Add(findingCard(f))
	}
	if len(d.Findings) == 0 {
		s.findings.Add(wrapped("No findings: the roles look clearly separated."))
	}
	s.findings.Refresh()
}

func findingCard(f advisor.Finding) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(f.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	body := container.NewVBox(container.NewBorder(nil, nil, severityBadge(f.Severity), nil, title), wrapped(f.Evidence))
	if len(f.Who) > 0 {
		who := widget.NewLabel("Who: " + strings.Join(f.Who, ", "))
		who.TextStyle.Italic = true
		body.Add(who)
	}
	return widget.NewCard("", "", body)
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

// loadSymptoms says what each ticked symptom points at and which findings
// in these answers explain it.
func (s *diagnosisScreen) loadSymptoms(d advisor.Diagnosis) {
	s.symptoms.Objects = nil
	for _, r := range d.Symptoms {
		explained := "No finding in these answers explains it yet."
		if len(r.Findings) > 0 {
			explained = "Explained by: " + strings.Join(r.FindingTitles(), "; ") + "."
		}
		label := widget.NewLabelWithStyle(r.Label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		label.Wrapping = fyne.TextWrapWord
		s.symptoms.Add(container.NewVBox(label, wrapped(r.Reading+" "+explained)))
	}
	if len(d.Symptoms) == 0 {
		s.symptoms.Add(wrapped("You ticked no symptoms."))
	}
	s.symptoms.Refresh()
}
