package xlsx

import (
	"fmt"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// answers writes the Answers sheet: each answer under the label the app
// gives its question, from the question bank.
func (w *writer) answers(p advisor.Plan) {
	const s = SheetAnswers
	w.widths(s, 36, 28, 10, 10, 10, 12, 10, 14)
	a := p.Answers
	w.title(s, "Your answers", "What the plan is based on, as given, for traceability; blank means \"don't know\". Revenue, target and budget are inputs on Assumptions.")
	r := w.section(s, 4, "Company")
	r = w.pairs(s, r, []pair{
		{label("company.name"), a.Company.Name},
		{label("company.currency"), a.Company.Currency},
		{label("company.annual_revenue"), amount(a.Company.AnnualRevenue)},
		{label("company.revenue_target"), amount(a.Company.RevenueTarget)},
		{label("company.customers_closed_by_founder"), intPtr(a.Company.CustomersClosedByFounder)},
		{label("company.sales_process_documented"), optBool(a.Company.SalesProcessDocumented)},
		{"Plan starts (YYYY-MM)", a.PlanStart},
	})
	r = w.people(s, r+1, a.People)
	r = w.section(s, r+1, "Sales numbers")
	m := a.Metrics
	r = w.pairs(s, r, []pair{
		{label("metrics.win_rate"), m.WinRate},
		{label("metrics.forecast_accuracy"), m.ForecastAccuracy},
		{label("metrics.sales_cycle_days"), m.SalesCycleDays},
		{label("metrics.pipeline_coverage"), m.PipelineCoverage},
		{label("metrics.reps_at_quota"), m.RepsAtQuota},
	})
	r = w.section(s, r+1, "Symptoms you recognise")
	symptoms, _ := advisor.QuestionByID("symptoms")
	if len(a.Symptoms) == 0 {
		w.text(s, 1, r, "none", w.st.note)
		r++
	}
	for _, sym := range a.Symptoms {
		w.text(s, 1, r, symptoms.Format(advisor.Answer{Symptoms: []advisor.Symptom{sym}}, ""), w.st.wrap)
		r++
	}
	r = w.section(s, r+1, "Constraints")
	r = w.pairs(s, r, []pair{
		{label("constraints.annual_leadership_budget"), amount(a.Constraints.AnnualLeadershipBudget)},
		{label("constraints.can_hire_full_time"), optBool(a.Constraints.CanHireFullTime)},
	})
	if c := a.PromotionCandidate; c != nil {
		r = w.section(s, r+1, "Promotion candidate")
		w.pairs(s, r, []pair{
			{label("promotion_candidate.name"), c.Name},
			{label("promotion_candidate.supports_peers"), yesNo(c.SupportsPeers)},
			{label("promotion_candidate.communicates_clearly"), yesNo(c.CommunicatesClearly)},
			{label("promotion_candidate.thinks_beyond_own_targets"), yesNo(c.ThinksBeyondOwnTarget)},
			{label("promotion_candidate.wants_to_manage"), yesNo(c.WantsToManage)},
		})
	}
	w.print(s, printOpts{titleRows: 0})
}

// pair is a labelled answer: a string (always written as text), a
// *float64 number, or an amount; nil pointers are left blank.
type pair struct {
	label string
	value any
}

// amount marks a number as money.
type amount *float64

// pairs writes label/value rows.
func (w *writer) pairs(s string, r int, kv []pair) int {
	for _, p := range kv {
		w.text(s, 1, r, p.label, w.st.label)
		switch v := p.value.(type) {
		case string:
			w.text(s, 2, r, v, w.st.wrap)
		case amount:
			if v != nil {
				w.num(s, 2, r, *v, w.st.moneyLeft)
			}
		case *float64:
			if v != nil {
				w.num(s, 2, r, *v, w.st.numberLeft)
			}
		}
		r++
	}
	return r
}

func intPtr(v *int) *float64 {
	if v == nil {
		return nil
	}
	f := float64(*v)
	return &f
}

// people writes the people table and names its name column PeopleList.
func (w *writer) people(s string, r int, people []advisor.Person) int {
	r = w.section(s, r, "People who sell, manage or forecast today")
	heads := []string{label("people[].name"), label("people[].title"), label("people[].founder")}
	for _, part := range advisor.TimeParts {
		heads = append(heads, part+" (%)")
	}
	for i, h := range append(heads, label("people[].quota_attainment")) {
		w.text(s, i+1, r, h, w.st.header)
	}
	r++
	if len(people) == 0 {
		w.text(s, 1, r, "none given", w.st.note)
		return r + 1
	}
	for i, p := range people {
		w.text(s, 1, r+i, p.Name, w.st.wrap)
		w.text(s, 2, r+i, p.Title, w.st.wrap)
		w.text(s, 3, r+i, yesNo(p.Founder), w.st.wrap)
		for j, v := range []float64{p.Time.Selling, p.Time.Managing, p.Time.Forecasting, p.Time.Other} {
			w.num(s, 4+j, r+i, v, w.st.number)
		}
		if p.QuotaAttainment != nil {
			w.num(s, 8, r+i, *p.QuotaAttainment, w.st.number)
		}
	}
	w.rangeName("PeopleList", s, fmt.Sprintf("%s:%s", abs(1, r), abs(1, r+len(people)-1)))
	return r + len(people)
}

func optBool(v *bool) string {
	if v == nil {
		return ""
	}
	return yesNo(*v)
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// label is the label the app gives the question with the given id, with
// its unit where the cell holds a bare number: "Win rate (%)".
func label(id string) string {
	q, ok := advisor.QuestionByID(id)
	switch {
	case !ok:
		return id
	case q.Unit != "" && q.Kind != advisor.KindTime:
		return q.Label + " (" + q.Unit + ")"
	}
	return q.Label
}
