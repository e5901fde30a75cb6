package ui

import (
	"fyne.io/fyne/v2"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// noCandidate is the candidate choice meaning nobody is being considered.
const noCandidate = "No one"

// budgetScreen asks about the leadership budget and a promotion candidate:
// the Budget questions of the bank.
type budgetScreen struct {
	u         *UI
	form      *form
	candidate *choiceField
	signals   []*checkField // supports peers, communicates, thinks beyond, wants to manage
	view      fyne.CanvasObject
}

func newBudgetScreen(u *UI) *budgetScreen {
	s := &budgetScreen{u: u, form: u.newForm(advisor.StepBudget)}
	s.candidate = s.form.byID["promotion_candidate.name"].(*choiceField)
	s.candidate.options = func() []string { return append([]string{noCandidate}, u.answers.PromotionCandidates()...) }
	get, set := s.candidate.get, s.candidate.set
	s.candidate.get = func() advisor.Answer {
		if v := get(); v.Text != "" {
			return v
		}
		return advisor.Answer{Text: noCandidate}
	}
	s.candidate.set = func(v advisor.Answer) {
		if v.Text == noCandidate {
			v.Text = ""
		}
		set(v)
		s.enableSignals()
	}
	objs := []fyne.CanvasObject{heading("Budget and candidate", "What leadership you could afford, and whether someone on the team could step up.")}
	for _, in := range s.form.inputs {
		if c, ok := in.(*checkField); ok {
			if len(s.signals) == 0 {
				objs = append(objs, caption("Readiness signals: quota attainment reflects selling skill, not leadership ability. Tick what you have seen."))
			}
			s.signals = append(s.signals, c)
		}
		objs = append(objs, s.form.blocks[in.id()])
	}
	s.view = page(objs...)
	return s
}

func (s *budgetScreen) content() fyne.CanvasObject { return s.view }
func (s *budgetScreen) showProblems()              { s.form.showProblems() }
func (s *budgetScreen) first() fyne.Focusable      { return s.form.first() }
func (s *budgetScreen) focusField(id string) bool  { return s.form.focusField(id) }
func (s *budgetScreen) forms() []*form             { return []*form{s.form} }

// load refills the answers; the candidates are the People step's.
func (s *budgetScreen) load() {
	s.form.load()
	s.enableSignals()
}

// enableSignals allows the readiness signals once there is a candidate.
func (s *budgetScreen) enableSignals() {
	for _, c := range s.signals {
		if s.u.answers.PromotionCandidate == nil {
			c.box.Disable()
		} else {
			c.box.Enable()
		}
	}
}
