package advisor

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
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
	a.checkSize(&v)
	a.Company.check(&v)
	a.checkPeople(&v)
	a.Metrics.check(&v)
	seen := map[Symptom]bool{}
	for i, s := range a.Symptoms {
		field := fmt.Sprintf("symptoms[%d]", i)
		if _, ok := symptomInfo(s); !ok {
			v.add(field, "%q is not a known symptom (known: %s)", string(s), strings.Join(symptomIDs(), ", "))
		} else if seen[s] {
			v.add(field, "%q is listed twice", string(s))
		}
		seen[s] = true
	}
	v.bound("constraints.annual_leadership_budget", "", a.Constraints.AnnualLeadershipBudget)
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
		v.add(field, "too large: must be at most %s", fmtBound(maxMoney))
	}
}

// bound checks the answer x to a question of the bank against the
// question's Min and Max: the wizard's field refuses the same values as
// they are typed (Question.Parse), so the bounds live in one place, the
// bank. The field's question is found by its path: people[2].time.selling
// is asked by people[].time. what names a part of the field ("selling
// time ") in the message.
func (v *validator) bound(field, what string, x *float64) {
	if x == nil || !v.number(field, *x) {
		return
	}
	q, ok := questionOf(field)
	if !ok || (*x >= q.Min && *x <= q.Max) {
		return
	}
	switch {
	case q.Kind == KindPercent || q.Kind == KindTime:
		v.add(field, "%s%s%% is out of range, must be between %s and %s", what, fmtNum(*x), fmtNum(q.Min), fmtNum(q.Max))
	case *x < q.Min && q.Min == 0:
		v.add(field, "must not be negative (got %s)", fmtNum(*x))
	case *x < q.Min:
		v.add(field, "must be at least %s%s", fmtBound(q.Min), unitOf(q))
	default:
		v.add(field, "too large: must be at most %s%s", fmtBound(q.Max), unitOf(q))
	}
}

// questionOf returns the question that asks for field, or for the whole
// field a part belongs to.
func questionOf(field string) (Question, bool) {
	for f := withoutIndices(field); f != ""; f = parentField(f) {
		if q, ok := QuestionByID(f); ok {
			return q, true
		}
	}
	return Question{}, false
}

// withoutIndices turns people[12].time into people[].time. It runs for
// every number of every person on every keystroke: no regular expression.
func withoutIndices(field string) string {
	var b strings.Builder
	skip := false
	for _, r := range field {
		switch {
		case r == '[':
			skip = true
			b.WriteRune(r)
		case r == ']':
			skip = false
			b.WriteRune(r)
		case !skip:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func unitOf(q Question) string {
	if q.Unit == "" || q.Unit == "%" || q.Unit == "x" {
		return ""
	}
	return " " + q.Unit
}

func (c Company) check(v *validator) {
	v.text("company.name", c.Name, true, "the company needs a name")
	if !validCurrency(c.Currency) {
		v.add("company.currency", "%q is not a currency code; use three letters such as USD, EUR or GBP", c.Currency)
	}
	v.bound("company.annual_revenue", "", c.AnnualRevenue)
	v.bound("company.revenue_target", "", c.RevenueTarget)
	if n := c.CustomersClosedByFounder; n != nil {
		v.bound("company.customers_closed_by_founder", "", Ptr(float64(*n)))
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
		if !visible(name) || !utf8.ValidString(name) || strings.IndexFunc(name, unicode.IsControl) >= 0 {
			who = fmt.Sprintf("Person %d", i+1) // a name that cannot be shown as it is
		}
		pv := &validator{}
		pv.text(field+".name", p.Name, true, "needs a name")
		if name != "" && seen[strings.ToLower(name)] {
			pv.add(field+".name", "%q appears twice; give each person a distinct name", name)
		}
		seen[strings.ToLower(name)] = true
		pv.text(field+".title", p.Title, false, "")
		p.checkTime(pv, field)
		pv.bound(field+".quota_attainment", "quota attainment ", p.QuotaAttainment)
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
	before := len(v.problems)
	for _, part := range parts {
		v.bound(field+".time."+part.name, part.name+" time ", &part.x)
	}
	ok := len(v.problems) == before
	if ok && p.Time == (TimeSplit{}) {
		v.add(field+".time", "say how their week splits between selling, managing, forecasting and other work (the parts must add up to 100%%)")
		return
	}
	if total := p.Time.Total(); ok && math.Abs(total-100) > 0.01 {
		v.add(field+".time", "time adds up to %s%%, must be 100", fmtNum(total))
	}
}

func (m Metrics) check(v *validator) {
	v.bound("metrics.win_rate", "", m.WinRate)
	v.bound("metrics.forecast_accuracy", "", m.ForecastAccuracy)
	v.bound("metrics.reps_at_quota", "", m.RepsAtQuota)
	v.bound("metrics.sales_cycle_days", "", m.SalesCycleDays)
	v.bound("metrics.pipeline_coverage", "", m.PipelineCoverage)
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

// fmtNum formats a number without trailing zeros: 130, 12.5. Numbers no
// person would type, such as 1e300 from a damaged file, show in short
// scientific notation rather than as hundreds of digits.
func fmtNum(x float64) string {
	s := strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", x), "0"), ".")
	if math.Abs(x) >= 1e15 || (x != 0 && strings.Trim(s, "-0") == "") {
		return strconv.FormatFloat(x, 'g', 4, 64)
	}
	return s
}

// fmtBound formats a bound for a message: 3,650 and 1,000,000,000,000
// with thousands separators, 2.5 as it is.
func fmtBound(x float64) string {
	if x >= 1000 && x == math.Trunc(x) && x < math.MaxInt64 {
		return groupThousands(int64(x))
	}
	return fmtNum(x)
}
