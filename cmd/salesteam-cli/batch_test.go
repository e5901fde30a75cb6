package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/salesteamadvisor/salesteam/advisor"
	"github.com/salesteamadvisor/salesteam/advisor/xlsx"
)

// batchFolder copies the examples into a folder with a broken file and an
// invalid one, and returns the folder and the good files' names.
func batchFolder(t *testing.T) (string, []string) {
	t.Helper()
	dir := t.TempDir()
	examples, _ := filepath.Glob("../../examples/*.json")
	var good []string
	for _, f := range examples {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644)
		good = append(good, strings.TrimSuffix(filepath.Base(f), ".json"))
	}
	os.WriteFile(filepath.Join(dir, "broken.json"), []byte(`{"version": 1,`), 0o644)
	os.WriteFile(filepath.Join(dir, "invalid.json"), []byte(strings.Replace(mustRead(t, examples[0]), `"version": 1`, `"version": 1, "plan_start": "soon"`, 1)), 0o644)
	return dir, good
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// A batch writes every good file's workbook, in parallel, and reports the
// bad ones without stopping; the exit status says some failed.
func TestBatchReportsBadFilesAndGoesOn(t *testing.T) {
	in, good := batchFolder(t)
	out := filepath.Join(t.TempDir(), "plans")
	code, stdout, stderr := runCLI("batch", "--workers", "2", "-o", out, in)
	if code != exitInput {
		t.Errorf("exit %d, want %d", code, exitInput)
	}
	for _, name := range good {
		if st, err := os.Stat(filepath.Join(out, name+".xlsx")); err != nil || st.Size() == 0 {
			t.Errorf("no workbook for %s: %v", name, err)
		}
	}
	for _, want := range []string{"broken.json: the file ends too early", "invalid.json:", "plan_start", "2 files failed"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if lines := strings.Count(stderr, "] "); lines < len(good)+2 {
		t.Errorf("%d progress lines for %d files:\n%s", lines, len(good)+2, stderr)
	}
	if !strings.Contains(stdout, "Wrote "+strconv.Itoa(len(good))+" workbooks") {
		t.Errorf("summary: %s", stdout)
	}
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("left a temporary file: %s", e.Name())
		}
	}
	// The portfolio has a row per file: the good ones linked to their
	// workbooks, the bad ones with their error.
	rows := portfolioRows(t, filepath.Join(out, "portfolio.xlsx"))
	for _, name := range good {
		r, ok := rows[name+".json"]
		if !ok || r.link != name+".xlsx" || r.err != "" || r.headline == "" {
			t.Errorf("portfolio row for %s: %+v", name, r)
		}
	}
	for _, bad := range []string{"broken.json", "invalid.json"} {
		if r := rows[bad]; r.err == "" || r.link != "" {
			t.Errorf("portfolio row for %s has no error: %+v", bad, r)
		}
	}
	if !strings.Contains(stdout, filepath.Join(out, "portfolio.xlsx")) {
		t.Errorf("the summary does not name the portfolio: %s", stdout)
	}
	// A second run without --force refuses to replace them, file by file.
	if code, _, stderr := runCLI("batch", "-o", out, in); code != exitInput || !strings.Contains(stderr, "already exists; use --force") {
		t.Errorf("second run: exit %d\n%s", code, stderr)
	}
}

// Two clients' files with one name, from two folders, get two workbooks.
func TestBatchKeepsSameNamedFilesApart(t *testing.T) {
	a, b := filepath.Join(t.TempDir(), "north"), filepath.Join(t.TempDir(), "south")
	os.MkdirAll(a, 0o755)
	os.MkdirAll(b, 0o755)
	data := mustRead(t, acme)
	os.WriteFile(filepath.Join(a, "client.json"), []byte(data), 0o644)
	os.WriteFile(filepath.Join(b, "client.json"), []byte(data), 0o644)
	out := t.TempDir()
	if code, _, stderr := runCLI("batch", "-o", out, filepath.Join(a, "client.json"), filepath.Join(b, "client.json")); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, name := range []string{"north-client.xlsx", "south-client.xlsx"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	// A client called "portfolio" does not take the portfolio's name.
	os.WriteFile(filepath.Join(a, "portfolio.json"), []byte(data), 0o644)
	out = t.TempDir()
	if code, _, stderr := runCLI("batch", "-o", out, filepath.Join(a, "portfolio.json")); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if r := portfolioRows(t, filepath.Join(out, "portfolio.xlsx"))["portfolio.json"]; r.link != "north-portfolio.xlsx" {
		t.Errorf("the client's workbook is %q, want north-portfolio.xlsx", r.link)
	}
}

// Interrupted, a batch stops, says so and leaves no half-written file.
func TestBatchStopsWhenInterrupted(t *testing.T) {
	in, _ := batchFolder(t)
	out := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var o, e bytes.Buffer
	if code := runContext(ctx, []string{"batch", "-o", out, in}, strings.NewReader(""), &o, &e); code != exitInterrupted {
		t.Errorf("exit %d, want %d: %s", code, exitInterrupted, e.String())
	}
	entries, _ := os.ReadDir(out)
	for _, en := range entries {
		if strings.HasSuffix(en.Name(), ".tmp") {
			t.Errorf("left %s", en.Name())
		}
	}
}

// --settings advises with the user's defaults; a bad settings file is
// refused with the field named.
func TestSettingsFlag(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "settings.json")
	os.WriteFile(good, []byte(`{"assumptions": {"burden_rate": 20}, "thresholds": {"healthy_score": 80}}`), 0o644)
	code, stdout, stderr := runCLI("plan", "--settings", good, acme)
	if code != exitOK || !strings.Contains(stdout, "Employer burden on top of pay: 20.0% (Your default in Settings") {
		t.Errorf("plan with settings: exit %d\n%s\n%s", code, stdout, stderr)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"thresholds": {"span": 0}, "extra": 1}`), 0o644)
	if code, _, stderr := runCLI("diagnose", "--settings", bad, acme); code != exitInput || !strings.Contains(stderr, `extra: unknown field "extra"`) {
		t.Errorf("bad settings: exit %d\n%s", code, stderr)
	}
	os.WriteFile(bad, []byte(`{"thresholds": {"span": 0}}`), 0o644)
	if code, _, stderr := runCLI("diagnose", "--settings", bad, acme); code != exitInput || !strings.Contains(stderr, "settings.thresholds.span") {
		t.Errorf("out-of-range settings: exit %d\n%s", code, stderr)
	}
}

// The question bank as a workshop handout and as a spreadsheet.
func TestQuestionsFormats(t *testing.T) {
	code, md, _ := runCLI("questions", "--format", "markdown")
	if code != exitOK || !strings.HasPrefix(md, "# Sales Team Advisor: the questions") {
		t.Fatalf("markdown: exit %d\n%s", code, md)
	}
	for _, q := range advisor.Questions() {
		if !strings.Contains(md, q.Asked()) {
			t.Errorf("the handout lacks %q", q.Asked())
		}
	}
	code, out, _ := runCLI("questions", "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != exitOK || err != nil || len(rows) != 1+len(advisor.Questions())+len(advisor.SymptomBank()) {
		t.Fatalf("csv: exit %d, %v, %d rows", code, err, len(rows))
	}
	if code, _, stderr := runCLI("questions", "--format", "pdf"); code != exitUsage || !strings.Contains(stderr, "--format is text, markdown, csv or json") {
		t.Errorf("unknown format: exit %d\n%s", code, stderr)
	}
}

type portfolioLine struct{ headline, link, err string }

// portfolioRows reads the portfolio workbook's rows by answers file name.
func portfolioRows(t *testing.T, path string) map[string]portfolioLine {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("no portfolio: %v", err)
	}
	defer f.Close()
	rows, err := f.GetRows(xlsx.SheetPortfolio)
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	out := map[string]portfolioLine{}
	for r, row := range rows {
		if len(col) == 0 {
			for i, h := range row {
				col[h] = i
			}
			if _, ok := col["Client file"]; !ok {
				clear(col)
			}
			continue
		}
		cell := func(name string) string {
			i, ok := col[name]
			if !ok || i >= len(row) {
				return ""
			}
			return row[i]
		}
		if cell("Client file") == "" {
			continue
		}
		line := portfolioLine{headline: cell("Recommendation")}
		if link, target, _ := f.GetCellHyperLink(xlsx.SheetPortfolio, cellName(col["Plan workbook"], r)); link {
			line.link = target
		}
		if cell("Status") != "OK" {
			line.err = cell("Company")
		}
		out[filepath.Base(cell("Client file"))] = line
	}
	if len(col) == 0 {
		t.Fatalf("no heading row with \"Client file\" in %v", rows)
	}
	return out
}

func cellName(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col+1, row+1)
	return name
}
