package advisor

import (
	"fmt"
	"math"
	"strings"
)

// Problem is one thing wrong with the answers, tied to the field it concerns.
type Problem struct {
	// Field is the answers-file path of the field, such as
	// "company.revenue_target" or "people[1].time".
	Field string `json:"field"`
	// Person is the name of the person the field belongs to, if any.
	Person string `json:"person,omitempty"`
	// Message says what is wrong, in words an owner understands.
	Message string `json:"message"`
}

// String names the field and, for people, the person, as the command line
// and other tools show it: "people[0] Dana: time adds up to 130%, must be 100".
func (p Problem) String() string {
	if i := strings.Index(p.Field, "]"); strings.HasPrefix(p.Field, "people[") && i > 0 && p.Person != "" {
		return p.Field[:i+1] + " " + p.Person + ": " + p.Message
	}
	return p.Field + ": " + p.Message
}

// Text is the problem in an owner's words, without file paths: "Dana: time
// adds up to 130%, must be 100", "Annual revenue: must not be negative".
func (p Problem) Text() string {
	if p.Person != "" {
		return p.Person + ": " + p.Message
	}
	return FieldLabel(p.Field) + ": " + p.Message
}

// Step is the wizard step that a field belongs to.
func (p Problem) Step() Step { return stepOf(p.Field) }

// ValidationError lists every problem found in a set of answers.
type ValidationError struct {
	Problems []Problem
}

func (e *ValidationError) Error() string {
	parts := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		parts[i] = p.String()
	}
	return strings.Join(parts, "; ")
}

// Validate reports every problem in the answers as a *ValidationError, or
// nil when the answers are complete and consistent.
func (a Answers) Validate() error {
	if ps := a.Problems(); len(ps) > 0 {
		return &ValidationError{Problems: ps}
	}
	return nil
}

// Problems lists every problem in the answers, in wizard order.
func (a Answers) Problems() []Problem {
	var v validator
	if a.Version != FormatVersion {
		v.add("version", "%d is not a version this app knows (it reads version %d)", a.Version, FormatVersion)
	}
	a.Company.check(&v)
	a.checkPeople(&v)
	a.Metrics.check(&v)
	for i, s := range a.Symptoms {
		if _, ok := symptomInfo(s); !ok {
			v.add(fmt.Sprintf("symptoms[%d]", i), "%q is not a known symptom (known: %s)", string(s), strings.Join(symptomIDs(), ", "))
		}
	}
	v.money("constraints.annual_leadership_budget", a.Constraints.AnnualLeadershipBudget)
	a.checkCandidate(&v)
	a.checkPlanStart(&v)
	if a.Assumptions != nil {
		a.Assumptions.check(&v, "assumptions")
	}
	if a.Baseline != nil {
		a.Baseline.check(&v, "baseline")
	}
	a.checkScenarios(&v)
	return v.problems
}

// StepProblems lists the problems that block leaving the given wizard step.
func (a Answers) StepProblems(s Step) []Problem {
	var out []Problem
	for _, p := range a.Problems() {
		if p.Step() == s {
			out = append(out, p)
		}
	}
	return out
}

type validator struct{ problems []Problem }

func (v *validator) add(field, format string, args ...any) {
	v.problems = append(v.problems, Problem{Field: field, Message: fmt.Sprintf(format, args...)})
}

func (v *validator) number(field string, x float64) bool {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		v.add(field, "must be a number")
		return false
	}
	return true
}

func (v *validator) percent(field string, x *float64) {
	if x == nil || !v.number(field, *x) {
		return
	}
	if *x < 0 || *x > 100 {
		v.add(field, "%s%% is out of range, must be between 0 and 100", fmtNum(*x))
	}
}

// maxMoney bounds amounts: a trillion is beyond any client of this app, and
// larger numbers would lose cents in the plan's arithmetic.
const maxMoney = 1e12

func (v *validator) money(field string, x *float64) {
	if x == nil || !v.number(field, *x) {
		return
	}
	switch {
	case *x < 0:
		v.add(field, "must not be negative (got %s)", fmtNum(*x))
	case *x > maxMoney:
		v.add(field, "too large: must be at most 1,000,000,000,000")
	}
}

func (v *validator) nonNegative(field string, x *float64) {
	if x == nil || !v.number(field, *x) {
		return
	}
	if *x < 0 {
		v.add(field, "must not be negative (got %s)", fmtNum(*x))
	}
}

func (c Company) check(v *validator) {
	if strings.TrimSpace(c.Name) == "" {
		v.add("company.name", "the company needs a name")
	}
	if !validCurrency(c.Currency) {
		v.add("company.currency", "%q is not a currency code; use three letters such as USD, EUR or GBP", c.Currency)
	}
	v.money("company.annual_revenue", c.AnnualRevenue)
	v.money("company.revenue_target", c.RevenueTarget)
	if c.CustomersClosedByFounder != nil && *c.CustomersClosedByFounder < 0 {
		v.add("company.customers_closed_by_founder", "must not be negative (got %d)", *c.CustomersClosedByFounder)
	}
}

func validCurrency(c string) bool {
	if len(c) != 3 {
		return false
	}
	for _, r := range c {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

func (a Answers) checkPeople(v *validator) {
	if len(a.People) == 0 {
		v.add("people", "add at least one person who sells, manages or forecasts today")
		return
	}
	seen := map[string]bool{}
	for i, p := range a.People {
		field := fmt.Sprintf("people[%d]", i)
		name := strings.TrimSpace(p.Name)
		who := name
		if who == "" {
			who = fmt.Sprintf("Person %d", i+1)
		}
		pv := &validator{}
		switch {
		case name == "":
			pv.add(field+".name", "needs a name")
		case seen[strings.ToLower(name)]:
			pv.add(field+".name", "%q appears twice; give each person a distinct name", name)
		}
		seen[strings.ToLower(name)] = true
		p.checkTime(pv, field)
		if q := p.QuotaAttainment; q != nil && pv.number(field+".quota_attainment", *q) && (*q < 0 || *q > 1000) {
			pv.add(field+".quota_attainment", "quota attainment %s%% is out of range, must be between 0 and 1000", fmtNum(*q))
		}
		for _, prob := range pv.problems {
			prob.Person = who
			v.problems = append(v.problems, prob)
		}
	}
}

func (p Person) checkTime(v *validator, field string) {
	parts := []struct {
		name string
		x    float64
	}{{"selling", p.Time.Selling}, {"managing", p.Time.Managing}, {"forecasting", p.Time.Forecasting}, {"other", p.Time.Other}}
	ok := true
	for _, part := range parts {
		f := field + ".time." + part.name
		if !v.number(f, part.x) {
			ok = false
			continue
		}
		if part.x < 0 || part.x > 100 {
			v.add(f, "%s time %s%% is out of range, must be between 0 and 100", part.name, fmtNum(part.x))
			ok = false
		}
	}
	if ok && p.Time == (TimeSplit{}) {
		v.add(field+".time", "say how their week splits between selling, managing, forecasting and other work (the parts must add up to 100%%)")
		return
	}
	if total := p.Time.Total(); ok && math.Abs(total-100) > 0.01 {
		v.add(field+".time", "time adds up to %s%%, must be 100", fmtNum(total))
	}
}

func (m Metrics) check(v *validator) {
	v.percent("metrics.win_rate", m.WinRate)
	v.percent("metrics.forecast_accuracy", m.ForecastAccuracy)
	v.percent("metrics.reps_at_quota", m.RepsAtQuota)
	v.nonNegative("metrics.sales_cycle_days", m.SalesCycleDays)
	v.nonNegative("metrics.pipeline_coverage", m.PipelineCoverage)
}

func (a Answers) checkCandidate(v *validator) {
	c := a.PromotionCandidate
	if c == nil {
		return
	}
	if strings.TrimSpace(c.Name) == "" {
		v.add("promotion_candidate.name", "pick the person you are thinking of promoting")
		return
	}
	for _, p := range a.People {
		if strings.EqualFold(strings.TrimSpace(p.Name), strings.TrimSpace(c.Name)) {
			return
		}
	}
	v.add("promotion_candidate.name", "%q is not one of the people listed", c.Name)
}

func (a Answers) checkPlanStart(v *validator) {
	if a.PlanStart == "" {
		return
	}
	m, err := ParseMonth(a.PlanStart)
	switch {
	case err != nil:
		v.add("plan_start", "%v", err)
	case m.Year < minPlanYear || m.Year > maxPlanYear:
		v.add("plan_start", "%s is out of range: the plan must start between %d and %d", a.PlanStart, minPlanYear, maxPlanYear)
	}
}

// fmtNum formats a number without trailing zeros: 130, 12.5.
func fmtNum(x float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", x), "0"), ".")
}
