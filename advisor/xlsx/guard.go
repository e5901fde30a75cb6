package xlsx

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// guard is one input's data validation: the rule, the prompt shown when the
// cell is selected (what the input is and where its default comes from)
// and the message shown when a typed value breaks the rule.
type guard struct {
	typ    excelize.DataValidationType
	op     excelize.DataValidationOperator
	lo, hi any // numbers or formulas; hi is unused for >=
	list   []string
	title  string // the prompt's title
	prompt string
	msg    string // why a value is refused and what to type instead
}

// Limits Excel puts on a validation's texts.
const (
	maxPromptTitle = 32
	maxPromptText  = 255
)

// validate adds g to the cells of sqref.
func (w *writer) validate(sheet, sqref string, g guard) {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = sqref
	if g.list != nil {
		w.fail(dv.SetDropList(g.list))
	} else {
		hi := g.hi
		if hi == nil {
			hi = 0.0
		}
		w.fail(dv.SetRange(g.lo, hi, g.typ, g.op))
		if g.op == excelize.DataValidationOperatorGreaterThanOrEqual {
			dv.Formula2 = ""
		}
	}
	title := clip(g.title, maxPromptTitle)
	dv.SetError(excelize.DataValidationErrorStyleStop, title, clip(g.msg, maxPromptText))
	if g.prompt != "" {
		dv.SetInput(title, clip(g.prompt, maxPromptText))
	}
	w.fail(w.f.AddDataValidation(sheet, dv))
}

// clip cuts s to n characters, ending with an ellipsis when cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// decimalBetween allows numbers from lo to hi (numbers or formulas).
func decimalBetween(lo, hi any) guard {
	return guard{typ: excelize.DataValidationTypeDecimal, op: excelize.DataValidationOperatorBetween, lo: lo, hi: hi}
}

// dateBetween allows dates from the first day of year y1 to the last of
// year y2.
func dateBetween(y1, y2 int) guard {
	lo := excelDate(time.Date(y1, 1, 1, 0, 0, 0, 0, time.UTC))
	hi := excelDate(time.Date(y2, 12, 31, 0, 0, 0, 0, time.UTC))
	return guard{typ: excelize.DataValidationTypeDate, op: excelize.DataValidationOperatorBetween, lo: lo, hi: hi}
}

// wholeBetween allows whole numbers from lo to hi.
func wholeBetween(lo, hi int) guard {
	return guard{typ: excelize.DataValidationTypeWhole, op: excelize.DataValidationOperatorBetween, lo: lo, hi: hi}
}

// atLeast allows numbers of lo or more.
func atLeast(lo any) guard {
	return guard{typ: excelize.DataValidationTypeDecimal, op: excelize.DataValidationOperatorGreaterThanOrEqual, lo: lo}
}

// oneOf allows the values of a drop-down list.
func oneOf(values ...string) guard {
	return guard{typ: excelize.DataValidationTypeList, list: values}
}

func (g guard) says(title, prompt, msg string) guard {
	g.title, g.prompt, g.msg = title, prompt, msg
	return g
}
