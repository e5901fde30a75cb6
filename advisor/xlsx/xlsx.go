// Package xlsx writes an advisor.Plan as a formula-driven Excel workbook.
package xlsx

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/salesteamadvisor/salesteam/advisor"
	"github.com/salesteamadvisor/salesteam/advisor/safefile"
)

// Options are the settings of a workbook that do not come from the plan.
type Options struct {
	// AppVersion is the version of the app that writes the workbook, named
	// in its properties and on the Summary; empty reads "dev".
	AppVersion string
}

func (o Options) version() string { return orDefault(o.AppVersion, "dev") }

// Sheet names, in workbook order.
const (
	SheetSummary     = "Summary"
	SheetDiagnosis   = "Diagnosis"
	SheetPlan        = "Hiring plan"
	SheetBands       = "Salary bands"
	SheetFractional  = "Fractional vs full-time"
	SheetScenarios   = "Scenarios"
	SheetRoleCards   = "Role cards"
	SheetAssumptions = "Assumptions"
	SheetChecks      = "Checks"
	SheetAnswers     = "Answers"
)

// Sheets lists every sheet a workbook can have, in workbook order.
func Sheets() []string {
	return []string{SheetSummary, SheetDiagnosis, SheetPlan, SheetBands, SheetFractional, SheetScenarios, SheetRoleCards, SheetAssumptions, SheetChecks, SheetAnswers}
}

// SheetsOf lists the sheets of the plan's workbook, in order: every sheet
// but Scenarios, which only a session with options to weigh has.
func SheetsOf(p advisor.Plan) []string {
	var out []string
	for _, s := range Sheets() {
		if s != SheetScenarios || len(p.Answers.Scenarios) > 0 {
			out = append(out, s)
		}
	}
	return out
}

// Write writes the plan as an .xlsx workbook to w.
func Write(w io.Writer, p advisor.Plan, o Options) error {
	f, err := build(p, o)
	if err != nil {
		return err
	}
	defer f.Close()
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("writing workbook: %w", err)
	}
	return nil
}

// WriteFile writes the plan to path. It refuses to replace an existing file
// unless force is set, with an error wrapping os.ErrExist. It writes
// through safefile: a failure, a full disk or an interrupted write leaves
// the old workbook as it was, a link is written through, an existing
// workbook keeps its permissions and a new one gets the umask's.
func WriteFile(path string, p advisor.Plan, force bool, o Options) error {
	return writeFile(path, force, func(w io.Writer) error { return Write(w, p, o) })
}

// writeFile writes a file with write, as WriteFile describes.
func writeFile(path string, force bool, write func(io.Writer) error) error {
	err := safefile.Write(path, write, safefile.Options{NoClobber: !force})
	if errors.Is(err, os.ErrExist) {
		return fmt.Errorf("%s already exists; use --force to replace it: %w", filepath.Base(path), os.ErrExist)
	}
	return err
}

// now is the clock the Summary's date and the document properties read;
// tests fix it so that the output is deterministic.
var now = time.Now

func build(p advisor.Plan, o Options) (*excelize.File, error) {
	code := currencyCode(p)
	f, st, release, err := sharedStyledFile(code)
	if err != nil {
		return nil, err
	}
	f.SetZipWriter(fastZip)
	t := now()
	w := &writer{f: f, st: st, sheets: map[string]*sheetData{}, sym: symbol(code), list: SheetsOf(p), start: p.Start,
		page: pageInfo{company: p.Answers.Company.Name, date: t.Format("2 January 2006"), paper: paperSize(code), app: "Sales Team Advisor " + o.version()}}
	w.createSheets()
	// The Summary reads the other sheets' results and the Checks read the
	// Summary's cells, so they come last.
	w.diagnosis(p)
	w.assumptions(p)
	w.bands(p)
	w.plan(p)
	w.fractional(p)
	if len(p.Answers.Scenarios) > 0 {
		w.scenarios(p)
	}
	w.roleCards(p)
	w.answers(p)
	w.summary(p, excelDate(t), o.version())
	w.lockUnused(p)
	w.checks(p)
	w.protect()
	w.properties(p, t, o.version())
	w.emit()
	if w.err != nil {
		f.Close()
		return nil, fmt.Errorf("building workbook: %w", w.err)
	}
	release()
	return f, nil
}

// createSheets creates the sheets in order; the first one replaces Sheet1.
func (w *writer) createSheets() {
	for i, name := range w.list {
		if i == 0 {
			w.fail(w.f.SetSheetName("Sheet1", name))
			continue
		}
		_, err := w.f.NewSheet(name)
		w.fail(err)
	}
	w.f.SetActiveSheet(0)
}

// protect locks every sheet without a password, so that only the input
// cells (styled unlocked) can be typed over; columns and rows can still be
// resized.
func (w *writer) protect() {
	for _, s := range w.list {
		w.fail(w.f.ProtectSheet(s, &excelize.SheetProtectionOptions{
			SelectLockedCells: true, SelectUnlockedCells: true, FormatColumns: true, FormatRows: true,
		}))
	}
}

// properties sets the document properties and asks spreadsheet programs to
// calculate every formula on open; the stored results serve everything that
// does not calculate (previews, parsers, Protected View).
func (w *writer) properties(p advisor.Plan, t time.Time, version string) {
	title := "Sales team plan"
	if name := p.Answers.Company.Name; name != "" {
		title += ": " + name
	}
	stamp := t.UTC().Format(time.RFC3339)
	w.fail(w.f.SetDocProps(&excelize.DocProperties{
		Title:       title,
		Subject:     "24-month hiring plan, salary bands and role design: " + orDefault(p.Recommendation.Headline, p.Recommendation.Primary.Title()),
		Creator:     "Sales Team Advisor " + version,
		Description: "Generated by Sales Team Advisor. Inputs are the yellow cells on Salary bands, Assumptions and Hiring plan.",
		Keywords:    "sales team, hiring plan, salary bands",
		Created:     stamp,
		Modified:    stamp,
	}))
	full := true
	w.fail(w.f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &full}))
}

// monthDate is the first day of a month as a spreadsheet serial number.
func monthDate(m advisor.Month) float64 {
	return excelDate(time.Date(m.Year, m.Month, 1, 0, 0, 0, 0, time.UTC))
}

// excelDate is t's date as a spreadsheet serial number (days since
// 30 December 1899), without the time of day.
func excelDate(t time.Time) float64 {
	y, m, d := t.Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return math.Floor(day.Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24)
}
