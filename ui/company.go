package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// companyScreen asks about the business.
type companyScreen struct {
	u          *UI
	name       *entry
	nameField  field
	currency   *widget.Select
	curField   field
	revenue    *numberField
	target     *numberField
	customers  *numberField
	documented *yesNo
	view       fyne.CanvasObject
}

func newCompanyScreen(u *UI) *companyScreen {
	s := &companyScreen{u: u}
	s.name = newEntry()
	s.name.SetPlaceHolder("e.g. Acme Tools")
	s.name.OnChanged = func(t string) {
		if clipText(s.name, t) {
			return
		}
		u.answers.Company.Name = t
		u.touch("company.name")
		u.changed()
	}
	s.nameField = field{id: "company.name", msg: newMessage()}
	q, _ := advisor.QuestionByID("company.currency")
	s.currency = widget.NewSelect(q.Options, func(t string) {
		u.answers.Company.Currency = t
		s.revenue.setCurrency(t)
		s.target.setCurrency(t)
		u.changed()
	})
	s.curField = field{id: "company.currency", msg: newMessage()}
	s.revenue = u.newNumberField("company.annual_revenue", "company.annual_revenue",
		func() *float64 { return u.answers.Company.AnnualRevenue }, func(x *float64) { u.answers.Company.AnnualRevenue = x })
	s.target = u.newNumberField("company.revenue_target", "company.revenue_target",
		func() *float64 { return u.answers.Company.RevenueTarget }, func(x *float64) { u.answers.Company.RevenueTarget = x })
	s.customers = u.newNumberField("company.customers_closed_by_founder", "company.customers_closed_by_founder",
		func() *float64 {
			if n := u.answers.Company.CustomersClosedByFounder; n != nil {
				return advisor.Ptr(float64(*n))
			}
			return nil
		},
		func(x *float64) {
			u.answers.Company.CustomersClosedByFounder = nil
			if x != nil {
				u.answers.Company.CustomersClosedByFounder = advisor.Ptr(int(*x))
			}
		})
	s.documented = u.newYesNo(func() *bool { return u.answers.Company.SalesProcessDocumented },
		func(b *bool) { u.answers.Company.SalesProcessDocumented = b })

	qs := func(id string) advisor.Question { q, _ := advisor.QuestionByID(id); return q }
	s.view = page(
		heading("Company", "Tell us about the business. Only its name is required: any figure you don't know can stay empty."),
		question(qs("company.name"), withMessage(sized(s.name), s.nameField.msg)),
		question(qs("company.currency"), withMessage(sized(s.currency), s.curField.msg)),
		question(s.revenue.q, s.revenue.row()),
		question(s.target.q, s.target.row()),
		question(s.customers.q, s.customers.row()),
		question(qs("company.sales_process_documented"), s.documented.radio),
	)
	return s
}

func (s *companyScreen) title() string              { return "Company" }
func (s *companyScreen) content() fyne.CanvasObject { return s.view }

func (s *companyScreen) load() {
	c := s.u.answers.Company
	s.name.SetText(c.Name)
	s.currency.SetSelected(c.Currency)
	s.revenue.load()
	s.target.load()
	s.customers.load()
	s.documented.load(c.SalesProcessDocumented)
}

func (s *companyScreen) showProblems() {
	for _, f := range []*field{&s.nameField, &s.curField, &s.revenue.field, &s.target.field, &s.customers.field} {
		f.show(s.u)
	}
}

func (s *companyScreen) first() fyne.Focusable { return s.name }
