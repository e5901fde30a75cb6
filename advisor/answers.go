// Package advisor is the domain of Sales Team Advisor: a client's answers, the
// diagnosis of role confusion, the recommendation and the hiring plan.
package advisor

import "strings"

// FormatVersion is the version of the answers file this package reads and writes.
const FormatVersion = 1

// Answers is one client's answers to the wizard: the answers file, format
// version 1 (see docs/answers-format.md). A nil pointer means "don't know".
type Answers struct {
	Version            int                 `json:"version"`
	Company            Company             `json:"company"`
	People             []Person            `json:"people"`
	Metrics            Metrics             `json:"metrics"`
	Symptoms           []Symptom           `json:"symptoms"`
	Constraints        Constraints         `json:"constraints"`
	PromotionCandidate *PromotionCandidate `json:"promotion_candidate,omitempty"`
	// PlanStart is the plan's first month, "YYYY-MM"; empty means the month
	// after the plan is made.
	PlanStart string `json:"plan_start,omitempty"`
	// Assumptions holds the plan inputs the user changed from the shipped
	// defaults; nil means every default stands.
	Assumptions *Overrides `json:"assumptions,omitempty"`
	// Baseline is the defaults the session was advised with, recorded when
	// it was saved, so that reopening it advises the same way.
	Baseline *Baseline `json:"baseline,omitempty"`
	// Scenarios are up to MaxScenarios options weighed side by side, and
	// Decision the one the owner chose.
	Scenarios []Scenario `json:"scenarios,omitempty"`
	Decision  *Decision  `json:"decision,omitempty"`
}

// Company describes the client's business.
type Company struct {
	Name                     string   `json:"name"`
	Currency                 string   `json:"currency"`
	AnnualRevenue            *float64 `json:"annual_revenue,omitempty"`
	RevenueTarget            *float64 `json:"revenue_target,omitempty"`
	CustomersClosedByFounder *int     `json:"customers_closed_by_founder,omitempty"`
	SalesProcessDocumented   *bool    `json:"sales_process_documented,omitempty"`
}

// Person is someone who sells, manages or forecasts today.
type Person struct {
	Name    string    `json:"name"`
	Title   string    `json:"title,omitempty"`
	Founder bool      `json:"founder,omitempty"`
	Time    TimeSplit `json:"time"`
	// QuotaAttainment is the % of personal quota over the last four
	// quarters; nil for people who carry no quota.
	QuotaAttainment *float64 `json:"quota_attainment,omitempty"`
}

// TimeSplit is the share of a person's working week, in percent; the four
// parts sum to 100.
type TimeSplit struct {
	Selling     float64 `json:"selling"`
	Managing    float64 `json:"managing"`
	Forecasting float64 `json:"forecasting"`
	Other       float64 `json:"other"`
}

// Total is the sum of the four parts.
func (t TimeSplit) Total() float64 { return t.Selling + t.Managing + t.Forecasting + t.Other }

// Metrics are the team's sales numbers; each is optional.
type Metrics struct {
	WinRate          *float64 `json:"win_rate,omitempty"`
	ForecastAccuracy *float64 `json:"forecast_accuracy,omitempty"`
	SalesCycleDays   *float64 `json:"sales_cycle_days,omitempty"`
	PipelineCoverage *float64 `json:"pipeline_coverage,omitempty"`
	RepsAtQuota      *float64 `json:"reps_at_quota,omitempty"`
}

// Constraints bound what the recommendation may propose.
type Constraints struct {
	AnnualLeadershipBudget *float64 `json:"annual_leadership_budget,omitempty"`
	CanHireFullTime        *bool    `json:"can_hire_full_time,omitempty"`
}

// PromotionCandidate is the rep the owner is thinking of promoting, with the
// readiness signals the seed article names.
type PromotionCandidate struct {
	Name                  string `json:"name"`
	SupportsPeers         bool   `json:"supports_peers"`
	CommunicatesClearly   bool   `json:"communicates_clearly"`
	ThinksBeyondOwnTarget bool   `json:"thinks_beyond_own_targets"`
	WantsToManage         bool   `json:"wants_to_manage"`
}

// Symptom is a pain the owner recognises, from a fixed vocabulary.
type Symptom string

// The symptom vocabulary of the answers file.
const (
	InconsistentClosing        Symptom = "inconsistent_closing"
	TargetsHarder              Symptom = "targets_harder"
	UnclearSellersOrLeadership Symptom = "unclear_sellers_or_leadership"
	ForecastSurprises          Symptom = "forecast_surprises"
	FounderBottleneckSymptom   Symptom = "founder_bottleneck"
	ManagerClosesDealsSymptom  Symptom = "manager_closes_deals"
	NoCoaching                 Symptom = "no_coaching"
	HiringStruggles            Symptom = "hiring_struggles"
)

// Has reports whether the answers list symptom s.
func (a Answers) Has(s Symptom) bool {
	for _, x := range a.Symptoms {
		if x == s {
			return true
		}
	}
	return false
}

// Normalized returns the answers with names and titles trimmed of spaces
// (" Sam" is Sam). It copies the people, so a is left as it was.
func (a Answers) Normalized() Answers {
	a.Company.Name = strings.TrimSpace(a.Company.Name)
	a.Company.Currency = strings.TrimSpace(a.Company.Currency)
	people := make([]Person, len(a.People))
	for i, p := range a.People {
		p.Name, p.Title = strings.TrimSpace(p.Name), strings.TrimSpace(p.Title)
		people[i] = p
	}
	if a.People != nil {
		a.People = people
	}
	if c := a.PromotionCandidate; c != nil {
		cc := *c
		cc.Name = strings.TrimSpace(cc.Name)
		a.PromotionCandidate = &cc
	}
	return a
}

// PromotionCandidates lists the people who could be promoted to manage the
// team: everyone named who is not a founder.
func (a Answers) PromotionCandidates() []string {
	var out []string
	for _, p := range a.People {
		if name := strings.TrimSpace(p.Name); name != "" && !p.Founder {
			out = append(out, name)
		}
	}
	return out
}

// Ptr returns a pointer to v; handy for building Answers in code.
func Ptr[T any](v T) *T { return &v }
