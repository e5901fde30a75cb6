package xlsx

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// recalcOnLoad makes LibreOffice recalculate every formula of an .xlsx file
// it opens, rather than trusting cached values.
const recalcOnLoad = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`

// soffice returns the LibreOffice binary, or skips the test when there is
// none, unless SALESTEAM_REQUIRE_SOFFICE=1 makes its absence a failure.
func soffice(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("SALESTEAM_REQUIRE_SOFFICE") == "1" {
			t.Fatal("soffice not found on PATH and SALESTEAM_REQUIRE_SOFFICE=1")
		}
		t.Skip("soffice not found on PATH; install LibreOffice to run the cross-check")
	}
	return path
}

// recalculate converts every .xlsx in dir/in to dir/out with one
// LibreOffice run, which recalculates every formula, and returns dir/out.
func recalculate(t *testing.T, bin, dir string) string {
	t.Helper()
	inputs, _ := filepath.Glob(filepath.Join(dir, "in", "*.xlsx"))
	out := filepath.Join(dir, "out")
	// Two LibreOffice processes, each with a profile of its own, convert
	// half the files each: the cross-check's time is theirs.
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i := range 2 {
		var half []string
		for j := i; j < len(inputs); j += 2 {
			half = append(half, inputs[j])
		}
		if len(half) == 0 {
			continue
		}
		profile := filepath.Join(dir, fmt.Sprintf("profile%d", i))
		if err := os.MkdirAll(filepath.Join(profile, "user"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(profile, "user", "registrymodifications.xcu"), []byte(recalcOnLoad), 0o644); err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			args := append([]string{"-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", out}, half...)
			cmd := exec.Command(bin, args...)
			cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8", "HOME="+profile)
			if msg, err := cmd.CombinedOutput(); err != nil {
				errs[i] = fmt.Errorf("soffice: %v\n%s", err, msg)
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, in := range inputs {
		if _, err := os.Stat(filepath.Join(out, filepath.Base(in))); err != nil {
			t.Fatalf("soffice did not convert %s: %v", filepath.Base(in), err)
		}
	}
	return out
}

// edit is the change the cross-check makes to input cells, and the same
// change applied to the model's assumptions: a salary band, the burden
// and the retainer.
type edit struct {
	repBand  float64 // new rep band value at the plan's level
	burden   float64
	retainer float64
}

func (e edit) apply(t *testing.T, f *excelize.File, p advisor.Plan) {
	t.Helper()
	bandCell := cell(bandsLow+levelIndex(p.Assumptions.Level), bandsRep)
	setCell(t, f, SheetBands, bandCell, e.repBand)
	setNamed(t, f, "BurdenRate", e.burden)
	setNamed(t, f, "Retainer", e.retainer)
}

// expected is the model's plan after the edit, with the advice's words as
// the advisor would now write them. The rep band also sets how many reps
// the gap needs, which the workbook's rows do not follow, so the edit is
// chosen among a few candidates to keep the hires and the shape of the
// advice the same.
func (e *edit) expected(t *testing.T, p advisor.Plan) advisor.Plan {
	t.Helper()
	rep := p.Assumptions.Rep.At(p.Assumptions.Level)
	for _, k := range []float64{1.1, 0.95, 1.02, 0.99} {
		for _, r := range []float64{1.2, 0.9, 1} {
			as := p.Assumptions
			e.repBand, e.burden, e.retainer = math.Round(rep*k), 0.3, math.Round(as.FractionalRetainer.Value*r)
			setLevel(&as.Rep, as.Level, e.repBand)
			as.BurdenRate.Value = e.burden
			setFigure(&as.FractionalRetainer, e.retainer)
			rec := advisor.Recommend(p.Answers, p.Diagnosis, as)
			o := p.Options
			o.Runs = -1 // the range is values, not formulas: the original's serves
			q := advisor.BuildPlan(p.Answers, p.Diagnosis, rec, as, o)
			if sameHires(p.Hires, q.Hires) && sameShape(p, q) {
				q.Range, q.Options = p.Range, p.Options
				return q
			}
		}
	}
	t.Fatal("no edit keeps the plan's hires and the shape of its advice")
	return p
}

// sameShape reports whether the advice has as many sentences in the same
// places, so that the edited workbook and one written from the edited model
// line up cell by cell.
func sameShape(p, q advisor.Plan) bool {
	a, b := p.Recommendation, q.Recommendation
	return a.Primary == b.Primary && len(a.Why) == len(b.Why) && len(a.Alternatives) == len(b.Alternatives) &&
		len(p.Warnings) == len(q.Warnings) && (p.RevenueGap == nil) == (q.RevenueGap == nil)
}

// setFigure sets a figure as the user's override does: its spread moves
// with it and it counts as set by the user, as the workbook reads a
// retainer typed over the exported one.
func setFigure(f *advisor.Figure, v float64) {
	if f.Value != 0 && v != f.Value {
		f.Low, f.High = f.Low*v/f.Value, f.High*v/f.Value
		f.Edited = true
	}
	f.Value = v
}

func levelIndex(l advisor.Level) int {
	switch l {
	case advisor.LevelLow:
		return 0
	case advisor.LevelHigh:
		return 2
	}
	return 1
}

func setLevel(b *advisor.Band, l advisor.Level, v float64) {
	*[]*float64{&b.Low, &b.Mid, &b.High}[levelIndex(l)] = v
}

// sameHires compares the hires' roles and starts; the fractional
// engagement's length may follow the retainer, as it does in the workbook.
func sameHires(a, b []advisor.Hire) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Role != b[i].Role || a[i].Start != b[i].Start || a[i].Promotion != b[i].Promotion || a[i].Backfill != b[i].Backfill {
			return false
		}
	}
	return true
}

func setCell(t *testing.T, f *excelize.File, sheet, ref string, v any) {
	t.Helper()
	if err := f.SetCellValue(sheet, ref, v); err != nil {
		t.Fatal(err)
	}
}

func setNamed(t *testing.T, f *excelize.File, name string, v any) {
	t.Helper()
	sheet, ref := named(t, f, name)
	setCell(t, f, sheet, ref, v)
}

// recompute is the plan's arithmetic over its hires as they stand, after a
// test moved a search or added a hire, from the domain's own rules (a
// hire's Active, MonthlyCost and fee, RampFactor, DepartureCost and
// TurnoverMonthsLost).
func recompute(p advisor.Plan) advisor.Plan {
	n, as := advisor.PlanMonths, p.Assumptions
	p.Hires = append([]advisor.Hire(nil), p.Hires...)
	p.Monthly, p.Capacity, p.TurnoverCost, p.TurnoverLoss = make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n)
	p.Year1, p.Year2, p.Capacity1, p.Capacity2, p.Headcount12, p.ExpectedDepartures = 0, 0, 0, 0, p.HeadcountNow, 0
	rate, lost := as.RepTurnover.Value/12, advisor.TurnoverMonthsLost(as, p.RampMonths)*as.RepBookings()/12
	for m := 1; m <= n; m++ {
		seats := 0.0
		for i := range p.Hires {
			h := &p.Hires[i]
			if m == 1 {
				h.Monthly, h.Total = make([]float64, n), 0
			}
			if h.Active(m) {
				h.Monthly[m-1] = h.MonthlyCost()
			}
			if m == h.Start {
				h.Monthly[m-1] += h.RecruitingFee
			}
			h.Total += h.Monthly[m-1]
			p.Monthly[m-1] += h.Monthly[m-1]
			if h.AddsCapacity() {
				p.Capacity[m-1] += as.RepBookings() / 12 * advisor.RampFactor(m, h.Start, h.RampMonths)
			}
			if h.Role == advisor.RoleRep && h.Active(m) {
				seats++
			}
		}
		p.ExpectedDepartures += seats * rate
		p.TurnoverCost[m-1], p.TurnoverLoss[m-1] = seats*rate*advisor.DepartureCost(as), seats*rate*lost
		p.Monthly[m-1] += p.TurnoverCost[m-1]
		net := p.Capacity[m-1] - p.TurnoverLoss[m-1]
		if m <= 12 {
			p.Year1, p.Capacity1 = p.Year1+p.Monthly[m-1], p.Capacity1+net
		} else {
			p.Year2, p.Capacity2 = p.Year2+p.Monthly[m-1], p.Capacity2+net
		}
	}
	for _, h := range p.Hires {
		if h.FullTime() && h.Start <= 12 {
			p.Headcount12++
		}
	}
	return p
}

// moved is the plan with a search moved two months later, in the workbook
// and in the model; ok is false when no hire can move. A fractional VP's
// engagement is left alone: its light-touch continuation follows it.
func moved(t *testing.T, f *excelize.File, p advisor.Plan) (advisor.Plan, bool) {
	t.Helper()
	l := layoutPlan(p)
	for i := len(p.Hires) - 1; i >= 0; i-- {
		if h := p.Hires[i]; h.Start <= advisor.PlanMonths-2 && h.Role != advisor.RoleFractionalVP {
			setCell(t, f, SheetPlan, cell(colSearch, l.first+i), h.SearchStart+2)
			q := p
			q.Hires = append([]advisor.Hire(nil), p.Hires...)
			q.Hires[i].SearchStart += 2
			q.Hires[i].Start += 2
			return recompute(q), true
		}
	}
	return p, false
}

// spareRep puts a sales rep whose search starts in month 6 in the first
// spare row, and adds the same hire to the model.
func spareRep(t *testing.T, f *excelize.File, p advisor.Plan) advisor.Plan {
	t.Helper()
	l := layoutPlan(p)
	setCell(t, f, SheetPlan, cell(colRole, l.spareFirst), labelRep)
	setCell(t, f, SheetPlan, cell(colSearch, l.spareFirst), 6)
	as := p.Assumptions
	pay, search := as.Rep.At(as.Level), advisor.Months(as.RepSearchMonths)
	q := p
	q.Hires = append(append([]advisor.Hire(nil), p.Hires...), advisor.Hire{Role: advisor.RoleRep, Title: "spare", SearchStart: 6, SearchMonths: search,
		Start: 6 + search, Pay: pay, BurdenRate: as.BurdenRate.Value, RecruitingFee: pay * as.RecruitingFeeRate.Value, RampMonths: p.RampMonths})
	return recompute(q)
}

// copyKind is what the cross-check did to a workbook before LibreOffice
// recalculated it.
type copyKind int

const (
	asWritten  copyKind = iota
	edited              // a band, the burden and the retainer changed
	movedStart          // a start month moved
	withSpare           // a rep added in a spare row
	badInputs           // a burden typed as 35 and a start month of 30
	restart             // the plan's start moved
	budgeted            // the leadership budget changed
)

// recalcCase is one workbook of the cross-check and what it should hold
// once recalculated.
type recalcCase struct {
	kind     copyKind
	budget   float64      // the leadership budget a budgeted copy was given; below 0: none
	original advisor.Plan // the plan as exported
	want     advisor.Plan // the model after the change
	stored   []byte       // a workbook whose stored results the recalculated one must equal
}

// TestLibreOfficeRecalculates writes every example and changed copies of
// them, recalculates them all in one LibreOffice run, and checks that
//   - every formula's stored result equals LibreOffice's (numbers to the
//     cent, text exactly), so that a reader who never recalculates sees the
//     right figures and words;
//   - after a band, the burden and the retainer change, every formula,
//     totals and sentences alike, equals the stored result of a workbook
//     written from the changed model;
//   - after the plan's start moves, every formula (dates, labels and
//     sentences) equals the stored result of a workbook written from a
//     plan that starts then;
//   - a moved search and a rep added in a spare row move the totals, the
//     fees and the turnover as the model does, and the Summary shows it;
//   - the engagement on the Assumptions sheet, and the sentence that says
//     how the budget shaped it, follow the leadership budget as
//     advisor.FractionalEngagement does;
//   - the Scenarios sheet's options cost what the app planned;
//   - inputs out of range turn the Checks from OK to what is wrong.
func TestLibreOfficeRecalculates(t *testing.T) {
	bin := soffice(t)
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "in"), 0o755); err != nil {
		t.Fatal(err)
	}
	cases := map[string]recalcCase{}
	add := func(name string, f *excelize.File, c recalcCase) {
		save(t, f, filepath.Join(dir, "in", name+".xlsx"))
		cases[name] = c
	}
	for name, p := range examples(t) {
		data := written(t, p, Options{})
		writeBytes(t, filepath.Join(dir, "in", name+".xlsx"), data)
		cases[name] = recalcCase{kind: asWritten, original: p, want: p, stored: data}

		var e edit
		q := e.expected(t, p)
		if q.Year1+q.Year2 == p.Year1+p.Year2 && len(p.Hires) > 0 {
			t.Fatalf("%s: the edit does not change the model's totals, so it proves nothing", name)
		}
		f := openBytes(t, data)
		e.apply(t, f, p)
		add(name+"-edited", f, recalcCase{kind: edited, original: p, want: q, stored: written(t, q, Options{})})
		if !changedCopies[name] {
			continue
		}
		f = openBytes(t, data)
		if q, ok := moved(t, f, p); ok {
			add(name+"-moved", f, recalcCase{kind: movedStart, original: p, want: q})
		}
		f = openBytes(t, data)
		add(name+"-spare", f, recalcCase{kind: withSpare, original: p, want: spareRep(t, f, p)})
		f = openBytes(t, data)
		q = restarted(t, f, p)
		add(name+"-restarted", f, recalcCase{kind: restart, original: p, want: q, stored: written(t, q, Options{})})
	}
	p := examples(t)["acme-fractional"]
	for _, budget := range []float64{-1, 20000, 45000, 60000, 90000} { // none; even the minimum over; shortened; fewer days; half-days
		f := openBytes(t, written(t, p, Options{}))
		if budget < 0 {
			setNamed(t, f, "LeadershipBudget", nil)
		} else {
			setNamed(t, f, "LeadershipBudget", budget)
		}
		add(fmt.Sprintf("budget-%.0f", budget), f, recalcCase{kind: budgeted, original: p, budget: budget})
	}
	p = exampleOf(t)
	f := openBytes(t, written(t, p, Options{}))
	setNamed(t, f, "BurdenRate", 35)
	setCell(t, f, SheetPlan, cell(colSearch, layoutPlan(p).first), 30)
	add("bad", f, recalcCase{kind: badInputs, original: p})

	out := recalculate(t, bin, dir)
	for _, name := range sortedKeys(cases) {
		c := cases[name]
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(out, name+".xlsx"))
			if err != nil {
				t.Fatal(err)
			}
			c.check(t, openBytes(t, data))
		})
	}
}

// changedCopies are the examples whose searches, spare rows and start
// month the cross-check changes: a fractional engagement with its
// light-touch continuation, a manager with growth reps, a promotion with
// its backfill, a plan without hires and one with scenarios.
var changedCopies = map[string]bool{"acme-fractional": true, "growing-team": true, "promote-from-within": true, "nothing-known": true, "with-scenarios": true}

func (c recalcCase) check(t *testing.T, f *excelize.File) {
	t.Helper()
	switch c.kind {
	case asWritten:
		sameResults(t, c.stored, f, false)
		checkTotals(t, f, cachedValue(f), c.want, writtenFor(c.original), true)
		checkScenarios(t, f, c.want)
	case edited:
		sameResults(t, c.stored, f, true)
		checkTotals(t, f, cachedValue(f), c.want, writtenFor(c.original), true)
		checkChange(t, f, c.original, c.want)
	case restart:
		sameResults(t, c.stored, f, false)
	case movedStart, withSpare:
		checkTotals(t, f, cachedValue(f), c.want, writtenFor(c.original), false)
		checkChange(t, f, c.original, c.want)
		if c.kind == withSpare {
			checkSpare(t, f, c.original)
		}
	case budgeted:
		checkEngagement(t, f, c.original, c.budget)
	case badInputs:
		checkBad(t, f)
	}
}

// restarted is the plan started six months later, in the workbook and in
// the model.
func restarted(t *testing.T, f *excelize.File, p advisor.Plan) advisor.Plan {
	t.Helper()
	start := p.Start.Add(6)
	setNamed(t, f, "PlanStart", monthDate(start))
	a := p.Answers
	a.PlanStart = start.String()
	q, err := advisor.AdviseWith(a, p.Options)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// checkEngagement compares the engagement the Assumptions sheet sizes to a
// leadership budget (below 0: none) with advisor.FractionalEngagement's,
// and the fractional VP's reason on the Hiring plan with the note it
// gives.
func checkEngagement(t *testing.T, f *excelize.File, p advisor.Plan, budget float64) {
	t.Helper()
	a := p.Answers
	a.Constraints.AnnualLeadershipBudget = nil
	if budget >= 0 {
		a.Constraints.AnnualLeadershipBudget = &budget
	}
	r := p.Recommendation
	e, fit := advisor.FractionalEngagement(a, p.Assumptions, r.FractionalMonths, r.FractionalDays), advisor.FractionalEngagement(a, p.Assumptions, 0, 0)
	value := cachedValue(f)
	for name, want := range map[string]float64{"EngMonths": float64(e.Months), "EngDays": e.DaysPerWeek, "EngRetainer": e.Retainer, "FitRetainer": fit.Retainer} {
		sheet, ref := named(t, f, name)
		if got, err := value(sheet, ref); err != nil || !cents(got, want) {
			t.Errorf("%s = %v (%v), advisor says %v", name, got, err, want)
		}
	}
	sheet, ref := named(t, f, "EngMinOver")
	if got, _ := f.GetCellValue(sheet, ref); got != yesNo(e.OverBudget) {
		t.Errorf("EngMinOver = %q, advisor says over budget %v", got, e.OverBudget)
	}
	l := layoutPlan(p)
	i := slices.IndexFunc(p.Hires, func(h advisor.Hire) bool { return h.Role == advisor.RoleFractionalVP })
	if i < 0 || advisor.FractionalEngagement(p.Answers, p.Assumptions, r.FractionalMonths, r.FractionalDays).Note != "" {
		t.Fatal("the example must book an engagement that fits its budget as exported")
	}
	want := p.Hires[i].Why // the reason without a note
	if e.Note != "" {
		want += " " + e.Note
	}
	if why, _ := f.GetCellValue(SheetPlan, cell(colRole, l.why+i)); why != want {
		t.Errorf("the fractional VP's reason reads\n  %q\nwant\n  %q", why, want)
	}
}

// checkScenarios compares each option's costs by quarter and year and its
// differences from the recommended plan with the app's, and checks that
// the decision is marked.
func checkScenarios(t *testing.T, f *excelize.File, p advisor.Plan) {
	t.Helper()
	res := p.Scenarios()
	if len(res) == 0 {
		return
	}
	l, value := layoutScenarios(), cachedValue(f)
	for i, r := range res {
		c := optionCol(i)
		want := map[int]float64{l.year1: r.Year1, l.year2: r.Year2, l.delta: r.Delta.Year1, l.delta + 1: r.Delta.Year2, l.delta + 3: r.Delta.Capacity2}
		for q := range quarters {
			want[l.q1+q] = month(r.Quarterly, q)
		}
		for row, w := range want {
			if got, err := value(SheetScenarios, cell(c, row)); err != nil || !cents(got, w) {
				t.Errorf("%s, %s: %v (%v), the app says %.2f", r.Scenario.Name, cell(c, row), got, err, w)
			}
		}
		text, _ := f.GetCellValue(SheetScenarios, cell(c, l.decision))
		if r.Decided != strings.HasPrefix(text, "The decision, taken on") {
			t.Errorf("%s: decided %v, the sheet says %q", r.Scenario.Name, r.Decided, text)
		}
	}
}

// sameResults compares every formula cell of the recalculated workbook
// with the result stored in a written one. edited skips the Summary's
// changes since export, which checkChange checks, and the Scenarios'
// options: the app plans them at export, so a workbook written from the
// edited model re-plans them (their hires, bookings and range) where the
// edited workbook keeps them as planned.
func sameResults(t *testing.T, stored []byte, got *excelize.File, edited bool) {
	t.Helper()
	files, sheets := rawSheets(t, stored)
	for _, sheet := range got.GetSheetList() {
		rows, err := got.GetRows(sheet, excelize.Options{RawCellValue: true}) // one pass, not a lookup a cell
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range rawCells(t, files[sheets[sheet]]) {
			if c.Formula == nil {
				continue
			}
			col, row, _ := excelize.CellNameToCoordinates(c.Ref)
			if edited && (sheet == SheetSummary && col == sumDiff || sheet == SheetScenarios && (col > scRec || row >= layoutScenarios().blocksFirst)) {
				continue
			}
			want, v := deref(c.Value), ""
			if row <= len(rows) && col <= len(rows[row-1]) {
				v = rows[row-1][col-1]
			}
			if c.Type == "str" {
				if v != want {
					t.Errorf("%s!%s =%s\n  stored:       %q\n  recalculated: %q", sheet, c.Ref, *c.Formula, want, v)
				}
				continue
			}
			w, err1 := strconv.ParseFloat(want, 64)
			g, err2 := strconv.ParseFloat(v, 64)
			if err1 != nil || err2 != nil || !cents(w, g) {
				t.Errorf("%s!%s =%s: stored %s, recalculated %q", sheet, c.Ref, *c.Formula, want, v)
			}
		}
	}
}

// checkChange checks that the Summary's year-1 figure shows the change
// since export, and that its sentence quotes the new total.
func checkChange(t *testing.T, f *excelize.File, was, now advisor.Plan) {
	t.Helper()
	row := labelled(t, f, SheetSummary, "Year-1 cost of the plan")
	_, r, _ := excelize.CellNameToCoordinates(row)
	for col, want := range map[int]float64{sumNow: now.Year1, sumThen: was.Year1, sumDiff: now.Year1 - was.Year1} {
		got, err := cachedValue(f)(SheetSummary, cell(col, r))
		if err != nil || !cents(got, want) {
			t.Errorf("Summary!%s = %v (%v), want %.2f", cell(col, r), got, err, want)
		}
	}
	short, _ := f.GetCellValue(SheetSummary, labelled(t, f, SheetSummary, "In short"))
	if w := (&writer{sym: symbol(currencyCode(now))}).moneyText(now.Year1); !strings.Contains(short, w+" in year 1") {
		t.Errorf("the Summary says %q, want the new year-1 cost %s", short, w)
	}
}

// checkSpare checks that a rep added in a spare row counts as a new rep
// and as headcount.
func checkSpare(t *testing.T, f *excelize.File, was advisor.Plan) {
	t.Helper()
	for name, want := range map[string]float64{"NewReps": float64(len(repHires(was.Hires)) + 1), "Headcount24": float64(was.HeadcountNow+fullTime(was.Hires)) + 1} {
		sheet, ref := named(t, f, name)
		if got, err := cachedValue(f)(sheet, ref); err != nil || got != want {
			t.Errorf("%s = %v (%v), want %v", name, got, err, want)
		}
	}
}

func fullTime(hs []advisor.Hire) int {
	n := 0
	for _, h := range hs {
		if h.FullTime() {
			n++
		}
	}
	return n
}

// checkBad checks that the Checks name the two inputs out of range.
func checkBad(t *testing.T, f *excelize.File) {
	t.Helper()
	sheet, ref := named(t, f, "ChecksStatus")
	status, _ := f.GetCellValue(sheet, ref)
	if !strings.HasPrefix(status, "2 of ") || !strings.Contains(status, "checks need attention") {
		t.Errorf("status %q, want 2 checks needing attention", status)
	}
	rows, err := f.GetRows(SheetChecks)
	if err != nil {
		t.Fatal(err)
	}
	var wrong []string
	for _, row := range rows[checksHeader:] {
		if len(row) > 1 && row[1] != "OK" {
			wrong = append(wrong, row[1])
		}
	}
	all := strings.Join(wrong, "\n")
	for _, want := range []string{"Employer burden on top of pay is 3500%: Type the burden as a percentage, e.g. 35%.", "A search start is missing, outside 1 to 24"} {
		if !strings.Contains(all, want) {
			t.Errorf("the checks say %q, want %q", all, want)
		}
	}
	if s, _ := f.GetCellValue(SheetSummary, labelled(t, f, SheetSummary, "Checks")); s != status {
		t.Errorf("the Summary's checks say %q, the Checks sheet %q", s, status)
	}
}

// TestExcelizeCalculates checks the same totals with excelize's own
// formula engine, on the workbook as written: an independent engine for a
// few plans of different shapes, where LibreOffice checks every example.
func TestExcelizeCalculates(t *testing.T) {
	for name, p := range examples(t) {
		if !changedCopies[name] {
			continue
		}
		t.Run(name, func(t *testing.T) {
			f := open(t, p)
			checkTotals(t, f, func(sheet, ref string) (float64, error) {
				v, err := f.CalcCellValue(sheet, ref, excelize.Options{RawCellValue: true})
				if err != nil {
					return 0, err
				}
				return strconv.ParseFloat(v, 64)
			}, p, writtenFor(p), true)
		})
	}
}

func openBytes(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func writeBytes(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func save(t *testing.T, f *excelize.File, path string) {
	t.Helper()
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// valueOf reads a number from a cell.
type valueOf func(sheet, ref string) (float64, error)

func cachedValue(f *excelize.File) valueOf {
	return func(sheet, ref string) (float64, error) {
		v, err := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
		if err != nil {
			return 0, err
		}
		return strconv.ParseFloat(v, 64)
	}
}

// checkTotals compares the workbook's year totals, per-hire totals,
// bookings, turnover and headcount with the plan's, to the cent; all adds
// what the model recomputes only when it plans anew: the gap's reps, the
// team the plan ends with and the comparison.
func checkTotals(t *testing.T, f *excelize.File, value valueOf, p advisor.Plan, l layoutOf, all bool) {
	t.Helper()
	type want struct {
		what, sheet, ref string
		want             float64
	}
	var checks []want
	add := func(what, name string, v float64) {
		sheet, ref := named(t, f, name)
		checks = append(checks, want{what, sheet, ref, v})
	}
	add("year 1", "Year1Total", p.Year1)
	add("year 2", "Year2Total", p.Year2)
	add("bookings year 1", "Capacity1", p.Capacity1)
	add("bookings year 2", "Capacity2", p.Capacity2)
	add("expected departures", "Departures", p.ExpectedDepartures)
	add("headcount now", "HeadcountNow", float64(p.HeadcountNow))
	add("headcount in 12 months", "Headcount12", float64(p.Headcount12))
	for _, s := range []struct {
		label string
		want  float64
	}{{"Year-1 cost of the plan", p.Year1}, {"Year-2 cost of the plan", p.Year2}, {"Headcount now (people who sell, manage or forecast)", float64(p.HeadcountNow)}} {
		checks = append(checks, want{"summary: " + s.label, SheetSummary, labelled(t, f, SheetSummary, s.label), s.want})
	}
	for i, h := range p.Hires {
		row := l.first + i
		if i >= l.booked {
			row = l.spareFirst + i - l.booked // a hire a test added in a spare row
		}
		checks = append(checks, want{fmt.Sprintf("hire %d (%s) total", i+1, h.Title), SheetPlan, cell(colTotal, row), h.Total})
	}
	for m := range advisor.PlanMonths {
		checks = append(checks, want{fmt.Sprintf("turnover cost, month %d", m+1), SheetPlan, cell(colM1+m, l.turnover), month(p.TurnoverCost, m)})
	}
	if all {
		add("plan ramp", "PlanRamp", float64(p.RampMonths))
		if p.RevenueGap != nil {
			add("reps needed", "RepsNeeded", float64(p.RepsNeeded))
		}
		add("growth reps", "GrowthReps", float64(p.GrowthReps))
		add("reps at the end", "RepsAtEnd", float64(p.EndTeam.Reps))
		add("managers at the end", "ManagersAtEnd", float64(p.EndTeam.Managers))
		add("coaching at the end", "CoachingAtEnd", p.EndTeam.Capacity)
		add("managers needed at the end", "ManagersNeeded", float64(p.EndTeam.Needed))
		if c := p.Comparison; p.Recommendation.Compare {
			add("saving at 12 months", "Saving12", c.Saving12)
			add("saving at 24 months", "Saving24", c.Saving24)
			add("break-even month", "BreakEven", float64(c.BreakEvenMonth))
			add("full-time start", "FTStart", float64(c.FullTimeStart))
			add("fractional days", "FracLeadDays", c.FractionalDays)
			add("full-time days", "FullLeadDays", c.FullTimeDays)
			add("fractional cost per day", "FracPerDay", c.FractionalPerDay)
			add("full-time cost per day", "FullPerDay", c.FullTimePerDay)
			add("fractional impact months", "FracImpact", float64(c.FractionalImpactMonths))
			add("full-time impact months", "FullImpact", float64(c.FullTimeImpactMonths))
			add("fractional cost per impact month", "FractionalPerImpactMonth", c.FractionalPerImpactMonth)
			add("full-time cost per impact month", "FullTimePerImpactMonth", c.FullTimePerImpactMonth)
		}
	}
	for _, ch := range checks {
		got, err := value(ch.sheet, ch.ref)
		if err != nil {
			t.Errorf("%s (%s!%s): %v", ch.what, ch.sheet, ch.ref, err)
			continue
		}
		if !cents(got, ch.want) {
			t.Errorf("%s (%s!%s) = %.2f, model says %.2f", ch.what, ch.sheet, ch.ref, got, ch.want)
		}
	}
}

// layoutOf is the layout of the plan a workbook was written from, and how
// many hires it booked.
type layoutOf struct {
	planRows
	booked int
}

func writtenFor(p advisor.Plan) layoutOf { return layoutOf{layoutPlan(p), len(p.Hires)} }

// cents reports whether two amounts agree to the cent: within half a cent,
// and a little more for the binary noise of large sums.
func cents(a, b float64) bool { return math.Abs(a-b) <= 0.005+1e-9*math.Abs(b) }

// named returns the sheet and cell a defined name points at.
func named(t *testing.T, f *excelize.File, name string) (sheet, ref string) {
	t.Helper()
	for _, n := range f.GetDefinedName() {
		if n.Name == name && n.Scope == "Workbook" {
			sheet, ref, _ = strings.Cut(n.RefersTo, "!")
			return strings.ReplaceAll(strings.Trim(sheet, "'"), "''", "'"), strings.ReplaceAll(ref, "$", "")
		}
	}
	t.Fatalf("no defined name %s", name)
	return "", ""
}

// labelled returns the cell right of the first cell in column A holding
// label, on the workbook as read back.
func labelled(t *testing.T, f *excelize.File, sheet, label string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for r, row := range rows {
		if len(row) > 0 && row[0] == label {
			return cell(2, r+1)
		}
	}
	t.Fatalf("%s: no row labelled %q", sheet, label)
	return ""
}
