package advisor

import (
	"errors"
	"fmt"
	"math"
	"regexp"
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
	Label  string     `json:"label"`  // a short name for the field, for messages and forms
	Step   Step       `json:"step"`   // where the wizard asks it
	Prompt string     `json:"prompt"` // the question, in the owner's words
	Help   string     `json:"help"`   // why it matters, drawn from the seed article
	Kind   AnswerKind `json:"kind"`
	// Optional questions accept "don't know"; the diagnosis then skips the
	// findings that need them and lists them under Sharpen.
	Optional bool     `json:"optional"`
	Min      float64  `json:"min,omitempty"`
	Max      float64  `json:"max,omitempty"` // every numeric question has one; Parse and the validator read both, nothing else holds them
	Unit     string   `json:"unit,omitempty"`
	Options  []string `json:"options,omitempty"`
}

// Asked is the question as a sentence, for lists of questions to answer:
// the prompt, or, where the prompt is a field's label ("Forecast
// accuracy"), the question it stands for.
func (q Question) Asked() string {
	if s, ok := askedAs[q.ID]; ok {
		return s
	}
	return q.Prompt
}

var askedAs = map[string]string{
	"people[].quota_attainment": "What share of quota did each rep reach over the last four quarters?",
	"metrics.win_rate":          "What share of qualified deals do you win?",
	"metrics.forecast_accuracy": "How close was last quarter's forecast to what closed?",
	"metrics.sales_cycle_days":  "How many days does a deal take from first conversation to signature?",
	"metrics.pipeline_coverage": "How many times the period's target does your open pipeline cover?",
	"metrics.reps_at_quota":     "What share of your reps reach quota?",
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
	{ID: "company.name", Label: "Company name", Step: StepCompany, Kind: KindText, Prompt: "What is the company called?",
		Help: "Used on screen and in the exported plan."},
	{ID: "company.currency", Label: "Currency", Step: StepCompany, Kind: KindChoice, Options: []string{"USD", "EUR", "GBP", "CAD", "AUD"},
		Prompt: "Which currency do you plan in?", Help: "Shipped salary bands are US dollars; in another currency, check them on the Plan step."},
	{ID: "company.annual_revenue", Label: "This year's revenue", Step: StepCompany, Kind: KindMoney, Optional: true, Max: maxMoney,
		Prompt: "What is this year's revenue?", Help: "The starting point the hiring plan grows from."},
	{ID: "company.revenue_target", Label: "Next year's revenue target", Step: StepCompany, Kind: KindMoney, Optional: true, Max: maxMoney,
		Prompt: "What revenue are you aiming for next year?", Help: "The gap between revenue and target sets how many sellers you need."},
	{ID: "company.customers_closed_by_founder", Label: "Customers closed by a founder", Step: StepCompany, Kind: KindCount, Optional: true, Max: 1_000_000,
		Prompt: "How many customers has a founder closed personally?",
		Help:   "A repeatable sale comes first: about 10 customers won by a founder, without a prior relationship, show it can be taught to a rep."},
	{ID: "company.sales_process_documented", Label: "Written sales process", Step: StepCompany, Kind: KindYesNo, Optional: true,
		Prompt: "Is your sales process written down?",
		Help:   "Reps who follow a structured process are 28% more likely to hit quota (HubSpot 2024 Sales Report). A manager needs a designed process to run."},
	{ID: "people[].name", Label: "Name", Step: StepPeople, Kind: KindText, Prompt: "Name", Help: "Everyone who sells, manages or forecasts today, founders included."},
	{ID: "people[].title", Label: "Title", Step: StepPeople, Kind: KindText, Optional: true, Prompt: "Title", Help: "Their job title today."},
	{ID: "people[].founder", Label: "Founder", Step: StepPeople, Kind: KindCheck, Optional: true, Prompt: "Founder", Help: "Founders often sell, manage and forecast at once."},
	{ID: "people[].time", Label: "Week split", Step: StepPeople, Kind: KindTime, Max: 100, Unit: "%",
		Prompt: "How is their week split between selling, managing, forecasting and other work?",
		Help:   "The rep owns a personal number and closes deals; the manager owns the team number: coaching, pipeline reviews, forecasting, hiring. When one person does all three, confusion grows."},
	{ID: "people[].quota_attainment", Label: "Quota attainment", Step: StepPeople, Kind: KindPercent, Optional: true, Max: 1000, Unit: "%",
		Prompt: "Quota attainment over the last four quarters",
		Help:   "Leave empty for people who carry no quota. Quota attainment reflects selling skill, not leadership ability."},
	{ID: "metrics.win_rate", Label: "Win rate", Step: StepMetrics, Kind: KindPercent, Optional: true, Max: 100, Unit: "%",
		Prompt: "Win rate", Help: "Deals won out of qualified deals worked. Teams with consistent coaching see up to 27% higher win rates (Salesforce research)."},
	{ID: "metrics.forecast_accuracy", Label: "Forecast accuracy", Step: StepMetrics, Kind: KindPercent, Optional: true, Max: 100, Unit: "%",
		Prompt: "Forecast accuracy", Help: "How close last quarter's forecast was to what closed (100 = exact). Forecast accuracy is a manager's number, not a rep's."},
	{ID: "metrics.sales_cycle_days", Label: "Sales cycle", Step: StepMetrics, Kind: KindNumber, Optional: true, Max: 3650, Unit: "days",
		Prompt: "Sales cycle", Help: "Days from first conversation to signed deal, typically."},
	{ID: "metrics.pipeline_coverage", Label: "Pipeline coverage", Step: StepMetrics, Kind: KindNumber, Optional: true, Max: 100, Unit: "x",
		Prompt: "Pipeline coverage", Help: "Open pipeline divided by the period's target, e.g. 3 for three times. Reviewing pipeline is the manager's job."},
	{ID: "metrics.reps_at_quota", Label: "Share of reps at quota", Step: StepMetrics, Kind: KindPercent, Optional: true, Max: 100, Unit: "%",
		Prompt: "Share of reps at quota", Help: "When most reps miss, look at leadership and process; when one misses while others hit, look at that seller."},
	{ID: "symptoms", Label: "Symptoms", Step: StepSymptoms, Kind: KindCheck, Optional: true,
		Prompt: "Which of these do you recognise?", Help: "Tick every pain you see today; the diagnosis says what each one points at."},
	{ID: "constraints.annual_leadership_budget", Label: "Leadership budget", Step: StepBudget, Kind: KindMoney, Optional: true, Max: maxMoney,
		Prompt: "What could you spend on sales leadership per year?", Help: "A full-time sales manager costs the salary plus employer burden; a fractional VP of Sales costs a monthly retainer."},
	{ID: "constraints.can_hire_full_time", Label: "Full-time manager possible", Step: StepBudget, Kind: KindYesNo, Optional: true,
		Prompt: "Could you hire a full-time sales manager now?", Help: "A small team can bring in a fractional VP of Sales instead of a full-time manager."},
	{ID: "promotion_candidate.name", Label: "Promotion candidate", Step: StepBudget, Kind: KindChoice, Optional: true,
		Prompt: "Is there someone you are thinking of promoting to manager?", Help: "A top seller is not automatically a good manager."},
	{ID: "promotion_candidate.supports_peers", Label: "Supports peers", Step: StepBudget, Kind: KindCheck, Optional: true,
		Prompt: "Consistently supports peers", Help: "A readiness signal: quota attainment shows selling skill, these show leadership."},
	{ID: "promotion_candidate.communicates_clearly", Label: "Communicates clearly", Step: StepBudget, Kind: KindCheck, Optional: true,
		Prompt: "Communicates clearly", Help: "A readiness signal: quota attainment shows selling skill, these show leadership."},
	{ID: "promotion_candidate.thinks_beyond_own_targets", Label: "Thinks beyond own targets", Step: StepBudget, Kind: KindCheck, Optional: true,
		Prompt: "Thinks beyond their own targets", Help: "A readiness signal: quota attainment shows selling skill, these show leadership."},
	{ID: "promotion_candidate.wants_to_manage", Label: "Wants to lead", Step: StepBudget, Kind: KindCheck, Optional: true,
		Prompt: "Wants to lead others", Help: "Moving into management means letting go of personal deals; it has to be wanted."},
}

// FieldLabel names an answers-file field in an owner's words, for messages:
// "company.annual_revenue" is "This year's revenue".
func FieldLabel(field string) string {
	generic := indexRE.ReplaceAllString(field, "[]")
	for f := generic; f != ""; f = parentField(f) {
		if q, ok := QuestionByID(f); ok && q.Label != "" {
			return q.Label
		}
		if l, ok := assumptionLabels[f]; ok {
			return l
		}
		if fig, ok := DefaultAssumptions().Figure(strings.TrimPrefix(f, "assumptions.")); ok && strings.HasPrefix(f, "assumptions.") {
			return fig.Label
		}
	}
	return field
}

var indexRE = regexp.MustCompile(`\[\d+\]`)

// parentField drops the last part of a field path: "a.b.c" is "a.b".
func parentField(f string) string {
	if i := strings.LastIndexByte(f, '.'); i > 0 {
		return f[:i]
	}
	return ""
}

var assumptionLabels = map[string]string{
	"assumptions.band_level":          "Band level",
	"assumptions.bands.sales_rep":     "Sales rep pay band",
	"assumptions.bands.sales_manager": "Sales manager pay band",
	"assumptions.bands":               "Pay bands",
	"assumptions.recruiting_cost":     "Recruiting cost",
	"plan_start":                      "Plan start",
	"version":                         "File version",
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

// units are the words people type after a number; the form shows the unit
// beside the field, so they carry no meaning of their own.
var units = []string{"days", "day", "months", "month", "reps", "rep", "times", "x"}

func trimUnit(t string) string {
	lower := strings.ToLower(t)
	for _, u := range units {
		if strings.HasSuffix(lower, u) && len(t) > len(u) {
			rest := strings.TrimSpace(t[:len(t)-len(u)])
			if last := rest[len(rest)-1]; last >= '0' && last <= '9' || last == '.' {
				return rest
			}
		}
	}
	return t
}

// thousandsCommas reports whether every comma in t separates thousands:
// three digits follow it. "5,5" or "1,25" is a decimal comma, which the
// app does not guess at.
func thousandsCommas(t string) bool {
	for i := strings.IndexByte(t, ','); i >= 0; i = strings.IndexByte(t, ',') {
		t = t[i+1:]
		n := 0
		for n < len(t) && t[n] >= '0' && t[n] <= '9' {
			n++
		}
		if n != 3 {
			return false
		}
	}
	return true
}

// inDays converts a duration typed in weeks or months to days, for a
// question asked in days: "6 weeks" is 42, "3 months" 91.
func inDays(s string) (string, bool) {
	t := strings.ToLower(strings.TrimSpace(s))
	for _, u := range []struct {
		words []string
		days  float64
	}{{[]string{"weeks", "week", "wks", "wk"}, 7}, {[]string{"months", "month"}, 365.0 / 12}} {
		for _, w := range u.words {
			if rest, ok := strings.CutSuffix(t, w); ok && rest != "" {
				x, err := ParseNumber(rest)
				if err != nil {
					return s, false
				}
				return strconv.FormatFloat(math.Round(x*u.days), 'f', -1, 64), true
			}
		}
	}
	return s, false
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
	if q.Unit == "days" {
		s, _ = inDays(s)
	}
	x, err := ParseNumber(s)
	if err != nil {
		if errors.As(err, new(notNumberError)) {
			return 0, fmt.Errorf("%q is not a number; type digits, such as %s", s, q.example())
		}
		return 0, err
	}
	if x < q.Min {
		return 0, fmt.Errorf("must be at least %s", fmtBound(q.Min))
	}
	if q.Max > 0 && x > q.Max {
		return 0, fmt.Errorf("must be at most %s", fmtBound(q.Max))
	}
	if q.Kind == KindCount && x != math.Trunc(x) {
		return 0, errors.New("must be a whole number")
	}
	return x, nil
}

// notNumberError is ParseNumber's error for text that is no number.
type notNumberError struct{ input string }

// IsNotNumber reports whether err is ParseNumber's error for text that is
// no number at all, as opposed to a number out of bounds: a form can then
// show an example of what to type that fits its field.
func IsNotNumber(err error) bool { return errors.As(err, new(notNumberError)) }

func (e notNumberError) Error() string {
	return fmt.Sprintf("%q is not a number; type digits such as 1200000, 1,200,000 or 90k", e.input)
}

// example shows how to type an answer to the question.
func (q Question) example() string {
	switch q.Kind {
	case KindMoney:
		return "1200000, 1,200,000 or 90k"
	case KindPercent:
		return "45 or 45%"
	case KindCount:
		return "12"
	}
	if q.Unit != "" {
		return "3 or 2.5 (" + q.Unit + ")"
	}
	return "3 or 2.5"
}

// hedges are the words people put before a figure they are not sure of;
// the form takes the figure as given. A hedge word counts only before a
// space, a currency sign or a digit: "someday" is no hedge.
var hedges = []string{"about", "around", "approximately", "approx.", "approx", "roughly", "circa", "nearly", "almost", "some", "~", "c."}

// periods are the words people put after an amount to say it is yearly;
// every amount the wizard asks for is yearly or says its own unit.
var periods = []string{"a year", "per year", "per annum", "p.a.", "/year", "/yr", "yearly", "annually", "a yr"}

// scales are the words for thousands and millions, long before short so
// that "million" is not read as "m" plus "illion".
var scales = []struct {
	word string
	mult float64
}{{"billion", 1e9}, {"bn", 1e9}, {"million", 1e6}, {"mil", 1e6}, {"mn", 1e6}, {"m", 1e6}, {"thousand", 1e3}, {"k", 1e3}}

// ParseNumber reads a number as people type it: "1,200,000", "$90k",
// "1.2m", "$3.5 million", "90k a year", "about 40", "45%", "€ 10 000". It
// refuses anything else with a short reason.
func ParseNumber(s string) (float64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	for _, h := range hedges {
		if rest, ok := strings.CutPrefix(t, h); ok && (h == "~" || h == "c." || rest == "" || strings.ContainsAny(rest[:1], " $0123456789") || strings.HasPrefix(rest, "€") || strings.HasPrefix(rest, "£") || strings.HasPrefix(rest, "¥")) {
			t = strings.TrimSpace(rest)
			break
		}
	}
	for _, p := range periods {
		t = strings.TrimSpace(strings.TrimSuffix(t, p))
	}
	t = strings.TrimLeft(t, "$€£¥ ")
	for _, code := range []string{"usd", "eur", "gbp", "cad", "aud"} {
		t = strings.TrimSpace(strings.TrimPrefix(strings.TrimSuffix(t, code), code))
	}
	t = strings.TrimLeft(t, "$€£¥ ")
	for _, pc := range []string{"%", "percent", "per cent"} {
		t = strings.TrimSpace(strings.TrimSuffix(t, pc))
	}
	t = trimUnit(t)
	mult := 1.0
	for _, sc := range scales {
		if rest, ok := strings.CutSuffix(t, sc.word); ok && rest != "" {
			mult, t = sc.mult, strings.TrimSpace(rest)
			break
		}
	}
	if !thousandsCommas(t) {
		return 0, fmt.Errorf("%q: a comma separates thousands, as in 1,200,000; for a decimal use a point, as in 5.5", s)
	}
	t = strings.NewReplacer(",", "", " ", "", "_", "", "\u00a0", "").Replace(t)
	if t == "" || strings.Trim(strings.TrimPrefix(t, "-"), "0123456789.") != "" {
		// Only digits and a point: ParseFloat would also read "1e9",
		// "0x1p4" or "Inf", which nobody types for an amount.
		return 0, notNumberError{s}
	}
	x, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
		return 0, notNumberError{s}
	}
	if x < 0 {
		return 0, errors.New("must not be negative")
	}
	return x * mult, nil
}
