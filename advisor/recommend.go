package advisor

import (
	"fmt"
	"math"
	"strings"
)

// Kind is what the advisor recommends; the six values are part of the
// answers-format contract.
type Kind string

// The recommendation kinds.
const (
	KeepFounderSelling     Kind = "keep_founder_selling"
	HireFirstRep           Kind = "hire_first_rep"
	HireSalesManager       Kind = "hire_sales_manager"
	PromoteInternalManager Kind = "promote_internal_manager"
	FractionalSalesLeader  Kind = "fractional_sales_leader"
	StructureOK            Kind = "structure_ok"
)

// Kinds lists every recommendation kind.
func Kinds() []Kind {
	return []Kind{KeepFounderSelling, HireFirstRep, HireSalesManager, PromoteInternalManager, FractionalSalesLeader, StructureOK}
}

// Title is the recommendation in plain words.
func (k Kind) Title() string {
	switch k {
	case KeepFounderSelling:
		return "Keep founder-led selling for now"
	case HireFirstRep:
		return "Hire your first sales rep"
	case HireSalesManager:
		return "Hire a full-time sales manager"
	case PromoteInternalManager:
		return "Promote a sales manager from within"
	case FractionalSalesLeader:
		return "Bring in a fractional VP of Sales"
	case StructureOK:
		return "Keep your structure: it is healthy"
	}
	return string(k)
}

// Reason is one reason for a recommendation, pointing at the findings or
// answers it rests on.
type Reason struct {
	Text string   `json:"text"`
	Refs []string `json:"refs"` // finding ids or answers-file fields
}

// Recommendation is the advisor's primary advice, ranked alternatives and
// the reasons behind them.
type Recommendation struct {
	Primary      Kind     `json:"primary"`
	Alternatives []Kind   `json:"alternatives"`
	Why          []string `json:"why"`
	Reasons      []Reason `json:"reasons"`
	// AlternativeReasons says in one sentence when each alternative fits, in
	// the order of Alternatives.
	AlternativeReasons []AlternativeReason `json:"alternative_reasons"`
	Readiness          *Readiness          `json:"readiness,omitempty"`
}

// AlternativeReason is when an alternative would be the better advice.
type AlternativeReason struct {
	Kind Kind   `json:"kind"`
	Text string `json:"text"`
}

// Signal is one promotion-readiness signal.
type Signal struct {
	Name    string `json:"name"`
	Present bool   `json:"present"`
}

// Readiness is the promotion-readiness check of a candidate. Quota
// attainment is reported but never counts: the signals decide.
type Readiness struct {
	Candidate       string   `json:"candidate"`
	QuotaAttainment *float64 `json:"quota_attainment,omitempty"`
	Signals         []Signal `json:"signals"`
	Ready           bool     `json:"ready"`
	Summary         string   `json:"summary"`
}

// Missing lists the signals the candidate lacks.
func (r Readiness) Missing() []string {
	var out []string
	for _, s := range r.Signals {
		if !s.Present {
			out = append(out, s.Name)
		}
	}
	return out
}

// CheckReadiness checks the promotion candidate, if any, against the seed's
// readiness signals: supports peers, communicates clearly, thinks beyond own
// targets, wants to lead. It returns nil when there is no candidate.
func CheckReadiness(a Answers) *Readiness {
	c := a.PromotionCandidate
	if c == nil || strings.TrimSpace(c.Name) == "" {
		return nil
	}
	r := &Readiness{Candidate: c.Name, Signals: []Signal{
		{"supports peers", c.SupportsPeers},
		{"communicates clearly", c.CommunicatesClearly},
		{"thinks beyond own targets", c.ThinksBeyondOwnTarget},
		{"wants to lead", c.WantsToManage},
	}}
	for _, p := range a.People {
		if strings.EqualFold(p.Name, c.Name) {
			r.QuotaAttainment = p.QuotaAttainment
		}
	}
	missing := r.Missing()
	r.Ready = len(missing) == 0
	quota := ""
	if r.QuotaAttainment != nil {
		quota = fmt.Sprintf(" (quota attainment %s%%, which reflects selling skill, not leadership)", fmtNum(*r.QuotaAttainment))
	}
	if r.Ready {
		r.Summary = fmt.Sprintf("%s shows all four readiness signals%s.", c.Name, quota)
	} else {
		r.Summary = fmt.Sprintf("%s shows %d of 4 readiness signals%s; missing: %s.", c.Name, 4-len(missing), quota, strings.Join(missing, ", "))
	}
	return r
}

// Recommend turns a diagnosis into advice. The full-time manager's loaded
// cost, from the assumptions, is compared with the leadership budget.
func Recommend(a Answers, d Diagnosis, as Assumptions) Recommendation {
	r := recommender{a: a, d: d, as: as, team: d.Thresholds.Roles(a.People)}
	return r.run()
}

type recommender struct {
	a    Answers
	d    Diagnosis
	as   Assumptions
	team Team
	rec  Recommendation
}

func (r *recommender) why(text string, refs ...string) {
	if refs == nil {
		refs = []string{}
	}
	r.rec.Reasons = append(r.rec.Reasons, Reason{Text: text, Refs: refs})
	r.rec.Why = append(r.rec.Why, text)
}

func (r *recommender) run() Recommendation {
	r.rec.Readiness = CheckReadiness(r.a)
	reps := len(r.team.Reps)
	switch {
	case reps == 0 && (len(r.team.Managers) == 0 || len(r.team.Founders) > 0):
		r.noReps()
	case r.healthy():
		r.structureOK()
	case !r.leadershipNeeded():
		r.sellerProblem()
	default:
		r.leadership()
	}
	r.rec.Alternatives = dedupe(r.rec.Primary, r.rec.Alternatives)
	r.rec.AlternativeReasons = make([]AlternativeReason, len(r.rec.Alternatives))
	for i, k := range r.rec.Alternatives {
		r.rec.AlternativeReasons[i] = AlternativeReason{Kind: k, Text: r.whenInstead(k)}
	}
	return r.rec
}

// noReps: the founders do all the selling.
func (r *recommender) noReps() {
	if r.d.Has(UnprovenSale) {
		r.rec.Primary = KeepFounderSelling
		r.rec.Alternatives = []Kind{HireFirstRep}
		f, _ := r.d.Finding(UnprovenSale)
		r.why(f.Evidence+" Keep selling yourself until the sale is repeatable; a rep cannot repeat what has not been proven.", string(UnprovenSale), "company.customers_closed_by_founder")
		return
	}
	if n := r.a.Company.CustomersClosedByFounder; n == nil {
		r.rec.Primary = KeepFounderSelling
		r.rec.Alternatives = []Kind{HireFirstRep}
		r.why("Nobody sells full-time yet, and we don't know how many customers a founder has closed; first show that the sale is repeatable (about 10 customers closed by a founder).", "company.customers_closed_by_founder")
		return
	}
	r.rec.Primary = HireFirstRep
	r.rec.Alternatives = []Kind{FractionalSalesLeader, KeepFounderSelling}
	r.why(fmt.Sprintf("The founders have proven the sale (%d customers closed) and nobody else sells: hire the first rep and move the founder towards managing and forecasting.", *r.a.Company.CustomersClosedByFounder), "company.customers_closed_by_founder", "people")
	if f, ok := r.d.Finding(FounderBottleneck); ok {
		r.why(f.Evidence, string(FounderBottleneck))
	}
	if f, ok := r.d.Finding(OnePersonSellsManagesForecasts); ok {
		r.why(f.Evidence+" A rep takes the selling so the founder can lead.", string(OnePersonSellsManagesForecasts))
	}
}

// healthy: roles separated, a clear score and nothing serious found.
func (r *recommender) healthy() bool {
	if r.d.RoleClarityScore < r.d.Thresholds.HealthyScore {
		return false
	}
	for _, f := range r.d.Findings {
		if f.Severity != Low && f.ID != IndividualUnderperformance && f.ID != PromotionRisk {
			return false
		}
	}
	return true
}

func (r *recommender) structureOK() {
	r.rec.Primary = StructureOK
	r.why(fmt.Sprintf("The role clarity score is %d of 100 and no serious finding stands: selling, managing and forecasting sit with different people.", r.d.RoleClarityScore), "role_clarity_score")
	if f, ok := r.d.Finding(IndividualUnderperformance); ok {
		r.why(f.Evidence+" Coach or replace that seller; the structure is not the problem.", string(IndividualUnderperformance))
	}
	if len(r.team.Reps) >= int(r.d.Thresholds.Span) {
		r.rec.Alternatives = append(r.rec.Alternatives, HireSalesManager)
		r.why(fmt.Sprintf("With %d reps, the next hire into sales should be a second manager: one can coach about %s.", len(r.team.Reps), fmtNum(r.d.Thresholds.Span)), "people")
	}
	r.rec.Alternatives = append(r.rec.Alternatives, FractionalSalesLeader)
	r.growth()
}

// growth explains the reps a structure_ok plan still adds for the revenue gap.
func (r *recommender) growth() {
	c := r.a.Company
	if c.AnnualRevenue == nil || c.RevenueTarget == nil {
		return
	}
	gap := *c.RevenueTarget - *c.AnnualRevenue
	if n := min(RepsNeeded(&gap, r.as), maxNewReps); n > 0 {
		r.why(fmt.Sprintf("Growth, not structure: the revenue gap of %s calls for about %s, each booking about %s a year (%s of a %s quota), so the plan adds them.",
			Money(gap, r.as.Currency), plural(n, "new rep"), Money(r.as.RepBookings(), r.as.Currency), percent(r.as.ExpectedAttainment.Value),
			Money(r.as.RepQuota(), r.as.Currency)), "company.revenue_target")
	}
}

// InvolvesLeadership reports whether the advice is about sales leadership,
// so that the fractional vs full-time comparison is part of it.
func (r Recommendation) InvolvesLeadership() bool {
	for _, k := range append([]Kind{r.Primary}, r.Alternatives...) {
		switch k {
		case FractionalSalesLeader, HireSalesManager, PromoteInternalManager:
			return true
		}
	}
	return false
}

// leadershipNeeded: findings that a leader, not a seller, fixes.
func (r *recommender) leadershipNeeded() bool {
	for _, id := range []FindingID{OnePersonSellsManagesForecasts, FounderBottleneck, PlayerCoachOverload, ManagerClosesDeals,
		NoForecastOwner, NoCoachingCapacity, ForecastInaccurate, TeamWideUnderperformance} {
		if r.d.Has(id) {
			return true
		}
	}
	return false
}

func (r *recommender) sellerProblem() {
	r.rec.Primary = StructureOK
	r.rec.Alternatives = []Kind{FractionalSalesLeader}
	r.why("No finding points at leadership or role confusion.", "role_clarity_score")
	if f, ok := r.d.Finding(IndividualUnderperformance); ok {
		r.why(f.Evidence+" Coach or replace that seller before changing the structure.", string(IndividualUnderperformance))
	}
	if r.d.RoleClarityScore < r.d.Thresholds.HealthyScore {
		r.why(fmt.Sprintf("The role clarity score is %d of 100: keep an eye on it.", r.d.RoleClarityScore), "role_clarity_score")
	}
	r.growth()
}

func (r *recommender) leadership() {
	for _, f := range r.d.Findings {
		if f.Severity == High && f.ID != PromotionRisk {
			r.why(f.Evidence, string(f.ID))
		}
	}
	reps := len(r.team.Reps)
	enoughReps := reps >= r.d.Thresholds.ManagerMinReps
	designed := r.a.Company.SalesProcessDocumented != nil && *r.a.Company.SalesProcessDocumented
	affordable, budgetNote := r.affordsFullTime()
	ready := r.rec.Readiness != nil && r.rec.Readiness.Ready

	if enoughReps && designed && affordable {
		r.fullTime(ready, budgetNote)
		return
	}
	r.rec.Primary = FractionalSalesLeader
	if !enoughReps {
		r.why(fmt.Sprintf("With %s, leadership is not yet a full-time job (a first manager pays off from %d reps): a fractional VP of Sales gives experienced leadership for part of the week.", plural(reps, "rep"), r.d.Thresholds.ManagerMinReps), "people")
	}
	if !designed {
		r.why("The sales process is not designed and written down yet; a fractional leader designs it before a full-time manager runs it.", "company.sales_process_documented")
	}
	if !affordable {
		r.why(budgetNote, "constraints.annual_leadership_budget", "constraints.can_hire_full_time")
	}
	r.why(fmt.Sprintf("A fractional VP has impact within weeks; a full-time manager takes about %s to recruit and ramp.",
		plural(int(math.Round(r.as.ManagerRampMonths.Value)), "month")), "assumptions.manager_ramp_months")
	if ready {
		r.rec.Alternatives = append(r.rec.Alternatives, PromoteInternalManager)
		r.why(r.rec.Readiness.Summary+" Once the team grows, promoting them is an option; a fractional leader can mentor them first.", "promotion_candidate")
	}
	if r.a.Constraints.CanHireFullTime == nil || *r.a.Constraints.CanHireFullTime {
		r.rec.Alternatives = append(r.rec.Alternatives, HireSalesManager)
	}
	r.promotionWarning()
	r.rec.Alternatives = append(r.rec.Alternatives, HireFirstRep)
}

func (r *recommender) fullTime(ready bool, budgetNote string) {
	reps := len(r.team.Reps)
	r.why(fmt.Sprintf("With %d reps and a written process, leading the team is a full-time job.", reps), "people", "company.sales_process_documented")
	if budgetNote != "" {
		r.why(budgetNote, "constraints.annual_leadership_budget")
	}
	if ready {
		r.rec.Primary = PromoteInternalManager
		r.rec.Alternatives = []Kind{HireSalesManager, FractionalSalesLeader}
		r.why(r.rec.Readiness.Summary+" Plan leadership coaching for the transition: nearly 60% of new managers struggle in their first two years (Harvard Business Review).", "promotion_candidate")
		return
	}
	r.rec.Primary = HireSalesManager
	r.rec.Alternatives = []Kind{FractionalSalesLeader}
	if r.rec.Readiness == nil {
		r.why("No internal candidate was named, so hire a manager from outside.", "promotion_candidate")
	}
	r.promotionWarning()
}

func (r *recommender) promotionWarning() {
	if f, ok := r.d.Finding(PromotionRisk); ok {
		r.why(f.Evidence+" Quota attainment alone never qualifies a manager.", string(PromotionRisk))
	}
}

// affordsFullTime compares the budget with a full-time manager's loaded cost.
func (r *recommender) affordsFullTime() (bool, string) {
	ok := CanAffordManager(r.a, r.as) // the rule; below, only the words for it
	c, cost, cur := r.a.Constraints, r.as.ManagerLoadedCost(), r.as.Currency
	switch {
	case c.CanHireFullTime != nil && !*c.CanHireFullTime:
		return ok, "You said a full-time hire is not possible now."
	case c.AnnualLeadershipBudget == nil:
		return ok, ""
	case !ok:
		return ok, fmt.Sprintf("The leadership budget (%s a year) is below a full-time manager's loaded cost (%s a year); a fractional VP costs about %s a year.",
			Money(*c.AnnualLeadershipBudget, cur), Money(cost, cur), Money(r.as.FractionalRetainer.Value*12, cur))
	}
	return ok, fmt.Sprintf("The leadership budget (%s a year) covers a full-time manager's loaded cost (%s).", Money(*c.AnnualLeadershipBudget, cur), Money(cost, cur))
}

// whenInstead says when an alternative would be the better advice.
func (r *recommender) whenInstead(k Kind) string {
	cur := r.as.Currency
	switch k {
	case KeepFounderSelling:
		return "If the sale is not yet repeatable: keep selling yourself until about 10 customers prove it."
	case HireFirstRep:
		return fmt.Sprintf("To take selling off the founder or grow capacity: a rep at %s a year on-target earnings carries about %s of quota once ramped.",
			Money(r.as.Rep.At(r.as.Level), cur), Money(r.as.RepQuota(), cur))
	case HireSalesManager:
		return fmt.Sprintf("Once the team has %d or more reps, a written process and a budget of about %s a year for a full-time manager's loaded cost.",
			r.d.Thresholds.ManagerMinReps, Money(r.as.ManagerLoadedCost(), cur))
	case PromoteInternalManager:
		if rd := r.rec.Readiness; rd != nil {
			return "Promote from within when the candidate shows all four readiness signals: " + rd.Summary
		}
		return "Promote a rep who supports peers, communicates clearly, thinks beyond their own targets and wants to lead; quota attainment alone is not enough."
	case FractionalSalesLeader:
		return fmt.Sprintf("For experienced leadership without a full-time hire: about %s a month for 1-3 days a week, with impact within weeks.", Money(r.as.FractionalRetainer.Value, cur))
	case StructureOK:
		return "If the findings can be fixed by coaching the sellers you have, the structure can stay as it is."
	}
	return k.Title()
}

func dedupe(primary Kind, ks []Kind) []Kind {
	seen := map[Kind]bool{primary: true}
	out := []Kind{}
	for _, k := range ks {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}
