package advisor_test

import (
	"fmt"
	"strings"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// A founder who sells, manages and forecasts, with one rep, a small budget
// and no written process: the advisor finds the three hats and recommends
// fractional leadership.
func ExampleAdvise() {
	a, err := advisor.Load(strings.NewReader(`{
	  "version": 1,
	  "company": {"name": "Acme Tools", "currency": "USD", "sales_process_documented": false},
	  "people": [
	    {"name": "Dana", "founder": true, "time": {"selling": 50, "managing": 20, "forecasting": 10, "other": 20}},
	    {"name": "Sam", "time": {"selling": 90, "managing": 0, "forecasting": 0, "other": 10}}
	  ],
	  "metrics": {},
	  "symptoms": [],
	  "constraints": {"annual_leadership_budget": 100000}
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	p, _ := advisor.Advise(a)
	fmt.Println(p.Diagnosis.Findings[0].Evidence)
	fmt.Println(p.Recommendation.Primary)
	h := p.Hires[0]
	fmt.Println(h.Title, "for", h.Months, "months at", advisor.Money(h.Pay, "USD"), "a month,", h.DaysPerWeek, "days a week")
	// Output:
	// Dana spends 50% selling, 20% managing and 10% forecasting.
	// fractional_sales_leader
	// Fractional VP of Sales for 12 months at $8,300 a month, 1.5 days a week
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
