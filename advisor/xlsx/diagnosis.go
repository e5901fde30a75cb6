package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/salesteamadvisor/salesteam/advisor"
)

func (w *writer) diagnosis(p advisor.Plan) {
	const s = SheetDiagnosis
	w.widths(s, 34, 12, 12, 12, 12, 50)
	d := p.Diagnosis
	w.title(s, "Diagnosis", orDefault(d.ProblemSummary, "What the answers show about who does what."))
	r := w.section(s, 4, fmt.Sprintf("Role clarity score: %d / 100", d.RoleClarityScore))
	w.header(s, r, "Part", "Points", "Out of")
	w.textAcross(s, 4, 6, r, "Note", w.st.header)
	r++
	for _, part := range d.ScoreBreakdown {
		w.text(s, 1, r, part.Name, w.st.wrap)
		w.num(s, 2, r, float64(part.Points), w.st.number)
		w.num(s, 3, r, float64(part.Max), w.st.number)
		w.textAcross(s, 4, 6, r, part.Note, w.st.wrap)
		r++
	}
	r = w.findings(s, r+1, d.Findings)
	w.grid(s, r+1, p)
	w.print(s, printOpts{landscape: true})
}

func (w *writer) findings(s string, r int, fs []advisor.Finding) int {
	r = w.section(s, r, "Findings")
	w.header(s, r, "Finding", "Severity", "Who")
	w.textAcross(s, 4, 6, r, "Evidence", w.st.header)
	r++
	if len(fs) == 0 {
		w.text(s, 1, r, "No findings: the roles look clear.", w.st.note)
		return r + 1
	}
	for _, f := range fs {
		w.text(s, 1, r, f.Title, w.st.wrap)
		w.text(s, 2, r, string(f.Severity), w.severityStyle(f.Severity))
		w.text(s, 3, r, strings.Join(f.Who, ", "), w.st.wrap)
		w.textAcross(s, 4, 6, r, f.Evidence, w.st.wrap)
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
// with people who wear several hats (selling, managing, forecasting, each
// at least the diagnosis's hat threshold) highlighted.
func (w *writer) grid(s string, r int, p advisor.Plan) {
	r = w.section(s, r, "Who does what (% of the week)")
	w.header(s, r, "Person", "Selling", "Managing", "Forecasting", "Other")
	r++
	people := p.Answers.People
	if len(people) == 0 {
		w.text(s, 1, r, "No people given.", w.st.note)
		return
	}
	for i, ps := range people {
		w.text(s, 1, r+i, personLabel(ps), w.st.wrap)
		for j, v := range []float64{ps.Time.Selling, ps.Time.Managing, ps.Time.Forecasting, ps.Time.Other} {
			w.num(s, 2+j, r+i, v, w.st.pctWhole)
		}
	}
	last := r + len(people) - 1
	w.gridFormats(s, r, last, hatMin(p))
	w.textAcross(s, 1, 6, last+1, fmt.Sprintf("Red names: selling, managing and forecasting at once (each at least %g%% of the week); amber: two of the three.", hatMin(p)), w.st.noteWrap)
}

func (w *writer) gridFormats(s string, first, last int, hat float64) {
	shares := fmt.Sprintf("%s:%s", cell(2, first), cell(5, last))
	w.fail(w.f.SetConditionalFormat(s, shares, []excelize.ConditionalFormatOptions{{
		Type: "2_color_scale", Criteria: "=", MinType: "num", MaxType: "num", MinValue: "0", MaxValue: "100",
		MinColor: "#FFFFFF", MaxColor: "#F4B183",
	}}))
	red, err := w.f.NewConditionalStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "9C0006"},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFC7CE"}}})
	w.fail(err)
	amber, err := w.f.NewConditionalStyle(&excelize.Style{Font: &excelize.Font{Color: "9C5700"},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFEB9C"}}})
	w.fail(err)
	hats := fmt.Sprintf(`COUNTIF($B%d:$D%d,">=%g")`, first, first, hat)
	w.fail(w.f.SetConditionalFormat(s, fmt.Sprintf("A%d:A%d", first, last), []excelize.ConditionalFormatOptions{
		{Type: "formula", Criteria: hats + ">=3", Format: &red, StopIfTrue: true},
		{Type: "formula", Criteria: hats + "=2", Format: &amber},
	}))
}

func hatMin(p advisor.Plan) float64 {
	if h := p.Diagnosis.Thresholds.HatMin; h > 0 {
		return h
	}
	return advisor.DefaultHatMin
}

func personLabel(ps advisor.Person) string {
	if ps.Title == "" {
		return ps.Name
	}
	return ps.Name + " (" + ps.Title + ")"
}
