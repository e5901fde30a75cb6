package advisor

// Report is the machine-readable diagnosis of the answers-format contract:
// the diagnosis fields at the top level and the recommendation beside them.
type Report struct {
	Diagnosis
	Recommendation Recommendation `json:"recommendation"`
}

// NewReport pairs a plan's diagnosis with its recommendation.
func NewReport(p Plan) Report {
	return Report{Diagnosis: p.Diagnosis, Recommendation: p.Recommendation}
}
