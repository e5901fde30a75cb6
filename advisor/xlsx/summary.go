package xlsx

import (
	"fmt"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// Columns of the Summary: labels, then the headline figures now, as
// exported and the change; sentences span from the second column to the
// last.
const (
	sumLabel = 1
	sumNow   = 2
	sumThen  = 3
	sumDiff  = 4
	sumLast  = 5
)

// headline is one figure of the Summary's headline block.
type headline struct {
	label, name   string
	style, change int
}

// summary writes what this owner must decide first, then the figures
// behind it, the reasons and the alternatives. It is built after the other
// sheets, whose cells its formulas and stored results read.
func (w *writer) summary(p advisor.Plan, date float64, version string) {
	const s = SheetSummary
	w.widths(s, 40, 16, 16, 13, 22)
	w.title(s, "Sales team plan", "Prepared by Sales Team Advisor. Change the yellow input cells on Salary bands, Assumptions and Hiring plan; the figures and sentences below follow.")
	r := 4
	for _, kv := range [][2]string{{"Company", p.Answers.Company.Name}, {"Currency", currencyCode(p)}, {"Written by", "Sales Team Advisor " + version}} {
		w.text(s, sumLabel, r, kv[0], w.st.label)
		w.textAcross(s, sumNow, sumLast, r, kv[1], w.st.wrap)
		r++
	}
	w.text(s, sumLabel, r, "Prepared on", w.st.label)
	w.num(s, sumNow, r, date, w.st.date)
	w.text(s, sumLabel, r+1, "Checks", w.st.label)
	w.statusAt = cellPos{s, sumNow, r + 1} // its result is stored once the checks are written
	w.phraseAcross(s, sumNow, sumLast, r+1, phrase{{fx: "ChecksStatus", text: "…"}}, w.st.strong)
	templates := w.sentenceTemplates(p)
	r = w.decision(s, r+3, p, templates)
	r = w.warnings(s, r, p, templates)
	r = w.headlines(s, r, w.headlineList(p))
	r = w.reasons(s, r+1, p, templates)
	r = w.alternatives(s, r+1, p, templates)
	d := p.Diagnosis
	r = w.section(s, r+1, "Diagnosis")
	w.text(s, sumLabel, r, "Role clarity score", w.st.label)
	w.textAcross(s, sumNow, sumLast, r, fmt.Sprintf("%d / 100", d.RoleClarityScore), w.st.wrap)
	w.text(s, sumLabel, r+1, "Where the problem lies", w.st.label)
	w.textAcross(s, sumNow, sumLast, r+1, orDefault(d.ProblemSummary, string(d.Problem)), w.st.wrap)
	w.textAcross(s, sumLabel, sumLast, r+3, "Every figure and sentence with a figure is a formula over the other sheets; \"As exported\" keeps the value the app wrote, so \"Change\" shows what your edits did.", w.st.noteWrap)
	w.print(s, printOpts{})
}

// decision leads with the recommendation and what it costs.
func (w *writer) decision(s string, r int, p advisor.Plan, templates []phrase) int {
	r = w.section(s, r, "What to decide")
	w.text(s, sumLabel, r, "We recommend", w.st.label)
	w.textAcross(s, sumNow, sumLast, r, p.Recommendation.Primary.Title(), w.st.boldWrap)
	w.text(s, sumLabel, r+1, "In short", w.st.label)
	w.phraseAcross(s, sumNow, sumLast, r+1, w.inShort(p), w.st.sentence)
	r += 2
	if p.Recommendation.InvolvesLeadership() {
		w.text(s, sumLabel, r, "Fractional or full-time", w.st.label)
		w.phraseAcross(s, sumNow, sumLast, r, w.comparisonWords(p.Comparison, SheetFractional), w.st.sentence)
		r++
	}
	return r + 1
}

// inShort is the plan's cost in one sentence, with its share of revenue and
// of the gap where they are known.
func (w *writer) inShort(p advisor.Plan) phrase {
	num := func(name string) float64 { v, _ := w.namedValue(name).(float64); return v }
	ph := phrase{lit("The plan costs "), w.money("Year1Total", num("Year1Total")), lit(" in year 1 and "),
		w.money("Year2Total", num("Year2Total")), lit(" in year 2, at most "), w.money("PeakMonthly", num("PeakMonthly")), lit(" in a month.")}
	if share, ok := w.namedValue("CostShare").(float64); ok {
		ph = append(ph, lit(" Year 1 costs "), pct("CostShare", share), lit(" of this year's revenue."))
	}
	if share, ok := w.namedValue("GapShare").(float64); ok {
		ph = append(ph, lit(" The new reps' quota in year 2 covers "), pct("GapShare", share), lit(" of the revenue gap."))
	}
	return ph
}

// warnings lists what the owner must check before relying on the figures.
func (w *writer) warnings(s string, r int, p advisor.Plan, templates []phrase) int {
	if len(p.Warnings) == 0 {
		return r
	}
	r = w.section(s, r, "Check before you rely on these figures")
	for _, warning := range p.Warnings {
		w.phraseAcross(s, sumNow, sumLast, r, append(phrase{lit("• ")}, liveSentence(warning, templates)...), w.st.sentence)
		r++
	}
	return r + 1
}

// headlineList is the Summary's figures for this plan: the comparison only
// where leadership is the question, shares only where revenue is known.
func (w *writer) headlineList(p advisor.Plan) []headline {
	money, pctS, count := w.st.moneyLeft, w.st.pctLeft, w.st.numberLeft
	hs := []headline{
		{"Year-1 cost of the plan", "Year1Total", money, w.st.moneyChange},
		{"Year-2 cost of the plan", "Year2Total", money, w.st.moneyChange},
		{"24-month total", "PlanTotal", money, w.st.moneyChange},
		{"Peak monthly cost", "PeakMonthly", money, w.st.moneyChange},
	}
	if _, ok := w.namedValue("CostShare").(float64); ok {
		hs = append(hs, headline{"Year-1 cost, share of revenue this year", "CostShare", pctS, w.st.pctChange})
	}
	if _, ok := w.namedValue("GapShare").(float64); ok {
		hs = append(hs, headline{"New-rep capacity in year 2, share of the revenue gap", "GapShare", pctS, w.st.pctChange})
	}
	hs = append(hs,
		headline{"Headcount now (people who sell, manage or forecast)", "HeadcountNow", count, w.st.numberChange},
		headline{"Headcount in 12 months", "Headcount12", count, w.st.numberChange},
		headline{"Headcount in 24 months", "Headcount24", count, w.st.numberChange},
		headline{"Managers the team needs by month 24", "ManagersNeeded", count, w.st.numberChange},
		headline{"New-rep quota capacity, year 1", "Capacity1", money, w.st.moneyChange},
		headline{"New-rep quota capacity, year 2", "Capacity2", money, w.st.moneyChange},
	)
	if p.Recommendation.InvolvesLeadership() {
		hs = append(hs,
			headline{"Fractional VP saves vs a full-time manager, 12 months", "Saving12", money, w.st.moneyChange},
			headline{"Fractional VP saves vs a full-time manager, 24 months", "Saving24", money, w.st.moneyChange},
			headline{"Full-time manager breaks even in month", "BreakEven", w.st.breakEven, w.st.numberChange},
		)
	}
	return hs
}

// headlines writes each figure as a formula on its defined name, beside
// its value as exported and the change since.
func (w *writer) headlines(s string, r int, hs []headline) int {
	r = w.section(s, r, "Headline figures")
	w.text(s, sumLabel, r, "Figure", w.st.header)
	w.text(s, sumNow, r, "Now", w.st.header)
	w.text(s, sumThen, r, "As exported", w.st.header)
	w.text(s, sumDiff, r, "Change", w.st.header)
	r++
	for _, h := range hs {
		v := w.namedValue(h.name)
		w.text(s, sumLabel, r, h.label, w.st.label)
		w.formula(s, sumNow, r, h.name, v, h.style)
		now, then := cell(sumNow, r), cell(sumThen, r)
		switch v := v.(type) {
		case float64:
			w.num(s, sumThen, r, v, h.style)
			w.formula(s, sumDiff, r, fmt.Sprintf(`IF(ISNUMBER(%s),%s-%s,"changed")`, now, now, then), 0.0, h.change)
		default:
			text, _ := v.(string)
			w.text(s, sumThen, r, text, w.st.wrap)
			w.formula(s, sumDiff, r, fmt.Sprintf(`IF(%s=%s,"–","changed")`, now, then), "–", h.change)
		}
		w.summaryCells = append(w.summaryCells, cellPos{s, sumNow, r})
		w.summaryNames = append(w.summaryNames, h.name)
		r++
	}
	return r
}

// reasons lists why, each sentence live when it quotes a figure.
func (w *writer) reasons(s string, r int, p advisor.Plan, templates []phrase) int {
	rec := p.Recommendation
	r = w.section(s, r, "Why")
	for _, why := range rec.Why {
		w.phraseAcross(s, sumNow, sumLast, r, append(phrase{lit("• ")}, liveSentence(why, templates)...), w.st.sentence)
		r++
	}
	if rd := rec.Readiness; rd != nil {
		w.text(s, sumLabel, r, "Promotion readiness", w.st.label)
		w.textAcross(s, sumNow, sumLast, r, rd.Summary, w.st.wrap)
		r++
	}
	return r
}

// alternatives lists the other advice and when each would fit.
func (w *writer) alternatives(s string, r int, p advisor.Plan, templates []phrase) int {
	rec := p.Recommendation
	if len(rec.Alternatives) == 0 {
		return r
	}
	r = w.section(s, r, "Alternatives, and when each fits")
	when := map[advisor.Kind]string{}
	for _, a := range rec.AlternativeReasons {
		when[a.Kind] = a.Text
	}
	for _, k := range rec.Alternatives {
		w.text(s, sumLabel, r, k.Title(), w.st.label)
		w.phraseAcross(s, sumNow, sumLast, r, liveSentence(when[k], templates), w.st.sentence)
		r++
	}
	return r
}
