package advisor

import (
	"fmt"
	"slices"
)

// input is one answer that advice rests on.
type input struct {
	question string // a Question ID
	known    bool
}

// inputs lists what the advice rests on: revenue and target always, the
// founder's customers before reps sell, the outcome numbers once they do,
// and the budget for leadership.
func (r *recommender) inputs() []input {
	a := r.a
	in := []input{{"company.annual_revenue", a.Company.AnnualRevenue != nil}, {"company.revenue_target", a.Company.RevenueTarget != nil}}
	if r.leadershipAdvice() {
		in = append(in, input{"constraints.annual_leadership_budget", a.Constraints.AnnualLeadershipBudget != nil},
			input{"constraints.can_hire_full_time", a.Constraints.CanHireFullTime != nil})
	}
	in = append(in, input{"company.sales_process_documented", a.Company.SalesProcessDocumented != nil})
	early := len(r.team.Reps) < r.t.ManagerMinReps && len(r.team.Founders) > 0
	if early {
		in = append(in, input{"company.customers_closed_by_founder", a.Company.CustomersClosedByFounder != nil})
	}
	if len(r.team.Reps) == 0 && len(r.team.Managers) == 0 {
		return in
	}
	return append(in, r.outcomeInputs()...)
}

// outcomeInputs are the numbers that show whether the structure costs
// sales.
func (r *recommender) outcomeInputs() []input {
	m := r.a.Metrics
	return []input{
		{"metrics.forecast_accuracy", m.ForecastAccuracy != nil},
		{"people[].quota_attainment", m.RepsAtQuota != nil || r.repsWithQuota() >= min(2, len(r.team.Reps))},
		{"metrics.pipeline_coverage", m.PipelineCoverage != nil},
	}
}

func (r *recommender) repsWithQuota() int {
	n := 0
	for _, p := range r.team.Reps {
		if p.QuotaAttainment != nil {
			n++
		}
	}
	return n
}

// leadershipAdvice reports whether the advice is, or would be, about who
// leads the team.
func (r *recommender) leadershipAdvice() bool {
	return r.rec.Primary.Info().Leadership || r.leadershipFinding()
}

// confidence grades the advice by how much of what it rests on was
// answered. Low-confidence advice leads with the questions to answer first
// and spends nothing: its primary becomes the kind that costs nothing, and
// what the evidence points to stays as the provisional advice.
func (r *recommender) confidence() {
	in := r.inputs()
	known, missing := 0, []string{}
	for _, i := range in {
		if i.known {
			known++
		} else {
			missing = append(missing, i.question)
		}
	}
	share := float64(known) / float64(len(in)) * 100
	critical := r.criticalMissing(in)
	switch {
	case share < r.t.ConfidenceLow || critical != "":
		r.rec.Confidence = ConfidenceLow
	case share >= r.t.ConfidenceHigh && !r.spendingUnsized(in) && !(r.rec.Primary.Info().Leadership && r.rec.Affordability.Status == AffordUnknown):
		r.rec.Confidence = ConfidenceHigh
	default:
		r.rec.Confidence = ConfidenceMedium
	}
	r.rec.ConfidenceNote = fmt.Sprintf("%d of the %d answers this advice rests on are given.", known, len(in))
	switch {
	case critical != "":
		r.rec.ConfidenceNote += " " + critical
	case r.rec.Confidence == ConfidenceMedium && r.rec.Primary.Info().Leadership && r.rec.Affordability.Status == AffordUnknown:
		r.rec.ConfidenceNote += " Whether the budget covers a full-time manager is unknown."
	case r.rec.Confidence == ConfidenceMedium && r.spendingUnsized(in):
		r.rec.ConfidenceNote += " Revenue, target or budget, which size what to spend, are missing."
	}
	r.rec.AnswerFirst = answerFirst(missing)
	if r.rec.Confidence == ConfidenceLow {
		r.holdBack()
	}
}

// criticalMissing says why the advice cannot stand whatever else is known:
// before reps, how many customers a founder has closed; with reps, whether
// the structure costs sales at all; for leadership, the money.
func (r *recommender) criticalMissing(in []input) string {
	knownQ := func(q string) bool {
		for _, i := range in {
			if i.question == q {
				return i.known
			}
		}
		return true
	}
	if len(r.team.Reps) == 0 && len(r.team.Managers) == 0 {
		if !knownQ("company.customers_closed_by_founder") {
			return "Whether the sale is proven is not known."
		}
		return ""
	}
	if len(r.d.Signals) == 0 && !slices.ContainsFunc(r.outcomeInputs(), func(i input) bool { return i.known }) {
		return "Nothing in the answers says whether the structure costs sales: the forecast, quota attainment and pipeline are not given."
	}
	if r.leadershipAdvice() && !knownQ("company.annual_revenue") && !knownQ("company.revenue_target") && !knownQ("constraints.annual_leadership_budget") {
		return "Revenue, target and budget are all unknown, so nothing sizes what to spend."
	}
	return ""
}

// spendingUnsized reports whether advice that spends lacks the money
// answers that size it.
func (r *recommender) spendingUnsized(in []input) bool {
	if r.rec.Primary.Info().CostsNothing {
		return false
	}
	for _, i := range in {
		switch i.question {
		case "company.annual_revenue", "company.revenue_target", "constraints.annual_leadership_budget":
			if !i.known {
				return true
			}
		}
	}
	return false
}

// holdBack turns low-confidence advice into what costs nothing.
func (r *recommender) holdBack() {
	n := len(r.rec.AnswerFirst)
	lead := fmt.Sprintf("Low confidence: %s Answer the %s below first; until then the plan books nothing that costs money.",
		r.rec.ConfidenceNote, plural(n, "question"))
	if k := r.rec.Primary; !k.Info().CostsNothing {
		r.rec.Provisional = k
		r.rec.Primary = StructureOK
		if len(r.team.Reps) == 0 && len(r.team.Managers) == 0 {
			r.rec.Primary = KeepFounderSelling
		}
		r.rec.Alternatives = append([]Kind{k}, r.rec.Alternatives...)
		lead += fmt.Sprintf(" So far the evidence points to: %s.", r.title(k))
		r.rec.Reasons = evidenceOnly(r.rec.Reasons)
	}
	r.rec.Headline = fmt.Sprintf("Answer %s first; until then, make the changes that cost nothing", plural(n, "question"))
	if n == 0 {
		r.rec.Headline = "Make the changes that cost nothing first"
	}
	r.rec.Reasons = append([]Reason{{Text: lead, Refs: []string{"confidence"}}}, r.rec.Reasons...)
}

// evidenceOnly keeps the reasons that explain what was found, dropping the
// ones that tell the owner to spend, which wait for the answers.
func evidenceOnly(rs []Reason) []Reason {
	var out []Reason
	for _, r := range rs {
		for _, ref := range r.Refs {
			if _, ok := findingOrSignal(ref); ok {
				out = append(out, r)
				break
			}
		}
	}
	return out
}

func findingOrSignal(ref string) (string, bool) {
	if FindingID(ref).Info().Title != ref || ref == "revenue_gap" || ref == string(NoCoaching) || ref == string(FounderBottleneckSymptom) {
		return ref, true
	}
	return "", false
}

// answerFirst orders the missing answers: whether the sale is proven
// (early on), then revenue, target and budget, since they size everything
// that costs money, then the bank's order.
func answerFirst(missing []string) []AnswerFirst {
	rank := func(q string) int {
		for i, first := range []string{"company.customers_closed_by_founder", "company.annual_revenue", "company.revenue_target", "constraints.annual_leadership_budget"} {
			if q == first {
				return i
			}
		}
		for i, b := range questionBank {
			if b.ID == q {
				return 10 + i
			}
		}
		return 1000
	}
	slices.SortStableFunc(missing, func(a, b string) int { return rank(a) - rank(b) })
	out := make([]AnswerFirst, len(missing))
	for i, q := range missing {
		b, _ := QuestionByID(q)
		out[i] = AnswerFirst{Question: q, Prompt: b.Asked()}
	}
	return out
}
