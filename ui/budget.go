package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// noCandidate is the candidate choice meaning nobody is being considered.
const noCandidate = "No one"

// budgetScreen asks about the leadership budget and a promotion candidate.
type budgetScreen struct {
	u         *UI
	budget    *numberField
	fullTime  *yesNo
	candidate *widget.Select
	candField field
	signals   []*widget.Check // supports peers, communicates, thinks beyond, wants to manage
	view      fyne.CanvasObject
}

func newBudgetScreen(u *UI) *budgetScreen {
	s := &budgetScreen{u: u, candField: field{id: "promotion_candidate.name", msg: newMessage()}}
	s.budget = u.newNumberField("constraints.annual_leadership_budget", "constraints.annual_leadership_budget",
		func() *float64 { return u.answers.Constraints.AnnualLeadershipBudget },
		func(x *float64) { u.answers.Constraints.AnnualLeadershipBudget = x })
	s.fullTime = u.newYesNo(func() *bool { return u.answers.Constraints.CanHireFullTime },
		func(b *bool) { u.answers.Constraints.CanHireFullTime = b })
	s.candidate = widget.NewSelect(nil, s.onCandidate)
	q := func(id string) advisor.Question { q, _ := advisor.QuestionByID(id); return q }
	signalIDs := []string{"promotion_candidate.supports_peers", "promotion_candidate.communicates_clearly",
		"promotion_candidate.thinks_beyond_own_targets", "promotion_candidate.wants_to_manage"}
	checks := container.NewVBox()
	for _, id := range signalIDs {
		c := widget.NewCheck(q(id).Prompt, func(bool) { s.onSignals() })
		s.signals = append(s.signals, c)
		checks.Add(c)
	}
	help := widget.NewLabel("Readiness signals: quota attainment reflects selling skill, not leadership ability. Tick what you have seen.")
	help.Wrapping = fyne.TextWrapWord
	s.view = page(
		heading("Budget and candidate", "What leadership you could afford, and whether someone on the team could step up."),
		question(s.budget.q, s.budget.row()),
		question(q("constraints.can_hire_full_time"), s.fullTime.radio),
		question(q("promotion_candidate.name"), withMessage(sized(s.candidate), s.candField.msg)),
		help,
		checks,
	)
	return s
}

func (s *budgetScreen) title() string              { return "Budget" }
func (s *budgetScreen) content() fyne.CanvasObject { return s.view }

func (s *budgetScreen) onCandidate(name string) {
	if s.u.loading {
		return
	}
	if name == noCandidate || name == "" {
		s.u.answers.PromotionCandidate = nil
	} else {
		c := s.u.answers.PromotionCandidate
		if c == nil {
			c = &advisor.PromotionCandidate{}
			s.u.answers.PromotionCandidate = c
		}
		c.Name = name
	}
	s.enableSignals()
	s.u.changed()
}

func (s *budgetScreen) onSignals() {
	c := s.u.answers.PromotionCandidate
	if s.u.loading || c == nil {
		return
	}
	c.SupportsPeers, c.CommunicatesClearly = s.signals[0].Checked, s.signals[1].Checked
	c.ThinksBeyondOwnTarget, c.WantsToManage = s.signals[2].Checked, s.signals[3].Checked
	s.u.changed()
}

func (s *budgetScreen) enableSignals() {
	for _, c := range s.signals {
		if s.u.answers.PromotionCandidate == nil {
			c.Disable()
		} else {
			c.Enable()
		}
	}
}

// refreshCandidates offers the people on the People step who are not
// founders: a founder is not promoted to manage the team.
func (s *budgetScreen) refreshCandidates() {
	s.candidate.SetOptions(append([]string{noCandidate}, s.u.answers.PromotionCandidates()...))
}

func (s *budgetScreen) load() {
	loading := s.u.loading
	s.u.loading = true
	defer func() { s.u.loading = loading }()
	s.budget.load()
	s.budget.setCurrency(s.u.answers.Company.Currency)
	s.fullTime.load(s.u.answers.Constraints.CanHireFullTime)
	s.refreshCandidates()
	c := s.u.answers.PromotionCandidate
	if c == nil {
		s.candidate.SetSelected(noCandidate)
		c = &advisor.PromotionCandidate{}
	} else {
		s.candidate.SetSelected(c.Name)
	}
	for i, b := range []bool{c.SupportsPeers, c.CommunicatesClearly, c.ThinksBeyondOwnTarget, c.WantsToManage} {
		s.signals[i].SetChecked(b)
	}
	s.enableSignals()
}

func (s *budgetScreen) showProblems() {
	s.budget.show(s.u)
	s.candField.show(s.u)
}

func (s *budgetScreen) first() fyne.Focusable { return s.budget.entry }
