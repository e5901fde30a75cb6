package xlsx

import (
	"fmt"
	"strings"

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

// headline is one figure of the Summary's figure tables.
type headline struct {
	label, name   string
	style, change int
}

// summary writes what this owner must decide first: the advice, how sure
// it is and what to answer before acting on it, the figures the decision
// turns on, the changes that cost nothing; then what to check, why, the
// alternatives and the rest of the figures. It is built after the other
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
	w.text(s, sumLabel, r+1, "Plan starts", w.st.label)
	w.formula(s, sumNow, r+1, "PlanStart", monthDate(p.Start), w.st.monthText)
	w.text(s, sumLabel, r+2, "Checks", w.st.label)
	w.statusAt = cellPos{s, sumNow, r + 2} // its result is stored once the checks are written
	w.phraseAcross(s, sumNow, sumLast, r+2, phrase{{fx: "ChecksStatus", text: "…"}}, w.st.strong)
	templates := w.sentenceTemplates(p)
	r = w.decision(s, r+4, p)
	r = w.headlines(s, r, "The figures the decision turns on", w.decisionFigures(p))
	r = w.inShort(s, r, p)
	r = w.rangeOf(s, r+1, p)
	r = w.compared(s, r, p)
	r = w.bullets(s, r, "Changes that cost nothing: make them whatever else you decide", reasonTexts(p.Recommendation.Actions), nil)
	r = w.bullets(s, r, "Check before you rely on these figures", p.Warnings, templates)
	r = w.reasons(s, r, p, templates)
	r = w.alternatives(s, r+1, p, templates)
	more := r + 1 // the rest of the figures print on a page of their own
	r = w.headlines(s, more, "More figures", w.moreFigures(p))
	d := p.Diagnosis
	r = w.section(s, r+1, "Diagnosis")
	w.text(s, sumLabel, r, "Role clarity score", w.st.label)
	w.textAcross(s, sumNow, sumLast, r, fmt.Sprintf("%d / 100", d.RoleClarityScore), w.st.wrap)
	w.text(s, sumLabel, r+1, "Where the problem lies", w.st.label)
	w.textAcross(s, sumNow, sumLast, r+1, orDefault(d.ProblemSummary, string(d.Problem)), w.st.wrap)
	w.textAcross(s, sumLabel, sumLast, r+3, "Every figure and every sentence with a figure is a formula over the other sheets; \"As exported\" keeps the value the app wrote, so \"Change\" shows what your edits did. The range is simulated by the app and does not follow edits.", w.st.noteWrap)
	w.print(s, printOpts{rowBreaks: []int{more - 1}})
}

// decision leads with the advice, its confidence and the questions to
// answer before acting on it.
func (w *writer) decision(s string, r int, p advisor.Plan) int {
	rec := p.Recommendation
	r = w.section(s, r, "What to decide")
	w.text(s, sumLabel, r, "We recommend", w.st.label)
	w.textAcross(s, sumNow, sumLast, r, orDefault(rec.Headline, rec.Primary.Title()), w.st.boldWrap)
	r++
	if rec.Confidence != "" {
		w.text(s, sumLabel, r, advisor.ConfidenceLabel, w.st.label)
		w.textAcross(s, sumNow, sumLast, r, upperFirst(string(rec.Confidence))+". "+rec.ConfidenceNote+" "+advisor.ConfidenceScope, w.st.wrap)
		r++
	}
	if rec.Provisional != "" {
		w.text(s, sumLabel, r, "So far the evidence points to", w.st.label)
		w.textAcross(s, sumNow, sumLast, r, kindTitle(rec, rec.Provisional)+": held back until the questions below are answered.", w.st.wrap)
		r++
	}
	if len(rec.AnswerFirst) > 0 {
		w.text(s, sumLabel, r, "Answer these first", w.st.label)
		for i, q := range rec.AnswerFirst {
			w.textAcross(s, sumNow, sumLast, r+i, fmt.Sprintf("%d. %s", i+1, q.Prompt), w.st.wrap)
		}
		r += len(rec.AnswerFirst)
	}
	return r + 1
}

// kindTitle is a kind's title as the advice words it for this team.
func kindTitle(rec advisor.Recommendation, k advisor.Kind) string {
	for _, a := range rec.AlternativeReasons {
		if a.Kind == k && a.Title != "" {
			return a.Title
		}
	}
	return k.Title()
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func reasonTexts(rs []advisor.Reason) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Text
	}
	return out
}

// inShort is the plan's cost in one sentence, with its share of revenue and
// of the gap where they are known.
func (w *writer) inShort(s string, r int, p advisor.Plan) int {
	num := func(name string) float64 { v, _ := w.namedValue(name).(float64); return v }
	ph := phrase{lit("The plan costs "), w.money("Year1Total", num("Year1Total")), lit(" in year 1 and "),
		w.money("Year2Total", num("Year2Total")), lit(" in year 2, at most "), w.money("PeakMonthly", num("PeakMonthly")), lit(" in a month.")}
	if share, ok := w.namedValue("CostShare").(float64); ok {
		ph = append(ph, lit(" Year 1 costs "), pct("CostShare", share), lit(" of this year's revenue."))
	}
	if share, ok := w.namedValue("GapShare").(float64); ok {
		ph = append(ph, lit(" The new reps' bookings in year 2, net of turnover, cover "), pct("GapShare", share), lit(" of the revenue gap."))
	}
	w.text(s, sumLabel, r, "In short", w.st.label)
	w.phraseAcross(s, sumNow, sumLast, r, ph, w.st.sentence)
	return r + 1
}

// rangeOf writes the simulated range as values: the app simulates it at
// export; the workbook does not.
func (w *writer) rangeOf(s string, r int, p advisor.Plan) int {
	rg := p.Range
	if rg.Runs == 0 {
		return r
	}
	r = w.section(s, r, fmt.Sprintf("The range, simulated at export (%s runs)", thousands(float64(rg.Runs))))
	w.header(s, r, "Simulated at export", "10th percentile", "Median", "90th percentile")
	r++
	for _, line := range []struct {
		label string
		p     advisor.Percentiles
	}{{"New-rep bookings over the 24 months, net of turnover", rg.NewRepBookings}, {"Year-2 cost", rg.Year2Cost}} {
		w.text(s, sumLabel, r, line.label, w.st.label)
		for i, v := range []float64{line.p.P10, line.p.P50, line.p.P90} {
			w.num(s, sumNow+i, r, v, w.st.money)
		}
		r++
	}
	if g := rg.GapClosedProbability; g != nil {
		w.text(s, sumLabel, r, "Chance the new reps close the revenue gap in year 2", w.st.label)
		w.num(s, sumNow, r, *g, w.st.pctLeft)
		r++
	}
	w.textAcross(s, sumLabel, sumLast, r, fmt.Sprintf("The plan run %s times with the ramp, attainment, search times and turnover drawn from the spreads on the Assumptions sheet (seed %d): values as simulated when the workbook was written; they do not follow edits.",
		thousands(float64(rg.Runs)), rg.Seed), w.st.noteWrap)
	return r + 2
}

// compared writes the fractional vs full-time comparison in words, where
// both paths are real options for this team.
func (w *writer) compared(s string, r int, p advisor.Plan) int {
	if !p.Recommendation.Compare {
		return r
	}
	r = w.section(s, r, "Fractional VP or full-time manager (Fractional vs full-time sheet)")
	for _, ph := range w.comparisonLines(p) {
		w.phraseAcross(s, sumNow, sumLast, r, ph, w.st.sentence)
		r++
	}
	return r + 1
}

// bullets writes a section of sentences, each live when a template
// reproduces it.
func (w *writer) bullets(s string, r int, title string, texts []string, templates []phrase) int {
	if len(texts) == 0 {
		return r
	}
	r = w.section(s, r, title)
	for _, t := range texts {
		w.phraseAcross(s, sumNow, sumLast, r, append(phrase{lit("• ")}, liveSentence(t, templates)...), w.st.sentence)
		r++
	}
	return r + 1
}

// decisionFigures are the figures the decision turns on: the shares only
// where revenue and the gap are known.
func (w *writer) decisionFigures(p advisor.Plan) []headline {
	money, pctS := w.st.moneyLeft, w.st.pctLeft
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
		hs = append(hs, headline{"New-rep bookings in year 2, net of turnover, share of the revenue gap", "GapShare", pctS, w.st.pctChange})
	}
	return hs
}

// moreFigures are the team, capacity and comparison figures.
func (w *writer) moreFigures(p advisor.Plan) []headline {
	money, count := w.st.moneyLeft, w.st.numberLeft
	hs := []headline{
		{"Headcount now (people who sell, manage or forecast)", "HeadcountNow", count, w.st.numberChange},
		{"Headcount in 12 months", "Headcount12", count, w.st.numberChange},
		{"Headcount in 24 months", "Headcount24", count, w.st.numberChange},
	}
	if _, ok := w.namedValue("RepsNeeded").(float64); ok {
		hs = append(hs, headline{"Reps the revenue gap calls for, uncapped", "RepsNeeded", count, w.st.numberChange})
	}
	hs = append(hs,
		headline{"Reps the plan books for the gap", "GrowthReps", count, w.st.numberChange},
		headline{"Reps at the end of the plan", "RepsAtEnd", count, w.st.numberChange},
		headline{"Managers the team needs at the end", "ManagersNeeded", count, w.st.numberChange},
		headline{"New-rep bookings, year 1, net of turnover", "Capacity1", money, w.st.moneyChange},
		headline{"New-rep bookings, year 2, net of turnover", "Capacity2", money, w.st.moneyChange},
	)
	if p.Recommendation.Compare {
		hs = append(hs,
			headline{"Full-time minus fractional, 12 months", "Saving12", money, w.st.moneyChange},
			headline{"Full-time minus fractional, 24 months", "Saving24", money, w.st.moneyChange},
			headline{"Full-time manager breaks even in month", "BreakEven", w.st.breakEven, w.st.numberChange},
		)
	}
	return hs
}

// headlines writes each figure as a formula on its defined name, beside
// its value as exported and the change since.
func (w *writer) headlines(s string, r int, title string, hs []headline) int {
	r = w.section(s, r, title)
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

// alternatives lists the other advice, titled for this team, and when each
// would fit.
func (w *writer) alternatives(s string, r int, p advisor.Plan, templates []phrase) int {
	rec := p.Recommendation
	if len(rec.AlternativeReasons) == 0 {
		return r
	}
	r = w.section(s, r, "Alternatives, and when each fits")
	for _, a := range rec.AlternativeReasons {
		w.text(s, sumLabel, r, orDefault(a.Title, a.Kind.Title()), w.st.label)
		w.phraseAcross(s, sumNow, sumLast, r, liveSentence(a.Text, templates), w.st.sentence)
		r++
	}
	return r
}
