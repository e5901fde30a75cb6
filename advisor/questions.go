package advisor

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Step is a step of the wizard that gathers answers.
type Step int

// The wizard's answer-gathering steps, in order.
const (
	StepCompany Step = iota + 1
	StepPeople
	StepMetrics
	StepSymptoms
	StepBudget
)

// Steps lists the answer-gathering steps in order.
func Steps() []Step { return []Step{StepCompany, StepPeople, StepMetrics, StepSymptoms, StepBudget} }

func (s Step) String() string {
	switch s {
	case StepCompany:
		return "Company"
	case StepPeople:
		return "People"
	case StepMetrics:
		return "Metrics"
	case StepSymptoms:
		return "Symptoms"
	case StepBudget:
		return "Budget and candidate"
	}
	return "Other"
}

func stepOf(field string) Step {
	switch {
	case strings.HasPrefix(field, "company"):
		return StepCompany
	case strings.HasPrefix(field, "people"):
		return StepPeople
	case strings.HasPrefix(field, "metrics"):
		return StepMetrics
	case strings.HasPrefix(field, "symptoms"):
		return StepSymptoms
	case strings.HasPrefix(field, "constraints"), strings.HasPrefix(field, "promotion_candidate"):
		return StepBudget
	}
	return 0
}

// AnswerKind is the kind of answer a question takes.
type AnswerKind string

// The kinds of answer.
const (
	KindText    AnswerKind = "text"    // free text
	KindChoice  AnswerKind = "choice"  // one of Options
	KindMoney   AnswerKind = "money"   // an amount in the company's currency, >= 0
	KindPercent AnswerKind = "percent" // 0 to 100
	KindCount   AnswerKind = "count"   // a whole number >= 0
	KindNumber  AnswerKind = "number"  // a number >= 0, such as days or a ratio
	KindYesNo   AnswerKind = "yesno"   // yes, no or don't know
	KindTime    AnswerKind = "time"    // a split of the week across four activities
	KindCheck   AnswerKind = "check"   // a box to tick
)

// Question is one question the wizard asks. The UI renders the bank and the
// tests iterate it; validation of the typed answer lives here too.
type Question struct {
	ID     string     `json:"id"`     // the answers-file field, e.g. "company.annual_revenue"
	Step   Step       `json:"step"`   // where the wizard asks it
	Prompt string     `json:"prompt"` // the question, in the owner's words
	Help   string     `json:"help"`   // why it matters, drawn from the seed article
	Kind   AnswerKind `json:"kind"`
	// Optional questions accept "don't know"; the diagnosis then skips the
	// findings that need them and lists them under Sharpen.
	Optional bool     `json:"optional"`
	Min      float64  `json:"min,omitempty"`
	Max      float64  `json:"max,omitempty"` // 0 means no upper bound
	Unit     string   `json:"unit,omitempty"`
	Options  []string `json:"options,omitempty"`
}

// Questions returns the question bank, in the order the wizard asks it.
func Questions() []Question { return append([]Question(nil), questionBank...) }

// QuestionByID returns the question with the given id.
func QuestionByID(id string) (Question, bool) {
	for _, q := range questionBank {
		if q.ID == id {
			return q, true
		}
	}
	return Question{}, false
}

var questionBank = []Question{
	{ID: "company.name", Step: StepCompany, Kind: KindText, Prompt: "What is the company called?",
		Help: "Used on screen and in the exported plan."},
	{ID: "company.currency", Step: StepCompany, Kind: KindChoice, Options: []string{"USD", "EUR", "GBP", "CAD", "AUD"},
		Prompt: "Which currency do you plan in?", Help: "Shipped salary bands are US dollars; in another currency, check them on the Plan step."},
	{ID: "company.annual_revenue", Step: StepCompany, Kind: KindMoney, Optional: true,
		Prompt: "What is this year's revenue?", Help: "The starting point the hiring plan grows from."},
	{ID: "company.revenue_target", Step: StepCompany, Kind: KindMoney, Optional: true,
		Prompt: "What revenue are you aiming for next year?", Help: "The gap between revenue and target sets how many sellers you need."},
	{ID: "company.customers_closed_by_founder", Step: StepCompany, Kind: KindCount, Optional: true,
		Prompt: "How many customers has a founder closed personally?",
		Help:   "A repeatable sale comes first: about 10 customers won by a founder, without a prior relationship, show it can be taught to a rep."},
	{ID: "company.sales_process_documented", Step: StepCompany, Kind: KindYesNo, Optional: true,
		Prompt: "Is your sales process written down?",
		Help:   "Reps who follow a structured process are 28% more likely to hit quota (HubSpot 2024, cited in the seed article). A manager needs a designed process to run."},
	{ID: "people[].name", Step: StepPeople, Kind: KindText, Prompt: "Name", Help: "Everyone who sells, manages or forecasts today, founders included."},
	{ID: "people[].title", Step: StepPeople, Kind: KindText, Optional: true, Prompt: "Title", Help: "Their job title today."},
	{ID: "people[].founder", Step: StepPeople, Kind: KindCheck, Optional: true, Prompt: "Founder", Help: "Founders often sell, manage and forecast at once."},
	{ID: "people[].time", Step: StepPeople, Kind: KindTime, Unit: "%",
		Prompt: "How is their week split between selling, managing, forecasting and other work?",
		Help:   "The rep owns a personal number and closes deals; the manager owns the team number: coaching, pipeline reviews, forecasting, hiring. When one person does all three, confusion grows. The four parts add up to 100%."},
	{ID: "people[].quota_attainment", Step: StepPeople, Kind: KindPercent, Optional: true, Max: 1000, Unit: "%",
		Prompt: "Quota attainment over the last four quarters",
		Help:   "Leave empty for people who carry no quota. Quota attainment reflects selling skill, not leadership ability."},
	{ID: "metrics.win_rate", Step: StepMetrics, Kind: KindPercent, Optional: true, Max: 100, Unit: "%",
		Prompt: "Win rate", Help: "Deals won out of qualified deals worked. Teams with consistent coaching see up to 27% higher win rates (Salesforce research, cited in the seed)."},
	{ID: "metrics.forecast_accuracy", Step: StepMetrics, Kind: KindPercent, Optional: true, Max: 100, Unit: "%",
		Prompt: "Forecast accuracy", Help: "How close last quarter's forecast was to what closed (100 = exact). Forecast accuracy is a manager's number, not a rep's."},
	{ID: "metrics.sales_cycle_days", Step: StepMetrics, Kind: KindNumber, Optional: true, Unit: "days",
		Prompt: "Sales cycle", Help: "Days from first conversation to signed deal, typically."},
	{ID: "metrics.pipeline_coverage", Step: StepMetrics, Kind: KindNumber, Optional: true, Unit: "x",
		Prompt: "Pipeline coverage", Help: "Open pipeline divided by the period's target, e.g. 3 for three times. Reviewing pipeline is the manager's job."},
	{ID: "metrics.reps_at_quota", Step: StepMetrics, Kind: KindPercent, Optional: true, Max: 100, Unit: "%",
		Prompt: "Share of reps at quota", Help: "When most reps miss, look at leadership and process; when one misses while others hit, look at that seller."},
	{ID: "symptoms", Step: StepSymptoms, Kind: KindCheck, Optional: true,
		Prompt: "Which of these do you recognise?", Help: "Tick every pain you see today; each one steers the diagnosis."},
	{ID: "constraints.annual_leadership_budget", Step: StepBudget, Kind: KindMoney, Optional: true,
		Prompt: "What could you spend on sales leadership per year?", Help: "A full-time sales manager costs the salary plus employer burden; a fractional VP of Sales costs a monthly retainer."},
	{ID: "constraints.can_hire_full_time", Step: StepBudget, Kind: KindYesNo, Optional: true,
		Prompt: "Could you hire a full-time sales manager now?", Help: "A small team can bring in a fractional VP of Sales instead of a full-time manager."},
	{ID: "promotion_candidate.name", Step: StepBudget, Kind: KindChoice, Optional: true,
		Prompt: "Is there someone you are thinking of promoting to manager?", Help: "A top seller is not automatically a good manager."},
	{ID: "promotion_candidate.supports_peers", Step: StepBudget, Kind: KindCheck, Optional: true,
		Prompt: "Consistently supports peers", Help: "A readiness signal from the seed article."},
	{ID: "promotion_candidate.communicates_clearly", Step: StepBudget, Kind: KindCheck, Optional: true,
		Prompt: "Communicates clearly", Help: "A readiness signal from the seed article."},
	{ID: "promotion_candidate.thinks_beyond_own_targets", Step: StepBudget, Kind: KindCheck, Optional: true,
		Prompt: "Thinks beyond their own targets", Help: "A readiness signal from the seed article."},
	{ID: "promotion_candidate.wants_to_manage", Step: StepBudget, Kind: KindCheck, Optional: true,
		Prompt: "Wants to lead others", Help: "Moving into management means letting go of personal deals; it has to be wanted."},
}

// SymptomInfo describes a symptom in plain words.
type SymptomInfo struct {
	ID    Symptom `json:"id"`
	Label string  `json:"label"`
}

var symptomBank = []SymptomInfo{
	{InconsistentClosing, "Deals close inconsistently"},
	{TargetsHarder, "Targets feel harder to hit"},
	{UnclearSellersOrLeadership, "We can't tell whether we need better sellers or stronger leadership"},
	{ForecastSurprises, "The quarter ends with surprises"},
	{FounderBottleneckSymptom, "Deals wait for the founder"},
	{ManagerClosesDealsSymptom, "The manager steps in to close deals"},
	{NoCoaching, "There are no regular one-on-ones"},
	{HiringStruggles, "Sales hires don't work out"},
}

// SymptomBank lists the symptom vocabulary with plain-words labels.
func SymptomBank() []SymptomInfo { return append([]SymptomInfo(nil), symptomBank...) }

func symptomInfo(s Symptom) (SymptomInfo, bool) {
	for _, info := range symptomBank {
		if info.ID == s {
			return info, true
		}
	}
	return SymptomInfo{}, false
}

func symptomIDs() []string {
	ids := make([]string, len(symptomBank))
	for i, s := range symptomBank {
		ids[i] = string(s.ID)
	}
	return ids
}

// ErrDontKnow is returned by Parse for an empty answer to an optional question.
var ErrDontKnow = errors.New("don't know")

// Parse reads what a person typed for a numeric question. It understands
// thousands separators, a leading currency sign, a trailing % and the
// suffixes k and m ("$90k", "1,200,000", "1.2m"). An empty answer is
// ErrDontKnow for optional questions and an error otherwise. The error text
// is meant to be shown beside the field.
func (q Question) Parse(s string) (float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		if q.Optional {
			return 0, ErrDontKnow
		}
		return 0, errors.New("an answer is needed here")
	}
	x, err := ParseNumber(s)
	if err != nil {
		return 0, err
	}
	if x < q.Min {
		return 0, fmt.Errorf("must be at least %s", fmtNum(q.Min))
	}
	max := q.Max
	if max == 0 && q.Kind == KindPercent {
		max = 100
	}
	if max > 0 && x > max {
		return 0, fmt.Errorf("must be at most %s", fmtNum(max))
	}
	if q.Kind == KindCount && x != math.Trunc(x) {
		return 0, errors.New("must be a whole number")
	}
	return x, nil
}

// ParseNumber reads a number as people type it: "1,200,000", "$90k",
// "1.2m", "45%", "€ 10 000". It refuses anything else with a short reason.
func ParseNumber(s string) (float64, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimLeft(t, "$€£¥ ")
	for _, code := range []string{"USD", "EUR", "GBP", "CAD", "AUD"} {
		t = strings.TrimSpace(strings.TrimPrefix(strings.TrimSuffix(t, code), code))
	}
	t = strings.TrimSpace(strings.TrimSuffix(t, "%"))
	mult := 1.0
	switch lower := strings.ToLower(t); {
	case strings.HasSuffix(lower, "k"):
		mult, t = 1e3, t[:len(t)-1]
	case strings.HasSuffix(lower, "m"):
		mult, t = 1e6, t[:len(t)-1]
	}
	t = strings.NewReplacer(",", "", " ", "", "_", "", "\u00a0", "").Replace(t)
	if t == "" {
		return 0, fmt.Errorf("%q is not a number", s)
	}
	x, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
		return 0, fmt.Errorf("%q is not a number; type digits such as 1200000, 1,200,000 or 90k", s)
	}
	if x < 0 {
		return 0, errors.New("must not be negative")
	}
	return x * mult, nil
}
