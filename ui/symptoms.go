package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// symptomsScreen lists the pains from the seed article as check boxes:
// the answer to the bank's "symptoms" question.
type symptomsScreen struct {
	u      *UI
	q      advisor.Question
	checks []*check // in SymptomBank order
	ids    []advisor.Symptom
	view   fyne.CanvasObject
}

func newSymptomsScreen(u *UI) *symptomsScreen {
	s := &symptomsScreen{u: u}
	s.q, _ = advisor.QuestionByID("symptoms")
	objs := []fyne.CanvasObject{heading("Symptoms", s.q.Prompt+" Tick every pain you see today. "+
		"The diagnosis says what each one usually points at, and which of its findings explain it.")}
	for _, info := range advisor.SymptomBank() {
		c := u.newCheck("", func(bool) { s.onChanged() })
		s.checks = append(s.checks, c)
		s.ids = append(s.ids, info.ID)
		objs = append(objs, container.NewBorder(nil, nil, c, nil, newTapLabel(info.Label, func() { c.SetChecked(!c.Checked) })))
	}
	s.view = page(objs...)
	return s
}

func (s *symptomsScreen) content() fyne.CanvasObject { return s.view }

// onChanged writes the ticked symptoms.
func (s *symptomsScreen) onChanged() {
	if s.u.loading {
		return
	}
	var ticked []advisor.Symptom
	for i, c := range s.checks {
		if c.Checked {
			ticked = append(ticked, s.ids[i])
		}
	}
	s.q.Set(&s.u.answers, 0, advisor.Answer{Symptoms: ticked})
	s.u.changed()
}

func (s *symptomsScreen) load() {
	ticked := s.q.Get(&s.u.answers, 0).Symptoms
	for i, c := range s.checks {
		c.SetChecked(slices.Contains(ticked, s.ids[i]))
	}
}

func (s *symptomsScreen) showProblems() {}

func (s *symptomsScreen) first() fyne.Focusable { return s.checks[0] }

func (s *symptomsScreen) focusField(string) bool {
	s.u.win.Canvas().Focus(s.checks[0])
	return true
}

// tapLabel is a wrapping label that toggles its check box when tapped, as
// a check box's own label does; a check box's label never wraps.
type tapLabel struct {
	widget.Label
	onTap func()
}

func newTapLabel(text string, onTap func()) *tapLabel {
	l := &tapLabel{onTap: onTap}
	l.Text = text
	l.Wrapping = fyne.TextWrapWord
	l.ExtendBaseWidget(l)
	return l
}

// Tapped toggles the check box.
func (l *tapLabel) Tapped(*fyne.PointEvent) { l.onTap() }
