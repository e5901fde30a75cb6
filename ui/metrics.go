package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// metricsScreen asks for the team's sales numbers; each may stay unknown.
// Where the People step already gave each rep's quota attainment, it says
// so beside the share of reps at quota, and which of the two the advice
// uses.
type metricsScreen struct {
	u     *UI
	form  *form
	quota *fyne.Container // what People said about quota
	view  fyne.CanvasObject
}

func newMetricsScreen(u *UI) *metricsScreen {
	s := &metricsScreen{u: u, form: u.newForm(advisor.StepMetrics), quota: container.NewVBox()}
	objs := []fyne.CanvasObject{heading("Metrics", "Your team's numbers. Leave a field empty if you don't know; the diagnosis then tells you which answers would sharpen it.")}
	for _, in := range s.form.inputs {
		objs = append(objs, s.form.blocks[in.id()])
		if in.id() == "metrics.reps_at_quota" {
			objs = append(objs, s.quota)
		}
	}
	s.view = page(objs...)
	return s
}

func (s *metricsScreen) content() fyne.CanvasObject { return s.view }
func (s *metricsScreen) first() fyne.Focusable      { return s.form.first() }
func (s *metricsScreen) focusField(id string) bool  { return s.form.focusField(id) }
func (s *metricsScreen) forms() []*form             { return []*form{s.form} }

func (s *metricsScreen) load() {
	s.form.load()
	s.showQuota()
}

func (s *metricsScreen) showProblems() {
	s.form.showProblems()
	if steps[s.u.step].input == advisor.StepMetrics {
		s.showQuota()
	}
}

// showQuota says what the People step's quota figures say, and the
// diagnosis's notes where the answers disagree.
func (s *metricsScreen) showQuota() {
	a := s.u.answers.Normalized()
	t := advisor.DefaultThresholds()
	q := t.RepQuota(a.People)
	var lines []string
	if q.Given > 0 {
		line := fmt.Sprintf("From the People step: %d of the %d %s who gave their attainment %s quota (%s%%).",
			q.Hit, q.Given, plural(q.Given, "rep", "reps"), plural(q.Hit, "reaches", "reach"), advisor.FormatNumber(float64(int(q.Share()+0.5))))
		if q.Decides {
			line += " The advice reads those figures; the share above counts only while fewer reps give theirs."
		} else {
			line += " Not enough to go on yet: the advice reads the share above."
		}
		lines = append(lines, line)
	}
	lines = append(lines, advisor.Diagnose(a, t).Notes...)
	setCard(s.quota, theme.ColorNamePrimary, "", lines)
}
