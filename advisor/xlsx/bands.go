package xlsx

import (
	"fmt"

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
	bandsSources  = 12 // the header of the sources table
)

// bandNames are the defined names of a band's cells.
type bandNames struct {
	prefix, ote, share string
}

var (
	repBand     = bandNames{"RepBand", "RepOTE", "RepBaseShare"}
	managerBand = bandNames{"ManagerBand", "ManagerOTE", "ManagerBaseShare"}
)

func (w *writer) bands(p advisor.Plan) {
	const s = SheetBands
	w.widths(s, 24, 30, 12, 12, 12, 12, 11, 10, 12)
	as := p.Assumptions
	w.title(s, "Salary bands", "Yearly pay per role. Yellow cells are inputs: change a band or the level and the hiring plan recalculates.")
	w.text(s, 1, bandsLevelRow, "Band level the plan uses (low, mid or high)", w.st.label)
	w.text(s, 2, bandsLevelRow, levelName(as.Level), w.st.textInput)
	w.name("BandLevel", s, 2, bandsLevelRow)
	w.validate(s, cell(2, bandsLevelRow), oneOf("low", "mid", "high").says("Band level",
		"Which point of each band the plan pays: low, mid or high. Default mid.", "Choose low, mid or high."))
	w.header(s, bandsHeader, "Role", "Measure", "Low", "Mid", "High", "Plan uses", "Base share", "Year", "Confidence")
	w.band(s, bandsRep, as.Rep, as.Level, "Sales representative", repBand)
	w.band(s, bandsManager, as.Manager, as.Level, "Sales manager", managerBand)
	w.textAcross(s, 1, 9, bandsManager+2, "Low ≤ mid ≤ high is enforced; base share is the part of pay that is base salary, the rest is variable (commission or bonus).", w.st.noteWrap)
	w.bandSources(s, as)
	w.freeze(s, 2, bandsHeader+1)
	w.print(s, printOpts{landscape: true, titleRows: bandsHeader})
}

func (w *writer) band(s string, r int, b advisor.Band, level advisor.Level, title string, n bandNames) {
	title = orDefault(b.Title, title)
	w.text(s, 1, r, title, w.st.label)
	w.text(s, 2, r, b.Measure, w.st.wrap)
	levels := []string{"Low", "Mid", "High"}
	for i, v := range []float64{b.Low, b.Mid, b.High} {
		w.num(s, bandsLow+i, r, v, w.st.moneyInput)
		w.name(n.prefix+levels[i], s, bandsLow+i, r)
	}
	w.formula(s, bandsUsed, r, fmt.Sprintf(`IF(BandLevel="low",%[1]sLow,IF(BandLevel="high",%[1]sHigh,%[1]sMid))`, n.prefix), b.At(level), w.st.moneyBold)
	w.name(n.ote, s, bandsUsed, r)
	w.num(s, bandsShare, r, b.BaseShare, w.st.pctInput)
	w.name(n.share, s, bandsShare, r)
	w.text(s, 8, r, b.Year, w.st.wrap)
	w.text(s, 9, r, b.Confidence, w.st.wrap)
	w.bandGuards(s, r, b, title)
}

// bandGuards keeps every band value >= 0 and low <= mid <= high, and the
// base share between 0 and 100%; each prompt says where the default comes
// from.
func (w *writer) bandGuards(s string, r int, b advisor.Band, title string) {
	low, mid, high := cell(bandsLow, r), cell(bandsLow+1, r), cell(bandsLow+2, r)
	src := b.Source
	if b.Year != "" {
		src += ", " + b.Year
	}
	prompt := func(level string, v float64) string {
		if b.Edited {
			return fmt.Sprintf("%s, %s of the band: %s. Changed from the default; the default's source: %s.", title, level, b.Measure, src)
		}
		return fmt.Sprintf("%s, %s of the band: %s. Default %s: %s.", title, level, b.Measure, thousands(v), src)
	}
	const order = " Each value must be 0 or more, with low ≤ mid ≤ high."
	w.validate(s, low, decimalBetween(0.0, mid).says(title+": low", prompt("low end", b.Low), "Type a yearly amount from 0 up to the mid value."+order))
	w.validate(s, mid, decimalBetween(low, high).says(title+": mid", prompt("middle", b.Mid), "Type a yearly amount between the low and the high value."+order))
	w.validate(s, high, atLeast(mid).says(title+": high", prompt("high end", b.High), "Type a yearly amount of at least the mid value."+order))
	w.validate(s, cell(bandsShare, r), decimalBetween(0.0, 1.0).says(title+": base share",
		"The part of "+title+" pay that is base salary; the rest is variable. "+orDefault(b.BaseShareSource, "No source given")+".",
		"Type the base share as a percentage between 0% and 100%, e.g. 50%."))
}

// bandSources lists where each band and its pay mix come from.
func (w *writer) bandSources(s string, as advisor.Assumptions) {
	r := w.section(s, bandsSources-1, "Where the bands come from")
	w.text(s, 1, r, "Role", w.st.header)
	w.textAcross(s, 2, 5, r, "Source", w.st.header)
	w.textAcross(s, 6, 9, r, "Base share source", w.st.header)
	r++
	for _, b := range []advisor.Band{as.Rep, as.Manager} {
		w.text(s, 1, r, b.Title, w.st.label)
		w.textAcross(s, 2, 5, r, sourceNote(b.Source, b.Edited), w.st.wrap)
		w.textAcross(s, 6, 9, r, b.BaseShareSource, w.st.wrap)
		r++
		if b.URL != "" {
			w.link(s, 2, r, b.URL)
			r++
		}
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
