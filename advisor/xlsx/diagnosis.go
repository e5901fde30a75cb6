package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// Columns of the Diagnosis sheet's last part, the thresholds.
const (
	diagLast = 8 // text spans to this column
)

func (w *writer) diagnosis(p advisor.Plan) {
	const s = SheetDiagnosis
	w.widths(s, 30, 11, 11, 11, 11, 16, 14, 40)
	d := p.Diagnosis
	w.title(s, "Diagnosis", "")
	w.textAcross(s, 1, diagLast, 2, orDefault(d.ProblemSummary, "What the answers show about who does what."), w.st.noteWrap)
	r := w.section(s, 4, fmt.Sprintf("Role clarity score: %d / 100", d.RoleClarityScore))
	w.header(s, r, "Part", "Points", "Out of")
	w.textAcross(s, 4, diagLast, r, "Note", w.st.header)
	r++
	for _, part := range d.ScoreBreakdown {
		w.text(s, 1, r, part.Name, w.st.wrap)
		w.num(s, 2, r, float64(part.Points), w.st.number)
		w.num(s, 3, r, float64(part.Max), w.st.number)
		w.textAcross(s, 4, diagLast, r, part.Note, w.st.wrap)
		r++
	}
	r = w.findings(s, r+1, d.Findings)
	r = w.lines(s, r+1, "What shows the structure costs sales", signalTexts(d.Signals), "No outcome signal: nothing in the answers shows that the structure costs sales.")
	r = w.grid(s, r+1, p)
	if len(d.Notes) > 0 {
		r = w.lines(s, r+1, "Where the answers disagree", d.Notes, "")
	}
	if len(d.Sharpen) > 0 {
		r = w.lines(s, r+1, "Answers that would let the diagnosis check more", sharpenTexts(d.Sharpen), "")
	}
	w.thresholds(s, r+1, d.Thresholds)
	w.print(s, printOpts{landscape: true})
}

func signalTexts(ss []advisor.Signal) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text
	}
	return out
}

func sharpenTexts(ss []advisor.Sharpen) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		ids := make([]string, len(s.Skipped))
		for j, id := range s.Skipped {
			ids[j] = strings.ToLower(id.Title())
		}
		out[i] = fmt.Sprintf("%s It would check: %s.", s.Prompt, strings.Join(ids, "; "))
	}
	return out
}

// lines writes a section of sentences, one a row, or none when there are
// none.
func (w *writer) lines(s string, r int, title string, texts []string, none string) int {
	r = w.section(s, r, title)
	if len(texts) == 0 {
		w.textAcross(s, 1, diagLast, r, none, w.st.noteWrap)
		return r + 1
	}
	for _, t := range texts {
		w.textAcross(s, 1, diagLast, r, "• "+t, w.st.wrap)
		r++
	}
	return r
}

func (w *writer) findings(s string, r int, fs []advisor.Finding) int {
	r = w.section(s, r, "Findings")
	w.header(s, r, "Finding", "Severity")
	w.textAcross(s, 3, 4, r, "Who", w.st.header)
	w.textAcross(s, 5, diagLast, r, "Evidence", w.st.header)
	r++
	if len(fs) == 0 {
		w.text(s, 1, r, "No findings: the roles look clear.", w.st.note)
		return r + 1
	}
	for _, f := range fs {
		w.text(s, 1, r, f.Title, w.st.wrap)
		w.text(s, 2, r, string(f.Severity), w.severityStyle(f.Severity))
		w.textAcross(s, 3, 4, r, strings.Join(f.Who, ", "), w.st.wrap)
		w.textAcross(s, 5, diagLast, r, f.Evidence, w.st.wrap)
		r++
	}
	return r
}

func (w *writer) severityStyle(sev advisor.Severity) int {
	switch sev {
	case advisor.High:
		return w.st.high
	case advisor.Medium:
		return w.st.medium
	}
	return w.st.low
}

// grid writes who does what: each person's week split, shaded by share,
// with the diagnosis's reading of each person: their role, how many jobs
// their week holds, and whether a finding about overlapping roles names
// them (red) or their week holds two or three hats (amber).
func (w *writer) grid(s string, r int, p advisor.Plan) int {
	r = w.section(s, r, "Who does what (% of the week), as the diagnosis reads it")
	w.header(s, r, "Person", "Selling", "Managing", "Forecasting", "Other", "Role", "Jobs in the week")
	r++
	people := p.Answers.People
	if len(people) == 0 {
		w.text(s, 1, r, "No people given.", w.st.note)
		return r + 1
	}
	readings := map[string]advisor.PersonReading{}
	for _, pr := range p.Diagnosis.People {
		readings[pr.Name] = pr
	}
	for i, ps := range people {
		pr := readings[ps.Name]
		style := w.st.wrap
		switch {
		case pr.Flagged:
			style = w.st.flagged
		case pr.Overlap == advisor.TwoHats || pr.Overlap == advisor.ThreeHats:
			style = w.st.overlap
		}
		w.text(s, 1, r+i, personLabel(ps), style)
		for j, v := range []float64{ps.Time.Selling, ps.Time.Managing, ps.Time.Forecasting, ps.Time.Other} {
			w.num(s, 2+j, r+i, v, w.st.pctWhole)
		}
		w.text(s, 6, r+i, string(pr.Role), w.st.wrap)
		w.text(s, 7, r+i, string(pr.Overlap), style)
	}
	last := r + len(people) - 1
	w.fail(w.f.SetConditionalFormat(s, fmt.Sprintf("%s:%s", cell(2, r), cell(5, last)), []excelize.ConditionalFormatOptions{{
		Type: "2_color_scale", Criteria: "=", MinType: "num", MaxType: "num", MinValue: "0", MaxValue: "100",
		MinColor: "#FFFFFF", MaxColor: "#F4B183",
	}}))
	w.textAcross(s, 1, diagLast, last+1, fmt.Sprintf("Red: named in a finding about overlapping roles. Amber: two or three hats in one week (a hat from %s%% of the week), not named in a finding. A player-coach sells and leads within a player-coach's bounds.", fmtNum(p.Diagnosis.Thresholds.HatMin)), w.st.noteWrap)
	return last + 2
}

// thresholds lists the thresholds the diagnosis ran with: the rules the
// highlighting and the plan's leadership figures read.
func (w *writer) thresholds(s string, r int, t advisor.Thresholds) {
	r = w.section(s, r, "The thresholds this diagnosis used")
	w.header(s, r, "Threshold", "Value")
	w.textAcross(s, 3, 4, r, "Unit", w.st.header)
	w.textAcross(s, 5, diagLast, r, "Why", w.st.header)
	r++
	for _, info := range t.Describe() {
		w.text(s, 1, r, info.Name, w.st.label)
		w.num(s, 2, r, info.Value, w.st.number)
		w.textAcross(s, 3, 4, r, info.Unit, w.st.wrap)
		w.textAcross(s, 5, diagLast, r, info.Why, w.st.wrap)
		switch {
		case strings.Contains(info.Name, "manager pays off"):
			w.name("ManagerMinReps", s, 2, r)
		case strings.Contains(info.Name, "borderline"):
			w.name("BudgetMargin", s, 2, r)
		}
		r++
	}
}

func personLabel(ps advisor.Person) string {
	if ps.Title == "" {
		return ps.Name
	}
	return ps.Name + " (" + ps.Title + ")"
}
