package advisor

import (
	"math"
	"strconv"
	"strings"
)

// Answer is one question's answer, as a value the app's fields, its review
// and the workbook's Answers sheet read and write through the question
// bank: Number for the numeric kinds (nil: don't know, or no quota), Text
// for text and choices, Bool for yes/no (nil: don't know) and check boxes,
// Time for the week split and Symptoms for the symptoms.
type Answer struct {
	Number   *float64
	Text     string
	Bool     *bool
	Time     TimeSplit
	Symptoms []Symptom
}

// accessor reads and writes one question's answer; person is the index in
// Answers.People for the questions asked about each person.
type accessor struct {
	get func(a *Answers, person int) Answer
	set func(a *Answers, person int, v Answer)
}

// PerPerson reports whether the question is asked about each person
// ("people[].name"): its Get and Set take the person's index.
func (q Question) PerPerson() bool { return strings.HasPrefix(q.ID, "people[]") }

// Get returns the question's answer in a. For a question asked about each
// person, person is the index in a.People; out of range, the answer is
// empty. Every question of the bank has an accessor (a test checks).
func (q Question) Get(a *Answers, person int) Answer {
	acc, ok := accessors[q.ID]
	if !ok || q.PerPerson() && (person < 0 || person >= len(a.People)) {
		return Answer{}
	}
	return acc.get(a, person)
}

// Set stores v as the question's answer in a; for a question asked about
// each person, as the answer of a.People[person]. An out-of-range person,
// or a readiness signal without a promotion candidate, changes nothing. A
// promotion candidate's name of "" removes the candidate.
func (q Question) Set(a *Answers, person int, v Answer) {
	acc, ok := accessors[q.ID]
	if !ok || q.PerPerson() && (person < 0 || person >= len(a.People)) {
		return
	}
	acc.set(a, person, v)
}

// Format shows an answer as the app's review and the workbook show it:
// "$2,400,000", "45%", "45 days", "Yes", "Don't know". An unanswered
// optional number reads "Don't know", or "No quota" for quota attainment.
func (q Question) Format(v Answer, currency string) string {
	switch q.Kind {
	case KindText, KindChoice:
		return v.Text
	case KindYesNo:
		return yesNoText(v.Bool)
	case KindCheck:
		if q.ID == "symptoms" {
			labels := make([]string, 0, len(v.Symptoms))
			for _, s := range v.Symptoms {
				if info, ok := symptomInfo(s); ok {
					labels = append(labels, info.Label)
				}
			}
			if len(labels) == 0 {
				return "None"
			}
			return strings.Join(labels, "; ")
		}
		if v.Bool != nil && *v.Bool {
			return "Yes"
		}
		return "No"
	case KindTime:
		t := v.Time
		return "selling " + FormatNumber(t.Selling) + "%, managing " + FormatNumber(t.Managing) +
			"%, forecasting " + FormatNumber(t.Forecasting) + "%, other " + FormatNumber(t.Other) + "%"
	}
	if v.Number == nil {
		if q.ID == "people[].quota_attainment" {
			return "No quota"
		}
		return "Don't know"
	}
	return q.FormatNumber(*v.Number, currency)
}

// FormatNumber shows a number answer with its unit: "$2,400,000", "45%",
// "45 days", "2.5x".
func (q Question) FormatNumber(x float64, currency string) string {
	switch {
	case q.Kind == KindMoney:
		return Money(x, currency)
	case q.Unit == "%" || q.Unit == "x":
		return FormatNumber(x) + q.Unit
	case q.Unit != "":
		return FormatNumber(x) + " " + q.Unit
	}
	return FormatNumber(x)
}

func yesNoText(b *bool) string {
	switch {
	case b == nil:
		return "Don't know"
	case *b:
		return "Yes"
	}
	return "No"
}

// FormatNumber formats a number as a field shows it, exactly, with
// thousands separators: 2,400,000, 12.5, 0.125. Parse reads it back as
// the same number.
func FormatNumber(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) >= 1e15 {
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	s := strconv.FormatFloat(math.Abs(x), 'f', -1, 64)
	whole, frac, _ := strings.Cut(s, ".")
	n, _ := strconv.ParseInt(whole, 10, 64)
	out := groupThousands(n)
	if frac != "" {
		out += "." + frac
	}
	if x < 0 {
		out = "-" + out
	}
	return out
}

// TimeParts names the four parts of a week split, in the order of
// TimeSplit's fields and of TimeSplit.Part.
var TimeParts = []string{"Selling", "Managing", "Forecasting", "Other"}

// Part returns the place of the i-th part of the week (see TimeParts).
func (t *TimeSplit) Part(i int) *float64 {
	return []*float64{&t.Selling, &t.Managing, &t.Forecasting, &t.Other}[i]
}

// accessors holds, per question ID, where its answer lives in Answers.
var accessors = map[string]accessor{
	"company.name":           text(func(a *Answers) *string { return &a.Company.Name }),
	"company.currency":       text(func(a *Answers) *string { return &a.Company.Currency }),
	"company.annual_revenue": number(func(a *Answers) **float64 { return &a.Company.AnnualRevenue }),
	"company.revenue_target": number(func(a *Answers) **float64 { return &a.Company.RevenueTarget }),
	"company.customers_closed_by_founder": {
		get: func(a *Answers, _ int) Answer {
			if n := a.Company.CustomersClosedByFounder; n != nil {
				return Answer{Number: Ptr(float64(*n))}
			}
			return Answer{}
		},
		set: func(a *Answers, _ int, v Answer) {
			a.Company.CustomersClosedByFounder = nil
			if v.Number != nil {
				a.Company.CustomersClosedByFounder = Ptr(int(math.Round(*v.Number)))
			}
		},
	},
	"company.sales_process_documented": yesNo(func(a *Answers) **bool { return &a.Company.SalesProcessDocumented }),
	"people[].name":                    personText(func(p *Person) *string { return &p.Name }),
	"people[].title":                   personText(func(p *Person) *string { return &p.Title }),
	"people[].founder": {
		get: func(a *Answers, i int) Answer { return Answer{Bool: Ptr(a.People[i].Founder)} },
		set: func(a *Answers, i int, v Answer) { a.People[i].Founder = v.Bool != nil && *v.Bool },
	},
	"people[].time": {
		get: func(a *Answers, i int) Answer { return Answer{Time: a.People[i].Time} },
		set: func(a *Answers, i int, v Answer) { a.People[i].Time = v.Time },
	},
	"people[].quota_attainment": {
		get: func(a *Answers, i int) Answer { return Answer{Number: a.People[i].QuotaAttainment} },
		set: func(a *Answers, i int, v Answer) { a.People[i].QuotaAttainment = v.Number },
	},
	"metrics.win_rate":          number(func(a *Answers) **float64 { return &a.Metrics.WinRate }),
	"metrics.forecast_accuracy": number(func(a *Answers) **float64 { return &a.Metrics.ForecastAccuracy }),
	"metrics.sales_cycle_days":  number(func(a *Answers) **float64 { return &a.Metrics.SalesCycleDays }),
	"metrics.pipeline_coverage": number(func(a *Answers) **float64 { return &a.Metrics.PipelineCoverage }),
	"metrics.reps_at_quota":     number(func(a *Answers) **float64 { return &a.Metrics.RepsAtQuota }),
	"symptoms": {
		get: func(a *Answers, _ int) Answer { return Answer{Symptoms: a.Symptoms} },
		set: func(a *Answers, _ int, v Answer) {
			a.Symptoms = []Symptom{}
			for _, info := range symptomBank { // in vocabulary order, each once
				if containsSymptom(v.Symptoms, info.ID) {
					a.Symptoms = append(a.Symptoms, info.ID)
				}
			}
		},
	},
	"constraints.annual_leadership_budget": number(func(a *Answers) **float64 { return &a.Constraints.AnnualLeadershipBudget }),
	"constraints.can_hire_full_time":       yesNo(func(a *Answers) **bool { return &a.Constraints.CanHireFullTime }),
	"promotion_candidate.name": {
		get: func(a *Answers, _ int) Answer {
			if c := a.PromotionCandidate; c != nil {
				return Answer{Text: c.Name}
			}
			return Answer{}
		},
		set: func(a *Answers, _ int, v Answer) {
			switch {
			case strings.TrimSpace(v.Text) == "":
				a.PromotionCandidate = nil
			case a.PromotionCandidate == nil:
				a.PromotionCandidate = &PromotionCandidate{Name: v.Text}
			default:
				a.PromotionCandidate.Name = v.Text
			}
		},
	},
	"promotion_candidate.supports_peers":            signal(func(c *PromotionCandidate) *bool { return &c.SupportsPeers }),
	"promotion_candidate.communicates_clearly":      signal(func(c *PromotionCandidate) *bool { return &c.CommunicatesClearly }),
	"promotion_candidate.thinks_beyond_own_targets": signal(func(c *PromotionCandidate) *bool { return &c.ThinksBeyondOwnTarget }),
	"promotion_candidate.wants_to_manage":           signal(func(c *PromotionCandidate) *bool { return &c.WantsToManage }),
}

func containsSymptom(list []Symptom, s Symptom) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func text(at func(*Answers) *string) accessor {
	return accessor{
		get: func(a *Answers, _ int) Answer { return Answer{Text: *at(a)} },
		set: func(a *Answers, _ int, v Answer) { *at(a) = v.Text },
	}
}

func number(at func(*Answers) **float64) accessor {
	return accessor{
		get: func(a *Answers, _ int) Answer { return Answer{Number: *at(a)} },
		set: func(a *Answers, _ int, v Answer) { *at(a) = v.Number },
	}
}

func yesNo(at func(*Answers) **bool) accessor {
	return accessor{
		get: func(a *Answers, _ int) Answer { return Answer{Bool: *at(a)} },
		set: func(a *Answers, _ int, v Answer) { *at(a) = v.Bool },
	}
}

func personText(at func(*Person) *string) accessor {
	return accessor{
		get: func(a *Answers, i int) Answer { return Answer{Text: *at(&a.People[i])} },
		set: func(a *Answers, i int, v Answer) { *at(&a.People[i]) = v.Text },
	}
}

// signal reads and writes a promotion candidate's readiness signal; with
// no candidate it reads false and writes nothing.
func signal(at func(*PromotionCandidate) *bool) accessor {
	return accessor{
		get: func(a *Answers, _ int) Answer {
			if c := a.PromotionCandidate; c != nil {
				return Answer{Bool: Ptr(*at(c))}
			}
			return Answer{Bool: Ptr(false)}
		},
		set: func(a *Answers, _ int, v Answer) {
			if c := a.PromotionCandidate; c != nil {
				*at(c) = v.Bool != nil && *v.Bool
			}
		},
	}
}
