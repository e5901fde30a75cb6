package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/salesteamadvisor/salesteam/advisor"
)

func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

const acme = "../../examples/acme-fractional.json"

func TestExitStatuses(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"version": 1, "company": {"nmae": "x"}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{nil, exitUsage, "", "Usage:"},
		{[]string{"--help"}, exitOK, "Usage:", ""},
		{[]string{"frobnicate"}, exitUsage, "", `unknown command "frobnicate"`},
		{[]string{"diagnose"}, exitUsage, "", "takes one answers file, got 0 argument(s)"},
		{[]string{"diagnose", "--help"}, exitOK, "Usage: salesteam-cli diagnose", ""},
		{[]string{"plan", "--help"}, exitOK, "Usage: salesteam-cli plan", ""},
		{[]string{"export", "--help"}, exitOK, "Usage: salesteam-cli export", ""},
		{[]string{"questions", "--help"}, exitOK, "Usage: salesteam-cli questions", ""},
		{[]string{"diagnose", "--bogus", acme}, exitUsage, "", "flag provided but not defined: -bogus"},
		{[]string{"diagnose", "missing.json"}, exitInput, "", "missing.json: open missing.json: no such file"},
		{[]string{"diagnose", bad}, exitInput, "", `company.nmae: unknown field "nmae" (did you mean "name"?)`},
		{[]string{"plan", bad}, exitInput, "", "unknown field"},
		{[]string{"diagnose", acme}, exitOK, "Recommendation: Bring in a fractional VP of Sales", ""},
		{[]string{"diagnose", acme, "--json"}, exitOK, `"primary": "fractional_sales_leader"`, ""},
		{[]string{"plan", acme}, exitOK, "Year 1 total: $", ""},
		{[]string{"questions"}, exitOK, "Deals wait for the founder (founder_bottleneck)", ""},
		{[]string{"export", acme}, exitUsage, "", "give either -o OUT.xlsx"},
		{[]string{"version"}, exitOK, "salesteam-cli", ""},
		{[]string{"--version"}, exitOK, "salesteam-cli", ""},
		{[]string{"export", "-o", "plan.csv", acme}, exitUsage, "", "the workbook's name must end in .xlsx"},
		{[]string{"export", "-o", ".", "--force", acme}, exitInput, "", ". is a folder: name the workbook file"},
		{[]string{"diagnose", "-"}, exitInput, "", "standard input: the file is empty"},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			code, stdout, stderr := runCLI(c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, c.code, stdout, stderr)
			}
			if !strings.Contains(stdout, c.stdout) {
				t.Errorf("stdout lacks %q:\n%s", c.stdout, stdout)
			}
			if !strings.Contains(stderr, c.stderr) {
				t.Errorf("stderr lacks %q:\n%s", c.stderr, stderr)
			}
		})
	}
}

func TestPlanJSONMatchesTheModel(t *testing.T) {
	code, stdout, stderr := runCLI("plan", "--json", acme)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got struct {
		Year1 float64 `json:"year1_total"`
		Year2 float64 `json:"year2_total"`
		Hires []struct {
			Role  string `json:"role"`
			Start int    `json:"start_month"`
		} `json:"hires"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	a, _ := advisor.LoadFile(acme)
	p, _ := advisor.Advise(a)
	if got.Year1 != p.Year1 || got.Year2 != p.Year2 || len(got.Hires) != len(p.Hires) {
		t.Errorf("plan --json: years %.2f/%.2f with %d hires; model %.2f/%.2f with %d", got.Year1, got.Year2, len(got.Hires), p.Year1, p.Year2, len(p.Hires))
	}
}

func TestExportRefusesToOverwrite(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "plan.xlsx")
	if code, _, stderr := runCLI("export", acme, "-o", out); code != exitOK {
		t.Fatalf("first export: exit %d: %s", code, stderr)
	}
	first, err := os.ReadFile(out)
	if err != nil || len(first) == 0 {
		t.Fatalf("no workbook written: %v", err)
	}
	code, _, stderr := runCLI("export", "-o", out, acme)
	if code != exitInput || !strings.Contains(stderr, "already exists; use --force") {
		t.Errorf("second export without --force: exit %d, %s", code, stderr)
	}
	if after, _ := os.ReadFile(out); !bytes.Equal(first, after) {
		t.Error("the refused export changed the existing workbook")
	}
	if code, _, stderr := runCLI("export", "--force", "-o", out, acme); code != exitOK {
		t.Errorf("export --force: exit %d: %s", code, stderr)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("export left %d files behind, want just plan.xlsx", len(entries))
	}
}

func TestExportBatch(t *testing.T) {
	files, _ := filepath.Glob("../../examples/*.json")
	bad := filepath.Join(t.TempDir(), "broken.json")
	os.WriteFile(bad, []byte(`{"version": 1,`), 0o600)
	dir := filepath.Join(t.TempDir(), "plans")
	code, stdout, stderr := runCLI(append([]string{"export", "--dir", dir}, append(files, bad)...)...)
	if code != exitInput {
		t.Errorf("batch with a broken file: exit %d, want %d", code, exitInput)
	}
	if !strings.Contains(stderr, "broken.json: the file ends too early") {
		t.Errorf("stderr does not name the broken file: %s", stderr)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json") + ".xlsx"
		if st, err := os.Stat(filepath.Join(dir, name)); err != nil || st.Size() == 0 {
			t.Errorf("batch did not write %s: %v\n%s", name, err, stdout)
		}
	}
}
