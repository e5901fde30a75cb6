package xlsx

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// writer wraps an excelize file and keeps the first error, so that the
// sheet builders read as a list of cells rather than a list of error checks
// (the errWriter pattern from "Errors are values").
type writer struct {
	f     *excelize.File
	st    styles
	err   error
	width map[string][]float64   // column widths set per sheet
	lines map[string]map[int]int // lines of wrapped text per sheet and row
	used  map[string][2]int      // the last column and row written per sheet
}

func (w *writer) fail(err error) {
	if w.err == nil && err != nil {
		w.err = err
	}
}

// cell returns the A1 reference of column col (1-based) and row.
func cell(col, row int) string {
	name, _ := excelize.ColumnNumberToName(col)
	return fmt.Sprintf("%s%d", name, row)
}

// abs returns the absolute reference of a cell: $A$1.
func abs(col, row int) string {
	name, _ := excelize.ColumnNumberToName(col)
	return fmt.Sprintf("$%s$%d", name, row)
}

// colName returns the letters of column col (1-based).
func colName(col int) string {
	name, _ := excelize.ColumnNumberToName(col)
	return name
}

// ref returns a reference to a cell on another sheet: 'Hiring plan'!$A$1.
func ref(sheet string, col, row int) string {
	return quoteSheet(sheet) + "!" + abs(col, row)
}

func quoteSheet(sheet string) string {
	return "'" + strings.ReplaceAll(sheet, "'", "''") + "'"
}

// text writes s as a string cell. Everything that comes from the user goes
// through here: a string cell is never evaluated, even when s starts with
// =, +, - or @.
func (w *writer) text(sheet string, col, row int, s string, style int) {
	c := cell(col, row)
	w.touch(sheet, col, row)
	w.fail(w.f.SetCellStr(sheet, c, s))
	w.style(sheet, c, c, style)
	if style == w.st.wrap || style == w.st.label || style == w.st.header {
		w.wrapped(sheet, row, s, w.colWidth(sheet, col))
	}
}

// textAcross writes text in a cell merged from col to last, wrapped to
// their combined width.
func (w *writer) textAcross(sheet string, col, last, row int, s string, style int) {
	c := cell(col, row)
	w.touch(sheet, last, row)
	w.fail(w.f.SetCellStr(sheet, c, s))
	w.fail(w.f.MergeCell(sheet, c, cell(last, row)))
	w.style(sheet, c, cell(last, row), style)
	var width float64
	for i := col; i <= last; i++ {
		width += w.colWidth(sheet, i)
	}
	w.wrapped(sheet, row, s, width)
}

// wrapped records how many lines s takes in a column width characters
// wide. Spreadsheet programs do not size rows to wrapped text written by
// a library, so fitRows sets the heights.
func (w *writer) wrapped(sheet string, row int, s string, width float64) {
	n := 0
	for _, para := range strings.Split(s, "\n") {
		chars := float64(utf8.RuneCountInString(para)) * 0.9
		n += max(1, int(math.Ceil(chars/max(width, 1))))
	}
	if w.lines[sheet] == nil {
		w.lines[sheet] = map[int]int{}
	}
	w.lines[sheet][row] = max(w.lines[sheet][row], n)
}

func (w *writer) colWidth(sheet string, col int) float64 {
	if ws := w.width[sheet]; col <= len(ws) {
		return ws[col-1]
	}
	return 9
}

// maxRowHeight is the tallest row Excel allows, in points.
const maxRowHeight = 409

// fitRows sets the height of every row holding wrapped text, up to the
// tallest row Excel allows (a very long text then scrolls within its cell).
func (w *writer) fitRows() {
	for sheet, rows := range w.lines {
		for row, n := range rows {
			if n > 1 {
				w.fail(w.f.SetRowHeight(sheet, row, min(maxRowHeight, 15*float64(n))))
			}
		}
	}
}

// num writes a number.
func (w *writer) num(sheet string, col, row int, v float64, style int) {
	c := cell(col, row)
	w.touch(sheet, col, row)
	w.fail(w.f.SetCellFloat(sheet, c, v, -1, 64))
	w.style(sheet, c, c, style)
}

// formula writes a formula; the leading = is optional.
func (w *writer) formula(sheet string, col, row int, fx string, style int) {
	c := cell(col, row)
	w.touch(sheet, col, row)
	w.fail(w.f.SetCellFormula(sheet, c, strings.TrimPrefix(fx, "=")))
	w.style(sheet, c, c, style)
}

// touch records that a cell was written, for the sheet's dimension.
func (w *writer) touch(sheet string, col, row int) {
	u := w.used[sheet]
	w.used[sheet] = [2]int{max(u[0], col), max(u[1], row)}
}

// dimensions records each sheet's used range in the file.
func (w *writer) dimensions() {
	for sheet, u := range w.used {
		w.fail(w.f.SetSheetDimension(sheet, "A1:"+cell(u[0], u[1])))
	}
}

func (w *writer) style(sheet, from, to string, style int) {
	if style != 0 {
		w.fail(w.f.SetCellStyle(sheet, from, to, style))
	}
}

// name defines a workbook-scoped name for a single cell.
func (w *writer) name(name, sheet string, col, row int) {
	w.fail(w.f.SetDefinedName(&excelize.DefinedName{Name: name, RefersTo: ref(sheet, col, row)}))
}

// widths sets column widths from column 1 on; call it before writing
// wrapped text, which is sized to them.
func (w *writer) widths(sheet string, widths ...float64) {
	w.width[sheet] = widths
	for i, wd := range widths {
		c := colName(i + 1)
		w.fail(w.f.SetColWidth(sheet, c, c, wd))
	}
}

// title writes the sheet's title and a one-line note under it.
func (w *writer) title(sheet, title, note string) {
	w.text(sheet, 1, 1, title, w.st.title)
	w.fail(w.f.SetRowHeight(sheet, 1, 24))
	if note != "" {
		w.text(sheet, 1, 2, note, w.st.note)
	}
}

// header writes a row of column headings from column 1 on.
func (w *writer) header(sheet string, row int, heads ...string) {
	for i, h := range heads {
		w.text(sheet, i+1, row, h, w.st.header)
	}
}

// freeze keeps rows above row and columns left of col in view.
func (w *writer) freeze(sheet string, col, row int) {
	w.fail(w.f.SetPanes(sheet, &excelize.Panes{
		Freeze: true, XSplit: col - 1, YSplit: row - 1, TopLeftCell: cell(col, row), ActivePane: pane(col, row),
	}))
}

func pane(col, row int) string {
	switch {
	case col > 1 && row > 1:
		return "bottomRight"
	case col > 1:
		return "topRight"
	}
	return "bottomLeft"
}

// print sets landscape printing fitted to one page wide, with the rows
// down to headerRow repeated on every page.
func (w *writer) print(sheet string, headerRow int) {
	w.printWide(sheet, headerRow, 1)
}

// printWide fits the sheet to pages pages wide; from two pages on, the
// first column repeats on every page too.
func (w *writer) printWide(sheet string, headerRow, pages int) {
	fit := true
	w.fail(w.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}))
	landscape, zero := "landscape", 0
	w.fail(w.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &pages, FitToHeight: &zero}))
	var titles []string
	if pages > 1 {
		titles = append(titles, quoteSheet(sheet)+"!$A:$A")
	}
	if headerRow > 0 {
		titles = append(titles, fmt.Sprintf("%s!$1:$%d", quoteSheet(sheet), headerRow))
	}
	if len(titles) > 0 {
		w.fail(w.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sheet, RefersTo: strings.Join(titles, ",")}))
	}
}

// link writes url as a clickable hyperlink cell.
func (w *writer) link(sheet string, col, row int, url string) {
	if url == "" {
		return
	}
	w.text(sheet, col, row, url, w.st.link)
	w.fail(w.f.SetCellHyperLink(sheet, cell(col, row), url, "External"))
}

// validate adds a data validation to a range.
func (w *writer) validate(sheet, sqref string, set func(dv *excelize.DataValidation) error, msg string) {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = sqref
	w.fail(set(dv))
	dv.SetError(excelize.DataValidationErrorStyleStop, "Invalid value", msg)
	w.fail(w.f.AddDataValidation(sheet, dv))
}

// nonNegative allows numbers >= 0 in a range.
func (w *writer) nonNegative(sheet, sqref string) {
	w.validate(sheet, sqref, func(dv *excelize.DataValidation) error {
		return dv.SetRange(0, 1e15, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorGreaterThanOrEqual)
	}, "Enter a number of 0 or more.")
}

// rangeName defines a workbook-scoped name for a range on sheet.
func (w *writer) rangeName(name, sheet, rng string) {
	w.fail(w.f.SetDefinedName(&excelize.DefinedName{Name: name, RefersTo: quoteSheet(sheet) + "!" + rng}))
}
