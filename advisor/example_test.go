package advisor_test

import (
	"fmt"
	"strings"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// A founder who sells, manages and forecasts, with one rep, a small budget
// and no written process, whose forecast missed by half: the advisor finds
// the three hats and recommends fractional leadership sized to the budget.
func ExampleAdvise() {
	a, err := advisor.Load(strings.NewReader(`{
	  "version": 1,
	  "company": {"name": "Acme Tools", "currency": "USD", "annual_revenue": 1500000, "revenue_target": 1800000,
	              "customers_closed_by_founder": 30, "sales_process_documented": false},
	  "people": [
	    {"name": "Dana", "founder": true, "time": {"selling": 50, "managing": 20, "forecasting": 10, "other": 20}},
	    {"name": "Sam", "time": {"selling": 90, "managing": 0, "forecasting": 0, "other": 10}, "quota_attainment": 80}
	  ],
	  "metrics": {"forecast_accuracy": 50, "pipeline_coverage": 2.5},
	  "symptoms": [],
	  "constraints": {"annual_leadership_budget": 100000, "can_hire_full_time": true},
	  "plan_start": "2027-01"
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	p, _ := advisor.Advise(a)
	fmt.Println(p.Diagnosis.Findings[0].Evidence)
	fmt.Println(p.Recommendation.Headline, "-", p.Recommendation.Confidence, "confidence")
	h := p.Hires[0]
	fmt.Println(h.Title, "from", p.MonthLabels[h.Start-1], "for", h.Months, "months at", advisor.Money(h.Pay, "USD"), "a month,", h.DaysPerWeek, "days a week")
	// Output:
	// Dana spends 50% selling, 20% managing and 10% forecasting.
	// Bring in a fractional VP of Sales; add 2 reps for the revenue target - high confidence
	// Fractional VP of Sales from Jan 2027 for 12 months at $7,500 a month, 1.5 days a week
}

// With nothing known but the people, the advice asks first and spends
// nothing.
func ExampleAdvise_lowConfidence() {
	a, _ := advisor.Load(strings.NewReader(`{
	  "version": 1,
	  "company": {"name": "Lumen Labs", "currency": "USD"},
	  "people": [
	    {"name": "Jo", "founder": true, "time": {"selling": 45, "managing": 20, "forecasting": 10, "other": 25}},
	    {"name": "Kim", "time": {"selling": 90, "managing": 0, "forecasting": 0, "other": 10}}
	  ],
	  "metrics": {}, "symptoms": [], "constraints": {}
	}`))
	p, _ := advisor.Advise(a)
	r := p.Recommendation
	fmt.Println(r.Confidence, "-", r.Headline)
	for _, q := range r.AnswerFirst[:3] {
		fmt.Println(" ", q.Prompt)
	}
	fmt.Println(len(p.Hires), "hires")
	// Output:
	// low - Answer 9 questions first; until then, make the changes that cost nothing
	//   How many customers has a founder closed personally?
	//   What is this year's revenue?
	//   What revenue are you aiming for next year?
	// 0 hires
}

// Errors name the field and the person.
func ExampleLoad_invalid() {
	_, err := advisor.Load(strings.NewReader(`{
	  "version": 1,
	  "company": {"name": "Acme", "currency": "USD"},
	  "people": [{"name": "Dana", "time": {"selling": 80, "managing": 30, "forecasting": 10, "other": 10}}],
	  "metrics": {}, "symptoms": [], "constraints": {}
	}`))
	fmt.Println(err)
	// Output:
	// people[0] Dana: time adds up to 130%, must be 100
}

// The wizard's number fields accept what people type.
func ExampleParseNumber() {
	for _, s := range []string{"1,200,000", "$90k", "1.2m", "abc"} {
		x, err := advisor.ParseNumber(s)
		fmt.Println(x, err)
	}
	// Output:
	// 1.2e+06 <nil>
	// 90000 <nil>
	// 1.2e+06 <nil>
	// 0 "abc" is not a number; type digits such as 1200000, 1,200,000 or 90k
}

// Quota attainment alone never makes a manager: the readiness signals do.
func ExampleCheckReadiness() {
	q := 140.0
	a := advisor.Answers{
		People:             []advisor.Person{{Name: "Sam", QuotaAttainment: &q}},
		PromotionCandidate: &advisor.PromotionCandidate{Name: "Sam", WantsToManage: true, CommunicatesClearly: true},
	}
	r := advisor.CheckReadiness(a)
	fmt.Println(r.Ready)
	fmt.Println(r.Summary)
	// Output:
	// false
	// Sam shows 2 of 4 readiness signals (quota attainment 140%, which reflects selling skill, not leadership); missing: supports peers, thinks beyond own targets.
}
