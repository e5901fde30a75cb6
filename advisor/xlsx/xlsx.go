// Package xlsx writes an advisor.Plan as a formula-driven Excel workbook.
package xlsx

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/xuri/excelize/v2"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// Version is the app version written into the workbook's creator property;
// cmd sets it at start-up.
var Version = "dev"

// Sheet names, in workbook order.
const (
	SheetSummary     = "Summary"
	SheetDiagnosis   = "Diagnosis"
	SheetPlan        = "Hiring plan"
	SheetBands       = "Salary bands"
	SheetFractional  = "Fractional vs full-time"
	SheetRoleCards   = "Role cards"
	SheetAssumptions = "Assumptions"
	SheetAnswers     = "Answers"
)

// Sheets lists the sheet names in workbook order.
func Sheets() []string {
	return []string{SheetSummary, SheetDiagnosis, SheetPlan, SheetBands, SheetFractional, SheetRoleCards, SheetAssumptions, SheetAnswers}
}

// Write writes the plan as an .xlsx workbook to w.
func Write(w io.Writer, p advisor.Plan) error {
	f, err := build(p)
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
// unless force is set, with an error wrapping os.ErrExist. It writes to a
// temporary file in the same directory and renames it into place, so a
// failure never leaves a half-written file where a good one was.
func WriteFile(path string, p advisor.Plan, force bool) (err error) {
	if !force {
		if _, err := os.Lstat(path); err == nil {
			return fmt.Errorf("%s already exists; use --force to replace it: %w", filepath.Base(path), os.ErrExist)
		} else if !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = Write(tmp, p); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func build(p advisor.Plan) (*excelize.File, error) {
	f := excelize.NewFile()
	for i, name := range Sheets() {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				return nil, err
			}
			continue
		}
		if _, err := f.NewSheet(name); err != nil {
			return nil, err
		}
	}
	return f, nil
}
