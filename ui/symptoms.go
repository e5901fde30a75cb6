package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// symptomsScreen lists the pains from the seed article as checkboxes.
type symptomsScreen struct {
	u      *UI
	checks []*widget.Check // in SymptomBank order
	ids    []advisor.Symptom
	view   fyne.CanvasObject
}

func newSymptomsScreen(u *UI) *symptomsScreen {
	s := &symptomsScreen{u: u}
	q, _ := advisor.QuestionByID("symptoms")
	objs := []fyne.CanvasObject{heading("Symptoms", q.Prompt+" Tick every pain you see today. "+
		"The diagnosis says what each one usually points at, and which of its findings explain it.")}
	for _, info := range advisor.SymptomBank() {
		c := widget.NewCheck(info.Label, func(bool) { s.onChanged() })
		s.checks = append(s.checks, c)
		s.ids = append(s.ids, info.ID)
		objs = append(objs, c)
	}
	s.view = page(objs...)
	return s
}

func (s *symptomsScreen) title() string              { return "Symptoms" }
func (s *symptomsScreen) content() fyne.CanvasObject { return s.view }

// onChanged writes the ticked symptoms in vocabulary order.
func (s *symptomsScreen) onChanged() {
	if s.u.loading {
		return
	}
	out := []advisor.Symptom{}
	for i, c := range s.checks {
		if c.Checked {
			out = append(out, s.ids[i])
		}
	}
	s.u.answers.Symptoms = out
	s.u.changed()
}

func (s *symptomsScreen) load() {
	for i, c := range s.checks {
		c.SetChecked(slices.Contains(s.u.answers.Symptoms, s.ids[i]))
	}
}

func (s *symptomsScreen) showProblems() {}

func (s *symptomsScreen) first() fyne.Focusable { return s.checks[0] }
