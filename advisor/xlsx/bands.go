package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// Cells of the Salary bands sheet.
const (
	bandsLevelRow = 4
	bandsHeader   = 6
	bandsRep      = 7
	bandsManager  = 8
	bandsLow      = 3 // column of the low value; mid and high follow
	bandsUsed     = 6 // the value at the plan's level
	bandsShare    = 7
)

func (w *writer) bands(p advisor.Plan) {
	const s = SheetBands
	w.widths(s, 24, 26, 12, 12, 12, 12, 11, 50, 8, 12, 50, 24)
	as := p.Assumptions
	w.title(s, "Salary bands", "Yearly pay per role. Yellow cells are inputs: change a band or the level and the hiring plan recalculates.")
	w.text(s, 1, bandsLevelRow, "Band level the plan uses (low, mid or high)", w.st.label)
	w.text(s, 2, bandsLevelRow, levelName(as.Level), w.st.textInput)
	w.name("BandLevel", s, 2, bandsLevelRow)
	w.validate(s, cell(2, bandsLevelRow), func(dv *excelize.DataValidation) error {
		return dv.SetDropList([]string{"low", "mid", "high"})
	}, "Choose low, mid or high.")
	w.header(s, bandsHeader, "Role", "Measure", "Low", "Mid", "High", "Plan uses", "Base share", "Source", "Year", "Confidence", "Base share source", "Link")
	w.band(s, bandsRep, as.Rep, "Sales representative", "RepOTE", "RepBaseShare")
	w.band(s, bandsManager, as.Manager, "Sales manager", "ManagerOTE", "ManagerBaseShare")
	w.bandValidation(s)
	w.text(s, 1, bandsManager+2, "Low ≤ mid ≤ high is enforced; base share is the part of pay that is base salary, the rest is variable (commission or bonus).", w.st.note)
	w.freeze(s, 2, bandsHeader+1)
	w.print(s, bandsHeader)
}

func (w *writer) band(s string, r int, b advisor.Band, title, name, shareName string) {
	w.text(s, 1, r, orDefault(b.Title, title), w.st.label)
	w.text(s, 2, r, b.Measure, w.st.wrap)
	for i, v := range []float64{b.Low, b.Mid, b.High} {
		w.num(s, bandsLow+i, r, v, w.st.moneyInput)
	}
	low, mid, high := cell(bandsLow, r), cell(bandsLow+1, r), cell(bandsLow+2, r)
	w.formula(s, bandsUsed, r, fmt.Sprintf(`IF(BandLevel="low",%s,IF(BandLevel="high",%s,%s))`, low, high, mid), w.st.moneyBold)
	w.name(name, s, bandsUsed, r)
	w.num(s, bandsShare, r, b.BaseShare, w.st.pctInput)
	w.name(shareName, s, bandsShare, r)
	w.text(s, 8, r, sourceNote(b.Source, b.Edited), w.st.wrap)
	w.text(s, 9, r, b.Year, w.st.wrap)
	w.text(s, 10, r, b.Confidence, w.st.wrap)
	w.text(s, 11, r, b.BaseShareSource, w.st.wrap)
	w.link(s, 12, r, b.URL)
}

// bandValidation keeps every band value >= 0 and low <= mid <= high, and
// base shares between 0 and 100%.
func (w *writer) bandValidation(s string) {
	for r := bandsRep; r <= bandsManager; r++ {
		low, mid, high := cell(bandsLow, r), cell(bandsLow+1, r), cell(bandsLow+2, r)
		msg := "Enter a number of 0 or more, with low ≤ mid ≤ high."
		w.validate(s, low, between("0", mid), msg)
		w.validate(s, mid, between(low, high), msg)
		w.validate(s, high, func(dv *excelize.DataValidation) error {
			return dv.SetRange(mid, 0, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorGreaterThanOrEqual)
		}, msg)
	}
	w.validate(s, fmt.Sprintf("%s:%s", cell(bandsShare, bandsRep), cell(bandsShare, bandsManager)), between("0", "1"),
		"Enter a share between 0% and 100%.")
}

func between(lo, hi string) func(dv *excelize.DataValidation) error {
	return func(dv *excelize.DataValidation) error {
		return dv.SetRange(lo, hi, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween)
	}
}

// levelName is the band level as the BandLevel cell holds it; anything but
// low and high reads as mid, as advisor.Band.At does.
func levelName(l advisor.Level) string {
	switch l {
	case advisor.LevelLow, advisor.LevelHigh:
		return string(l)
	}
	return string(advisor.LevelMid)
}
