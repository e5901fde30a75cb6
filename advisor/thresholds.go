package advisor

import "encoding/json"

// No research figure quantifies the cost of one person selling, managing and
// forecasting at once (reference-data.md, "Not found"), so the diagnosis
// rules are the app's own judgement. Each threshold below is named, says why
// it has its value, and is shown to the user with Thresholds.Describe.

// Default thresholds of the diagnosis.
const (
	// DefaultHatMin: an activity counts as one of a person's "hats" when it
	// takes at least 10% of the week, half a day. Below that it is incidental.
	DefaultHatMin = 10.0
	// DefaultPlayerMinSelling: the three-hats finding needs real selling, a
	// quarter of the week. Forecasting is part of a manager's job (the seed
	// lists it among the manager's duties), and a manager who helps on a deal
	// now and then is not also a seller.
	DefaultPlayerMinSelling = 25.0
	// DefaultRepMinSelling: someone who spends at least half the week selling
	// is a seller first, whatever the title.
	DefaultRepMinSelling = 50.0
	// DefaultManagerMinManaging: a fifth of the week (one day) is the least
	// that regular one-on-ones and pipeline reviews for a small team take.
	DefaultManagerMinManaging = 20.0
	// DefaultPlayerCoachMaxSelling: a manager who still sells 40% or more of
	// the week has too little left for coaching; player-coaches need a lower
	// span of control (Alexander Group).
	DefaultPlayerCoachMaxSelling = 40.0
	// DefaultForecastOwnerMin: forecasting is owned when someone gives it at
	// least 5% of the week, a couple of hours of weekly pipeline review.
	DefaultForecastOwnerMin = 5.0
	// DefaultFounderBottleneckSelling: a founder selling 40% or more of the
	// week is where deals start to wait for them.
	DefaultFounderBottleneckSelling = 40.0
	// DefaultFounderProvenCustomers: about 10 customers closed by the founder
	// without a prior relationship show a repeatable sale
	// (monkhouseandcompany.com, "When to hire a salesperson").
	DefaultFounderProvenCustomers = 10
	// DefaultSpan: a full-time first-line manager can coach about 8 reps; the
	// optimal span is 6 to 8 (Kurlan & Associates), the average 8.5
	// (Alexander Group). The plan's span-of-control assumption overrides it.
	DefaultSpan = 8.0
	// DefaultMaxSpan: at most 10 reps to one full-time manager (Kurlan &
	// Associates / OMG: optimal 6 to 8, at most 10); more is beyond what a
	// manager coaches, whatever else is known.
	DefaultMaxSpan = 10.0
	// DefaultManagerMinReps: a first full-time sales manager pays off from 3
	// reps, once the sales operation is designed; before that, fractional
	// (salesmaster.ca).
	DefaultManagerMinReps = 3
	// DefaultForecastAccuracyMin: a forecast more than 20% off is a
	// surprise the business plans around rather than with.
	DefaultForecastAccuracyMin = 80.0
	// DefaultQuotaHitMin: within 10% of quota counts as hitting it, so that
	// the rule separates "most reps miss" from "one rep misses" and does not
	// fire on small shortfalls.
	DefaultQuotaHitMin = 90.0
	// DefaultRepsAtQuotaMin: when fewer than half the reps reach quota, most
	// reps miss: a leadership and process problem, not a seller problem.
	DefaultRepsAtQuotaMin = 50.0
	// DefaultPipelineCoverageMin: 3x pipeline for the period's target is the
	// common rule of thumb for a predictable quarter.
	DefaultPipelineCoverageMin = 3.0
	// DefaultHealthyScore: from 75 the roles are clear enough that the
	// structure itself is not what holds sales back.
	DefaultHealthyScore = 75
	// DefaultStretchGrowthMin: a target 10% or more above this year's
	// revenue takes more sellers, not just more effort, so it counts as an
	// outcome signal. The app's own judgement.
	DefaultStretchGrowthMin = 10.0
	// DefaultBudgetMargin: a leadership budget within 10% below a manager's
	// loaded cost is borderline, something to confirm rather than a no.
	DefaultBudgetMargin = 10.0
	// DefaultConfidenceHigh and DefaultConfidenceLow: advice is of high
	// confidence when at least 80% of the answers it rests on are given,
	// and of low confidence below half; low-confidence advice spends nothing.
	DefaultConfidenceHigh = 80.0
	DefaultConfidenceLow  = 50.0
)

// Thresholds are the numbers the diagnosis rules compare answers against.
type Thresholds struct {
	HatMin                   float64 `json:"hat_min"`
	PlayerMinSelling         float64 `json:"player_min_selling"`
	RepMinSelling            float64 `json:"rep_min_selling"`
	ManagerMinManaging       float64 `json:"manager_min_managing"`
	PlayerCoachMaxSelling    float64 `json:"player_coach_max_selling"`
	ForecastOwnerMin         float64 `json:"forecast_owner_min"`
	FounderBottleneckSelling float64 `json:"founder_bottleneck_selling"`
	FounderProvenCustomers   int     `json:"founder_proven_customers"`
	Span                     float64 `json:"span"`
	ManagerMinReps           int     `json:"manager_min_reps"`
	ForecastAccuracyMin      float64 `json:"forecast_accuracy_min"`
	QuotaHitMin              float64 `json:"quota_hit_min"`
	RepsAtQuotaMin           float64 `json:"reps_at_quota_min"`
	PipelineCoverageMin      float64 `json:"pipeline_coverage_min"`
	HealthyScore             int     `json:"healthy_score"`
	MaxSpan                  float64 `json:"max_span"`
	StretchGrowthMin         float64 `json:"stretch_growth_min"`
	BudgetMargin             float64 `json:"budget_margin"`
	ConfidenceHigh           float64 `json:"confidence_high"`
	ConfidenceLow            float64 `json:"confidence_low"`
}

// UnmarshalJSON reads thresholds over the shipped ones: a threshold the
// JSON leaves out keeps its default.
func (t *Thresholds) UnmarshalJSON(b []byte) error {
	type plain Thresholds
	p := plain(DefaultThresholds())
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*t = Thresholds(p)
	return nil
}

// check validates thresholds found at prefix: shares of the week and
// percentages within 0 to 100, counts and ratios within sane bounds.
func (t Thresholds) check(v *validator, prefix string) {
	for _, c := range []struct {
		name   string
		x      float64
		lo, hi float64
	}{
		{"hat_min", t.HatMin, 0, 100}, {"player_min_selling", t.PlayerMinSelling, 0, 100}, {"rep_min_selling", t.RepMinSelling, 0, 100},
		{"manager_min_managing", t.ManagerMinManaging, 0, 100}, {"player_coach_max_selling", t.PlayerCoachMaxSelling, 0, 100},
		{"forecast_owner_min", t.ForecastOwnerMin, 0, 100}, {"founder_bottleneck_selling", t.FounderBottleneckSelling, 0, 100},
		{"founder_proven_customers", float64(t.FounderProvenCustomers), 0, 1000}, {"span", t.Span, 1, 50},
		{"manager_min_reps", float64(t.ManagerMinReps), 1, 100}, {"forecast_accuracy_min", t.ForecastAccuracyMin, 0, 100},
		{"quota_hit_min", t.QuotaHitMin, 0, 200}, {"reps_at_quota_min", t.RepsAtQuotaMin, 0, 100},
		{"pipeline_coverage_min", t.PipelineCoverageMin, 0, 20}, {"healthy_score", float64(t.HealthyScore), 0, 100},
		{"max_span", t.MaxSpan, 1, 50}, {"stretch_growth_min", t.StretchGrowthMin, 0, 1000}, {"budget_margin", t.BudgetMargin, 0, 100},
		{"confidence_high", t.ConfidenceHigh, 0, 100}, {"confidence_low", t.ConfidenceLow, 0, 100},
	} {
		v.rangeOf(prefix+"."+c.name, &c.x, c.lo, c.hi)
	}
	if t.ConfidenceLow > t.ConfidenceHigh {
		v.add(prefix+".confidence_low", "must not be above confidence_high (%s)", fmtNum(t.ConfidenceHigh))
	}
}

// DefaultThresholds returns the shipped thresholds.
func DefaultThresholds() Thresholds {
	return Thresholds{
		HatMin:                   DefaultHatMin,
		PlayerMinSelling:         DefaultPlayerMinSelling,
		RepMinSelling:            DefaultRepMinSelling,
		ManagerMinManaging:       DefaultManagerMinManaging,
		PlayerCoachMaxSelling:    DefaultPlayerCoachMaxSelling,
		ForecastOwnerMin:         DefaultForecastOwnerMin,
		FounderBottleneckSelling: DefaultFounderBottleneckSelling,
		FounderProvenCustomers:   DefaultFounderProvenCustomers,
		Span:                     DefaultSpan,
		ManagerMinReps:           DefaultManagerMinReps,
		ForecastAccuracyMin:      DefaultForecastAccuracyMin,
		QuotaHitMin:              DefaultQuotaHitMin,
		RepsAtQuotaMin:           DefaultRepsAtQuotaMin,
		PipelineCoverageMin:      DefaultPipelineCoverageMin,
		HealthyScore:             DefaultHealthyScore,
		MaxSpan:                  DefaultMaxSpan,
		StretchGrowthMin:         DefaultStretchGrowthMin,
		BudgetMargin:             DefaultBudgetMargin,
		ConfidenceHigh:           DefaultConfidenceHigh,
		ConfidenceLow:            DefaultConfidenceLow,
	}
}

// ThresholdInfo describes one threshold for display.
type ThresholdInfo struct {
	Name  string  `json:"name"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
	Why   string  `json:"why"`
}

// Describe lists the thresholds with their values and the reason for each,
// so the user can see what the diagnosis compares against.
func (t Thresholds) Describe() []ThresholdInfo {
	return []ThresholdInfo{
		{"An activity counts as a hat from", t.HatMin, "% of the week", "Half a day a week; below that it is incidental."},
		{"Someone also sells when selling takes", t.PlayerMinSelling, "% of the week", "A quarter of the week; a manager who helps on a deal now and then is not also a seller."},
		{"A seller spends at least", t.RepMinSelling, "% selling", "Half the week selling makes someone a seller first, unless their title says they lead people and they manage."},
		{"A manager spends at least", t.ManagerMinManaging, "% managing", "One day a week is the least that one-on-ones and pipeline reviews take. Someone titled manager who manages less is a manager in name only."},
		{"A player-coach is overloaded from", t.PlayerCoachMaxSelling, "% selling", "Too little of the week is left for coaching (Alexander Group: player-coaches need a lower span). Below it, selling while leading is a player-coach's week, not three hats."},
		{"Forecasting is owned from", t.ForecastOwnerMin, "% of someone's week", "A couple of hours of weekly pipeline review."},
		{"A founder is a bottleneck from", t.FounderBottleneckSelling, "% selling", "Where deals start to wait for the founder."},
		{"A sale is proven after", float64(t.FounderProvenCustomers), "customers closed by a founder", "monkhouseandcompany.com, \"When to hire a salesperson\"."},
		{"A full-time manager can coach", t.Span, "reps", "Optimal span 6-8 (Kurlan & Associates); average 8.5 (Alexander Group). Set by the span-of-control assumption; coaching counts managing time only, not forecasting."},
		{"More reps per manager is serious above", t.MaxSpan, "reps", "At most 10 (Kurlan & Associates / OMG)."},
		{"A full-time manager pays off from", float64(t.ManagerMinReps), "reps", "With a designed sales operation; before that, fractional (salesmaster.ca)."},
		{"A forecast is inaccurate below", t.ForecastAccuracyMin, "% accuracy", "More than 20% off is a surprise the business plans around."},
		{"A rep hits quota from", t.QuotaHitMin, "% attainment", "Small shortfalls should not count as misses."},
		{"Most reps miss when fewer than", t.RepsAtQuotaMin, "% reach quota", "Then it is a leadership and process problem, not a seller problem."},
		{"Pipeline is thin below", t.PipelineCoverageMin, "x coverage", "3x pipeline is the common rule of thumb."},
		{"The structure is healthy from a score of", float64(t.HealthyScore), "/ 100", "The app's own judgement; a high-severity finding keeps the score below it."},
		{"A target is a stretch from", t.StretchGrowthMin, "% above this year's revenue", "More than effort alone closes: an outcome signal, like a missed forecast or most reps missing quota. A paid leadership change needs one."},
		{"A budget is borderline within", t.BudgetMargin, "% below a manager's cost", "Confirm it rather than rule a manager out."},
		{"Advice is of high confidence from", t.ConfidenceHigh, "% of its answers given", "Below " + fmtNum(t.ConfidenceLow) + "% it is of low confidence: answer the questions first; until then it spends nothing."},
	}
}

// EffortCloses reports whether a revenue gap is small enough that the
// team's effort closes it: above zero but less than StretchGrowthMin of
// this year's revenue. The plan books no reps for such a gap, as the
// diagnosis reads no outcome signal in it: one rule, both places.
func (t Thresholds) EffortCloses(c Company) bool {
	if c.AnnualRevenue == nil || c.RevenueTarget == nil || *c.AnnualRevenue <= 0 {
		return false
	}
	gap := *c.RevenueTarget - *c.AnnualRevenue
	return gap > 0 && gap / *c.AnnualRevenue * 100 < t.StretchGrowthMin
}
