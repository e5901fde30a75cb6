package advisor

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

// FindingID names a kind of finding; the ids are part of the answers-format
// contract that other tools read.
type FindingID string

// The finding ids. The first ten are the contract's; the last three are ours.
const (
	OnePersonSellsManagesForecasts FindingID = "one_person_sells_manages_forecasts"
	FounderBottleneck              FindingID = "founder_bottleneck"
	PlayerCoachOverload            FindingID = "player_coach_overload"
	ManagerClosesDeals             FindingID = "manager_closes_deals"
	NoForecastOwner                FindingID = "no_forecast_owner"
	NoCoachingCapacity             FindingID = "no_coaching_capacity"
	ForecastInaccurate             FindingID = "forecast_inaccurate"
	TeamWideUnderperformance       FindingID = "team_wide_underperformance"
	IndividualUnderperformance     FindingID = "individual_underperformance"
	PromotionRisk                  FindingID = "promotion_risk"
	ProcessUndocumented            FindingID = "process_undocumented"
	ThinPipeline                   FindingID = "thin_pipeline"
	UnprovenSale                   FindingID = "unproven_sale"
)

// FindingIDs lists every finding id the diagnosis can report.
func FindingIDs() []FindingID {
	return []FindingID{OnePersonSellsManagesForecasts, FounderBottleneck, PlayerCoachOverload, ManagerClosesDeals,
		NoForecastOwner, NoCoachingCapacity, ForecastInaccurate, TeamWideUnderperformance, IndividualUnderperformance,
		PromotionRisk, ProcessUndocumented, ThinPipeline, UnprovenSale}
}

// Title is a short plain-words name for the finding.
func (id FindingID) Title() string {
	switch id {
	case OnePersonSellsManagesForecasts:
		return "One person sells, manages and forecasts"
	case FounderBottleneck:
		return "Deals wait for the founder"
	case PlayerCoachOverload:
		return "The manager sells too much to coach"
	case ManagerClosesDeals:
		return "The manager steps in to close deals"
	case NoForecastOwner:
		return "Nobody owns the forecast"
	case NoCoachingCapacity:
		return "More reps than the managers can coach"
	case ForecastInaccurate:
		return "The forecast is inaccurate"
	case TeamWideUnderperformance:
		return "Most reps miss quota (leadership and process)"
	case IndividualUnderperformance:
		return "One rep misses while others hit (a seller problem)"
	case PromotionRisk:
		return "The promotion candidate is not ready to manage"
	case ProcessUndocumented:
		return "The sales process is not written down"
	case ThinPipeline:
		return "The pipeline is thin"
	case UnprovenSale:
		return "The sale is not proven repeatable yet"
	}
	return string(id)
}

// Severity ranks findings.
type Severity string

// Severities, most serious first.
const (
	High   Severity = "high"
	Medium Severity = "medium"
	Low    Severity = "low"
)

func (s Severity) rank() int {
	switch s {
	case High:
		return 0
	case Medium:
		return 1
	}
	return 2
}

// Finding is one diagnosed problem with the evidence behind it.
type Finding struct {
	ID       FindingID `json:"id"`
	Severity Severity  `json:"severity"`
	Title    string    `json:"title"`
	Who      []string  `json:"who"`
	Evidence string    `json:"evidence"`
}

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
	ProblemNone       ProblemKind = "none"
	ProblemUnknown    ProblemKind = "unknown"
)

// Diagnosis is what the advisor finds in a set of answers.
type Diagnosis struct {
	RoleClarityScore int         `json:"role_clarity_score"`
	ScoreBreakdown   []ScorePart `json:"score_breakdown"`
	Findings         []Finding   `json:"findings"`
	Problem          ProblemKind `json:"problem"`
	ProblemSummary   string      `json:"problem_summary"`
	Sharpen          []Sharpen   `json:"sharpen"`
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

// Team is how the answers' people divide into roles under the thresholds.
type Team struct {
	Reps     []Person // sellers first, who are not founders and do not manage
	Managers []Person // people who manage at least ManagerMinManaging
	Founders []Person
}

// Roles sorts the people into reps, managers and founders.
func (t Thresholds) Roles(people []Person) Team {
	var team Team
	for _, p := range people {
		if p.Founder {
			team.Founders = append(team.Founders, p)
		}
		if p.Time.Managing >= t.ManagerMinManaging {
			team.Managers = append(team.Managers, p)
		} else if !p.Founder && p.Time.Selling >= t.RepMinSelling {
			team.Reps = append(team.Reps, p)
		}
	}
	return team
}

// CoachingCapacity is how many reps the people's leadership time can coach.
// A full-time manager's week (managing and forecasting, which the seed counts
// among a manager's duties) covers Span reps.
func (t Thresholds) CoachingCapacity(people []Person) float64 {
	var fte float64
	for _, p := range people {
		fte += (p.Time.Managing + p.Time.Forecasting) / 100
	}
	return fte * t.Span
}

// Hats counts the roles a person holds at once: seller (selling at least
// PlayerMinSelling), manager (managing at least HatMin) and forecaster
// (forecasting at least HatMin). Leading alone, managing and forecasting
// together, is one job: the sales manager's.
func (t Thresholds) Hats(p Person) (sells, manages, forecasts bool) {
	return p.Time.Selling >= t.PlayerMinSelling, p.Time.Managing >= t.HatMin, p.Time.Forecasting >= t.HatMin
}

// Diagnose finds role confusion in the answers, with the evidence behind
// each finding. It assumes valid answers (see Answers.Validate) and never
// panics on any input.
func Diagnose(a Answers, t Thresholds) Diagnosis {
	d := diagnoser{a: a, t: t, team: t.Roles(a.People), out: Diagnosis{Findings: []Finding{}, Sharpen: []Sharpen{}}}
	d.run()
	sortFindings(d.out.Findings)
	d.out.Thresholds = t
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

// skip records that a question left unanswered kept a rule from running.
func (d *diagnoser) skip(question string, id FindingID) {
	for i, s := range d.out.Sharpen {
		if s.Question == question {
			d.out.Sharpen[i].Skipped = append(d.out.Sharpen[i].Skipped, id)
			return
		}
	}
	q, _ := QuestionByID(question)
	d.out.Sharpen = append(d.out.Sharpen, Sharpen{Question: question, Prompt: q.Prompt, Skipped: []FindingID{id}})
}

func (d *diagnoser) run() {
	d.threeHats()
	d.founderBottleneck()
	d.playerCoach()
	d.managerCloses()
	d.forecastOwner()
	d.coachingCapacity()
	d.forecastAccuracy()
	d.quota()
	d.promotion()
	d.process()
	d.pipeline()
	d.provenSale()
}

// threeHats: the seed's core warning, one person selling, managing and
// forecasting at once.
func (d *diagnoser) threeHats() {
	for _, p := range d.a.People {
		if sells, manages, forecasts := d.t.Hats(p); sells && manages && forecasts {
			d.add(OnePersonSellsManagesForecasts, High, []string{p.Name}, "%s spends %s%% selling, %s%% managing and %s%% forecasting.",
				p.Name, fmtNum(p.Time.Selling), fmtNum(p.Time.Managing), fmtNum(p.Time.Forecasting))
		}
	}
}

func (d *diagnoser) founderBottleneck() {
	said := d.a.Has(FounderBottleneckSymptom)
	n := d.a.Company.CustomersClosedByFounder
	proven := n != nil && *n >= d.t.FounderProvenCustomers
	if len(d.team.Reps) == 0 && !said && !proven {
		return // before the sale is proven, the founder selling is the plan, not a bottleneck
	}
	for _, p := range d.team.Founders {
		if p.Time.Selling < d.t.FounderBottleneckSelling && !(said && p.Time.Selling >= d.t.HatMin) {
			continue
		}
		ev := fmt.Sprintf("%s, a founder, spends %s%% of the week selling", p.Name, fmtNum(p.Time.Selling))
		if n := d.a.Company.CustomersClosedByFounder; n != nil {
			ev += fmt.Sprintf(" and has closed %d customers personally", *n)
		}
		if said {
			ev += "; you said deals wait for the founder"
		}
		sev := Medium
		if said || len(d.team.Reps) > 0 || p.Time.Selling >= d.t.FounderBottleneckSelling && p.Time.Managing >= d.t.HatMin {
			sev = High
		}
		d.add(FounderBottleneck, sev, []string{p.Name}, "%s.", ev)
	}
}

func (d *diagnoser) playerCoach() {
	if len(d.team.Reps) == 0 {
		return
	}
	for _, p := range d.team.Managers {
		if p.Time.Selling < d.t.PlayerCoachMaxSelling {
			continue
		}
		sev := Medium
		if d.a.Has(NoCoaching) {
			sev = High
		}
		d.add(PlayerCoachOverload, sev, []string{p.Name}, "%s manages %s but spends %s%% selling and only %s%% managing.",
			p.Name, plural(len(d.team.Reps), "rep"), fmtNum(p.Time.Selling), fmtNum(p.Time.Managing))
	}
}

func (d *diagnoser) managerCloses() {
	if !d.a.Has(ManagerClosesDealsSymptom) {
		return
	}
	var who []string
	var parts []string
	for _, p := range d.team.Managers {
		if p.Time.Selling >= d.t.HatMin {
			who = append(who, p.Name)
			parts = append(parts, fmt.Sprintf("%s manages %s%% of the week and still sells %s%%", p.Name, fmtNum(p.Time.Managing), fmtNum(p.Time.Selling)))
		}
	}
	if len(who) == 0 {
		d.add(ManagerClosesDeals, Medium, nil, "You said the manager steps in to close deals; that weakens team confidence and creates dependency.")
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
	if d.a.Has(ForecastSurprises) {
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

func (d *diagnoser) coachingCapacity() {
	reps := len(d.team.Reps)
	if reps == 0 {
		return
	}
	capacity := d.t.CoachingCapacity(d.a.People)
	said := d.a.Has(NoCoaching)
	if float64(reps) <= capacity && !said {
		return
	}
	sev := Medium
	if capacity < float64(reps)/2 {
		sev = High
	}
	var who []string
	for _, p := range d.team.Reps {
		who = append(who, p.Name)
	}
	ev := fmt.Sprintf("%s and managing time for about %s (a full week of managing and forecasting coaches %s reps)", plural(reps, "rep"), fmtNum(math.Round(capacity*10)/10), fmtNum(d.t.Span))
	if said {
		ev += "; you said there are no regular one-on-ones"
	}
	d.add(NoCoachingCapacity, sev, who, "%s.", ev)
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
}

// quota separates a leadership problem (most reps miss) from a seller
// problem (one misses while the others hit), as the seed asks.
func (d *diagnoser) quota() {
	var hit, miss []Person
	for _, p := range d.team.Reps {
		switch {
		case p.QuotaAttainment == nil:
		case *p.QuotaAttainment >= d.t.QuotaHitMin:
			hit = append(hit, p)
		default:
			miss = append(miss, p)
		}
	}
	known := len(hit) + len(miss)
	if known >= 2 {
		switch {
		case float64(len(hit))/float64(known)*100 < d.t.RepsAtQuotaMin:
			d.add(TeamWideUnderperformance, High, names(miss), "%d of %d reps miss quota (%s): most reps miss, which points at leadership and process, not the sellers.",
				len(miss), known, attainments(miss))
		case len(miss) > 0:
			d.add(IndividualUnderperformance, Medium, names(miss), "%s: below quota while %s: at or near it. A seller problem, not a structure problem.",
				attainments(miss), attainments(hit))
		}
		return
	}
	if r := d.a.Metrics.RepsAtQuota; r != nil && len(d.team.Reps) >= 2 {
		if *r < d.t.RepsAtQuotaMin {
			d.add(TeamWideUnderperformance, High, nil, "Only %s%% of reps reach quota: most reps miss, which points at leadership and process, not the sellers.", fmtNum(*r))
		}
		return
	}
	if len(d.team.Reps) >= 2 {
		d.skip("people[].quota_attainment", TeamWideUnderperformance)
		d.skip("people[].quota_attainment", IndividualUnderperformance)
		d.skip("metrics.reps_at_quota", TeamWideUnderperformance)
	}
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

func (d *diagnoser) process() {
	doc := d.a.Company.SalesProcessDocumented
	sellers := len(d.team.Reps) + len(d.team.Founders)
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
	d.add(ProcessUndocumented, sev, nil, "The sales process is not written down, with %d people selling; reps who follow a structured process are 28%% more likely to hit quota (HubSpot 2024 Sales Report).", sellers)
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
	d.add(ThinPipeline, Low, nil, "Open pipeline covers %sx the period's target, below %sx.", fmtNum(*c), fmtNum(d.t.PipelineCoverageMin))
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

func (d *diagnoser) problemKind() (ProblemKind, string) {
	leadership := []FindingID{TeamWideUnderperformance, OnePersonSellsManagesForecasts, PlayerCoachOverload, NoCoachingCapacity, NoForecastOwner, ManagerClosesDeals, ForecastInaccurate}
	for _, id := range leadership {
		if d.out.Has(id) {
			return ProblemLeadership, "The findings point at leadership and process: " + strings.ToLower(id.Title()) + "."
		}
	}
	if d.out.Has(IndividualUnderperformance) {
		return ProblemSeller, "Most reps hit quota and one or more miss: look at those sellers before changing the structure."
	}
	if len(d.out.Sharpen) > 0 && len(d.out.Findings) == 0 {
		return ProblemUnknown, "Not enough answers to tell leadership problems from seller problems; see the questions that would sharpen the diagnosis."
	}
	return ProblemNone, "No sign of a leadership or a seller problem in these answers."
}

// score computes the role clarity score, 0 to 100, from five parts.
func (d *diagnoser) score() (int, []ScorePart) {
	parts := []ScorePart{d.separationScore(), d.forecastScore(), d.coachingScore(), d.processScore(), d.founderScore()}
	total := 0
	for _, p := range parts {
		total += p.Points
	}
	return total, parts
}

func (d *diagnoser) separationScore() ScorePart {
	const max = 40
	var sum float64
	for _, p := range d.a.People {
		sells, manages, forecasts := d.t.Hats(p)
		switch {
		case !sells || !manages && !forecasts:
			sum++ // one job: selling, or leading (managing and forecasting)
		case !manages || !forecasts:
			sum += 0.5
		}
	}
	pts := 0
	if n := len(d.a.People); n > 0 {
		pts = int(math.Round(max * sum / float64(n)))
	}
	return ScorePart{"Separated roles", pts, max, "Full marks when each person either sells or leads (managing and forecasting); half for selling and one of the two; none for all three."}
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
	return ScorePart{"Coaching capacity", pts, max, "Full marks when managing time covers every rep (a full week of managing and forecasting coaches " + fmtNum(d.t.Span) + " reps)."}
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
	if d.out.Has(FounderBottleneck) {
		pts = 0
	}
	return ScorePart{"Founder independence", pts, max, "Full marks when deals do not wait for a founder."}
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
			parts = append(parts, fmt.Sprintf("and %d more", len(ps)-maxListed))
			break
		}
		parts = append(parts, fmt.Sprintf("%s %s%%", p.Name, fmtNum(*p.QuotaAttainment)))
	}
	return strings.Join(parts, ", ")
}

// plural writes a count with its noun: "1 rep", "3 reps".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
