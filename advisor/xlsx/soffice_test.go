package xlsx

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
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
	profile := filepath.Join(dir, "profile")
	if err := os.MkdirAll(filepath.Join(profile, "user"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(profile, "user", "registrymodifications.xcu"), []byte(recalcOnLoad), 0o644); err != nil {
		t.Fatal(err)
	}
	inputs, _ := filepath.Glob(filepath.Join(dir, "in", "*.xlsx"))
	out := filepath.Join(dir, "out")
	args := append([]string{"-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", out}, inputs...)
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8", "HOME="+dir)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, msg)
	}
	for _, in := range inputs {
		if _, err := os.Stat(filepath.Join(out, filepath.Base(in))); err != nil {
			t.Fatalf("soffice did not convert %s: %v", filepath.Base(in), err)
		}
	}
	return out
}

// edit is the change the cross-check makes to an input cell, and the same
// change applied to the model's assumptions.
type edit struct {
	repBand float64 // new rep band value at the plan's level
	burden  float64
}

func (e edit) apply(f *excelize.File, p advisor.Plan) error {
	col := bandsLow + levelIndex(p.Assumptions.Level)
	if err := f.SetCellValue(SheetBands, cell(col, bandsRep), e.repBand); err != nil {
		return err
	}
	return f.SetCellValue(SheetAssumptions, cell(2, assumptionsFirst), e.burden)
}

// expected is the model's plan after the edit. The rep band also sets how
// many reps the gap needs, which the workbook's rows do not follow, so the
// edit is chosen among a few candidates to keep the hires the same.
func (e *edit) expected(t *testing.T, p advisor.Plan) advisor.Plan {
	t.Helper()
	rep := p.Assumptions.Rep.At(p.Assumptions.Level)
	for _, k := range []float64{1.1, 0.95, 1.02, 0.99} {
		as := p.Assumptions
		e.repBand, e.burden = math.Round(rep*k), 0.3
		setLevel(&as.Rep, as.Level, e.repBand)
		as.BurdenRate.Value = e.burden
		q := p.With(as)
		if sameHires(p.Hires, q.Hires) {
			return q
		}
	}
	t.Fatal("no rep band edit keeps the plan's hires")
	return p
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

func sameHires(a, b []advisor.Hire) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Role != b[i].Role || a[i].Start != b[i].Start || a[i].Months != b[i].Months || a[i].Promotion != b[i].Promotion {
			return false
		}
	}
	return true
}

// TestLibreOfficeRecalculates writes every example, and an edited copy of
// each, recalculates them all in one LibreOffice run and compares the
// totals with the model's, to the cent.
func TestLibreOfficeRecalculates(t *testing.T) {
	bin := soffice(t)
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "in"), 0o755); err != nil {
		t.Fatal(err)
	}
	plans := examples(t)
	want := map[string]advisor.Plan{}
	for name, p := range plans {
		f := open(t, p)
		save(t, f, filepath.Join(dir, "in", name+".xlsx"))
		want[name] = p
		var e edit
		edited := e.expected(t, p)
		if edited.Year1+edited.Year2 == p.Year1+p.Year2 {
			t.Fatalf("%s: the edit does not change the model's totals, so it proves nothing", name)
		}
		want[name+"-edited"] = edited
		if err := e.apply(f, p); err != nil {
			t.Fatal(err)
		}
		save(t, f, filepath.Join(dir, "in", name+"-edited.xlsx"))
	}
	out := recalculate(t, bin, dir)
	names := make([]string, 0, len(want))
	for name := range want {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			f, err := excelize.OpenFile(filepath.Join(out, name+".xlsx"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			checkTotals(t, f, cachedValue(f), want[name])
		})
	}
}

// TestExcelizeCalculates checks the same totals with excelize's own
// formula engine, on the workbook as written.
func TestExcelizeCalculates(t *testing.T) {
	for name, p := range examples(t) {
		t.Run(name, func(t *testing.T) {
			f := open(t, p)
			checkTotals(t, f, func(sheet, ref string) (float64, error) {
				v, err := f.CalcCellValue(sheet, ref, excelize.Options{RawCellValue: true})
				if err != nil {
					return 0, err
				}
				return strconv.ParseFloat(v, 64)
			}, p)
		})
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
// capacity and comparison figures with the plan's, to the cent.
func checkTotals(t *testing.T, f *excelize.File, value valueOf, p advisor.Plan) {
	t.Helper()
	l := layoutPlan(p)
	c := p.Comparison
	checks := []struct {
		what, sheet, ref string
		want             float64
	}{
		{"year 1", SheetPlan, cell(colYear1, l.total), p.Year1},
		{"year 2", SheetPlan, cell(colYear2, l.total), p.Year2},
		{"capacity year 1", SheetPlan, cell(colYear1, l.cap), p.Capacity1},
		{"capacity year 2", SheetPlan, cell(colYear2, l.cap), p.Capacity2},
		{"headcount in 12 months", SheetPlan, cell(colPay, l.revenue+5), float64(p.Headcount12)},
		{"saving at 12 months", SheetFractional, cell(fracValue, fracInputs+7), c.Saving12},
		{"saving at 24 months", SheetFractional, cell(fracValue, fracInputs+8), c.Saving24},
		{"full-time impact months", SheetFractional, cell(fracValue, fracInputs+9), float64(c.FullTimeImpactMonths)},
		{"fractional cost per impact month", SheetFractional, cell(fracValue, fracInputs+10), c.FractionalPerImpactMonth},
		{"full-time cost per impact month", SheetFractional, cell(fracValue, fracInputs+11), c.FullTimePerImpactMonth},
		{"summary: year 1", SheetSummary, labelled(t, f, SheetSummary, "Year-1 cost of the plan"), p.Year1},
		{"summary: year 2", SheetSummary, labelled(t, f, SheetSummary, "Year-2 cost of the plan"), p.Year2},
		{"summary: headcount now", SheetSummary, labelled(t, f, SheetSummary, "Headcount now (people who sell, manage or forecast)"), float64(p.HeadcountNow)},
	}
	for i, h := range p.Hires {
		checks = append(checks, struct {
			what, sheet, ref string
			want             float64
		}{fmt.Sprintf("hire %d (%s) total", i+1, h.Title), SheetPlan, cell(colTotal, l.first+i), h.Total})
	}
	for _, ch := range checks {
		got, err := value(ch.sheet, ch.ref)
		if err != nil {
			t.Errorf("%s (%s!%s): %v", ch.what, ch.sheet, ch.ref, err)
			continue
		}
		if math.Round(got*100) != math.Round(ch.want*100) {
			t.Errorf("%s (%s!%s) = %.2f, model says %.2f", ch.what, ch.sheet, ch.ref, got, ch.want)
		}
	}
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
