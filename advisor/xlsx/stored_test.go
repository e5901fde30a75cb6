package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// written is a workbook as bytes, the way it leaves Write.
func written(t testing.TB, p advisor.Plan, o Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, p, o); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// xmlCell is a cell as the sheet's XML holds it.
type xmlCell struct {
	Ref     string  `xml:"r,attr"`
	Type    string  `xml:"t,attr"`
	Formula *string `xml:"f"`
	Value   *string `xml:"v"`
}

// rawSheets reads every sheet's XML from an .xlsx file, by sheet name,
// without any spreadsheet library: what a file preview or a parser sees.
func rawSheets(t testing.TB, data []byte) (files map[string][]byte, sheets map[string]string) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	files = map[string][]byte{}
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		files[zf.Name] = b
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal(files["xl/workbook.xml"], &wb); err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(files["xl/_rels/workbook.xml.rels"], &rels); err != nil {
		t.Fatal(err)
	}
	target := map[string]string{}
	for _, r := range rels.Rels {
		target[r.ID] = path.Join("xl", strings.TrimPrefix(r.Target, "/xl/"))
	}
	sheets = map[string]string{}
	for _, s := range wb.Sheets {
		sheets[s.Name] = target[s.ID]
	}
	return files, sheets
}

// rawCells returns the cells of a sheet's XML.
func rawCells(t testing.TB, sheetXML []byte) []xmlCell {
	t.Helper()
	var ws struct {
		Rows []struct {
			Cells []xmlCell `xml:"c"`
		} `xml:"sheetData>row"`
	}
	if err := xml.Unmarshal(sheetXML, &ws); err != nil {
		t.Fatal(err)
	}
	var out []xmlCell
	for _, r := range ws.Rows {
		out = append(out, r.Cells...)
	}
	return out
}

// TestStoredResults reads each workbook as written, without calculating,
// and checks that every formula cell carries a result: text formulas a
// non-empty text, the others a number.
func TestStoredResults(t *testing.T) {
	plans := examples(t)
	plans["a big team"] = bigTeam(t)
	for name, p := range plans {
		t.Run(name, func(t *testing.T) {
			files, sheets := rawSheets(t, written(t, p, Options{}))
			formulas := 0
			for _, sheet := range SheetsOf(p) {
				for _, c := range rawCells(t, files[sheets[sheet]]) {
					if c.Formula == nil {
						continue
					}
					formulas++
					if c.Value == nil || *c.Value == "" {
						t.Errorf("%s!%s =%s stores no result", sheet, c.Ref, *c.Formula)
					}
				}
			}
			if formulas < 500 {
				t.Errorf("only %d formula cells: is the plan sheet written?", formulas)
			}
		})
	}
}

// TestSheetSettingsSurvive checks in the written file what a stream writer
// drops when it is set too late: validations, conditional formats, page
// setup, header and footer, protection, page breaks and charts.
func TestSheetSettingsSurvive(t *testing.T) {
	p := exampleOf(t)
	data := written(t, p, Options{})
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	files, sheets := rawSheets(t, data)
	for _, s := range SheetsOf(p) {
		layout, _ := f.GetPageLayout(s)
		if deref(layout.Size) != paperLetter {
			t.Errorf("%s: paper %d, want Letter for USD", s, deref(layout.Size))
		}
		hf, _ := f.GetHeaderFooter(s)
		if !strings.Contains(hf.OddHeader, p.Answers.Company.Name) || !strings.Contains(hf.OddFooter, "&P of &N") || !strings.Contains(hf.OddHeader, "&A") {
			t.Errorf("%s: header %q, footer %q: want the company, the sheet and page numbers", s, hf.OddHeader, hf.OddFooter)
		}
		if prot, _ := f.GetSheetProtection(s); !prot.SelectUnlockedCells {
			t.Errorf("%s is not protected", s)
		}
	}
	for _, s := range []string{SheetPlan, SheetBands, SheetAssumptions} {
		if dvs, _ := f.GetDataValidations(s); len(dvs) == 0 {
			t.Errorf("%s lost its data validations", s)
		}
	}
	for _, s := range []string{SheetDiagnosis, SheetChecks} {
		if cfs, _ := f.GetConditionalFormats(s); len(cfs) == 0 {
			t.Errorf("%s lost its conditional formats", s)
		}
	}
	plan := string(files[sheets[SheetPlan]])
	for _, want := range []string{"<rowBreaks", "<colBreaks", "<drawing", "<hyperlinks"} {
		sheet := plan
		if want == "<hyperlinks" {
			sheet = string(files[sheets[SheetAssumptions]])
		}
		if !strings.Contains(sheet, want) {
			t.Errorf("the written sheet has no %s>", want)
		}
	}
	var charts []string
	for name := range files {
		if strings.HasPrefix(name, "xl/charts/chart") {
			charts = append(charts, name)
		}
	}
	if len(charts) != 4 {
		t.Errorf("charts %v, want 4: cost, headcount, capacity against the gap, fractional vs full-time", charts)
	}
}

// TestInputNamesAreUsed walks the defined names: every one that names an
// input cell (unlocked) is read by some formula, so no input is inert. The
// Checks sheet reads every input to test its range, which is no use.
func TestInputNamesAreUsed(t *testing.T) {
	for name, p := range examples(t) {
		t.Run(name, func(t *testing.T) {
			data := written(t, p, Options{})
			f, err := excelize.OpenReader(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			files, sheets := rawSheets(t, data)
			var formulas []string
			for _, s := range SheetsOf(p) {
				if s == SheetChecks {
					continue
				}
				for _, c := range rawCells(t, files[sheets[s]]) {
					if c.Formula != nil {
						formulas = append(formulas, stripStrings(*c.Formula))
					}
				}
			}
			all := strings.Join(formulas, "\n")
			inputs := 0
			for _, n := range f.GetDefinedName() {
				sheet, ref := namedCell(n)
				if n.Scope != "Workbook" || strings.Contains(ref, ":") {
					continue
				}
				id, err := f.GetCellStyle(sheet, ref)
				if err != nil {
					t.Fatal(err)
				}
				st, _ := f.GetStyle(id)
				if st.Protection == nil || st.Protection.Locked {
					continue
				}
				inputs++
				if !regexp.MustCompile(`\b` + n.Name + `\b`).MatchString(all) {
					t.Errorf("input %s (%s!%s) is read by no formula", n.Name, sheet, ref)
				}
			}
			if inputs < 15 {
				t.Errorf("only %d named inputs found", inputs)
			}
		})
	}
}

// stripStrings removes a formula's string literals, so that a name inside
// quoted text does not count as a reference.
func stripStrings(fx string) string {
	return regexp.MustCompile(`"(?:[^"]|"")*"`).ReplaceAllString(fx, `""`)
}

func namedCell(n excelize.DefinedName) (sheet, ref string) {
	sheet, ref, _ = strings.Cut(n.RefersTo, "!")
	return strings.ReplaceAll(strings.Trim(sheet, "'"), "''", "'"), strings.ReplaceAll(ref, "$", "")
}

// TestSentencesWithAmountsAreLive checks that every sentence on the
// Summary and the role cards that quotes an amount is a formula, so that
// it follows the inputs.
func TestSentencesWithAmountsAreLive(t *testing.T) {
	amount := regexp.MustCompile(`[$€£]\d|\d USD`)
	for name, p := range examples(t) {
		t.Run(name, func(t *testing.T) {
			files, sheets := rawSheets(t, written(t, p, Options{}))
			f := open(t, p)
			for _, s := range []string{SheetSummary, SheetRoleCards, SheetFractional, SheetPlan} {
				for _, c := range rawCells(t, files[sheets[s]]) {
					if c.Type != "inlineStr" {
						continue
					}
					v, _ := f.GetCellValue(s, c.Ref)
					if amount.MatchString(v) {
						t.Errorf("%s!%s quotes an amount as fixed text: %q", s, c.Ref, v)
					}
				}
			}
		})
	}
}

func TestVersionOption(t *testing.T) {
	p := exampleOf(t)
	for version, want := range map[string]string{"": "Sales Team Advisor dev", "1.2.3": "Sales Team Advisor 1.2.3"} {
		f, err := excelize.OpenReader(bytes.NewReader(written(t, p, Options{AppVersion: version})))
		if err != nil {
			t.Fatal(err)
		}
		props, _ := f.GetDocProps()
		if props.Creator != want {
			t.Errorf("AppVersion %q: creator %q, want %q", version, props.Creator, want)
		}
		if got, _ := f.GetCellValue(SheetSummary, labelled(t, f, SheetSummary, "Written by")); got != want {
			t.Errorf("AppVersion %q: the Summary says %q, want %q", version, got, want)
		}
		f.Close()
	}
}

func TestPaperSize(t *testing.T) {
	for code, want := range map[string]int{"USD": paperLetter, "": paperLetter, "cad": paperLetter, "EUR": paperA4, "GBP": paperA4, "AUD": paperA4} {
		if got := paperSize(code); got != want {
			t.Errorf("paperSize(%q) = %d, want %d", code, got, want)
		}
	}
}

// TestMoneyTextMatchesAdvisor keeps the stored text of money in sentences
// equal to advisor.Money, which the app's own sentences use.
func TestMoneyTextMatchesAdvisor(t *testing.T) {
	for _, code := range []string{"USD", "EUR", "GBP", "CHF"} {
		w := &writer{sym: symbol(code)}
		for _, v := range []float64{0, 0.4, 0.5, 999.5, 1234.49, 155250, -93500, 1e9 + 0.5, -0.3} {
			if got, want := w.moneyText(v), advisor.Money(v, code); got != want {
				t.Errorf("moneyText(%v, %s) = %q, advisor.Money says %q", v, code, got, want)
			}
		}
	}
}

func TestStrLit(t *testing.T) {
	long := strings.Repeat("ab\"c", 100)
	got := strLit(long)
	pieces := strings.Split(got, "&")
	if len(pieces) < 2 {
		t.Fatalf("a %d-character literal was not split", len(long))
	}
	var joined strings.Builder
	for _, p := range pieces {
		inner := strings.TrimSuffix(strings.TrimPrefix(p, `"`), `"`)
		if len([]rune(strings.ReplaceAll(inner, `""`, `"`))) > 255 {
			t.Errorf("a piece is longer than Excel's 255 characters: %d", len(inner))
		}
		joined.WriteString(strings.ReplaceAll(inner, `""`, `"`))
	}
	if joined.String() != long {
		t.Error("the pieces do not join back into the text")
	}
	if strLit("") != `""` {
		t.Errorf(`strLit("") = %s`, strLit(""))
	}
}

// sortedKeys returns a map's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
