package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/salesteamadvisor/salesteam/advisor"
)

func writeDiagnosis(w io.Writer, p advisor.Plan) {
	d, r := p.Diagnosis, p.Recommendation
	fmt.Fprintf(w, "%s: role clarity %d/100\n\n", p.Answers.Company.Name, d.RoleClarityScore)
	for _, part := range d.ScoreBreakdown {
		fmt.Fprintf(w, "  %-24s %2d/%d\n", part.Name, part.Points, part.Max)
	}
	fmt.Fprintf(w, "\nFindings (%d)\n", len(d.Findings))
	if len(d.Findings) == 0 {
		fmt.Fprintln(w, "  none")
	}
	for _, f := range d.Findings {
		fmt.Fprintf(w, "  [%s] %s\n      %s\n", strings.ToUpper(string(f.Severity)), f.Title, f.Evidence)
	}
	fmt.Fprintf(w, "\n%s\n", d.ProblemSummary)
	for _, n := range d.Notes {
		fmt.Fprintf(w, "Note: %s\n", n)
	}
	if len(d.Symptoms) > 0 {
		fmt.Fprintln(w, "\nWhat the symptoms you ticked point at")
		for _, s := range d.Symptoms {
			found := "no finding in these answers explains it yet"
			if len(s.Findings) > 0 {
				found = "see: " + strings.Join(s.FindingTitles(), "; ")
			}
			fmt.Fprintf(w, "  - %s. %s (%s)\n", s.Label, s.Reading, found)
		}
	}
	if len(d.Sharpen) > 0 {
		fmt.Fprintln(w, "\nAnswers that would sharpen the diagnosis")
		for _, s := range d.Sharpen {
			ids := make([]string, len(s.Skipped))
			for i, id := range s.Skipped {
				ids[i] = string(id)
			}
			fmt.Fprintf(w, "  - %s (%s): would check %s\n", s.Prompt, s.Question, strings.Join(ids, ", "))
		}
	}
	fmt.Fprintf(w, "\nRecommendation: %s (%s; %s: %s)\n", r.Headline, r.Primary, strings.ToLower(advisor.ConfidenceLabel), r.Confidence)
	for _, why := range r.Why {
		fmt.Fprintf(w, "  - %s\n", why)
	}
	if len(r.AnswerFirst) > 0 {
		fmt.Fprintln(w, "Answer first:")
		for _, q := range r.AnswerFirst {
			fmt.Fprintf(w, "  - %s (%s)\n", q.Prompt, q.Question)
		}
	}
	if len(r.Actions) > 0 {
		fmt.Fprintln(w, "Changes that cost nothing:")
		for _, a := range r.Actions {
			fmt.Fprintf(w, "  - %s\n", a.Text)
		}
	}
	if len(r.AlternativeReasons) > 0 {
		fmt.Fprintln(w, "Alternatives:")
		for i, alt := range r.AlternativeReasons {
			fmt.Fprintf(w, "  %d. %s (%s)\n     %s\n", i+1, alt.Title, alt.Kind, alt.Text)
		}
	}
}

func writePlan(w io.Writer, p advisor.Plan) {
	cur := p.Currency
	fmt.Fprintf(w, "%s: %s\n", p.Answers.Company.Name, p.Recommendation.Headline)
	fmt.Fprintf(w, "24 months from %s to %s; year 1 is %s.\n\n", p.MonthLabels[0], p.MonthLabels[advisor.PlanMonths-1], p.YearLabel(1))
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "Role\tSearch from\tPaid from\tUntil\tPay\tBurden\tFee\tRamp\tYear 1\tYear 2\t")
	for _, h := range p.Hires {
		search := "-"
		if h.SearchMonths > 0 {
			search = p.MonthLabels[h.SearchStart-1]
		}
		pay := advisor.Money(h.Pay, cur) + "/yr"
		switch {
		case h.Role == advisor.RoleFractionalVP:
			pay = fmt.Sprintf("%s/mo, %s d/wk", advisor.Money(h.Pay, cur), fmtDays(h.DaysPerWeek))
		case h.Promotion:
			pay = "raise " + pay
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%.0f%%\t%s\t%s\t%s\t%s\t\n", h.Title, search, p.MonthLabels[h.Start-1], p.MonthLabels[h.End()-1], pay,
			h.BurdenRate*100, money0(h.RecruitingFee, cur), ramp(h), advisor.Money(h.YearTotal(1), cur), advisor.Money(h.YearTotal(2), cur))
	}
	tw.Flush()
	if len(p.Hires) == 0 {
		fmt.Fprintln(w, "No hires.")
	}
	if p.ExpectedDepartures > 0 {
		fmt.Fprintf(w, "\nTurnover: about %.1f of the plan's reps are expected to leave in 24 months (%.1f%% a year); replacing them costs %s in year 1 and %s in year 2.\n",
			p.ExpectedDepartures, p.Assumptions.RepTurnover.Value*100, advisor.Money(sumYear(p.TurnoverCost, 1), cur), advisor.Money(sumYear(p.TurnoverCost, 2), cur))
	}
	fmt.Fprintf(w, "\nYear 1 total: %s\nYear 2 total: %s\n", advisor.Money(p.Year1, cur), advisor.Money(p.Year2, cur))
	fmt.Fprintf(w, "Headcount: %d now, %d in %s\n", p.HeadcountNow, p.Headcount12, p.MonthLabels[11])
	if e := p.EndTeam; e.Needed > 0 {
		fmt.Fprintf(w, "Team at the end: %s, %s; at a span of %g they need %s\n", plural(e.Reps, "rep"), plural(e.Managers, "manager"),
			p.Assumptions.Span.Value, plural(e.Needed, "manager"))
	}
	fmt.Fprintf(w, "New reps book %s in year 1 and %s in year 2, at %.0f%% of quota, less turnover", advisor.Money(p.Capacity1, cur),
		advisor.Money(p.Capacity2, cur), p.ExpectedAttainment*100)
	switch g := p.RevenueGap; {
	case g != nil && *g > 0:
		fmt.Fprintf(w, " (revenue gap to target: %s; reps it takes: %d, booked: %d)", advisor.Money(*g, cur), p.RepsNeeded, p.GrowthReps)
	case g != nil:
		fmt.Fprintf(w, " (the target is %s below this year's revenue)", advisor.Money(-*g, cur))
	}
	fmt.Fprintln(w)
	writeRange(w, p)
	for _, warning := range p.Warnings {
		fmt.Fprintf(w, "\nCheck: %s\n", warning)
	}
	if p.Recommendation.Compare {
		writeComparison(w, p)
	}
	writeAssumptions(w, p)
}

func writeRange(w io.Writer, p advisor.Plan) {
	r, cur := p.Range, p.Currency
	fmt.Fprintf(w, "Range over %d simulated runs (10th / 50th / 90th percentile):\n", r.Runs)
	fmt.Fprintf(w, "  new reps' bookings over 24 months, less turnover: %s / %s / %s\n", advisor.Money(r.NewRepBookings.P10, cur),
		advisor.Money(r.NewRepBookings.P50, cur), advisor.Money(r.NewRepBookings.P90, cur))
	fmt.Fprintf(w, "  year-2 cost: %s / %s / %s\n", advisor.Money(r.Year2Cost.P10, cur), advisor.Money(r.Year2Cost.P50, cur), advisor.Money(r.Year2Cost.P90, cur))
	if g := r.GapClosedProbability; g != nil && p.RevenueGap != nil && *p.RevenueGap > 0 {
		fmt.Fprintf(w, "  chance that year 2's new bookings close the revenue gap: %.0f%%\n", *g*100)
	}
}

func writeComparison(w io.Writer, p advisor.Plan) {
	fmt.Fprintln(w, "\nFractional VP vs a full-time manager, over this plan's months:")
	for _, line := range p.ComparisonText() {
		fmt.Fprintf(w, "  %s\n", line)
	}
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func fmtDays(d float64) string { return strings.TrimSuffix(fmt.Sprintf("%.1f", d), ".0") }

func money0(x float64, cur string) string {
	if x == 0 {
		return "-"
	}
	return advisor.Money(x, cur)
}

func sumYear(xs []float64, y int) float64 {
	var s float64
	for _, x := range xs[(y-1)*12 : y*12] {
		s += x
	}
	return s
}

func writeAssumptions(w io.Writer, p advisor.Plan) {
	cur := p.Currency
	fmt.Fprintln(w, "\nAssumptions (edit them in the app or in the exported workbook):")
	as := p.Assumptions
	for _, b := range as.Bands() {
		src := b.Source + ", " + b.Year
		if b.Edited {
			src = "your figure; the default's source: " + src
		}
		fmt.Fprintf(w, "  %s band %s / %s / %s, %.0f%% base (%s)\n", b.Title, advisor.Money(b.Low, cur), advisor.Money(b.Mid, cur),
			advisor.Money(b.High, cur), b.BaseShare*100, src)
	}
	for _, f := range as.Figures() {
		src := f.Source + ", " + f.Year
		if f.Edited {
			src = "your figure; the default's source: " + src
		}
		fmt.Fprintf(w, "  %s: %s (%s)\n", f.Label, figure(f, cur), src)
	}
	if p.RampNote != "" {
		fmt.Fprintf(w, "  %s\n", p.RampNote)
	}
}

func ramp(h advisor.Hire) string {
	if h.Role != advisor.RoleRep {
		return "-"
	}
	return fmt.Sprintf("%d mo", h.RampMonths)
}

func figure(f advisor.Figure, cur string) string {
	switch {
	case f.Percent():
		return fmt.Sprintf("%.1f%%", f.Value*100)
	case f.Unit == "per month", f.Unit == "one-off":
		return advisor.Money(f.Value, cur) + " " + f.Unit
	case f.Value == 1:
		return "1 " + strings.Replace(strings.Replace(f.Unit, "months", "month", 1), "days", "day", 1)
	}
	return fmt.Sprintf("%g %s", f.Value, f.Unit)
}

func writeQuestions(w io.Writer) {
	step := advisor.Step(0)
	for _, q := range advisor.Questions() {
		if q.Step != step {
			step = q.Step
			fmt.Fprintf(w, "\n== %s ==\n", step)
		}
		opt := ""
		switch {
		case q.Optional && (q.Kind == advisor.KindText || q.Kind == advisor.KindCheck):
			opt = " (optional)"
		case q.Optional:
			opt = " (optional: \"don't know\" is fine)"
		}
		fmt.Fprintf(w, "\n%s%s\n  [%s] %s\n", q.Prompt, opt, q.ID, q.Help)
		if q.ID == "symptoms" {
			for _, s := range advisor.SymptomBank() {
				fmt.Fprintf(w, "  [ ] %s (%s)\n", s.Label, s.ID)
			}
		}
	}
}

// writeQuestionsMarkdown prints the question bank as a workshop handout:
// a section per step, each question with its help and room to answer.
func writeQuestionsMarkdown(w io.Writer) {
	fmt.Fprintln(w, "# Sales Team Advisor: the questions")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Answer what you know; \"don't know\" is fine for every optional question. Percentages are 0-100; money is yearly, in your currency.")
	step := advisor.Step(0)
	for _, q := range advisor.Questions() {
		if q.Step != step {
			step = q.Step
			fmt.Fprintf(w, "\n## %s\n", step)
		}
		opt := ""
		if q.Optional {
			opt = " *(optional)*"
		}
		fmt.Fprintf(w, "\n**%s**%s\n\n%s\n", q.Asked(), opt, q.Help)
		switch {
		case q.ID == "symptoms":
			for _, s := range advisor.SymptomBank() {
				fmt.Fprintf(w, "\n- [ ] %s", s.Label)
			}
			fmt.Fprintln(w)
		case q.Kind == advisor.KindTime:
			fmt.Fprintln(w, "\nSelling ___ %   Managing ___ %   Forecasting ___ %   Other ___ %  (together 100%)")
		case q.Kind == advisor.KindYesNo:
			fmt.Fprintln(w, "\n( ) yes   ( ) no   ( ) don't know")
		case q.Kind == advisor.KindChoice && len(q.Options) > 0:
			fmt.Fprintf(w, "\n%s\n", strings.Join(q.Options, " / "))
		case q.Kind == advisor.KindCheck:
			fmt.Fprintln(w, "\n( ) yes   ( ) no")
		default:
			unit := ""
			if q.Unit != "" {
				unit = " " + q.Unit
			}
			fmt.Fprintf(w, "\n____________%s\n", unit)
		}
	}
}

// writeQuestionsCSV prints the question bank as a spreadsheet: one row per
// question, with its field, step, kind, bounds and help.
func writeQuestionsCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"field", "step", "question", "kind", "optional", "min", "max", "unit", "help"})
	for _, q := range advisor.Questions() {
		max := ""
		if q.Max > 0 {
			max = strconv.FormatFloat(q.Max, 'f', -1, 64)
		}
		cw.Write([]string{q.ID, q.Step.String(), q.Asked(), string(q.Kind), strconv.FormatBool(q.Optional),
			strconv.FormatFloat(q.Min, 'f', -1, 64), max, q.Unit, q.Help})
	}
	for _, s := range advisor.SymptomBank() {
		cw.Write([]string{"symptoms", advisor.StepSymptoms.String(), s.Label, "symptom", "true", "", "", "", string(s.ID)})
	}
	cw.Flush()
	return cw.Error()
}
