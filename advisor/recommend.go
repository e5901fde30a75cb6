package advisor

import (
	"fmt"
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

// KindInfo describes a recommendation kind: the one table the advice, the
// app's welcome screen and the docs read.
type KindInfo struct {
	Kind  Kind   `json:"kind"`
	Title string `json:"title"`
	// Summary says in a sentence when the kind is the advice.
	Summary string `json:"summary"`
	// Leadership: the advice is about who leads the team, so the
	// fractional vs full-time comparison is part of it.
	Leadership bool `json:"leadership"`
	// CostsNothing: the advice itself books no hire.
	CostsNothing bool `json:"costs_nothing"`
}

var kindTable = []KindInfo{
	{KeepFounderSelling, "Keep founder-led selling for now", "Too early to hire: the founder has not yet proven a repeatable sale.", false, true},
	{HireFirstRep, "Hire your first sales rep", "The founder has proven the sale and is the bottleneck: a rep takes the selling, the founder moves towards managing and forecasting.", false, false},
	{HireSalesManager, "Hire a full-time sales manager", "Enough reps that leading them is a full-time job, a designed process, a budget for a manager and no ready internal candidate.", true, false},
	{PromoteInternalManager, "Promote a sales manager from within", "As for hiring a manager, with a candidate who shows the readiness signals, not just quota attainment.", true, false},
	{FractionalSalesLeader, "Bring in a fractional VP of Sales", "Leadership is needed, but the team is small, the process is not designed or the budget does not cover a full-time manager.", true, false},
	{StructureOK, "Keep your structure: it is healthy", "The roles are already separated and the numbers are healthy; what is left costs nothing to fix.", false, true},
}

// Kinds lists every recommendation kind.
func Kinds() []Kind {
	out := make([]Kind, len(kindTable))
	for i, k := range kindTable {
		out[i] = k.Kind
	}
	return out
}

// KindInfos lists every recommendation kind with its description.
func KindInfos() []KindInfo { return append([]KindInfo(nil), kindTable...) }

// Info returns the kind's row of the table.
func (k Kind) Info() KindInfo {
	for _, i := range kindTable {
		if i.Kind == k {
			return i
		}
	}
	return KindInfo{Kind: k, Title: string(k)}
}

// Title is the recommendation in plain words.
func (k Kind) Title() string { return k.Info().Title }

// Reason is one reason for a recommendation, pointing at the findings or
// answers it rests on.
type Reason struct {
	Text string   `json:"text"`
	Refs []string `json:"refs"` // finding ids or answers-file fields
}

// Confidence says how much of what a recommendation rests on was answered.
type Confidence string

// Confidence levels.
const (
	ConfidenceHigh   Confidence = "high"
	ConfidenceMedium Confidence = "medium"
	ConfidenceLow    Confidence = "low"
)

// ConfidenceLabel names the confidence wherever it is shown, and
// ConfidenceScope says what it is not: an owner must not read "high" as
// the chance of reaching the target, which the plan's range gives.
const (
	ConfidenceLabel = "Confidence in the advice"
	ConfidenceScope = "It measures how much of the advice rests on your answers, not the chance of reaching the target: the plan's range gives that."
)

// AnswerFirst is a question the owner should answer before acting on
// low-confidence advice.
type AnswerFirst struct {
	Question string `json:"question"` // a Question ID
	Prompt   string `json:"prompt"`
}

// Recommendation is the advisor's primary advice, ranked alternatives and
// the reasons behind them.
type Recommendation struct {
	Primary Kind `json:"primary"`
	// Headline is the primary advice as this owner should read it: "Hire a
	// second sales manager", "Keep your structure; fix how it runs".
	Headline     string   `json:"headline"`
	Alternatives []Kind   `json:"alternatives"`
	Why          []string `json:"why"`
	Reasons      []Reason `json:"reasons"`
	// AlternativeReasons says in one sentence when each alternative fits, in
	// the order of Alternatives.
	AlternativeReasons []AlternativeReason `json:"alternative_reasons"`
	// Actions are the changes that cost nothing, to make whatever else is
	// decided.
	Actions []Reason `json:"actions"`
	// Confidence says how much of what the advice rests on was answered;
	// AnswerFirst lists the questions to answer before acting on it.
	Confidence     Confidence    `json:"confidence"`
	ConfidenceNote string        `json:"confidence_note"`
	AnswerFirst    []AnswerFirst `json:"answer_first"`
	// Provisional is what the evidence so far points to, when confidence is
	// too low to spend on it and the primary advice waits for answers.
	Provisional Kind `json:"provisional,omitempty"`
	// FractionalMonths is the length of a short fractional engagement the
	// advice asks for; 0 means the plan's usual engagement.
	FractionalMonths int `json:"fractional_months,omitempty"`
	// FractionalDays is the days a week a lighter engagement asks for; 0
	// means the assumption.
	FractionalDays float64 `json:"fractional_days,omitempty"`
	// ManagerStart is the month a scenario wants its full-time manager from
	// (hired, promoted, or after a fractional engagement); 0 for the
	// plan's usual timing. The recommendation itself leaves it 0.
	ManagerStart int `json:"manager_start,omitempty"`
	// Compare is set when a fractional VP and a full-time manager are both
	// real options for this team, so that the comparison belongs to the
	// advice: not where managers in post cover the reps, not where a
	// full-time hire is ruled out, not before there are reps to lead.
	Compare       bool          `json:"compares_fractional_and_full_time"`
	Affordability Affordability `json:"affordability"`
	Readiness     *Readiness    `json:"readiness,omitempty"`
}

// AlternativeReason is when an alternative would be the better advice.
type AlternativeReason struct {
	Kind  Kind   `json:"kind"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// InvolvesLeadership reports whether the advice is about sales leadership,
// so that the fractional vs full-time comparison is part of it.
func (r Recommendation) InvolvesLeadership() bool {
	for _, k := range append([]Kind{r.Primary, r.Provisional}, r.Alternatives...) {
		if k.Info().Leadership {
			return true
		}
	}
	return false
}

// ConsidersManager reports whether a full-time manager is the advice or
// one of its alternatives.
func (r Recommendation) ConsidersManager() bool {
	for _, k := range append([]Kind{r.Primary, r.Provisional}, r.Alternatives...) {
		if k == HireSalesManager || k == PromoteInternalManager {
			return true
		}
	}
	return false
}

// ReadinessSignal is one promotion-readiness signal.
type ReadinessSignal struct {
	Name    string `json:"name"`
	Present bool   `json:"present"`
}

// Readiness is the promotion-readiness check of a candidate. Quota
// attainment is reported but never counts: the signals decide.
type Readiness struct {
	Candidate       string            `json:"candidate"`
	QuotaAttainment *float64          `json:"quota_attainment,omitempty"`
	Signals         []ReadinessSignal `json:"signals"`
	Ready           bool              `json:"ready"`
	Summary         string            `json:"summary"`
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
	r := &Readiness{Candidate: c.Name, Signals: []ReadinessSignal{
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

// ShortEngagementMonths is the short fractional engagement that sets up a
// process for managers already in post: the usual minimum commitment.
const ShortEngagementMonths = MinFractionalMonths

// Recommend turns a diagnosis into advice. The full-time manager's loaded
// cost, from the assumptions, is compared with the leadership budget.
func Recommend(a Answers, d Diagnosis, as Assumptions) Recommendation {
	r := &recommender{a: a, d: d, as: as, t: d.Thresholds, team: d.Thresholds.Roles(a.People)}
	r.rec.Readiness = CheckReadiness(a)
	r.rec.Affordability = affordability(a, as, d.Thresholds)
	r.actions()
	r.decide()
	r.confidence()
	r.finish()
	return r.rec
}

type recommender struct {
	a    Answers
	d    Diagnosis
	as   Assumptions
	t    Thresholds
	team Team
	rec  Recommendation
}

func (r *recommender) why(text string, refs ...string) {
	if refs == nil {
		refs = []string{}
	}
	r.rec.Reasons = append(r.rec.Reasons, Reason{Text: text, Refs: refs})
}

func (r *recommender) alt(ks ...Kind) { r.rec.Alternatives = append(r.rec.Alternatives, ks...) }

// decide picks the primary advice. Spending on leadership needs a
// structural finding and an outcome signal; managers in post who cover the
// reps are never joined by another.
func (r *recommender) decide() {
	switch {
	case len(r.team.Reps) == 0 && len(r.team.Managers) == 0:
		r.founderStage()
	case r.healthy():
		r.structureOK()
	case !r.leadershipFinding():
		r.notLeadership()
	case len(r.structuralRefs()) == 0:
		r.structureSound()
	case len(r.d.Signals) == 0:
		r.noEvidence()
	case r.d.Team.Covered():
		r.managersCover()
	case len(r.team.Managers) > 0:
		r.anotherManager()
	default:
		r.firstLeader()
	}
}

// founderStage: the founders do all the selling.
func (r *recommender) founderStage() {
	n := r.a.Company.CustomersClosedByFounder
	switch {
	case r.d.Has(UnprovenSale):
		r.rec.Primary = KeepFounderSelling
		r.alt(HireFirstRep)
		f, _ := r.d.Finding(UnprovenSale)
		r.why(f.Evidence+" Keep selling yourself until the sale is repeatable; a rep cannot repeat what has not been proven.", string(UnprovenSale), "company.customers_closed_by_founder")
	case n == nil:
		r.rec.Primary = KeepFounderSelling
		r.alt(HireFirstRep)
		r.why(fmt.Sprintf("Nobody sells full-time yet, and we don't know how many customers a founder has closed; first show that the sale is repeatable (about %d customers closed by a founder).", r.t.FounderProvenCustomers), "company.customers_closed_by_founder")
	default:
		r.rec.Primary = HireFirstRep
		r.alt(KeepFounderSelling)
		r.why(fmt.Sprintf("A founder has proven the sale (%d customers closed) and nobody else sells: hire the first rep and move the founder towards managing and forecasting.", *n), "company.customers_closed_by_founder", "people")
		if _, ok := r.d.Finding(FounderBottleneck); ok {
			r.why("Deals wait for the founder today (see the findings); a rep takes them over.", string(FounderBottleneck))
		}
		if _, ok := r.d.Finding(OnePersonSellsManagesForecasts); ok {
			r.why("With the selling taken over, the founder is left with one job: leading and forecasting.", string(OnePersonSellsManagesForecasts))
		}
	}
}

// healthy: a clear score and no finding of medium severity or more about
// the structure or its leadership.
func (r *recommender) healthy() bool {
	return r.d.RoleClarityScore >= r.t.HealthyScore && !r.d.Serious()
}

// leadershipFinding reports whether a finding that a leader fixes is of
// medium severity or more.
func (r *recommender) leadershipFinding() bool {
	for _, f := range r.d.Findings {
		if f.Info().Leadership && f.Severity.AtLeast(Medium) {
			return true
		}
	}
	return false
}

func (r *recommender) structureOK() {
	r.rec.Primary = StructureOK
	r.why(fmt.Sprintf("The role clarity score is %d of 100 and no serious finding stands: selling, managing and forecasting sit with different people.", r.d.RoleClarityScore), "role_clarity_score")
	if _, ok := r.sellerFinding(); ok {
		r.why("Some reps miss quota while the others hit it: that is about those sellers (see the changes below); the structure is not the problem.", string(IndividualUnderperformance), string(SomeRepsUnderperform))
	}
	if len(r.team.Reps) < r.t.ManagerMinReps {
		r.alt(HireFirstRep) // a team this small grows by its sellers before it needs a leader
	} else {
		r.alt(FractionalSalesLeader)
	}
	r.growth()
}

func (r *recommender) sellerFinding() (Finding, bool) {
	if f, ok := r.d.Finding(IndividualUnderperformance); ok {
		return f, true
	}
	return r.d.Finding(SomeRepsUnderperform)
}

// notLeadership: nothing a leader fixes, but the founder's selling holds
// deals up, or some sellers miss.
func (r *recommender) notLeadership() {
	if f, ok := r.d.Finding(FounderBottleneck); ok && f.Severity.AtLeast(Medium) {
		r.why(fmt.Sprintf("Reps sell, yet deals still wait for %s: hand them to the reps, and let the founder join only where a customer needs it.", listNames(f.Who)), string(FounderBottleneck))
		if r.growthReps() > 0 {
			r.rec.Primary, r.rec.Headline = HireFirstRep, "Hire another sales rep and hand the founder's deals over"
			r.alt(StructureOK, FractionalSalesLeader)
			r.growth()
			return
		}
		r.rec.Primary, r.rec.Headline = StructureOK, "Keep your structure; hand the founder's deals to the reps"
		r.alt(HireFirstRep, FractionalSalesLeader)
		return
	}
	r.rec.Primary = StructureOK
	r.alt(FractionalSalesLeader)
	r.why("No finding points at leadership or role confusion.", "role_clarity_score")
	if _, ok := r.sellerFinding(); ok {
		r.why("Some reps miss quota while the others hit it: work with those sellers (see the changes below) before changing the structure.", string(IndividualUnderperformance), string(SomeRepsUnderperform))
	}
	if r.d.RoleClarityScore < r.t.HealthyScore {
		r.rec.Headline = "Keep your structure; fix what the findings show"
		r.why(fmt.Sprintf("The role clarity score is %d of 100: the changes below raise it at no cost.", r.d.RoleClarityScore), "role_clarity_score")
	}
	r.growth()
}

// structureSound: who does what is sound, yet the numbers miss: the fix is
// in how the work is done, not in who leads.
func (r *recommender) structureSound() {
	r.rec.Primary, r.rec.Headline = StructureOK, "Keep your structure; fix how it runs"
	var misses []string
	for _, f := range r.d.Findings {
		if f.Info().Leadership && f.Severity.AtLeast(Medium) {
			misses = append(misses, strings.ToLower(f.Title))
		}
	}
	r.why(fmt.Sprintf("Who does what is sound: no finding points at the roles themselves. But %s: the fix is in how the work is done (see the changes below), not in who leads.",
		listNames(misses)), "role_clarity_score")
	r.alt(FractionalSalesLeader)
	r.growth()
}

// noEvidence: the roles overlap, but no outcome signal shows that it costs
// sales, so no money is spent on leadership yet.
func (r *recommender) noEvidence() {
	r.rec.Primary, r.rec.Headline = StructureOK, "Keep your structure; fix how it runs"
	r.why(fmt.Sprintf("The roles overlap (%s), but nothing in the answers shows that it costs sales yet: the forecast, quota attainment and pipeline are %s, and no symptom says so. Make the changes below before paying for leadership.",
		strings.ToLower(listNames(r.structuralTitles())), r.outcomesKnown()), r.structuralRefs()...)
	r.alt(FractionalSalesLeader)
	if !r.d.Team.Covered() && len(r.team.Reps) >= r.t.ManagerMinReps {
		r.alt(HireSalesManager)
	}
	r.growth()
}

// outcomesKnown words what is known of the outcome numbers: "fine", "not
// given" or "fine or not given".
func (r *recommender) outcomesKnown() string {
	known := 0
	in := r.outcomeInputs()
	for _, i := range in {
		if i.known {
			known++
		}
	}
	switch known {
	case 0:
		return "not given"
	case len(in):
		return "fine"
	}
	return "fine or not given"
}

func (r *recommender) structuralTitles() []string {
	var out []string
	for _, f := range r.d.Findings {
		if f.Info().Structural && f.Severity.AtLeast(Medium) {
			out = append(out, f.Title)
		}
	}
	return out
}

func (r *recommender) structuralRefs() []string {
	refs := []string{}
	for _, f := range r.d.Findings {
		if f.Info().Structural && f.Severity.AtLeast(Medium) {
			refs = append(refs, string(f.ID))
		}
	}
	return refs
}

// evidence names the outcome signals behind a paid change, briefly.
func (r *recommender) evidence() (string, []string) {
	texts, refs := make([]string, len(r.d.Signals)), make([]string, len(r.d.Signals))
	for i, s := range r.d.Signals {
		texts[i], refs[i] = lowerFirst(strings.TrimSuffix(s.Text, ".")), s.ID
	}
	return "What shows it matters: " + strings.Join(texts, "; ") + ".", refs
}

// managersCover: the line managers in post are enough for the reps, so the
// fix is in how the week is split, or at most a short engagement that sets
// up the process.
func (r *recommender) managersCover() {
	s := r.d.Team
	holds := verb(len(s.Managers), "leads", "lead") + " the team"
	fix := "The fix is in how the week is split (see the changes below)."
	if len(s.NameOnly) == len(s.Managers) {
		holds = verb(len(s.Managers), "has", "have") + " the manager's title, though not yet the week"
		fix = "The fix is to make the role real (see the changes below)."
	}
	if len(r.rec.Actions) == 0 {
		fix = "The fix is in how the managers spend their week, not in another manager."
	}
	need := fmt.Sprintf("%s %s %s at a span of %s", plural(s.Reps, "rep"), verb(s.Reps, "needs", "need"), plural(s.ManagersNeeded, "manager"), fmtNum(r.t.Span))
	if s.ManagersNeeded == 0 {
		need = fmt.Sprintf("%s %s too few to need a manager of their own", plural(s.Reps, "rep"), verb(s.Reps, "is", "are"))
	}
	r.why(fmt.Sprintf("%s %s: %s, so another manager would not help. %s", listNames(s.Managers), holds, need, fix), "people")
	ev, refs := r.evidence()
	r.why(ev, refs...)
	r.rec.FractionalMonths = ShortEngagementMonths // the most the advice weighs for managers in post
	if r.processWork() && r.shortAffordable() {
		r.rec.Primary = FractionalSalesLeader
		r.why(fmt.Sprintf("A short fractional engagement of about %d months sets up the process (%s) and hands it to %s; no longer engagement, and no new manager.",
			ShortEngagementMonths, r.processWhy(), listNames(s.Managers)), "company.sales_process_documented", string(ForecastInaccurate), string(TeamWideUnderperformance))
		r.alt(StructureOK)
		r.growth()
		return
	}
	r.rec.Primary, r.rec.Headline = StructureOK, "Keep your structure; fix how it runs"
	r.alt(FractionalSalesLeader)
	r.growth()
}

// processWork reports whether the process itself needs setting up, which
// is what a short engagement is for: the owner said it is not written
// down. A forecast that misses or reps who miss under managers in post are
// fixed by how the managers spend their week.
func (r *recommender) processWork() bool {
	doc := r.a.Company.SalesProcessDocumented
	return doc != nil && !*doc
}

func (r *recommender) signalled(id FindingID) bool {
	for _, s := range r.d.Signals {
		if s.ID == string(id) {
			return true
		}
	}
	return false
}

func (r *recommender) processWhy() string {
	var parts []string
	if doc := r.a.Company.SalesProcessDocumented; doc != nil && !*doc {
		parts = append(parts, "it is not written down")
	}
	if r.signalled(ForecastInaccurate) {
		parts = append(parts, "the forecast misses")
	}
	if r.d.Has(TeamWideUnderperformance) {
		parts = append(parts, "most reps miss quota")
	}
	return listNames(parts)
}

// shortAffordable reports whether a known budget pays for a short
// engagement at the low end of the sourced retainers.
func (r *recommender) shortAffordable() bool {
	low, _, _ := r.as.FractionalRetainer.Spread()
	b := r.a.Constraints.AnnualLeadershipBudget
	return b == nil || *b >= low*ShortEngagementMonths
}

// anotherManager: managers are in post but too few for the reps.
func (r *recommender) anotherManager() {
	s := r.d.Team
	nth := ordinal(len(s.Managers) + 1)
	r.why(fmt.Sprintf("%s %s %s at a span of %s; %s %s them today, so the team needs %s manager.",
		plural(s.Reps, "rep"), verb(s.Reps, "needs", "need"), plural(s.ManagersNeeded, "manager"), fmtNum(r.t.Span), listNames(s.Managers),
		verb(len(s.Managers), "leads", "lead"), nth), "people")
	ev, refs := r.evidence()
	r.why(ev, refs...)
	aff := r.rec.Affordability
	switch {
	case r.ready() && r.promotionAffordable():
		r.rec.Primary, r.rec.Headline = PromoteInternalManager, "Promote "+nth+" sales manager from within"
		r.promotionReasons()
		r.alt(HireSalesManager, FractionalSalesLeader)
	case aff.Status != AffordNo:
		r.rec.Primary, r.rec.Headline = HireSalesManager, "Hire "+nth+" sales manager"
		r.alt(FractionalSalesLeader)
	default:
		r.rec.Primary = FractionalSalesLeader
		r.why("A fractional VP of Sales can lead part of the team and prepare a rep to lead the rest, within the budget.", "constraints.annual_leadership_budget")
		r.alt(HireSalesManager, PromoteInternalManager)
	}
	r.affordabilityReason()
	r.promotionWarning()
}

// firstLeader: nobody leads the reps but the founders, or nobody at all.
func (r *recommender) firstLeader() {
	reps := len(r.team.Reps)
	ev, refs := r.evidence()
	r.why(fmt.Sprintf("%s the %s. %s", r.leaders(), plural(reps, "rep"), ev), append(refs, r.structuralRefs()...)...)
	enough := reps >= r.t.ManagerMinReps
	doc := r.a.Company.SalesProcessDocumented
	designed := doc != nil && *doc
	aff := r.rec.Affordability
	if enough && designed && r.ready() && r.promotionAffordable() {
		r.rec.Primary = PromoteInternalManager
		r.why(fmt.Sprintf("With %d reps and a written process, leading the team is a full-time job, and nobody holds it today.", reps), "people", "company.sales_process_documented")
		r.promotionReasons()
		r.alt(HireSalesManager, FractionalSalesLeader)
		return
	}
	if enough && designed && aff.Status != AffordNo {
		r.fullTime()
		return
	}
	r.rec.Primary = FractionalSalesLeader
	r.lighterIfSoft()
	if !enough {
		r.why(fmt.Sprintf("With %s, leading them is not yet a full-time job (a first manager pays off from %d reps): a fractional VP of Sales gives experienced leadership for part of the week.", plural(reps, "rep"), r.t.ManagerMinReps), "people")
	}
	switch {
	case doc == nil:
		r.why("We don't know whether the sales process is written down; if it is not, a fractional leader designs it before a full-time manager runs it.", "company.sales_process_documented")
	case !*doc:
		r.why("You said the sales process is not written down: a fractional leader designs it before a full-time manager runs it.", "company.sales_process_documented")
	}
	if enough && designed || aff.Status == AffordNo {
		r.affordabilityReason()
	}
	r.why(fmt.Sprintf("A fractional VP has impact within weeks; a full-time manager takes about %s from the decision to recruit and ramp.",
		plural(Months(r.as.ManagerRampMonths), "month")), "assumptions.manager_ramp_months")
	if r.ready() {
		r.alt(PromoteInternalManager)
		when := "Once the team has grown and the process is written down, promoting them is an option"
		if enough {
			when = "Promoting them is an option once the process is written down"
		}
		r.why(r.rec.Readiness.Summary+" "+when+"; a fractional leader can mentor them first.", "promotion_candidate")
	}
	if c := r.a.Constraints.CanHireFullTime; c == nil || *c {
		r.alt(HireSalesManager)
	}
	r.promotionWarning()
	r.alt(HireFirstRep)
}

// SoftEngagementMonths is the engagement the advice asks for when only the
// owner's words, no number, show that the structure costs sales: a lighter
// start, one day a week, extended if the numbers confirm it.
const SoftEngagementMonths = 6

// lighterIfSoft sizes the engagement down when every outcome signal is a
// symptom the owner ticked rather than a number.
func (r *recommender) lighterIfSoft() {
	for _, s := range r.d.Signals {
		if s.ID != string(NoCoaching) && s.ID != string(FounderBottleneckSymptom) {
			return
		}
	}
	low, _, _ := r.as.FractionalDaysPerWeek.Spread()
	r.rec.FractionalMonths, r.rec.FractionalDays = SoftEngagementMonths, low
	r.why(fmt.Sprintf("Only your own words show what the structure costs, no number does yet: start lighter, %d months at %s a week, and extend if the forecast or quota show more.",
		SoftEngagementMonths, days(low)), "symptoms")
}

// days words days a week: "1 day", "1.5 days".
func days(d float64) string {
	if d == 1 {
		return "1 day"
	}
	return fmtNum(d) + " days"
}

// leaders says who leads the reps today, to begin a sentence: "Nobody
// leads", "Nobody but Dana (a founder) leads".
func (r *recommender) leaders() string {
	var who []string
	for _, p := range r.team.Founders {
		if p.Time.Managing >= r.t.HatMin {
			who = append(who, p.Name)
		}
	}
	switch len(who) {
	case 0:
		return "Nobody leads"
	case 1:
		return "Nobody but " + who[0] + " (a founder) leads"
	}
	return "Nobody but " + listNames(who) + " (founders) lead"
}

func (r *recommender) ready() bool { return r.rec.Readiness != nil && r.rec.Readiness.Ready }

func (r *recommender) fullTime() {
	reps := len(r.team.Reps)
	r.why(fmt.Sprintf("With %d reps and a written process, leading the team is a full-time job, and nobody holds it today.", reps), "people", "company.sales_process_documented")
	r.affordabilityReason()
	r.rec.Primary = HireSalesManager
	r.alt(FractionalSalesLeader)
	if r.rec.Readiness == nil {
		r.why("No internal candidate was named, so hire a manager from outside.", "promotion_candidate")
	}
	r.promotionWarning()
}

// affordabilityReason says what the budget allows; when it is unknown it
// says so and keeps both leadership options in view.
func (r *recommender) affordabilityReason() {
	aff := r.rec.Affordability
	if aff.Text == "" {
		return
	}
	r.why(aff.Text, "constraints.annual_leadership_budget", "constraints.can_hire_full_time")
	if aff.Status == AffordUnknown {
		r.alt(FractionalSalesLeader, HireSalesManager)
	}
}

// promotionAffordable reports whether the leadership budget, if known,
// covers a promotion: the raise from the rep band to the manager band with
// burden, since the candidate's pay is not new cost.
func (r *recommender) promotionAffordable() bool {
	b := r.a.Constraints.AnnualLeadershipBudget
	return b == nil || *b >= r.raiseCost()
}

func (r *recommender) raiseCost() float64 {
	as := r.as
	return (as.Manager.At(as.Level) - as.Rep.At(as.Level)) * (1 + as.BurdenRate.Value)
}

// promotionReasons say why the ready candidate, what it costs and what the
// transition needs.
func (r *recommender) promotionReasons() {
	rd, cur := r.rec.Readiness, r.as.Currency
	cost := fmt.Sprintf("Promoting %s costs the raise to the manager band, about %s a year with burden", rd.Candidate, Money(r.raiseCost(), cur))
	if b := r.a.Constraints.AnnualLeadershipBudget; b != nil {
		cost += fmt.Sprintf(", within the leadership budget of %s", Money(*b, cur))
	}
	r.why(cost+"; a backfill rep takes over the selling they stop doing.", "promotion_candidate", "constraints.annual_leadership_budget")
	r.why(rd.Summary+" Plan leadership coaching for the transition: nearly 60% of new managers struggle in their first two years (Harvard Business Review).", "promotion_candidate")
}

func (r *recommender) promotionWarning() {
	if f, ok := r.d.Finding(PromotionRisk); ok {
		r.why(f.Evidence+" Quota attainment alone never qualifies a manager.", string(PromotionRisk))
	}
}

// growthReps is how many reps the plan will book for the revenue gap.
func (r *recommender) growthReps() int {
	c := r.a.Company
	if c.AnnualRevenue == nil || c.RevenueTarget == nil || r.t.EffortCloses(c) {
		return 0
	}
	gap := *c.RevenueTarget - *c.AnnualRevenue
	return min(RepsNeeded(&gap, r.as), maxNewReps)
}

// growth explains the reps a plan adds for the revenue gap when the advice
// itself is not about hiring. "Growth, not structure" only where no
// finding says the structure needs work.
func (r *recommender) growth() {
	n := r.growthReps()
	if n == 0 {
		return
	}
	c, cur := r.a.Company, r.as.Currency
	lead := "Growth, not structure: the"
	if len(r.structuralRefs()) > 0 {
		lead = "Growth as well as the fixes: the"
	}
	each := fmt.Sprintf("each booking about %s a year", Money(r.as.RepBookings(), cur))
	adds := "so the plan adds them"
	if n == 1 {
		each, adds = fmt.Sprintf("booking about %s a year", Money(r.as.RepBookings(), cur)), "so the plan adds one"
	}
	r.why(fmt.Sprintf("%s revenue gap of %s calls for about %s, %s (%s of a %s quota), %s.", lead,
		Money(*c.RevenueTarget-*c.AnnualRevenue, cur), plural(n, "new rep"), each, percent(r.as.ExpectedAttainment.Value),
		Money(r.as.RepQuota(), cur), adds), "company.revenue_target")
}

// finish orders the alternatives, says when each fits, and writes the
// headline and the plain reasons.
func (r *recommender) finish() {
	r.rec.Alternatives = dedupe(r.rec.Primary, r.rec.Alternatives)
	r.rec.AlternativeReasons = make([]AlternativeReason, len(r.rec.Alternatives))
	for i, k := range r.rec.Alternatives {
		r.rec.AlternativeReasons[i] = AlternativeReason{Kind: k, Title: r.title(k), Text: r.whenInstead(k)}
	}
	if r.rec.Headline == "" {
		r.rec.Headline = r.title(r.rec.Primary)
	}
	r.rec.Why = make([]string, len(r.rec.Reasons))
	for i, reason := range r.rec.Reasons {
		r.rec.Why[i] = reason.Text
	}
	if r.rec.Actions == nil {
		r.rec.Actions = []Reason{}
	}
	if r.rec.AnswerFirst == nil {
		r.rec.AnswerFirst = []AnswerFirst{}
	}
	fullTime := r.a.Constraints.CanHireFullTime == nil || *r.a.Constraints.CanHireFullTime
	r.rec.Compare = r.rec.InvolvesLeadership() && fullTime && !r.d.Team.Covered() && len(r.team.Reps) > 0
}

// title is a kind's title for this team: another rep where reps sell, a
// second manager where one leads, a short engagement where asked.
func (r *recommender) title(k Kind) string {
	managers := len(r.d.Team.Managers)
	switch {
	case k == HireFirstRep && len(r.team.Reps) > 0:
		return "Hire another sales rep"
	case k == HireSalesManager && managers > 0:
		return "Hire " + ordinal(managers+1) + " sales manager"
	case k == PromoteInternalManager && managers > 0:
		return "Promote " + ordinal(managers+1) + " sales manager from within"
	case k == FractionalSalesLeader && r.rec.FractionalMonths > 0 && r.rec.FractionalDays > 0:
		return fmt.Sprintf("Bring in a fractional VP of Sales for %d months, %s a week", r.rec.FractionalMonths, days(r.rec.FractionalDays))
	case k == FractionalSalesLeader && r.rec.FractionalMonths > 0:
		return fmt.Sprintf("Bring in a fractional VP of Sales for %d months", r.rec.FractionalMonths)
	case k == StructureOK && r.d.Serious():
		return "Keep your structure; fix how it runs"
	}
	return k.Title()
}

// whenInstead says when an alternative would be the better advice.
func (r *recommender) whenInstead(k Kind) string {
	cur := r.as.Currency
	switch k {
	case KeepFounderSelling:
		return fmt.Sprintf("If the sale is not yet repeatable: keep selling yourself until about %d customers prove it.", r.t.FounderProvenCustomers)
	case HireFirstRep:
		return fmt.Sprintf("To take selling off the founder or grow capacity: a rep at %s a year on-target earnings books about %s a year once ramped (%s of a %s quota).",
			Money(r.as.Rep.At(r.as.Level), cur), Money(r.as.RepBookings(), cur), percent(r.as.ExpectedAttainment.Value), Money(r.as.RepQuota(), cur))
	case HireSalesManager:
		if r.d.Team.Covered() {
			return "Only once the reps outgrow the managers in post: at " + fmtNum(r.t.Span) + " reps per manager."
		}
		return r.managerWhen()
	case PromoteInternalManager:
		if rd := r.rec.Readiness; rd != nil {
			return "Promote from within when the candidate shows all four readiness signals: " + rd.Summary
		}
		return "Promote a rep who supports peers, communicates clearly, thinks beyond their own targets and wants to lead; quota attainment alone is not enough."
	case FractionalSalesLeader:
		if r.d.Team.Covered() {
			when := "If the changes do not take hold within a quarter"
			if len(r.rec.Actions) == 0 { // no changes to refer to
				when = "If the way the managers in post run the team stops working"
			}
			return fmt.Sprintf("%s: a fractional VP for about %d months sets up the process with the managers in post.", when, ShortEngagementMonths)
		}
		low, _, _ := r.as.FractionalRetainer.Spread()
		return fmt.Sprintf("For experienced leadership without a full-time hire: about %s a month (from %s) for 1-3 days a week, with impact within weeks.",
			Money(r.as.FractionalRetainer.Value, cur), Money(low, cur))
	case StructureOK:
		return "If the findings can be fixed by changing who does what, at no cost, before paying for leadership."
	}
	return k.Title()
}

// managerWhen says what a full-time manager still waits for: the reps, a
// written process, the budget, the candidate; only what is missing.
func (r *recommender) managerWhen() string {
	var need []string
	if len(r.team.Reps) < r.t.ManagerMinReps {
		need = append(need, fmt.Sprintf("%d or more reps", r.t.ManagerMinReps))
	}
	if doc := r.a.Company.SalesProcessDocumented; doc == nil || !*doc {
		need = append(need, "a written sales process")
	}
	if r.rec.Affordability.Status != AffordYes {
		need = append(need, fmt.Sprintf("a budget of about %s a year for a full-time manager's loaded cost", Money(r.as.ManagerLoadedCost(), r.as.Currency)))
	}
	if len(need) == 0 {
		if r.ready() {
			return "If the promotion does not work out, or the team wants experience from outside: the budget covers a full-time hire."
		}
		return "The team, the process and the budget are there for a full-time manager."
	}
	return "Once the team has " + listNames(need) + "."
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

// lowerFirst lowers a sentence's first letter to join it to another:
// "You said" becomes "you said"; a name stays as it is only if the caller
// never passes one first.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// ordinal words the n-th manager: "a second", "a third".
func ordinal(n int) string {
	switch n {
	case 1:
		return "a"
	case 2:
		return "a second"
	case 3:
		return "a third"
	case 4:
		return "a fourth"
	}
	return fmt.Sprintf("a %dth", n)
}

// verb picks the verb that agrees with a count.
func verb(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
