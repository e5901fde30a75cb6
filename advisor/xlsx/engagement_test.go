package xlsx

import (
	"fmt"
	"math"
	"testing"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// TestSizingIsTheDomains holds the workbook's step-by-step sizing of the
// fractional engagement, which the Assumptions sheet writes as formulas,
// to advisor.FractionalEngagement over budgets, retainers the user set or
// not, and engagements asked shorter or lighter.
func TestSizingIsTheDomains(t *testing.T) {
	a := examples(t)["acme-fractional"].Answers
	for _, budget := range []float64{-1, 0, 10000, 14999, 15000, 29000, 30000, 45000, 59999, 60000, 72000, 90000, 100000, 119999, 120000, 200000} {
		for _, edited := range []bool{false, true} {
			for _, retainer := range []float64{6000, 10000, 12500} {
				for _, ask := range []struct {
					months int
					days   float64
				}{{0, 0}, {3, 0}, {6, 1}, {0, 1.5}} {
					as := advisor.DefaultAssumptions()
					as.FractionalRetainer.Value, as.FractionalRetainer.Edited = retainer, edited
					b := a
					b.Constraints.AnnualLeadershipBudget = nil
					if budget >= 0 {
						b.Constraints.AnnualLeadershipBudget = advisor.Ptr(budget)
					}
					want := advisor.FractionalEngagement(b, as, ask.months, ask.days)
					got := sizeEngagement(b, as, ask.months, ask.days)
					name := fmt.Sprintf("budget %v, retainer %v (set %v), asked %d months %v days", budget, retainer, edited, ask.months, ask.days)
					if got.months != want.Months || math.Abs(got.retainer-want.Retainer) > 1e-9 || got.days != want.DaysPerWeek || got.minOver != want.OverBudget {
						t.Errorf("%s: workbook %d months, %v a month, %v days, over %v; advisor %d, %v, %v, %v", name,
							got.months, got.retainer, got.days, got.minOver, want.Months, want.Retainer, want.DaysPerWeek, want.OverBudget)
					}
				}
			}
		}
	}
}

// TestGrowthCap holds the workbook's cap on growth reps to the plan's: a
// gap that needs more reps than the cap books the cap.
func TestGrowthCap(t *testing.T) {
	p := examples(t)["growing-team"]
	if p.RepsNeeded <= maxGrowthReps || p.GrowthReps != maxGrowthReps {
		t.Errorf("the growing team needs %d reps and books %d; the workbook caps growth at %d", p.RepsNeeded, p.GrowthReps, maxGrowthReps)
	}
}

// TestHighlightingIsTheDiagnosis checks that the Diagnosis sheet marks
// the people the diagnosis that ran marked, not a rule of its own: a
// reading changed in the plan changes the mark.
func TestHighlightingIsTheDiagnosis(t *testing.T) {
	p := examples(t)["growing-team"]
	for i, pr := range p.Diagnosis.People {
		if pr.Flagged {
			t.Fatalf("%s is flagged already; pick another example", pr.Name)
		}
		if i == 1 {
			p.Diagnosis.People = append([]advisor.PersonReading(nil), p.Diagnosis.People...)
			p.Diagnosis.People[i].Flagged = true
		}
	}
	f := open(t, p)
	rows, _ := f.GetRows(SheetDiagnosis)
	marked := map[string]bool{}
	for r, row := range rows {
		if len(row) < 7 || row[6] == "" {
			continue
		}
		id, _ := f.GetCellStyle(SheetDiagnosis, cell(1, r+1))
		s, _ := f.GetStyle(id)
		if len(s.Fill.Color) > 0 && s.Fill.Color[0] == "FFC7CE" {
			marked[row[0]] = true
		}
	}
	want := personLabel(p.Answers.People[1])
	if !marked[want] || len(marked) != 1 {
		t.Errorf("marked %v, want only %s, whom the plan's diagnosis flags", marked, want)
	}
}

// TestConfidenceWords checks that every confidence code an assumption can
// carry reads as words on the Assumptions sheet.
func TestConfidenceWords(t *testing.T) {
	codes := []string{advisor.ConfidenceAnswers, advisor.ConfidenceSettings}
	for _, f := range advisor.DefaultAssumptions().Figures() {
		codes = append(codes, f.Confidence)
	}
	for _, code := range codes {
		if got := confidenceWords(code); got == code {
			t.Errorf("confidence %s has no words", code)
		}
	}
}
