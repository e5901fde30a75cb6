package ui

import (
	"fyne.io/fyne/v2"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// companyScreen asks about the business: the Company questions of the bank.
type companyScreen struct {
	u    *UI
	form *form
	view fyne.CanvasObject
}

func newCompanyScreen(u *UI) *companyScreen {
	s := &companyScreen{u: u, form: u.newForm(advisor.StepCompany)}
	// Amounts are in the currency chosen here.
	cur := s.form.byID["company.currency"].(*choiceField)
	pick := cur.sel.OnChanged
	cur.sel.OnChanged = func(c string) {
		pick(c)
		u.showCurrency()
	}
	s.view = page(append([]fyne.CanvasObject{
		heading("Company", "Tell us about the business. Only its name is required: any figure you don't know can stay empty."),
	}, s.form.objects()...)...)
	return s
}

func (s *companyScreen) content() fyne.CanvasObject { return s.view }
func (s *companyScreen) load()                      { s.form.load() }
func (s *companyScreen) showProblems()              { s.form.showProblems() }
func (s *companyScreen) first() fyne.Focusable      { return s.form.first() }
func (s *companyScreen) focusField(id string) bool  { return s.form.focusField(id) }

// name is the company name's entry.
func (s *companyScreen) name() *entry { return s.form.byID["company.name"].(*textField).entry }

// showCurrency shows the session's currency beside every amount.
func (u *UI) showCurrency() {
	c := u.answers.Company.Currency
	u.built(func(s screen) {
		if f, ok := s.(interface{ forms() []*form }); ok {
			for _, fm := range f.forms() {
				for _, in := range fm.inputs {
					if n, ok := in.(*numberField); ok && n.q.Kind == advisor.KindMoney {
						n.unit.SetText(c)
					}
				}
			}
		}
	})
}

func (s *companyScreen) forms() []*form { return []*form{s.form} }
