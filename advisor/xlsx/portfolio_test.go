package xlsx

import (
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// portfolioRows is every example as a client, in a stable order, with a
// damaged file among them and a file name that looks like a formula.
func portfolioRows(t testing.TB) []PortfolioRow {
	t.Helper()
	plans := examples(t)
	var rows []PortfolioRow
	for _, name := range sortedKeys(plans) {
		rows = append(rows, PortfolioRowFor(name+".json", "plans/"+name+" plan.xlsx", plans[name]))
		if name == "growing-team" {
			rows = append(rows, PortfolioError("broken.json", errors.New("broken.json: people[1] Dana: time adds up to 130%, must be 100%")))
		}
	}
	rows[0].File = "=HYPERLINK(\"http://evil.example\")"
	return rows
}

// TestPortfolio writes a portfolio and reads it back: a row per client
// with its figures and a relative link to its workbook, the failed file
// marked with its error, totals per currency that add up that currency's
// clients only, and the sheet's print setup, panes and filter.
func TestPortfolio(t *testing.T) {
	rows := portfolioRows(t)
	var buf bytes.Buffer
	if err := WritePortfolio(&buf, rows, Options{AppVersion: "9.9"}); err != nil {
		t.Fatal(err)
	}
	f := openBytes(t, buf.Bytes())
	if got := f.GetSheetList(); len(got) != 1 || got[0] != SheetPortfolio {
		t.Fatalf("sheets %q, want only %q", got, SheetPortfolio)
	}
	for i, r := range rows {
		row := pfHeader + 1 + i
		get := func(col int) string { v, _ := f.GetCellValue(SheetPortfolio, cell(col, row)); return v }
		if get(pfFile) != r.File {
			t.Errorf("row %d: file %q, want %q", row, get(pfFile), r.File)
		}
		if fx, _ := f.GetCellFormula(SheetPortfolio, cell(pfFile, row)); fx != "" {
			t.Errorf("row %d: the file name became a formula: %s", row, fx)
		}
		if r.Failed() {
			if get(pfStatus) != "Failed" || !strings.Contains(get(pfCompany), r.Err) {
				t.Errorf("row %d: a failed file reads status %q, %q; want Failed and its error", row, get(pfStatus), get(pfCompany))
			}
			continue
		}
		raw, _ := f.GetCellValue(SheetPortfolio, cell(pfYear1, row), excelize.Options{RawCellValue: true})
		if y1, err := strconv.ParseFloat(raw, 64); err != nil || !cents(y1, r.Year1) {
			t.Errorf("row %d: year 1 %q, want %.2f", row, raw, r.Year1)
		}
		if get(pfHeadline) != r.Headline || get(pfCurrency) != r.Currency || get(pfStatus) != "OK" || get(pfScore) != strconv.Itoa(r.Score) {
			t.Errorf("row %d: %q %q %q %q, want %q %q OK %d", row, get(pfHeadline), get(pfCurrency), get(pfStatus), get(pfScore), r.Headline, r.Currency, r.Score)
		}
		ok, target, _ := f.GetCellHyperLink(SheetPortfolio, cell(pfWorkbook, row))
		if want := strings.ReplaceAll(r.Workbook, " ", "%20"); !ok || target != want {
			t.Errorf("row %d: link %v %q, want %q", row, ok, target, want)
		}
	}
	checkCurrencyTotals(t, f, rows, cachedValue(f))
	files, sheets := rawSheets(t, buf.Bytes())
	sheet := string(files[sheets[SheetPortfolio]])
	for _, want := range []string{"<autoFilter", "<pane", "<pageSetup", "<oddHeader"} {
		if !strings.Contains(sheet, want) {
			t.Errorf("the portfolio sheet has no %s>", want)
		}
	}
	if props, _ := f.GetDocProps(); props.Creator != "Sales Team Advisor 9.9" {
		t.Errorf("creator %q", props.Creator)
	}
}

// checkCurrencyTotals compares each currency's totals with the sum of that
// currency's clients.
func checkCurrencyTotals(t *testing.T, f *excelize.File, rows []PortfolioRow, value valueOf) {
	t.Helper()
	want := map[string][2]float64{}
	for _, r := range rows {
		if !r.Failed() {
			w := want[r.Currency]
			want[r.Currency] = [2]float64{w[0] + r.Year1, w[1] + r.Year2}
		}
	}
	if len(want) < 2 {
		t.Fatalf("the rows hold %d currencies; the test needs two or more", len(want))
	}
	all, err := f.GetRows(SheetPortfolio)
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for i, row := range all {
		if len(row) == 0 || !strings.HasPrefix(row[0], "Total in ") {
			continue
		}
		code := strings.TrimPrefix(row[0], "Total in ")
		for k, col := range []int{pfYear1, pfYear2} {
			got, err := value(SheetPortfolio, cell(col, i+1))
			if err != nil || !cents(got, want[code][k]) {
				t.Errorf("%s year %d total = %v (%v), want %.2f", code, k+1, got, err, want[code][k])
			}
		}
		found++
	}
	if found != len(want) {
		t.Errorf("%d currency totals, want %d", found, len(want))
	}
}

// TestPortfolioLibreOffice recalculates a portfolio in LibreOffice: every
// stored result equals LibreOffice's, and so do the currency totals.
func TestPortfolioLibreOffice(t *testing.T) {
	bin := soffice(t)
	dir := t.TempDir()
	rows := portfolioRows(t)
	if err := os.MkdirAll(filepath.Join(dir, "in"), 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "in", "portfolio.xlsx")
	if err := WritePortfolioFile(path, rows, false, Options{}); err != nil {
		t.Fatal(err)
	}
	stored, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := recalculate(t, bin, dir)
	data, err := os.ReadFile(filepath.Join(out, "portfolio.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	f := openBytes(t, data)
	sameResults(t, stored, f, false)
	checkCurrencyTotals(t, f, rows, cachedValue(f))
	if err := WritePortfolioFile(path, rows, false, Options{}); !errors.Is(err, os.ErrExist) {
		t.Errorf("writing over a portfolio without force: %v, want os.ErrExist", err)
	}
}

func TestPortfolioEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := WritePortfolio(&buf, nil, Options{}); err != nil {
		t.Fatal(err)
	}
	f := openBytes(t, buf.Bytes())
	if v, _ := f.GetCellValue(SheetPortfolio, cell(pfFile, pfHeader+1)); v != "No client files." {
		t.Errorf("an empty portfolio says %q", v)
	}
	if r := PortfolioError("x.json", nil); !r.Failed() || math.IsNaN(r.Year1) {
		t.Error("an error row without an error is not marked failed")
	}
}
