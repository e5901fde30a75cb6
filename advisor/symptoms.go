package advisor

// SymptomReading is what a ticked symptom points at: a sentence from the
// seed article's reasoning and the findings in these answers that explain it.
type SymptomReading struct {
	Symptom  Symptom     `json:"symptom"`
	Label    string      `json:"label"`
	Reading  string      `json:"reading"`
	Findings []FindingID `json:"findings"`
}

// symptomLinks pairs each symptom with what it usually means and the
// findings that can explain it.
var symptomLinks = map[Symptom]struct {
	reading  string
	findings []FindingID
}{
	InconsistentClosing: {"Deals closing inconsistently usually points at process and coaching, not at the sellers alone.",
		[]FindingID{ProcessUndocumented, NoCoachingCapacity, PlayerCoachOverload, TeamWideUnderperformance, IndividualUnderperformance}},
	TargetsHarder: {"Targets feel harder when pipeline, forecasting or leadership time fall short.",
		[]FindingID{TeamWideUnderperformance, ThinPipeline, NoForecastOwner, ForecastInaccurate, FounderBottleneck}},
	UnclearSellersOrLeadership: {"Most reps missing quota points at leadership and process; one rep missing while others hit points at that seller.",
		[]FindingID{TeamWideUnderperformance, IndividualUnderperformance}},
	ForecastSurprises: {"Surprises come from a forecast nobody owns, or one not reviewed against the pipeline.",
		[]FindingID{NoForecastOwner, ForecastInaccurate, ThinPipeline}},
	FounderBottleneckSymptom: {"When deals wait for the founder, a rep should take over the selling.",
		[]FindingID{FounderBottleneck, OnePersonSellsManagesForecasts}},
	ManagerClosesDealsSymptom: {"A manager who steps in to close weakens the team's confidence and creates dependency.",
		[]FindingID{ManagerClosesDeals, PlayerCoachOverload}},
	NoCoaching: {"Without regular one-on-ones reps do not improve; coaching is a manager's first job.",
		[]FindingID{NoCoachingCapacity, PlayerCoachOverload}},
	HiringStruggles: {"Hiring and onboarding are a manager's job; without a written process and time to coach, new reps learn alone.",
		[]FindingID{ProcessUndocumented, NoCoachingCapacity, PromotionRisk}},
}

func readSymptoms(a Answers, d Diagnosis) []SymptomReading {
	out := []SymptomReading{}
	for _, s := range a.Symptoms {
		link, ok := symptomLinks[s]
		info, _ := symptomInfo(s)
		if !ok {
			continue
		}
		r := SymptomReading{Symptom: s, Label: info.Label, Reading: link.reading, Findings: []FindingID{}}
		for _, id := range link.findings {
			if d.Has(id) {
				r.Findings = append(r.Findings, id)
			}
		}
		out = append(out, r)
	}
	return out
}

// FindingTitles names the findings that explain the symptom, in plain words.
func (r SymptomReading) FindingTitles() []string {
	titles := make([]string, len(r.Findings))
	for i, id := range r.Findings {
		titles[i] = id.Title()
	}
	return titles
}
