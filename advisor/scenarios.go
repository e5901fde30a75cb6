package advisor

import (
	"fmt"
	"strings"
	"time"
)

// MaxScenarios is how many options a session weighs side by side.
const MaxScenarios = 3

// Scenario is one option the owner weighs: a kind of advice with its own
// timing and pay, planned over the same 24 months as the recommendation.
type Scenario struct {
	Name string `json:"name"`
	Kind Kind   `json:"kind"`
	// FractionalMonths is a fractional engagement's length; 0 means the
	// plan's usual one.
	FractionalMonths int `json:"fractional_months,omitempty"`
	// ManagerStart is the month a full-time manager is wanted from: hired,
	// promoted, or following a fractional engagement. 0 means the plan's
	// usual month, and no manager after a fractional engagement unless the
	// budget covers one.
	ManagerStart int `json:"manager_start,omitempty"`
	// Assumptions are the option's own pay bands and figures, over the
	// session's.
	Assumptions *Overrides `json:"assumptions,omitempty"`
}

// Decision is the option the owner chose, with the date and a note.
type Decision struct {
	Scenario string `json:"scenario"` // a scenario's name
	Date     string `json:"date"`     // YYYY-MM-DD
	Note     string `json:"note,omitempty"`
}

// ScenarioResult is one option planned: its costs by quarter, its new
// reps' bookings against the gap, its range and its risks, and how it
// differs from the recommended plan.
type ScenarioResult struct {
	Scenario  Scenario  `json:"scenario"`
	Title     string    `json:"title"`
	Plan      Plan      `json:"-"`
	Quarterly []float64 `json:"quarterly"`
	Year1     float64   `json:"year1_total"`
	Year2     float64   `json:"year2_total"`
	Capacity2 float64   `json:"new_rep_capacity_year2"`
	// GapShare is year 2's new bookings as a share of the revenue gap; nil
	// when there is no gap to close.
	GapShare *float64 `json:"gap_share,omitempty"`
	Range    Range    `json:"range"`
	Risks    []string `json:"risks"`
	// Delta is this option minus the recommended plan.
	Delta   Delta `json:"delta"`
	Decided bool  `json:"decided"`
}

// Delta is the difference between an option and the recommended plan.
type Delta struct {
	Year1     float64 `json:"year1_total"`
	Year2     float64 `json:"year2_total"`
	Capacity2 float64 `json:"new_rep_capacity_year2"`
	// GapClosedProbability is the difference in the chance of closing the
	// gap, in points of probability; nil when the gap is unknown.
	GapClosedProbability *float64 `json:"gap_closed_probability,omitempty"`
}

// Scenarios plans the session's options.
func (p Plan) Scenarios() []ScenarioResult {
	out := make([]ScenarioResult, len(p.Answers.Scenarios))
	for i, s := range p.Answers.Scenarios {
		out[i] = p.Scenario(s)
	}
	return out
}

// Scenario plans one option with the plan's answers, diagnosis and
// options: the recommendation's reasons stand, its kind and timing are the
// option's. The owner chose the option, so it is planned even where the
// advice would hold back for want of answers; its risks say what it costs.
func (p Plan) Scenario(s Scenario) ScenarioResult {
	r := p.Recommendation
	r.Primary, r.FractionalMonths, r.ManagerStart = s.Kind, s.FractionalMonths, s.ManagerStart
	if r.Confidence == ConfidenceLow {
		r.Confidence = ConfidenceMedium
	}
	q := BuildPlan(p.Answers, p.Diagnosis, r, s.Assumptions.Apply(p.Assumptions), p.Options)
	res := ScenarioResult{Scenario: s, Title: scenarioTitle(s, q), Plan: q, Quarterly: q.Quarterly, Year1: q.Year1, Year2: q.Year2,
		Capacity2: q.Capacity2, Range: q.Range, Risks: scenarioRisks(p, q, s)}
	if g := q.RevenueGap; g != nil && *g > 0 {
		share := q.Capacity2 / *g
		res.GapShare = &share
	}
	res.Delta = Delta{Year1: q.Year1 - p.Year1, Year2: q.Year2 - p.Year2, Capacity2: q.Capacity2 - p.Capacity2}
	if a, b := q.Range.GapClosedProbability, p.Range.GapClosedProbability; a != nil && b != nil {
		d := *a - *b
		res.Delta.GapClosedProbability = &d
	}
	if dec := p.Answers.Decision; dec != nil && dec.Scenario == s.Name {
		res.Decided = true
	}
	return res
}

// scenarioTitle words an option with its dates: "Fractional VP of Sales
// for 9 months, then a manager from Oct 2027". A fractional option's dates
// are its engagement's, the first VP booked, not the light-touch stay that
// may follow it.
func scenarioTitle(s Scenario, q Plan) string {
	t := s.Kind.Title()
	vp := false
	for _, h := range q.Hires {
		switch {
		case h.Role == RoleFractionalVP && !vp:
			vp = true
			t = fmt.Sprintf("Fractional VP of Sales, %s to %s", q.MonthLabels[h.Start-1], q.MonthLabels[h.End()-1])
		case h.Role == RoleFractionalVP: // the light-touch stay after the engagement
		case h.Role == RoleManager && h.Promotion:
			t = "Promote " + strings.TrimSuffix(strings.TrimPrefix(h.Title, "Sales manager (promoted: "), ")") + " from " + q.MonthLabels[h.Start-1]
		case h.Role == RoleManager && s.Kind == FractionalSalesLeader:
			t += ", then a manager from " + q.MonthLabels[h.Start-1]
		case h.Role == RoleManager && s.Kind == HireSalesManager:
			t = "Hire a sales manager, paid from " + q.MonthLabels[h.Start-1]
			return t
		}
	}
	return t
}

// scenarioRisks lists what an option risks: the plan's own warnings, and
// what the option leaves unsolved or takes on.
func scenarioRisks(p, q Plan, s Scenario) []string {
	risks := append([]string{}, q.Warnings...)
	d := p.Diagnosis
	switch s.Kind {
	case PromoteInternalManager:
		if rd := q.Recommendation.Readiness; rd != nil && !rd.Ready {
			risks = append(risks, rd.Summary+" Quota attainment alone never qualifies a manager.")
		}
		risks = append(risks, "Nearly 60% of new managers struggle in their first two years (Harvard Business Review): budget for coaching the promoted manager.")
	case HireSalesManager:
		if aff := p.Recommendation.Affordability; aff.Status != AffordYes {
			risks = append(risks, aff.Text)
		}
	case StructureOK, KeepFounderSelling:
		for _, f := range d.Findings {
			if f.Info().Leadership && f.Severity == High {
				risks = append(risks, "Leaves a serious finding in place: "+strings.ToLower(f.Title)+".")
			}
		}
	case HireFirstRep:
		if d.Has(UnprovenSale) {
			risks = append(risks, "The sale is not proven yet: a rep cannot repeat what the founder has not.")
		}
	}
	for _, h := range q.Hires {
		if h.Role == RoleManager && !h.Promotion {
			ramp := max(0, Months(q.Assumptions.ManagerRampMonths)-h.SearchMonths)
			if full := h.Start + ramp; full <= PlanMonths {
				risks = append(risks, fmt.Sprintf("The full-time manager leads at full strength only from %s, after search and ramp.", q.MonthLabels[full-1]))
			}
			if aff := p.Recommendation.Affordability; s.ManagerStart > 0 && aff.Status == AffordNo {
				risks = append(risks, aff.Text)
			}
		}
	}
	return dedupeStrings(risks)
}

func dedupeStrings(xs []string) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// SuggestScenarios proposes the options worth weighing for a plan: the
// advice itself (or what it points to, at low confidence) and its first
// alternatives, up to MaxScenarios.
func SuggestScenarios(p Plan) []Scenario {
	r := p.Recommendation
	kinds := []Kind{r.Primary}
	if r.Provisional != "" {
		kinds = []Kind{r.Provisional, r.Primary}
	}
	for _, k := range r.Alternatives {
		if k == PromoteInternalManager && (r.Readiness == nil || p.Answers.PromotionCandidate == nil) {
			continue
		}
		kinds = append(kinds, k)
	}
	var out []Scenario
	for _, k := range dedupe("", kinds) {
		if len(out) == MaxScenarios {
			break
		}
		out = append(out, Scenario{Name: fmt.Sprintf("Option %c", 'A'+len(out)), Kind: k, FractionalMonths: fracMonths(r, k)})
	}
	return out
}

func fracMonths(r Recommendation, k Kind) int {
	if k == FractionalSalesLeader {
		return r.FractionalMonths
	}
	return 0
}

// checkScenarios validates the options and the decision.
func (a Answers) checkScenarios(v *validator) {
	if len(a.Scenarios) > MaxScenarios {
		v.add("scenarios", "at most %d options can be weighed side by side (got %d)", MaxScenarios, len(a.Scenarios))
	}
	names := map[string]bool{}
	for i, s := range a.Scenarios {
		f := fmt.Sprintf("scenarios[%d]", i)
		name := strings.TrimSpace(s.Name)
		switch {
		case name == "":
			v.add(f+".name", "give the option a name")
		case names[strings.ToLower(name)]:
			v.add(f+".name", "%q appears twice; give each option its own name", name)
		}
		names[strings.ToLower(name)] = true
		if s.Kind.Info().Title == string(s.Kind) {
			v.add(f+".kind", "%q is not a recommendation kind (use one of %s)", string(s.Kind), kindList())
		}
		if s.Kind == PromoteInternalManager && a.PromotionCandidate == nil {
			v.add(f+".kind", "promoting from within needs a promotion candidate (Budget and candidate step)")
		}
		v.rangeInt(f+".fractional_months", s.FractionalMonths, 0, PlanMonths)
		v.rangeInt(f+".manager_start", s.ManagerStart, 0, PlanMonths)
		if s.Assumptions != nil {
			s.Assumptions.check(v, f+".assumptions")
		}
	}
	if d := a.Decision; d != nil {
		if !names[strings.ToLower(strings.TrimSpace(d.Scenario))] {
			v.add("decision.scenario", "%q is not one of the options weighed", d.Scenario)
		}
		if _, err := time.Parse(time.DateOnly, d.Date); err != nil {
			v.add("decision.date", "%q is not a date; write it as YYYY-MM-DD", d.Date)
		}
	}
}

func kindList() string {
	ks := make([]string, len(kindTable))
	for i, k := range kindTable {
		ks[i] = string(k.Kind)
	}
	return strings.Join(ks, ", ")
}

func (v *validator) rangeInt(field string, x, lo, hi int) {
	if x < lo || x > hi {
		v.add(field, "%d is out of range, must be between %d and %d", x, lo, hi)
	}
}
