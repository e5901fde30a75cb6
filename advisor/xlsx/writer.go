package xlsx

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// writer builds the workbook and keeps the first error, so that the sheet
// builders read as a list of cells rather than a list of error checks (the
// errWriter pattern from "Errors are values").
//
// The builders run first and the cells wait in memory; emit then streams
// every sheet in row order through excelize's StreamWriter, the only way
// excelize stores a formula together with its result. Everything else a
// sheet holds (widths, panes, validations, conditional formats, charts,
// links, page setup, protection) is set on the file while building, before
// any stream exists: StreamWriter.Flush writes those parts as they are at
// that moment and silently drops whatever is set later.
type writer struct {
	f       *excelize.File
	st      styles
	err     error
	sheets  map[string]*sheetData
	list    []string // the workbook's sheets, in order
	emitted bool
	sym     string        // the currency symbol sentences use: "$", "€", "CHF "
	start   advisor.Month // the plan's first month
	page    pageInfo
	names   map[string]cellPos // the cells the defined names point at
	// scoped are the sheets' print titles and areas, defined last: excelize
	// looks up the sheet of every scoped name each time it defines another.
	scoped []excelize.DefinedName

	summaryCells []cellPos // the Summary's headline figures, which the checks tie to the plan
	summaryNames []string  // and the names they show
	statusAt     cellPos   // the Summary's cell showing the checks' status
}

// cellPos is a cell of a sheet.
type cellPos struct {
	sheet    string
	col, row int
}

// sheetData is one sheet's cells and row layout, waiting to be streamed.
type sheetData struct {
	rows    [][]xcell // rows[r-1][c-1]
	widths  []float64
	lines   map[int]int     // lines of wrapped text per row
	heights map[int]float64 // explicit row heights, in points
	merges  [][2]string
	lastRow int // the last row a chart covers, for the print area
}

// xcell is one cell: a value, or a formula with the result the model says
// it computes.
type xcell struct {
	fx    string
	value any // string, float64, or nil for a styled blank
	style int
	set   bool
}

func (w *writer) fail(err error) {
	if w.err == nil && err != nil {
		w.err = err
	}
}

// errLate reports a change to a sheet after it was streamed, which the
// file would silently lose.
var errLate = errors.New("xlsx: sheet changed after it was written")

func (w *writer) sheet(name string) *sheetData {
	if w.emitted {
		w.fail(errLate)
	}
	sd := w.sheets[name]
	if sd == nil {
		sd = &sheetData{lines: map[int]int{}, heights: map[int]float64{}}
		w.sheets[name] = sd
	}
	return sd
}

// put stores a cell.
func (w *writer) put(sheet string, col, row int, c xcell) {
	sd := w.sheet(sheet)
	for len(sd.rows) < row {
		sd.rows = append(sd.rows, nil)
	}
	r := sd.rows[row-1]
	if r == nil {
		r = make([]xcell, 0, max(col, len(sd.widths)))
	}
	for len(r) < col {
		r = append(r, xcell{})
	}
	c.set = true
	r[col-1] = c
	sd.rows[row-1] = r
}

// cell returns the A1 reference of column col (1-based) and row.
func cell(col, row int) string {
	return colName(col) + strconv.Itoa(row)
}

// abs returns the absolute reference of a cell: $A$1.
func abs(col, row int) string {
	return "$" + colName(col) + "$" + strconv.Itoa(row)
}

// colNames are the letters of the columns the workbooks use, worked out
// once: formulas name columns tens of thousands of times an export.
var colNames = func() []string {
	out := make([]string, 64)
	for i := range out {
		out[i], _ = excelize.ColumnNumberToName(i + 1)
	}
	return out
}()

// colName returns the letters of column col (1-based).
func colName(col int) string {
	if col >= 1 && col <= len(colNames) {
		return colNames[col-1]
	}
	name, _ := excelize.ColumnNumberToName(col)
	return name
}

// ref returns a reference to a cell on another sheet: 'Hiring plan'!$A$1.
func ref(sheet string, col, row int) string {
	return quoteSheet(sheet) + "!" + abs(col, row)
}

// span returns an absolute range on sheet: 'Hiring plan'!$C$5:$C$12.
func span(sheet string, col1, row1, col2, row2 int) string {
	return quoteSheet(sheet) + "!" + abs(col1, row1) + ":" + abs(col2, row2)
}

func quoteSheet(sheet string) string {
	return "'" + strings.ReplaceAll(sheet, "'", "''") + "'"
}

// text writes s as a string cell. Everything that comes from the user goes
// through here: a string cell is never evaluated, even when s starts with
// =, +, - or @.
func (w *writer) text(sheet string, col, row int, s string, style int) {
	var v any
	if s != "" {
		v = s
	}
	w.put(sheet, col, row, xcell{value: v, style: style})
	w.wrapIf(sheet, col, row, s, style)
}

func (w *writer) wrapIf(sheet string, col, row int, s string, style int) {
	if w.st.wraps(style) {
		w.wrapped(sheet, row, s, w.colWidth(sheet, col), style)
	}
}

// blank writes an empty cell with a style, such as an input left empty.
func (w *writer) blank(sheet string, col, row int, style int) {
	w.put(sheet, col, row, xcell{style: style})
}

// num writes a number.
func (w *writer) num(sheet string, col, row int, v float64, style int) {
	w.put(sheet, col, row, xcell{value: v, style: style})
}

// formula writes a formula (the leading = is optional) with the result the
// plan says it computes: a float64 or a string. Spreadsheet programs
// recalculate on load; everything else (previews, parsers, Protected View)
// shows the stored result.
func (w *writer) formula(sheet string, col, row int, fx string, value any, style int) {
	switch v := value.(type) {
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			value = 0.0
		}
	case string:
		w.wrapIf(sheet, col, row, v, style)
	default:
		w.fail(fmt.Errorf("xlsx: formula %s has no result of a known type (%T)", fx, value))
	}
	w.put(sheet, col, row, xcell{fx: strings.TrimPrefix(fx, "="), value: value, style: style})
}

// phrase writes a sentence: a formula when it quotes live figures, plain
// text otherwise.
func (w *writer) phrase(sheet string, col, row int, ph phrase, style int) {
	if fx, ok := ph.formula(); ok {
		w.formula(sheet, col, row, fx, ph.String(), style)
		return
	}
	w.text(sheet, col, row, ph.String(), style)
}

// phraseAcross writes a sentence in a cell merged from col to last.
func (w *writer) phraseAcross(sheet string, col, last, row int, ph phrase, style int) {
	if fx, ok := ph.formula(); ok {
		w.put(sheet, col, row, xcell{fx: fx, value: ph.String(), style: style})
	} else if s := ph.String(); s != "" {
		w.put(sheet, col, row, xcell{value: s, style: style})
	} else {
		w.blank(sheet, col, row, style)
	}
	w.mergeAcross(sheet, col, last, row, ph.String(), style)
}

// textAcross writes text in a cell merged from col to last, wrapped to
// their combined width.
func (w *writer) textAcross(sheet string, col, last, row int, s string, style int) {
	w.phraseAcross(sheet, col, last, row, phrase{lit(s)}, style)
}

func (w *writer) mergeAcross(sheet string, col, last, row int, s string, style int) {
	for c := col + 1; c <= last; c++ {
		w.blank(sheet, c, row, style)
	}
	w.merge(sheet, cell(col, row), cell(last, row))
	var width float64
	for i := col; i <= last; i++ {
		width += w.colWidth(sheet, i)
	}
	w.wrapped(sheet, row, s, width, style)
}

// merge merges a range; the stream writer writes it.
func (w *writer) merge(sheet, from, to string) {
	sd := w.sheet(sheet)
	sd.merges = append(sd.merges, [2]string{from, to})
}

// wrapped records how many lines s takes in a column width characters
// wide. Spreadsheet programs do not size rows to wrapped text written by
// a library, so emit sets the heights.
func (w *writer) wrapped(sheet string, row int, s string, width float64, style int) {
	n := 0
	for _, para := range strings.Split(s, "\n") {
		// An average character of English text is about 0.85 of a
		// column's character (the width of a digit) in Calibri and its
		// metric twin Carlito, 0.95 in bold.
		chars := float64(utf8.RuneCountInString(para)) * w.charWidth(style)
		n += max(1, int(math.Ceil(chars/max(width-1, 1))))
	}
	sd := w.sheet(sheet)
	sd.lines[row] = max(sd.lines[row], n)
}

// charWidth is an average character's width in a style, in digits.
func (w *writer) charWidth(style int) float64 {
	switch style {
	case w.st.label, w.st.boldWrap, w.st.flagged, w.st.decided, w.st.failed, w.st.header:
		return 0.95
	}
	return 0.85
}

func (w *writer) colWidth(sheet string, col int) float64 {
	if ws := w.sheet(sheet).widths; col <= len(ws) {
		return ws[col-1]
	}
	return 9
}

// height sets a row's height in points.
func (w *writer) height(sheet string, row int, pt float64) {
	w.sheet(sheet).heights[row] = pt
}

// maxRowHeight is the tallest row Excel allows, in points.
const maxRowHeight = 409

// rowHeight is the height of a row: set explicitly, or fitted to its
// wrapped text up to the tallest row Excel allows (a very long text then
// scrolls within its cell); 0 leaves the default.
func (sd *sheetData) rowHeight(row int) float64 {
	if h, ok := sd.heights[row]; ok {
		return h
	}
	if n := sd.lines[row]; n > 1 {
		return min(maxRowHeight, 15*float64(n))
	}
	return 0
}

// widths sets column widths from column 1 on; call it before writing
// wrapped text, which is sized to them, and before adding charts, which
// are placed by them.
func (w *writer) widths(sheet string, widths ...float64) {
	w.sheet(sheet).widths = widths
	for i := 0; i < len(widths); {
		j := i
		for j+1 < len(widths) && widths[j+1] == widths[i] {
			j++
		}
		w.fail(w.f.SetColWidth(sheet, colName(i+1), colName(j+1), widths[i]))
		i = j + 1
	}
}

// colWidths sets the width of columns from to last, after the ones widths
// set.
func (w *writer) colWidths(sheet string, from, last int, width float64) {
	sd := w.sheet(sheet)
	for len(sd.widths) < last {
		sd.widths = append(sd.widths, 9)
	}
	for c := from; c <= last; c++ {
		sd.widths[c-1] = width
	}
	w.fail(w.f.SetColWidth(sheet, colName(from), colName(last), width))
}

// emit defines the sheets' print names and streams every sheet, in
// workbook order.
func (w *writer) emit() {
	for i := range w.scoped {
		w.fail(w.f.SetDefinedName(&w.scoped[i]))
	}
	for _, name := range w.list {
		if w.err != nil {
			return
		}
		w.stream(name, w.sheet(name))
	}
	w.emitted = true
}

func (w *writer) stream(name string, sd *sheetData) {
	lastCol := 1
	for _, r := range sd.rows {
		lastCol = max(lastCol, len(r))
	}
	w.fail(w.f.SetSheetDimension(name, "A1:"+cell(lastCol, max(1, len(sd.rows)))))
	sw, err := w.f.NewStreamWriter(name)
	if err != nil {
		w.fail(err)
		return
	}
	// One row's cells at a time, handed over by pointer: SetRow copies
	// them, so the same slices serve every row.
	cells := make([]excelize.Cell, lastCol)
	vals := make([]any, lastCol)
	for i, r := range sd.rows {
		h := sd.rowHeight(i + 1)
		if len(r) == 0 && h == 0 {
			continue
		}
		for c, x := range r {
			vals[c] = nil
			if x.set {
				cells[c] = excelize.Cell{StyleID: x.style, Formula: x.fx, Value: x.value}
				vals[c] = &cells[c]
			}
		}
		w.fail(sw.SetRow(cell(1, i+1), vals[:len(r)], excelize.RowOpts{Height: h}))
	}
	for _, m := range sd.merges {
		w.fail(sw.MergeCell(m[0], m[1]))
	}
	w.fail(sw.Flush())
}

// name defines a workbook-scoped name for a single cell.
func (w *writer) name(name, sheet string, col, row int) {
	w.fail(w.f.SetDefinedName(&excelize.DefinedName{Name: name, RefersTo: ref(sheet, col, row)}))
	if w.names == nil {
		w.names = map[string]cellPos{}
	}
	w.names[name] = cellPos{sheet, col, row}
}

// namedValue is what the named cell holds, or its formula's stored result;
// nil when the name is not defined (yet) or the cell is empty.
func (w *writer) namedValue(name string) any {
	c, ok := w.names[name]
	if !ok {
		return nil
	}
	sd := w.sheet(c.sheet)
	if c.row > len(sd.rows) || c.col > len(sd.rows[c.row-1]) {
		return nil
	}
	return sd.rows[c.row-1][c.col-1].value
}

// rangeName defines a workbook-scoped name for a range on sheet.
func (w *writer) rangeName(name, sheet, rng string) {
	w.fail(w.f.SetDefinedName(&excelize.DefinedName{Name: name, RefersTo: quoteSheet(sheet) + "!" + rng}))
}

// title writes the sheet's title and a note under it, wrapped across the
// sheet's columns (set them first) so that it never spills past the
// printed page.
func (w *writer) title(sheet, title, note string) {
	w.text(sheet, 1, 1, title, w.st.title)
	w.height(sheet, 1, 24)
	if note != "" {
		w.textAcross(sheet, 1, max(1, len(w.sheet(sheet).widths)), 2, note, w.st.noteWrap)
	}
}

// header writes a row of column headings from column 1 on.
func (w *writer) header(sheet string, row int, heads ...string) {
	for i, h := range heads {
		w.text(sheet, i+1, row, h, w.st.header)
	}
}

// section writes a section heading and returns the row below it.
func (w *writer) section(s string, r int, title string) int {
	w.text(s, 1, r, title, w.st.section)
	return r + 1
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

// link writes url as a clickable hyperlink cell.
func (w *writer) link(sheet string, col, row int, url string) {
	if url == "" {
		return
	}
	w.text(sheet, col, row, url, w.st.link)
	w.fail(w.f.SetCellHyperLink(sheet, cell(col, row), url, "External"))
}

// val is the number a cell holds, or the stored result of its formula; ok
// is false for text and empty cells.
func (w *writer) val(sheet string, col, row int) (v float64, ok bool) {
	sd := w.sheet(sheet)
	if row > len(sd.rows) || col > len(sd.rows[row-1]) {
		return 0, false
	}
	v, ok = sd.rows[row-1][col-1].value.(float64)
	return v, ok
}

// sum writes a SUM over a range of the same sheet, storing the sum of the
// results the range holds.
func (w *writer) sum(sheet string, col, row, col1, row1, col2, row2, style int) float64 {
	var total float64
	for r := row1; r <= row2; r++ {
		for c := col1; c <= col2; c++ {
			v, _ := w.val(sheet, c, r)
			total += v
		}
	}
	w.formula(sheet, col, row, fmt.Sprintf("SUM(%s:%s)", cell(col1, row1), cell(col2, row2)), total, style)
	return total
}
