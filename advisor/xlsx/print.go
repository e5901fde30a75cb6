package xlsx

import (
	"fmt"
	"math"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Paper sizes, as the pageSetup element numbers them.
const (
	paperLetter = 1
	paperA4     = 9
)

// paperSize is Letter where it is the usual paper (the United States and
// Canada), A4 everywhere else.
func paperSize(currency string) int {
	switch strings.ToUpper(currency) {
	case "", "USD", "CAD":
		return paperLetter
	}
	return paperA4
}

// pageInfo is what every printed page says about the workbook.
type pageInfo struct {
	company, date, app string
	doc                string // the workbook, at the foot of each page; "" reads "Sales team plan"
	paper              int
}

// printOpts says how a sheet prints.
type printOpts struct {
	landscape bool
	titleRows int // rows titleFrom (or 1) to titleRows repeat on every page
	titleFrom int
	titleCol  bool  // column A repeats on every page
	tall      int   // fit to this many pages tall; 0 for as many as needed
	colBreaks []int // a page ends after each of these columns
	rowBreaks []int // a page ends after each of these rows
	across    bool  // number pages across, then down, as a ledger reads
}

// Page margins, in inches.
const (
	marginSide   = 0.5
	marginTop    = 0.75
	marginHeader = 0.3
)

// print sets up a sheet for printing: paper from the currency, margins, a
// header and footer, rows (and column A) repeated on every page. A sheet
// without manual page breaks fits one page wide. Spreadsheet programs ignore
// manual breaks on a sheet scaled to fit, so a sheet with breaks gets the
// fixed scale at which its widest page fits the paper.
func (w *writer) print(sheet string, o printOpts) {
	orientation := "portrait"
	if o.landscape {
		orientation = "landscape"
	}
	layout := &excelize.PageLayoutOptions{Size: &w.page.paper, Orientation: &orientation}
	if o.across {
		order := "overThenDown"
		layout.PageOrder = &order
	}
	fit := len(o.colBreaks) == 0 && len(o.rowBreaks) == 0
	if fit {
		one := 1
		layout.FitToWidth, layout.FitToHeight = &one, &o.tall
	} else {
		scale := w.printScale(sheet, o)
		layout.AdjustTo = &scale
	}
	w.fail(w.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}))
	w.fail(w.f.SetPageLayout(sheet, layout))
	side, top, hf := marginSide, marginTop, marginHeader
	w.fail(w.f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Left: &side, Right: &side, Top: &top, Bottom: &top, Header: &hf, Footer: &hf}))
	w.fail(w.f.SetHeaderFooter(sheet, w.headerFooter()))
	for _, c := range o.colBreaks {
		w.fail(w.f.InsertPageBreak(sheet, cell(c+1, 1)))
	}
	for _, r := range o.rowBreaks {
		w.fail(w.f.InsertPageBreak(sheet, cell(1, r+1)))
	}
	var titles []string
	if o.titleCol {
		titles = append(titles, quoteSheet(sheet)+"!$A:$A")
	}
	if o.titleRows > 0 {
		titles = append(titles, fmt.Sprintf("%s!$%d:$%d", quoteSheet(sheet), max(1, o.titleFrom), o.titleRows))
	}
	if len(titles) > 0 {
		w.scoped = append(w.scoped, excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sheet, RefersTo: strings.Join(titles, ",")})
	}
	// The print area ends at the sheet's last column, so that text running
	// past it (a long link) never makes a page of its own.
	sd := w.sheet(sheet)
	if cols, rows := len(sd.widths), max(len(sd.rows), sd.lastRow); cols > 0 && rows > 0 {
		w.scoped = append(w.scoped, excelize.DefinedName{Name: "_xlnm.Print_Area", Scope: sheet, RefersTo: quoteSheet(sheet) + "!$A$1:" + abs(cols, rows)})
	}
}

// headerFooter puts the company, the sheet and the date at the top of
// every page, and the page number and the app at the bottom.
func (w *writer) headerFooter() *excelize.HeaderFooterOptions {
	esc := func(s string) string { return strings.ReplaceAll(s, "&", "&&") }
	company := []rune(w.page.company)
	if len(company) > 60 {
		company = append(company[:59], '…')
	}
	return &excelize.HeaderFooterOptions{
		OddHeader: `&L&"-,Bold"` + esc(string(company)) + `&C&A&RPrepared ` + esc(w.page.date),
		OddFooter: `&L` + esc(orDefault(w.page.doc, "Sales team plan")) + `&CPage &P of &N&R` + esc(w.page.app),
	}
}

// printScale is the scale, in percent, at which the widest page of a sheet
// with manual column breaks fits the paper's width.
func (w *writer) printScale(sheet string, o printOpts) uint {
	widths := w.sheet(sheet).widths
	px := func(from, to int) float64 { // columns from to to, 1-based
		var sum float64
		for c := from; c <= to && c <= len(widths); c++ {
			sum += math.Floor(widths[c-1]*7 + 5)
		}
		return sum
	}
	var widest float64
	from := 1
	for _, end := range append(append([]int(nil), o.colBreaks...), len(widths)) {
		page := px(from, end)
		if o.titleCol && from > 1 {
			page += px(1, 1)
		}
		widest = max(widest, page)
		from = end + 1
	}
	paper := 8.5
	if w.page.paper == paperA4 {
		paper = 8.27
	}
	if o.landscape {
		paper = 11
		if w.page.paper == paperA4 {
			paper = 11.69
		}
	}
	printable := (paper - 2*marginSide) * 96 * 0.95 // a little room for the programs' own rounding
	return uint(max(10, min(100, math.Floor(100*printable/max(widest, 1)))))
}
