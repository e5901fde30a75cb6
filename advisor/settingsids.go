package advisor

// ThresholdIDs are the thresholds' names in a settings file, in the order
// Thresholds.Describe lists them, so that a screen can edit each one it
// describes; confidence_low, which Describe words inside
// confidence_high's reason, comes last.
func ThresholdIDs() []string {
	return []string{"hat_min", "player_min_selling", "rep_min_selling", "manager_min_managing", "player_coach_max_selling",
		"forecast_owner_min", "founder_bottleneck_selling", "founder_proven_customers", "span", "max_span",
		"manager_min_reps", "forecast_accuracy_min", "quota_hit_min", "reps_at_quota_min", "pipeline_coverage_min",
		"healthy_score", "stretch_growth_min", "budget_margin", "confidence_high", "confidence_low"}
}
