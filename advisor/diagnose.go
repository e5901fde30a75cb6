package advisor

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

// ScorePart is one component of the role clarity score.
type ScorePart struct {
	Name   string `json:"name"`
	Points int    `json:"points"`
	Max    int    `json:"max"`
	Note   string `json:"note"`
}

// Sharpen names a question left unanswered whose answer would let the
// diagnosis check more.
type Sharpen struct {
	Question string      `json:"question"` // a Question ID
	Prompt   string      `json:"prompt"`
	Skipped  []FindingID `json:"skipped"` // the findings it would decide
}

// ProblemKind says where the trouble lies, as the seed asks: leadership and
// process, the sellers, or neither clearly.
type ProblemKind string

// Problem kinds.
const (
	ProblemLeadership ProblemKind = "leadership"
	ProblemSeller     ProblemKind = "seller"
	ProblemFounder    ProblemKind = "founder" // the founder's selling holds deals up
	ProblemStage      ProblemKind = "stage"   // too early: the sale is not proven
	ProblemNone       ProblemKind = "none"
	ProblemUnknown    ProblemKind = "unknown"
)

// Signal is an outcome signal: evidence in the numbers, or in the owner's
// own words, that the way the team is led costs sales. A paid leadership
// change needs one beside a structural finding.
type Signal struct {
	ID   string `json:"id"` // the finding, symptom or "revenue_gap" it comes from
	Text string `json:"text"`
}

// TeamSummary is the diagnosis's count of the team.
type TeamSummary struct {
	Reps     int      `json:"reps"`
	Managers []string `json:"managers"`  // line managers in post
	NameOnly []string `json:"name_only"` // of whom managers in name only
	Founders []string `json:"founders"`
	// ManagersNeeded is the reps divided by the span of control, rounded up.
	ManagersNeeded int `json:"managers_needed"`
	// ManagingWeeks is everyone's managing time in full weeks; it coaches
	// CoachingCapacity reps.
	ManagingWeeks    float64 `json:"managing_weeks"`
	CoachingCapacity float64 `json:"coaching_capacity"`
}

// Covered reports whether the line managers in post are enough for the
// reps at the span of control.
func (s TeamSummary) Covered() bool {
	return len(s.Managers) > 0 && len(s.Managers) >= s.ManagersNeeded
}

// Diagnosis is what the advisor finds in a set of answers.
type Diagnosis struct {
	RoleClarityScore int         `json:"role_clarity_score"`
	ScoreBreakdown   []ScorePart `json:"score_breakdown"`
	Findings         []Finding   `json:"findings"`
	// Signals are the outcome signals in the answers.
	Signals        []Signal    `json:"signals"`
	Problem        ProblemKind `json:"problem"`
	ProblemSummary string      `json:"problem_summary"`
	Team           TeamSummary `json:"team"`
	// People is each person's role and overlap as the rules read them.
	People  []PersonReading `json:"people"`
	Sharpen []Sharpen       `json:"sharpen"`
	// Notes say where answers disagree and which one the diagnosis uses.
	Notes []string `json:"notes"`
	// Symptoms says what each symptom the owner ticked points at.
	Symptoms   []SymptomReading `json:"symptoms"`
	Thresholds Thresholds       `json:"thresholds"`
}

// Has reports whether the diagnosis contains a finding with id.
func (d Diagnosis) Has(id FindingID) bool {
	_, ok := d.Finding(id)
	return ok
}

// Finding returns the finding with id.
func (d Diagnosis) Finding(id FindingID) (Finding, bool) {
	for _, f := range d.Findings {
		if f.ID == id {
			return f, true
		}
	}
	return Finding{}, false
}

// Serious reports whether any finding is at least medium, other than a
// seller's own shortfall or a candidate's readiness.
func (d Diagnosis) Serious() bool {
	for _, f := range d.Findings {
		if f.Severity.AtLeast(Medium) && (f.Info().Leadership || f.Info().Structural) {
			return true
		}
	}
	return false
}

// Diagnose finds role confusion in the answers, with the evidence behind
// each finding. It assumes valid answers (see Answers.Validate) and never
// panics on any input.
func Diagnose(a Answers, t Thresholds) Diagnosis {
	d := diagnoser{a: a, t: t, team: t.Roles(a.People),
		out: Diagnosis{Findings: []Finding{}, Sharpen: []Sharpen{}, Signals: []Signal{}, Notes: []string{}}}
	d.run()
	sortFindings(d.out.Findings)
	d.out.Thresholds = t
	d.out.Team = d.summary()
	d.out.People = readPeople(a.People, t, d.out.Findings)
	d.out.RoleClarityScore, d.out.ScoreBreakdown = d.score()
	d.out.Problem, d.out.ProblemSummary = d.problemKind()
	d.out.Symptoms = readSymptoms(a, d.out)
	return d.out
}

type diagnoser struct {
	a    Answers
	t    Thresholds
	team Team
	out  Diagnosis
}

func (d *diagnoser) add(id FindingID, sev Severity, who []string, evidence string, args ...any) {
	if who == nil {
		who = []string{}
	}
	d.out.Findings = append(d.out.Findings, Finding{ID: id, Severity: sev, Title: id.Title(), Who: who, Evidence: fmt.Sprintf(evidence, args...)})
}

func (d *diagnoser) signal(id, text string, args ...any) {
	d.out.Signals = append(d.out.Signals, Signal{ID: id, Text: fmt.Sprintf(text, args...)})
}

// skip records that a question left unanswered kept a rule from running.
func (d *diagnoser) skip(question string, id FindingID) {
	for i, s := range d.out.Sharpen {
		if s.Question == question {
			if !slices.Contains(s.Skipped, id) {
				d.out.Sharpen[i].Skipped = append(d.out.Sharpen[i].Skipped, id)
			}
			return
		}
	}
	q, _ := QuestionByID(question)
	d.out.Sharpen = append(d.out.Sharpen, Sharpen{Question: question, Prompt: q.Prompt, Skipped: []FindingID{id}})
}

// run applies the rules: first those on outcomes, which give the signals
// that the structural rules' severities rest on.
func (d *diagnoser) run() {
	d.forecastAccuracy()
	d.quota()
	d.pipeline()
	d.outcomeSignals()
	d.threeHats()
	d.founderBottleneck()
	d.playerCoach()
	d.nameOnly()
	d.managerCloses()
	d.forecastOwner()
	d.coachingCapacity()
	d.process()
	d.promotion()
	d.provenSale()
}

// harm is the severity of a structural finding: high when an outcome
// signal shows the structure costs sales, medium while none does.
func (d *diagnoser) harm() Severity {
	if len(d.out.Signals) > 0 {
		return High
	}
	return Medium
}

// outcomeSignals collects the signals that are not findings of their own:
// the symptoms that say what the structure costs, and a revenue gap larger
// than a team closes by effort alone.
func (d *diagnoser) outcomeSignals() {
	if d.a.Has(NoCoaching) {
		d.signal(string(NoCoaching), "You said there are no regular one-on-ones.")
	}
	if d.a.Has(FounderBottleneckSymptom) && d.provenOrSelling() {
		d.signal(string(FounderBottleneckSymptom), "You said deals wait for the founder.")
	}
	c := d.a.Company
	if c.AnnualRevenue != nil && c.RevenueTarget != nil && *c.AnnualRevenue > 0 && *c.RevenueTarget > *c.AnnualRevenue && !d.t.EffortCloses(c) {
		growth := (*c.RevenueTarget - *c.AnnualRevenue) / *c.AnnualRevenue * 100
		d.signal("revenue_gap", "The target is %s%% above this year's revenue, more than a team closes by effort alone.", fmtNum(math.Round(growth)))
	}
}

// provenOrSelling reports whether the business is past proving its sale:
// reps sell, or a founder has closed enough customers.
func (d *diagnoser) provenOrSelling() bool {
	n := d.a.Company.CustomersClosedByFounder
	return len(d.team.Reps) > 0 || n != nil && *n >= d.t.FounderProvenCustomers
}

// threeHats: the seed's core warning, one person selling, managing and
// forecasting at once. A player-coach within bounds (see
// Thresholds.PlayerCoach) is not wearing three hats, and a line manager with
// reps is judged by the player-coach rule instead, so the two rules agree.
func (d *diagnoser) threeHats() {
	for _, p := range d.a.People {
		if d.t.OverlapOf(p) != ThreeHats || d.t.RoleOf(p) == RoleNameOnly || d.t.RoleOf(p) == RoleLineManager && len(d.team.Reps) > 0 {
			continue
		}
		d.add(OnePersonSellsManagesForecasts, d.harm(), []string{p.Name}, "%s spends %s%% selling, %s%% managing and %s%% forecasting.",
			p.Name, fmtNum(p.Time.Selling), fmtNum(p.Time.Managing), fmtNum(p.Time.Forecasting))
	}
}

func (d *diagnoser) founderBottleneck() {
	said := d.a.Has(FounderBottleneckSymptom)
	if !d.provenOrSelling() {
		// Before the sale is proven, the founder selling is the plan.
		if said {
			for _, p := range d.team.Founders {
				d.add(FounderBottleneck, Medium, []string{p.Name}, "You said deals wait for %s. Before the sale is proven (%s), that is expected: the founder is the one who can sell it so far.",
					p.Name, d.customersClosed())
			}
		}
		return
	}
	for _, p := range d.team.Founders {
		if p.Time.Selling < d.t.FounderBottleneckSelling && !(said && p.Time.Selling >= d.t.HatMin) {
			continue
		}
		ev := fmt.Sprintf("%s, a founder, spends %s%% of the week selling", p.Name, fmtNum(p.Time.Selling))
		if n := d.a.Company.CustomersClosedByFounder; n != nil {
			ev += fmt.Sprintf(" and has closed %d customers personally", *n)
		}
		if !said {
			// Without the owner's word, a founder's selling share makes
			// waiting deals likely, not a fact.
			d.add(FounderBottleneck, Low, []string{p.Name}, "%s: deals are likely to wait for %s.", ev, p.Name)
			continue
		}
		d.add(FounderBottleneck, d.harm(), []string{p.Name}, "%s; you said deals wait for the founder.", ev)
	}
}

func (d *diagnoser) customersClosed() string {
	if n := d.a.Company.CustomersClosedByFounder; n != nil {
		return fmt.Sprintf("%d customers closed so far, %d show it", *n, d.t.FounderProvenCustomers)
	}
	return fmt.Sprintf("about %d customers closed by a founder show it", d.t.FounderProvenCustomers)
}

// playerCoach: a line manager who sells so much that coaching suffers;
// player-coaches should coach at least half their time (Alexander Group).
func (d *diagnoser) playerCoach() {
	if len(d.team.Reps) == 0 {
		return
	}
	for _, p := range d.team.Managers {
		if p.Time.Selling < d.t.PlayerCoachMaxSelling || d.t.RoleOf(p) == RoleNameOnly {
			continue
		}
		sev := Medium
		if d.a.Has(NoCoaching) || d.out.Has(TeamWideUnderperformance) {
			sev = High
		}
		d.add(PlayerCoachOverload, sev, []string{p.Name}, "%s leads a team of %s but spends %s%% of the week selling and %s%% managing; a player-coach should coach at least half the time.",
			p.Name, plural(len(d.team.Reps), "rep"), fmtNum(p.Time.Selling), fmtNum(p.Time.Managing))
	}
}

// nameOnly: a title that says manager over a week that does not manage.
func (d *diagnoser) nameOnly() {
	for _, p := range d.team.NameOnly {
		d.add(ManagerInNameOnly, d.harm(), []string{p.Name}, "%s is titled %s but sells %s%% and manages %s%% of the week, less than the %s%% that one-on-ones and pipeline reviews take.",
			p.Name, p.Title, fmtNum(p.Time.Selling), fmtNum(p.Time.Managing), fmtNum(d.t.ManagerMinManaging))
	}
}

func (d *diagnoser) managerCloses() {
	if !d.a.Has(ManagerClosesDealsSymptom) {
		return
	}
	var who, parts []string
	for _, p := range d.a.People {
		if r := d.t.RoleOf(p); (r == RoleLineManager || r == RoleNameOnly || r == RoleFounder && p.Time.Managing >= d.t.ManagerMinManaging) && p.Time.Selling >= d.t.HatMin {
			who = append(who, p.Name)
			parts = append(parts, fmt.Sprintf("%s manages %s%% of the week and still sells %s%%", p.Name, fmtNum(p.Time.Managing), fmtNum(p.Time.Selling)))
		}
	}
	if len(who) == 0 {
		d.add(ManagerClosesDeals, Medium, nil, "You said the manager steps in to close deals; that weakens the team's confidence and creates dependency.")
		return
	}
	d.add(ManagerClosesDeals, Medium, who, "You said the manager steps in to close deals: %s.", strings.Join(parts, "; "))
}

func (d *diagnoser) forecastOwner() {
	if len(d.a.People) < 2 {
		return // a founder alone forecasts in their head; the rule is about teams
	}
	var best Person
	for _, p := range d.a.People {
		if p.Time.Forecasting > best.Time.Forecasting {
			best = p
		}
	}
	if best.Time.Forecasting >= d.t.ForecastOwnerMin {
		return
	}
	sev := Medium
	if d.a.Has(ForecastSurprises) || d.out.Has(ForecastInaccurate) {
		sev = High
	}
	ev := "Nobody spends any of the week forecasting"
	if best.Name != "" {
		ev = fmt.Sprintf("Nobody spends %s%% or more of the week forecasting (the most is %s with %s%%)",
			fmtNum(d.t.ForecastOwnerMin), best.Name, fmtNum(best.Time.Forecasting))
	}
	if d.a.Has(ForecastSurprises) {
		ev += "; you said quarters end with surprises"
	}
	d.add(NoForecastOwner, sev, nil, "%s.", ev)
}

// coachingCapacity: more reps than the managing time can coach, at the
// span of control, by at least one whole rep: a fraction of a rep is
// rounding, not a team left uncoached. Like every structural finding it is
// serious beside an outcome signal; it is serious whatever else is known
// when each manager in post has more than MaxSpan reps, beyond what any
// manager coaches, or when the managing time covers less than half the
// reps.
func (d *diagnoser) coachingCapacity() {
	reps := len(d.team.Reps)
	capacity := d.t.CoachingCapacity(d.a.People)
	if reps == 0 || float64(reps)-capacity < 1-1e-9 {
		return
	}
	ev := fmt.Sprintf("%s (%s) and managing time for about %s (a full week of managing coaches %s reps; forecasting does not count)",
		plural(reps, "rep"), listed(names(d.team.Reps)), fmtNum(math.Round(capacity*10)/10), fmtNum(d.t.Span))
	sev := d.harm()
	switch managers := len(d.team.Managers); {
	case managers > 0 && float64(reps)/float64(managers) > d.t.MaxSpan:
		sev = High
		ev += fmt.Sprintf("; %s per manager is more than the %s a manager coaches at most", fmtNum(math.Round(float64(reps)/float64(managers)*10)/10), fmtNum(d.t.MaxSpan))
	case capacity < float64(reps)/2:
		sev = High
		ev += "; that is less than half of what the reps need"
	}
	d.add(NoCoachingCapacity, sev, names(d.team.Reps), "%s.", ev)
}

func (d *diagnoser) forecastAccuracy() {
	acc := d.a.Metrics.ForecastAccuracy
	if acc == nil && d.a.Has(ForecastSurprises) {
		d.add(ForecastInaccurate, Medium, nil, "You said the quarter ends with surprises; give the forecast accuracy to size the gap.")
		return
	}
	if acc == nil {
		d.skip("metrics.forecast_accuracy", ForecastInaccurate)
		return
	}
	if *acc >= d.t.ForecastAccuracyMin {
		return
	}
	sev := Medium
	if *acc < d.t.ForecastAccuracyMin-20 {
		sev = High
	}
	d.add(ForecastInaccurate, sev, nil, "Last quarter's forecast was %s%% accurate, below %s%%.", fmtNum(*acc), fmtNum(d.t.ForecastAccuracyMin))
	d.signal(string(ForecastInaccurate), "Last quarter's forecast was %s%% accurate.", fmtNum(*acc))
}

// quota separates a leadership problem (most reps miss) from a seller
// problem (one or a few miss while the others hit), as the seed asks. It
// reads the reps' own attainment, and the share of reps at quota only when
// fewer than two reps give theirs; founders and managers carry other
// numbers and never count.
//
// A finding stands only where the missing figures could not change it:
// most reps miss when even the reps who gave none would not lift the share
// at quota; one or some miss "while the others hit" only when every rep
// gave a figure.
func (d *diagnoser) quota() {
	q := d.t.RepQuota(d.a.People)
	hit, miss := d.t.hitAndMiss(d.team.Reps)
	known := len(hit) + len(miss)
	unknown := len(d.team.Reps) - known
	d.quotaNotes(known, len(hit))
	if known >= 2 && !q.Decides {
		d.out.Notes = append(d.out.Notes, fmt.Sprintf("%d of the %d reps who gave their attainment %s quota; %s gave none, so the quota rules wait for them.",
			len(hit), known, verb(len(hit), "reaches", "reach"), plural(unknown, "rep")))
		known = 0 // not enough to judge; the share at quota or the sharpen question takes over
	}
	switch {
	case known >= 2 && float64(len(hit)+unknown)/float64(len(d.team.Reps))*100 < d.t.RepsAtQuotaMin:
		d.add(TeamWideUnderperformance, High, names(miss), "%d of %d reps miss quota (%s): most reps miss, which points at leadership and process, not the sellers.",
			len(miss), known, attainments(miss))
		d.signal(string(TeamWideUnderperformance), "%d of %d reps miss quota.", len(miss), known)
	case known >= 2 && len(miss) == 1:
		d.add(IndividualUnderperformance, Medium, names(miss), "%s is below quota while %s at or near it.", attainments(miss), isAre(hit))
	case known >= 2 && len(miss) > 1:
		d.add(SomeRepsUnderperform, Medium, names(miss), "%s are below quota while %s at or near it.", attainments(miss), isAre(hit))
	case known >= 2:
	case d.a.Metrics.RepsAtQuota != nil && len(d.team.Reps) >= 2:
		if r := *d.a.Metrics.RepsAtQuota; r < d.t.RepsAtQuotaMin {
			d.add(TeamWideUnderperformance, High, nil, "Only %s%% of reps reach quota: most reps miss, which points at leadership and process, not the sellers.", fmtNum(r))
			d.signal(string(TeamWideUnderperformance), "Only %s%% of reps reach quota.", fmtNum(r))
		}
	case len(d.team.Reps) >= 2 && d.a.Metrics.RepsAtQuota == nil:
		d.skip("people[].quota_attainment", TeamWideUnderperformance)
		d.skip("people[].quota_attainment", IndividualUnderperformance)
		d.skip("metrics.reps_at_quota", TeamWideUnderperformance)
	}
}

// quotaNotes says where the quota answers disagree and which the advice
// uses: the reps' own figures, from two reps on, rather than the share of
// reps at quota; never a founder's or a manager's attainment.
func (d *diagnoser) quotaNotes(known, hit int) {
	var others []string
	for _, p := range d.a.People {
		if p.QuotaAttainment != nil && d.t.RoleOf(p) != RoleSeller {
			others = append(others, p.Name)
		}
	}
	if len(others) > 0 {
		d.out.Notes = append(d.out.Notes, fmt.Sprintf("The quota attainment of %s is not counted: founders and managers carry other numbers than a rep's quota.", listNames(others)))
	}
	r := d.a.Metrics.RepsAtQuota
	if r == nil || known < 2 {
		return
	}
	own := float64(hit) / float64(known) * 100
	if math.Abs(own-*r) < 15 && (own < d.t.RepsAtQuotaMin) == (*r < d.t.RepsAtQuotaMin) {
		return
	}
	d.out.Notes = append(d.out.Notes, fmt.Sprintf("You gave %s%% of reps at quota, but your reps' own figures say %s%% (%d of %d at %s%% or more). The advice uses the reps' own figures.",
		fmtNum(*r), fmtNum(math.Round(own)), hit, known, fmtNum(d.t.QuotaHitMin)))
}

// promotion applies the seed's warning: quota attainment reflects selling
// skill, not leadership ability; the readiness signals decide.
func (d *diagnoser) promotion() {
	r := CheckReadiness(d.a)
	if r == nil || r.Ready {
		return
	}
	sev := Medium
	if len(r.Missing()) >= 2 {
		sev = High
	}
	d.add(PromotionRisk, sev, []string{r.Candidate}, "%s", r.Summary)
}

// process: a written process only counts as missing when the owner said so;
// an unanswered question is a question, not a finding.
func (d *diagnoser) process() {
	doc := d.a.Company.SalesProcessDocumented
	// Everyone who sells follows the process, or does not: the reps, the
	// founders and any manager who sells as much as a player-coach.
	sellers := len(d.team.Reps) + len(d.team.Founders)
	for _, m := range d.team.Managers {
		if m.Time.Selling >= d.t.PlayerMinSelling {
			sellers++
		}
	}
	if doc == nil {
		d.skip("company.sales_process_documented", ProcessUndocumented)
		return
	}
	if *doc || sellers < 2 {
		return
	}
	sev := Low
	if len(d.team.Reps) >= 2 {
		sev = Medium
	}
	d.add(ProcessUndocumented, sev, nil, "You said the sales process is not written down, with %d people selling; reps who follow a structured process are 28%% more likely to hit quota (HubSpot 2024 Sales Report).", sellers)
}

func (d *diagnoser) pipeline() {
	c := d.a.Metrics.PipelineCoverage
	if c == nil {
		d.skip("metrics.pipeline_coverage", ThinPipeline)
		return
	}
	if *c >= d.t.PipelineCoverageMin {
		return
	}
	sev := Low
	if *c < d.t.PipelineCoverageMin-1 {
		sev = Medium
	}
	d.add(ThinPipeline, sev, nil, "Open pipeline covers %sx the period's target, below %sx.", fmtNum(*c), fmtNum(d.t.PipelineCoverageMin))
	d.signal(string(ThinPipeline), "Open pipeline covers %sx the target.", fmtNum(*c))
}

func (d *diagnoser) provenSale() {
	if len(d.team.Reps) > 0 || len(d.team.Founders) == 0 {
		return
	}
	n := d.a.Company.CustomersClosedByFounder
	if n == nil {
		d.skip("company.customers_closed_by_founder", UnprovenSale)
		return
	}
	if *n >= d.t.FounderProvenCustomers {
		return
	}
	who := "The founders have"
	if len(d.team.Founders) == 1 {
		who = d.team.Founders[0].Name + " has"
	}
	d.add(UnprovenSale, Medium, names(d.team.Founders), "%s closed %d customers personally, fewer than the %d that show a sale a rep can repeat.", who, *n, d.t.FounderProvenCustomers)
}

func (d *diagnoser) summary() TeamSummary {
	s := TeamSummary{Reps: len(d.team.Reps), Managers: names(d.team.Managers), NameOnly: names(d.team.NameOnly), Founders: names(d.team.Founders),
		ManagersNeeded: d.t.ManagersNeeded(len(d.team.Reps)), ManagingWeeks: d.t.ManagingWeeks(d.a.People)}
	s.CoachingCapacity = s.ManagingWeeks * d.t.Span
	return s
}

// problemKind says where the findings point; it never says "no sign of a
// problem" beside a finding of medium severity or more.
func (d *diagnoser) problemKind() (ProblemKind, string) {
	var leadership []string
	for _, f := range d.out.Findings {
		if f.Info().Leadership && f.Severity.AtLeast(Medium) {
			leadership = append(leadership, strings.ToLower(f.Title))
		}
	}
	switch {
	case len(leadership) > 0:
		return ProblemLeadership, "The findings point at leadership and process: " + listNames(leadership[:min(2, len(leadership))]) + "."
	case d.founderHoldsDeals() && len(d.team.Reps) == 0:
		return ProblemFounder, "The founder's own selling holds deals up: a first rep should take them over."
	case d.founderHoldsDeals():
		return ProblemFounder, "The founder's own selling holds deals up: the reps, not the founder, should carry them."
	case d.out.Has(IndividualUnderperformance) || d.out.Has(SomeRepsUnderperform):
		return ProblemSeller, "Most reps hit quota and some miss: look at those sellers before changing the structure."
	case d.out.Has(UnprovenSale) || d.out.Has(FounderBottleneck):
		return ProblemStage, "It is early: the founder is still proving the sale."
	case d.serious():
		return ProblemLeadership, "The findings point at how the team is run."
	case len(d.out.Sharpen) > 0 && len(d.out.Findings) == 0:
		return ProblemUnknown, "Not enough answers to tell leadership problems from seller problems; see the questions that would sharpen the diagnosis."
	}
	return ProblemNone, "No sign of a leadership or a seller problem in these answers."
}

func (d *diagnoser) founderHoldsDeals() bool {
	f, ok := d.out.Finding(FounderBottleneck)
	return ok && f.Severity.AtLeast(Medium) && d.provenOrSelling()
}

func (d *diagnoser) serious() bool {
	for _, f := range d.out.Findings {
		if f.Severity.AtLeast(Medium) {
			return true
		}
	}
	return false
}

// score computes the role clarity score, 0 to 100, from five parts; a
// high-severity finding keeps it below the healthy threshold.
func (d *diagnoser) score() (int, []ScorePart) {
	parts := []ScorePart{d.separationScore(), d.forecastScore(), d.coachingScore(), d.processScore(), d.founderScore()}
	total := 0
	for _, p := range parts {
		total += p.Points
	}
	if d.high() && total >= d.t.HealthyScore {
		cut := total - (d.t.HealthyScore - 1)
		parts = append(parts, ScorePart{"Held below the healthy score", -cut, 0,
			fmt.Sprintf("A serious finding stands, so the score stays below %d, the healthy mark.", d.t.HealthyScore)})
		total -= cut
	}
	return total, parts
}

func (d *diagnoser) high() bool {
	for _, f := range d.out.Findings {
		if f.Severity == High {
			return true
		}
	}
	return false
}

func (d *diagnoser) separationScore() ScorePart {
	const max = 40
	var sum float64
	for _, p := range d.a.People {
		switch d.t.OverlapOf(p) {
		case OneJob, NoSalesRoles:
			sum++ // one job: selling, or leading (managing and forecasting)
		case TwoHats, PlayerCoach:
			sum += 0.5
		}
	}
	pts := 0
	if n := len(d.a.People); n > 0 {
		pts = int(math.Round(max * sum / float64(n)))
	}
	return ScorePart{"Separated roles", pts, max, "Full marks when each person either sells or leads (managing and forecasting); half for selling and one of the two, or a player-coach; none for all three."}
}

func (d *diagnoser) forecastScore() ScorePart {
	const max = 20
	pts := max
	if d.out.Has(NoForecastOwner) {
		pts = 0
	}
	if acc := d.a.Metrics.ForecastAccuracy; acc != nil && pts > 0 && *acc < d.t.ForecastAccuracyMin {
		pts = int(math.Round(max * *acc / 100))
	}
	note := "Full marks when someone owns the forecast and it is accurate."
	if len(d.a.People) < 2 {
		note = "Not checked for a team of one: full marks."
	}
	return ScorePart{"Forecast ownership", pts, max, note}
}

func (d *diagnoser) coachingScore() ScorePart {
	const max = 20
	reps := len(d.team.Reps)
	pts := max
	if reps > 0 {
		pts = int(math.Round(max * math.Min(1, d.t.CoachingCapacity(d.a.People)/float64(reps))))
	}
	if d.a.Has(NoCoaching) && pts > max/2 {
		pts = max / 2
	}
	if reps == 0 {
		return ScorePart{"Coaching capacity", pts, max, "No reps to coach yet: full marks."}
	}
	return ScorePart{"Coaching capacity", pts, max, "Full marks when managing time covers every rep (a full week of managing coaches " + fmtNum(d.t.Span) + " reps)."}
}

func (d *diagnoser) processScore() ScorePart {
	const max = 10
	pts := max / 2
	if doc := d.a.Company.SalesProcessDocumented; doc != nil {
		pts = 0
		if *doc {
			pts = max
		}
	}
	return ScorePart{"Written sales process", pts, max, "Full marks when documented, half when unknown."}
}

func (d *diagnoser) founderScore() ScorePart {
	const max = 10
	pts := max
	if f, ok := d.out.Finding(FounderBottleneck); ok && d.provenOrSelling() {
		pts = 0
		if f.Severity == Low {
			pts = max / 2 // likely, not said
		}
	}
	return ScorePart{"Founder independence", pts, max, "Full marks when deals do not wait for a founder; half when a founder's selling makes it likely (before the sale is proven, it is expected)."}
}

func sortFindings(fs []Finding) {
	order := map[FindingID]int{}
	for i, id := range FindingIDs() {
		order[id] = i
	}
	slices.SortStableFunc(fs, func(a, b Finding) int {
		if c := cmp.Compare(a.Severity.rank(), b.Severity.rank()); c != 0 {
			return c
		}
		return cmp.Compare(order[a.ID], order[b.ID])
	})
}

func names(ps []Person) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Name
	}
	return out
}

// maxListed caps the people named in one sentence of evidence; the finding's
// Who still lists everyone.
const maxListed = 5

func attainments(ps []Person) string {
	parts := make([]string, 0, maxListed+1)
	for i, p := range ps {
		if i == maxListed {
			parts = append(parts, fmt.Sprintf("%d more", len(ps)-maxListed))
			break
		}
		parts = append(parts, fmt.Sprintf("%s %s%%", p.Name, fmtNum(*p.QuotaAttainment)))
	}
	return listNames(parts)
}

// listed names people in a sentence, at most maxListed of them.
func listed(xs []string) string {
	if len(xs) > maxListed {
		return listNames(append(xs[:maxListed:maxListed], fmt.Sprintf("%d more", len(xs)-maxListed)))
	}
	return listNames(xs)
}

// isAre lists people's attainment with the verb that agrees: "Raj 105% is",
// "Raj 105% and Eli 98% are".
func isAre(ps []Person) string {
	if len(ps) == 1 {
		return attainments(ps) + " is"
	}
	return attainments(ps) + " are"
}

// listNames joins names in a sentence: "A", "A and B", "A, B and C".
func listNames(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// plural writes a count with its noun: "1 rep", "3 reps".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
