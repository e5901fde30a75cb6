package xlsx

import (
	"fmt"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// figureNames are the defined names of the single-number assumptions, by
// figure id.
var figureNames = map[string]string{"burden_rate": "BurdenRate", "rep_ramp_months": "RepRamp", "onboarding_months": "Onboarding",
	"rep_search_months": "RepSearch", "manager_search_months": "ManagerSearch", "recruiting_fee_rate": "FeeRate",
	"expected_attainment": "Attainment", "rep_turnover": "Turnover", "quota_multiple": "QuotaMultiple", "span_of_control": "Span",
	"fractional_retainer": "Retainer", "fractional_months": "FractionalMonths", "fractional_days_per_week": "DaysPerWeek",
	"manager_ramp_months": "ManagerRamp"}

// Rows of the Assumptions sheet.
const (
	assumptionsHeader   = 4
	assumptionsCurrency = 5
	assumptionsFirst    = 6 // first figure
)

func (w *writer) assumptions(p advisor.Plan) {
	const s = SheetAssumptions
	w.widths(s, 40, 14, 12, 70, 12, 14, 40)
	w.title(s, "Assumptions", "Yellow cells are inputs: change one and every sheet recalculates. Each default shows its source and year.")
	w.header(s, assumptionsHeader, "Assumption", "Value", "Unit", "Source", "Year", "Confidence", "Link")
	r := assumptionsCurrency
	w.text(s, 1, r, "Currency of all amounts", w.st.label)
	w.text(s, 2, r, currencyCode(p), w.st.wrap)
	w.text(s, 4, r, "From the answers file (company.currency); the number formats use it.", w.st.wrap)
	for i, fig := range p.Assumptions.Figures() {
		w.figure(s, assumptionsFirst+i, fig, figureNames[fig.ID])
	}
	last := assumptionsFirst + len(p.Assumptions.Figures()) - 1
	w.nonNegative(s, fmt.Sprintf("B%d:B%d", assumptionsFirst, last))
	w.freeze(s, 1, assumptionsHeader+1)
	w.print(s, assumptionsHeader)
}

// figure writes one assumption row and names its value cell.
func (w *writer) figure(s string, r int, fig advisor.Figure, name string) {
	w.text(s, 1, r, orDefault(fig.Label, name), w.st.label)
	w.num(s, 2, r, fig.Value, w.figureStyle(fig.Unit))
	w.name(name, s, 2, r)
	w.text(s, 3, r, unitLabel(fig.Unit), w.st.wrap)
	w.text(s, 4, r, sourceNote(fig.Source, fig.Edited), w.st.wrap)
	w.text(s, 5, r, fig.Year, w.st.wrap)
	w.text(s, 6, r, fig.Confidence, w.st.wrap)
	w.link(s, 7, r, fig.URL)
}

func (w *writer) figureStyle(unit string) int {
	switch unit {
	case "share":
		return w.st.pctInput
	case "per month", "one-off":
		return w.st.moneyInput
	case "x OTE":
		return w.st.multipleInput
	}
	return w.st.numberInput
}

// unitLabel words a figure's unit for the sheet, where the value's number
// format already shows an "x" or a "%".
func unitLabel(unit string) string {
	switch unit {
	case "x OTE":
		return "multiple of OTE"
	case "share":
		return "of pay"
	}
	return unit
}

// sourceNote is a figure's source, marked when the user changed the value.
func sourceNote(src string, edited bool) string {
	if edited {
		return "Changed from the default. Default's source: " + src
	}
	return src
}

func currencyCode(p advisor.Plan) string {
	return orDefault(p.Currency, orDefault(p.Assumptions.Currency, "USD"))
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
