package xlsx

import (
	"fmt"
	"strings"

	"github.com/salesteamadvisor/salesteam/advisor"
)

func (w *writer) summary(p advisor.Plan, date float64) {
	const s = SheetSummary
	w.widths(s, 56, 90)
	w.title(s, "Sales team plan", "Prepared by Sales Team Advisor. Change the yellow input cells on Salary bands and Assumptions; the figures below follow.")
	r := 4
	w.text(s, 1, r, "Company", w.st.label)
	w.text(s, 2, r, p.Answers.Company.Name, w.st.wrap)
	w.text(s, 1, r+1, "Prepared on", w.st.label)
	w.num(s, 2, r+1, date, w.st.date)
	w.text(s, 1, r+2, "Currency", w.st.label)
	w.text(s, 2, r+2, currencyCode(p), w.st.wrap)
	r += 4
	if len(p.Warnings) > 0 {
		r = w.section(s, r, "Check before you rely on these figures")
		for _, warning := range p.Warnings {
			w.text(s, 2, r, "• "+warning, w.st.wrap)
			r++
		}
		r++
	}
	r = w.section(s, r, "Recommendation")
	r = w.recommendation(s, r, p)
	r = w.section(s, r+1, "Headline figures")
	r = w.headlines(s, r)
	w.text(s, 1, r+1, "Every figure above is a formula on the Hiring plan and Fractional vs full-time sheets.", w.st.note)
	w.print(s, 0)
}

func (w *writer) recommendation(s string, r int, p advisor.Plan) int {
	rec, d := p.Recommendation, p.Diagnosis
	w.text(s, 1, r, "We recommend", w.st.label)
	w.text(s, 2, r, rec.Primary.Title(), w.st.bold)
	r++
	for i, why := range rec.Why {
		if i == 0 {
			w.text(s, 1, r, "Why", w.st.label)
		}
		w.text(s, 2, r, "• "+why, w.st.wrap)
		r++
	}
	if rd := rec.Readiness; rd != nil {
		w.text(s, 1, r, "Promotion readiness", w.st.label)
		w.text(s, 2, r, rd.Summary, w.st.wrap)
		r++
	}
	if len(rec.Alternatives) > 0 {
		alts := make([]string, len(rec.Alternatives))
		for i, k := range rec.Alternatives {
			alts[i] = k.Title()
		}
		w.text(s, 1, r, "Alternatives", w.st.label)
		w.text(s, 2, r, strings.Join(alts, "; "), w.st.wrap)
		r++
	}
	w.text(s, 1, r, "Role clarity score", w.st.label)
	w.text(s, 2, r, fmt.Sprintf("%d / 100", d.RoleClarityScore), w.st.wrap)
	w.text(s, 1, r+1, "Where the problem lies", w.st.label)
	w.text(s, 2, r+1, orDefault(d.ProblemSummary, string(d.Problem)), w.st.wrap)
	return r + 2
}

// headlines writes the headline figures as formulas on the defined names of
// the other sheets.
func (w *writer) headlines(s string, r int) int {
	for i, h := range []struct{ label, fx string }{
		{"Year-1 cost of the plan", "Year1Total"},
		{"Year-2 cost of the plan", "Year2Total"},
		{"24-month total", "PlanTotal"},
		{"Headcount now (people who sell, manage or forecast)", "HeadcountNow"},
		{"Headcount in 12 months", "Headcount12"},
		{"New-rep quota capacity, year 1", "Capacity1"},
		{"New-rep quota capacity, year 2", "Capacity2"},
		{"Fractional VP saves vs a full-time manager, 12 months", "Saving12"},
		{"Fractional VP saves vs a full-time manager, 24 months", "Saving24"},
		{"Full-time manager breaks even in month", "BreakEven"},
	} {
		w.text(s, 1, r+i, h.label, w.st.label)
		style := w.st.moneyLeft
		if strings.HasPrefix(h.fx, "Headcount") || h.fx == "BreakEven" {
			style = w.st.numberLeft
		}
		w.formula(s, 2, r+i, h.fx, style)
	}
	return r + 10
}
