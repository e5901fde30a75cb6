package advisor

// FindingID names a kind of finding; the ids are part of the answers-format
// contract that other tools read.
type FindingID string

// The finding ids. The first ten are the contract's; the rest are ours.
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
	ManagerInNameOnly              FindingID = "manager_in_name_only"
	SomeRepsUnderperform           FindingID = "some_reps_underperform"
)

// FindingInfo describes a kind of finding: the one table the diagnosis, the
// recommendation, the app and the workbook read.
type FindingInfo struct {
	ID    FindingID `json:"id"`
	Title string    `json:"title"`
	// Leadership: a leader, not a seller, fixes it.
	Leadership bool `json:"leadership"`
	// Structural: it is about who does what; a paid leadership change
	// needs one of these and an outcome signal (Diagnosis.Signals).
	Structural bool `json:"structural"`
	// Overlap: it is about one person wearing several hats, so the
	// who-does-what grid highlights the people it names.
	Overlap bool `json:"overlap"`
}

var findingTable = []FindingInfo{
	{OnePersonSellsManagesForecasts, "One person sells, manages and forecasts", true, true, true},
	{FounderBottleneck, "Deals wait for the founder", false, true, true},
	{PlayerCoachOverload, "The manager sells too much to coach", true, true, true},
	{ManagerInNameOnly, "A manager in name only", true, true, true},
	{ManagerClosesDeals, "The manager steps in to close deals", true, true, true},
	{NoForecastOwner, "Nobody owns the forecast", true, true, false},
	{NoCoachingCapacity, "More reps than the managers can coach", true, true, false},
	{ForecastInaccurate, "The forecast is inaccurate", true, false, false},
	{TeamWideUnderperformance, "Most reps miss quota (leadership and process)", true, false, false},
	{IndividualUnderperformance, "One rep misses while the others hit (a seller problem)", false, false, false},
	{SomeRepsUnderperform, "Some reps miss while the others hit (a seller problem)", false, false, false},
	{PromotionRisk, "The promotion candidate is not ready to manage", false, false, false},
	{ProcessUndocumented, "The sales process is not written down", true, true, false},
	{ThinPipeline, "The pipeline is thin", false, false, false},
	{UnprovenSale, "The sale is not proven repeatable yet", false, false, false},
}

// Findings lists every kind of finding, in the order the diagnosis reports
// findings of equal severity.
func Findings() []FindingInfo { return append([]FindingInfo(nil), findingTable...) }

// FindingIDs lists every finding id the diagnosis can report.
func FindingIDs() []FindingID {
	ids := make([]FindingID, len(findingTable))
	for i, f := range findingTable {
		ids[i] = f.ID
	}
	return ids
}

// Info returns the finding's row of the table.
func (id FindingID) Info() FindingInfo {
	for _, f := range findingTable {
		if f.ID == id {
			return f
		}
	}
	return FindingInfo{ID: id, Title: string(id)}
}

// Title is a short plain-words name for the finding.
func (id FindingID) Title() string { return id.Info().Title }

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

// AtLeast reports whether s is at least as serious as t.
func (s Severity) AtLeast(t Severity) bool { return s.rank() <= t.rank() }

// Finding is one diagnosed problem with the evidence behind it.
type Finding struct {
	ID       FindingID `json:"id"`
	Severity Severity  `json:"severity"`
	Title    string    `json:"title"`
	Who      []string  `json:"who"`
	Evidence string    `json:"evidence"`
}

// Info returns the table row of the finding's kind.
func (f Finding) Info() FindingInfo { return f.ID.Info() }
