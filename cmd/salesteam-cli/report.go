package main

import (
	"fmt"
	"io"
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
	fmt.Fprintf(w, "\nRecommendation: %s (%s)\n", r.Primary.Title(), r.Primary)
	for _, why := range r.Why {
		fmt.Fprintf(w, "  - %s\n", why)
	}
	if len(r.Alternatives) > 0 {
		fmt.Fprintln(w, "Alternatives:")
		for i, k := range r.Alternatives {
			fmt.Fprintf(w, "  %d. %s (%s)\n", i+1, k.Title(), k)
			if i < len(r.AlternativeReasons) {
				fmt.Fprintf(w, "     %s\n", r.AlternativeReasons[i].Text)
			}
		}
	}
}

func writePlan(w io.Writer, p advisor.Plan) {
	cur := p.Currency
	fmt.Fprintf(w, "%s: %s\n\n", p.Answers.Company.Name, p.Recommendation.Primary.Title())
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "Role\tStarts\tEnds\tPay\tBurden\tRamp\tYear 1\tYear 2\t")
	for _, h := range p.Hires {
		end := "-"
		if h.Months > 0 {
			end = fmt.Sprintf("month %d", h.Start+h.Months-1)
		}
		pay := advisor.Money(h.Pay, cur) + "/yr"
		switch {
		case h.Role == advisor.RoleFractionalVP:
			pay = advisor.Money(h.Pay, cur) + "/mo"
		case h.Promotion:
			pay = "raise " + pay
		}
		fmt.Fprintf(tw, "%s\tmonth %d\t%s\t%s\t%.0f%%\t%s\t%s\t%s\t\n", h.Title, h.Start, end, pay, h.BurdenRate*100,
			ramp(h), advisor.Money(h.YearTotal(1), cur), advisor.Money(h.YearTotal(2), cur))
	}
	tw.Flush()
	if len(p.Hires) == 0 {
		fmt.Fprintln(w, "No hires.")
	}
	fmt.Fprintf(w, "\nYear 1 total: %s\nYear 2 total: %s\n", advisor.Money(p.Year1, cur), advisor.Money(p.Year2, cur))
	fmt.Fprintf(w, "Headcount: %d now, %d in 12 months\n", p.HeadcountNow, p.Headcount12)
	fmt.Fprintf(w, "New reps' quota capacity: %s in year 1, %s in year 2", advisor.Money(p.Capacity1, cur), advisor.Money(p.Capacity2, cur))
	if p.RevenueGap != nil {
		fmt.Fprintf(w, " (revenue gap to target: %s)", advisor.Money(*p.RevenueGap, cur))
	}
	fmt.Fprintln(w)
	for _, warning := range p.Warnings {
		fmt.Fprintf(w, "\nCheck: %s\n", warning)
	}
	if p.Recommendation.InvolvesLeadership() {
		writeComparison(w, p)
	}
	writeAssumptions(w, p)
}

func writeComparison(w io.Writer, p advisor.Plan) {
	cur := p.Currency
	c := p.Comparison
	fmt.Fprintf(w, "\nFractional VP (%s/mo) vs full-time manager (%s/mo loaded, %s to recruit):\n",
		advisor.Money(c.Retainer, cur), advisor.Money(c.FullTimeMonthly, cur), advisor.Money(c.RecruitingCost, cur))
	fmt.Fprintf(w, "  12 months: %s vs %s (fractional saves %s)\n", advisor.Money(c.Fractional12, cur), advisor.Money(c.FullTime12, cur), advisor.Money(c.Saving12, cur))
	fmt.Fprintf(w, "  24 months: %s vs %s (fractional saves %s)\n", advisor.Money(c.Fractional24, cur), advisor.Money(c.FullTime24, cur), advisor.Money(c.Saving24, cur))
	if c.BreakEvenMonth > 0 {
		fmt.Fprintf(w, "  The full-time manager costs no more in total from month %d.\n", c.BreakEvenMonth)
	} else {
		fmt.Fprintln(w, "  No break-even within 24 months: the fractional path stays cheaper.")
	}
	if c.FullTimeImpactMonths > 0 {
		fmt.Fprintf(w, "  Per month of impact over 24 months: fractional %s, full-time %s (leads at full strength for %d months after recruiting and ramp).\n",
			advisor.Money(c.FractionalPerImpactMonth, cur), advisor.Money(c.FullTimePerImpactMonth, cur), c.FullTimeImpactMonths)
	}
}

func writeAssumptions(w io.Writer, p advisor.Plan) {
	cur := p.Currency
	fmt.Fprintln(w, "\nAssumptions (edit them in the app or in the exported workbook):")
	as := p.Assumptions
	for _, b := range as.Bands() {
		fmt.Fprintf(w, "  %s band %s / %s / %s, %.0f%% base (%s, %s)\n", b.Title, advisor.Money(b.Low, cur), advisor.Money(b.Mid, cur),
			advisor.Money(b.High, cur), b.BaseShare*100, b.Source, b.Year)
	}
	for _, f := range as.Figures() {
		fmt.Fprintf(w, "  %s: %s (%s, %s)\n", f.Label, figure(f, cur), f.Source, f.Year)
	}
}

func ramp(h advisor.Hire) string {
	if h.Role != advisor.RoleRep {
		return "-"
	}
	return fmt.Sprintf("%d mo", h.RampMonths)
}

func figure(f advisor.Figure, cur string) string {
	switch f.Unit {
	case "share":
		return fmt.Sprintf("%.1f%%", f.Value*100)
	case "per month", "one-off":
		return advisor.Money(f.Value, cur) + " " + f.Unit
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
