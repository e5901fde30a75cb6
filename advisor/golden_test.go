package advisor

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestExampleReportsGolden pins the full report of every example: the
// findings with their severity, the score, the signals, the recommendation
// with its confidence, reasons, actions and alternatives, and the plan's
// hires and totals. A change to any rule shows here as a diff to read;
// "go test ./advisor -update" rewrites the files.
//
// testdata/cases holds client cases a consultant wrote with the advice
// expected before the tool ran (EXPECTED.md); their reports are pinned the
// same way.
func TestExampleReportsGolden(t *testing.T) {
	cases, _ := filepath.Glob("testdata/cases/*.json")
	for _, path := range append(exampleFiles(t), cases...) {
		name := strings.TrimSuffix(filepath.Base(path), ".json")
		t.Run(name, func(t *testing.T) {
			got := report(plan(t, mustLoad(t, path)))
			golden := filepath.Join(filepath.Dir(path), name+".golden")
			if !strings.Contains(path, "testdata") {
				golden = filepath.Join("testdata", name+".golden")
			}
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./advisor -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("report of %s differs from %s (go test ./advisor -update rewrites it):\n%s", name, golden, diffLines(string(want), got))
			}
		})
	}
}

// report writes a plan's diagnosis, recommendation and plan as text.
func report(p Plan) string {
	var b strings.Builder
	d, r, cur := p.Diagnosis, p.Recommendation, p.Currency
	fmt.Fprintf(&b, "score %d (", d.RoleClarityScore)
	for i, s := range d.ScoreBreakdown {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %d/%d", s.Name, s.Points, s.Max)
	}
	fmt.Fprintf(&b, ")\nproblem %s: %s\n", d.Problem, d.ProblemSummary)
	t := d.Team
	fmt.Fprintf(&b, "team: %d reps, managers %v (name only %v), founders %v; needs %d managers; managing %.2f weeks coaches %.1f\n",
		t.Reps, t.Managers, t.NameOnly, t.Founders, t.ManagersNeeded, t.ManagingWeeks, t.CoachingCapacity)
	for _, pr := range d.People {
		fmt.Fprintf(&b, "person %s: %s, %s, flagged %v\n", pr.Name, pr.Role, pr.Overlap, pr.Flagged)
	}
	for _, f := range d.Findings {
		fmt.Fprintf(&b, "finding %s [%s] %v: %s\n", f.ID, f.Severity, f.Who, f.Evidence)
	}
	for _, s := range d.Signals {
		fmt.Fprintf(&b, "signal %s: %s\n", s.ID, s.Text)
	}
	for _, n := range d.Notes {
		fmt.Fprintf(&b, "note: %s\n", n)
	}
	for _, s := range d.Sharpen {
		fmt.Fprintf(&b, "sharpen %s: %v\n", s.Question, s.Skipped)
	}
	fmt.Fprintf(&b, "\nprimary %s: %s\nconfidence %s: %s\n", r.Primary, r.Headline, r.Confidence, r.ConfidenceNote)
	if r.Provisional != "" {
		fmt.Fprintf(&b, "provisional %s\n", r.Provisional)
	}
	fmt.Fprintf(&b, "affordability %s (budget known %v, borderline %v): %s\n", r.Affordability.Status, r.Affordability.BudgetKnown, r.Affordability.Borderline, r.Affordability.Text)
	for _, reason := range r.Reasons {
		fmt.Fprintf(&b, "why %v: %s\n", reason.Refs, reason.Text)
	}
	for _, a := range r.Actions {
		fmt.Fprintf(&b, "action %v: %s\n", a.Refs, a.Text)
	}
	for _, q := range r.AnswerFirst {
		fmt.Fprintf(&b, "answer first %s\n", q.Question)
	}
	for _, a := range r.AlternativeReasons {
		fmt.Fprintf(&b, "alternative %s (%s): %s\n", a.Kind, a.Title, a.Text)
	}
	fmt.Fprintf(&b, "\nplan from %s; reps needed %d, booked %d; ramp %d months; attainment %.3f\n", p.Start, p.RepsNeeded, p.GrowthReps, p.RampMonths, p.ExpectedAttainment)
	for _, h := range p.Hires {
		fmt.Fprintf(&b, "hire %s: search %d+%d, paid %d-%d, pay %s, fee %s, total %s\n", h.Title, h.SearchStart, h.SearchMonths, h.Start, h.End(),
			Money(h.Pay, cur), Money(h.RecruitingFee, cur), Money(h.Total, cur))
	}
	fmt.Fprintf(&b, "year 1 %s, year 2 %s; capacity %s, %s; departures %.2f\n", Money(p.Year1, cur), Money(p.Year2, cur),
		Money(p.Capacity1, cur), Money(p.Capacity2, cur), p.ExpectedDepartures)
	fmt.Fprintf(&b, "end team: %d reps, %d managers, needs %d, coaches %.1f\n", p.EndTeam.Reps, p.EndTeam.Managers, p.EndTeam.Needed, p.EndTeam.Capacity)
	for _, w := range p.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", w)
	}
	c := p.Comparison
	fmt.Fprintf(&b, "compare: fractional %d months from %d, follow-on %d; full-time from %d; 24 months %s vs %s; break-even %d\n",
		c.FractionalMonths, c.FractionalStart, c.FollowOnStart, c.FullTimeStart, Money(c.Fractional24, cur), Money(c.FullTime24, cur), c.BreakEvenMonth)
	return b.String()
}

// diffLines shows the lines that differ between two texts.
func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := range max(len(w), len(g)) {
		var x, y string
		if i < len(w) {
			x = w[i]
		}
		if i < len(g) {
			y = g[i]
		}
		if x != y {
			fmt.Fprintf(&b, "line %d\n- %s\n+ %s\n", i+1, x, y)
		}
	}
	return b.String()
}
