package ui

import (
	"fyne.io/fyne/v2"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// metricsScreen asks for the team's sales numbers; each may stay unknown.
type metricsScreen struct {
	u      *UI
	fields []*numberField // in question-bank order
	view   fyne.CanvasObject
}

func newMetricsScreen(u *UI) *metricsScreen {
	s := &metricsScreen{u: u}
	m := func() *advisor.Metrics { return &u.answers.Metrics }
	ptrs := map[string]func() **float64{
		"metrics.win_rate":          func() **float64 { return &m().WinRate },
		"metrics.forecast_accuracy": func() **float64 { return &m().ForecastAccuracy },
		"metrics.sales_cycle_days":  func() **float64 { return &m().SalesCycleDays },
		"metrics.pipeline_coverage": func() **float64 { return &m().PipelineCoverage },
		"metrics.reps_at_quota":     func() **float64 { return &m().RepsAtQuota },
	}
	objs := []fyne.CanvasObject{heading("Metrics", "Your team's numbers. Leave a field empty if you don't know; the diagnosis then tells you which answers would sharpen it.")}
	for _, q := range advisor.Questions() {
		ptr, ok := ptrs[q.ID]
		if q.Step != advisor.StepMetrics || !ok {
			continue
		}
		f := u.newNumberField(q.ID, q.ID, func() *float64 { return *ptr() }, func(x *float64) { *ptr() = x })
		s.fields = append(s.fields, f)
		objs = append(objs, question(q, f.row()))
	}
	s.view = page(objs...)
	return s
}

func (s *metricsScreen) title() string              { return "Metrics" }
func (s *metricsScreen) content() fyne.CanvasObject { return s.view }

func (s *metricsScreen) load() {
	for _, f := range s.fields {
		f.load()
	}
}

func (s *metricsScreen) showProblems() {
	for _, f := range s.fields {
		f.show(s.u)
	}
}

func (s *metricsScreen) first() fyne.Focusable { return s.fields[0].entry }
