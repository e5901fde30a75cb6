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

// reviewScreen shows every answer on one page before the diagnosis, each
// with a button that takes the user to its field: the question bank's
// labels and the answers as the workbook's Answers sheet shows them.
type reviewScreen struct {
	u       *UI
	summary *widget.Label
	body    *fyne.Container
	rows    []fyne.CanvasObject
	changes map[string]*button // by field id
	view    fyne.CanvasObject
}

func newReviewScreen(u *UI) *reviewScreen {
	s := &reviewScreen{u: u, body: container.NewVBox(), summary: wrapped("")}
	s.view = page(
		heading("Review your answers", "What the advice will rest on. Change any answer with one click; Next shows the diagnosis."),
		s.summary,
		s.body,
	)
	return s
}

func (s *reviewScreen) content() fyne.CanvasObject { return s.view }
func (s *reviewScreen) showProblems()              {}

// load lists the answers, step by step, in the bank's order.
func (s *reviewScreen) load() {
	u := s.u
	s.rows = nil
	s.changes = map[string]*button{}
	unknown := 0
	for _, st := range steps {
		if st.input == 0 {
			continue
		}
		s.rows = append(s.rows, subheading(st.title))
		for _, q := range advisor.Questions() {
			if q.Step != st.input || q.PerPerson() || s.skip(q) {
				continue
			}
			v := q.Get(&u.answers, 0)
			text := q.Format(v, u.answers.Company.Currency)
			if text == "Don't know" {
				unknown++
			}
			s.add(q.Label, text, q.ID)
		}
		if st.input == advisor.StepPeople {
			s.people()
		}
	}
	switch unknown {
	case 0:
		s.summary.SetText("Every question has an answer.")
	default:
		s.summary.SetText(fmt.Sprintf("%d %s \"Don't know\": the diagnosis says which answers would sharpen it.",
			unknown, plural(unknown, "answer is", "answers are")))
	}
	s.body.Objects = s.rows // laid out once, not after each row
}

// skip leaves out the readiness signals when nobody is a candidate.
func (s *reviewScreen) skip(q advisor.Question) bool {
	return s.u.answers.PromotionCandidate == nil && strings.HasPrefix(q.ID, "promotion_candidate.") && q.Kind == advisor.KindCheck
}

// people lists each person on a line: title, founder, week and quota.
func (s *reviewScreen) people() {
	a := &s.u.answers
	if len(a.People) == 0 {
		s.add("People", "No one yet", "people")
		return
	}
	for i, p := range a.People {
		var parts []string
		for _, q := range advisor.Questions() {
			if !q.PerPerson() || q.ID == "people[].name" {
				continue
			}
			v := q.Get(a, i)
			switch {
			case q.ID == "people[].title" && v.Text == "", q.ID == "people[].founder" && !*v.Bool:
			case q.ID == "people[].founder":
				parts = append(parts, "founder")
			case q.Kind == advisor.KindText:
				parts = append(parts, v.Text)
			case q.Kind == advisor.KindTime:
				parts = append(parts, "week: "+q.Format(v, a.Company.Currency))
			case v.Number == nil: // "no quota"
				parts = append(parts, strings.ToLower(q.Format(v, a.Company.Currency)))
			default:
				parts = append(parts, strings.ToLower(q.Label[:1])+q.Label[1:]+" "+q.Format(v, a.Company.Currency))
			}
		}
		name := strings.TrimSpace(p.Name)
		if name == "" {
			name = fmt.Sprintf("Person %d", i+1)
		}
		s.add(name, strings.Join(parts, "; "), fmt.Sprintf("people[%d].name", i))
	}
}

// add lists one answer with a button to change it.
func (s *reviewScreen) add(label, value, id string) {
	l := widget.NewLabelWithStyle(label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Wrapping = fyne.TextWrapWord
	change := s.u.newButton("Change", theme.DocumentCreateIcon(), func() { s.u.goToField(id) })
	change.Importance = widget.LowImportance
	s.changes[id] = change
	s.rows = append(s.rows, container.NewBorder(nil, nil, widthOf(240, l), change, wrapped(value)))
}
