package xlsx

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// dumpWorkbook describes the workbook as a whole: document properties,
// sheets and defined names.
func dumpWorkbook(t *testing.T, f *excelize.File) string {
	t.Helper()
	var b strings.Builder
	props, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(&b, "title: %s\nsubject: %s\ncreator: %s\ncreated: %s\n", props.Title, props.Subject, props.Creator, props.Created)
	fmt.Fprintf(&b, "sheets: %s\n", strings.Join(f.GetSheetList(), " | "))
	names := f.GetDefinedName()
	sort.Slice(names, func(i, j int) bool { return names[i].Scope+names[i].Name < names[j].Scope+names[j].Name })
	for _, n := range names {
		fmt.Fprintf(&b, "name %s [%s] = %s\n", n.Name, n.Scope, n.RefersTo)
	}
	return b.String()
}

// dumpSheet describes one sheet: layout settings, validations, conditional
// formats and every non-empty cell with its value or formula and the
// styles that matter (number format, input fill, bold, wrap).
func dumpSheet(t *testing.T, f *excelize.File, sheet string) string {
	t.Helper()
	var b strings.Builder
	must := func(err error) {
		if err != nil {
			t.Fatalf("%s: %v", sheet, err)
		}
	}
	panes, err := f.GetPanes(sheet)
	must(err)
	if panes.Freeze {
		fmt.Fprintf(&b, "freeze: %s\n", panes.TopLeftCell)
	}
	layout, err := f.GetPageLayout(sheet)
	must(err)
	props, err := f.GetSheetProps(sheet)
	must(err)
	fit := fmt.Sprintf("scale %d%%", deref(layout.AdjustTo))
	if deref(props.FitToPage) {
		fit = fmt.Sprintf("fit %d page(s) wide, %d tall (0: any)", deref(layout.FitToWidth), deref(layout.FitToHeight))
	}
	fmt.Fprintf(&b, "print: %s, paper %d, %s\n", deref(layout.Orientation), deref(layout.Size), fit)
	hf, err := f.GetHeaderFooter(sheet)
	must(err)
	fmt.Fprintf(&b, "header: %s\nfooter: %s\n", hf.OddHeader, hf.OddFooter)
	prot, err := f.GetSheetProtection(sheet)
	must(err)
	fmt.Fprintf(&b, "protected: select locked %v, unlocked %v, format columns %v, rows %v\n", prot.SelectLockedCells, prot.SelectUnlockedCells, prot.FormatColumns, prot.FormatRows)
	dim, err := f.GetSheetDimension(sheet)
	must(err)
	fmt.Fprintf(&b, "dimension: %s\n", dim)
	b.WriteString(dumpWidths(t, f, sheet, dim))
	merged, err := f.GetMergeCells(sheet)
	must(err)
	for _, m := range merged {
		fmt.Fprintf(&b, "merge %s:%s\n", m.GetStartAxis(), m.GetEndAxis())
	}
	dvs, err := f.GetDataValidations(sheet)
	must(err)
	for _, dv := range dvs {
		fmt.Fprintf(&b, "validate %s: %s %s %q %q\n  prompt %q: %q\n  error %q\n", dv.Sqref, dv.Type, dv.Operator, dv.Formula1, dv.Formula2,
			deref(dv.PromptTitle), deref(dv.Prompt), deref(dv.Error))
	}
	cfs, err := f.GetConditionalFormats(sheet)
	must(err)
	keys := make([]string, 0, len(cfs))
	for k := range cfs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, c := range cfs[k] {
			fmt.Fprintf(&b, "conditional %s: %s %s %s..%s\n", k, c.Type, c.Criteria, c.MinValue, c.MaxValue)
		}
	}
	b.WriteString(dumpCells(t, f, sheet, dim, mergedAway(merged)))
	return b.String()
}

// mergedAway lists the cells a merge hides: all but its top-left one,
// which excelize reads back as if they held its value.
func mergedAway(merged []excelize.MergeCell) map[string]bool {
	away := map[string]bool{}
	for _, m := range merged {
		c1, r1, _ := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, r2, _ := excelize.CellNameToCoordinates(m.GetEndAxis())
		for r := r1; r <= r2; r++ {
			for c := c1; c <= c2; c++ {
				if r != r1 || c != c1 {
					away[cell(c, r)] = true
				}
			}
		}
	}
	return away
}

func dumpWidths(t *testing.T, f *excelize.File, sheet, dim string) string {
	_, last, _ := strings.Cut(dim, ":")
	maxCol, _, err := excelize.CellNameToCoordinates(last)
	if err != nil {
		return ""
	}
	var ws []string
	for c := 1; c <= maxCol; c++ {
		w, err := f.GetColWidth(sheet, colName(c))
		if err != nil {
			t.Fatal(err)
		}
		ws = append(ws, strconv.FormatFloat(w, 'g', -1, 64))
	}
	return "widths: " + strings.Join(ws, " ") + "\n"
}

func dumpCells(t *testing.T, f *excelize.File, sheet, dim string, skip map[string]bool) string {
	first, last, _ := strings.Cut(dim, ":")
	c1, r1, err1 := excelize.CellNameToCoordinates(first)
	c2, r2, err2 := excelize.CellNameToCoordinates(last)
	if err1 != nil || err2 != nil {
		return ""
	}
	var b strings.Builder
	for r := r1; r <= r2; r++ {
		for c := c1; c <= c2; c++ {
			if skip[cell(c, r)] {
				continue
			}
			if line := dumpCell(t, f, sheet, cell(c, r)); line != "" {
				b.WriteString(line + "\n")
			}
		}
	}
	return b.String()
}

func dumpCell(t *testing.T, f *excelize.File, sheet, ref string) string {
	fx, err := f.GetCellFormula(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	v, err := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	if fx == "" && v == "" {
		return ""
	}
	typ, err := f.GetCellType(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	var content string
	switch {
	case fx != "" && typ == excelize.CellTypeFormula: // t="str": a text result
		content = "=" + fx + "  -> " + strconv.Quote(v)
	case fx != "":
		content = "=" + fx + "  -> " + v
	case typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString:
		content = strconv.Quote(v)
	default:
		content = v
	}
	return ref + " " + content + cellStyle(t, f, sheet, ref)
}

func cellStyle(t *testing.T, f *excelize.File, sheet, ref string) string {
	id, err := f.GetCellStyle(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	var tags []string
	if st.CustomNumFmt != nil {
		tags = append(tags, "fmt="+*st.CustomNumFmt)
	}
	if len(st.Fill.Color) > 0 && strings.EqualFold(st.Fill.Color[0], colorInputBG) {
		tags = append(tags, "input")
	}
	if st.Font != nil && st.Font.Bold {
		tags = append(tags, "bold")
	}
	if st.Alignment != nil && st.Alignment.WrapText {
		tags = append(tags, "wrap")
	}
	if len(tags) == 0 {
		return ""
	}
	return "  [" + strings.Join(tags, " ") + "]"
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}
