package xlsx

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/salesteamadvisor/salesteam/advisor"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestMain(m *testing.M) {
	now = func() time.Time { return time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC) }
	os.Exit(m.Run())
}

// examples returns the plans of every example answers file, and of the
// workbook's own (testdata/*.json: a session with scenarios), by file name
// without extension.
func examples(t testing.TB) map[string]advisor.Plan {
	t.Helper()
	paths, err := filepath.Glob("../../examples/*.json")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no example answers files found: %v", err)
	}
	own, _ := filepath.Glob("testdata/*.json")
	paths = append(paths, own...)
	plans := map[string]advisor.Plan{}
	for _, path := range paths {
		a, err := advisor.LoadFile(path)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		p, err := advisor.AdviseWith(a, advisor.Options{Today: now()})
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		plans[strings.TrimSuffix(filepath.Base(path), ".json")] = p
	}
	return plans
}

// open writes p and reads the workbook back.
func open(t testing.TB, p advisor.Plan) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, p, Options{}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func slug(s string) string { return strings.ReplaceAll(strings.ToLower(s), " ", "-") }

func TestGolden(t *testing.T) {
	for name, p := range examples(t) {
		t.Run(name, func(t *testing.T) {
			f := open(t, p)
			golden(t, filepath.Join("testdata", name, "0-workbook.golden"), dumpWorkbook(t, f))
			for i, sheet := range SheetsOf(p) {
				file := filepath.Join("testdata", name, strconv.Itoa(i+1)+"-"+slug(sheet)+".golden")
				golden(t, file, dumpSheet(t, f, sheet))
			}
		})
	}
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the workbook; run go test ./advisor/xlsx -update and review the diff.\n%s", path, firstDiff(string(want), got))
	}
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range max(len(wl), len(gl)) {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + w + "\n  got:  " + g
		}
	}
	return ""
}

func TestSheetOrder(t *testing.T) {
	f := open(t, advisor.Plan{})
	want := []string{"Summary", "Diagnosis", "Hiring plan", "Salary bands", "Fractional vs full-time", "Role cards", "Assumptions", "Checks", "Answers"}
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sheets = %q, want %q", got, want)
	}
	p := examples(t)["with-scenarios"]
	want = append(want[:5], append([]string{"Scenarios"}, want[5:]...)...)
	if got := open(t, p).GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("with scenarios, sheets = %q, want %q", got, want)
	}
}

// TestUserTextIsNeverAFormula writes answers whose every name starts with a
// formula prefix and checks each lands as a plain string cell.
func TestUserTextIsNeverAFormula(t *testing.T) {
	evil := []string{`=HYPERLINK("http://evil.example","x")`, "+1+1", "-2+3", "@SUM(1)", "=1/0"}
	p := exampleOf(t)
	p.Answers.Company.Name = evil[0]
	p.Answers.People = nil
	for i, e := range evil[1:] {
		p.Answers.People = append(p.Answers.People, advisor.Person{Name: e, Title: evil[i], Time: advisor.TimeSplit{Selling: 100}})
	}
	p.Hires = append(p.Hires, advisor.Hire{Role: advisor.RoleRep, Title: evil[4], Start: 3, Pay: 1})
	f := open(t, p)
	found := map[string]bool{}
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			for c, v := range row {
				for _, e := range evil {
					if !strings.Contains(v, e) {
						continue
					}
					ref := cell(c+1, r+1)
					fx, _ := f.GetCellFormula(sheet, ref)
					typ, _ := f.GetCellType(sheet, ref)
					if fx != "" || (typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString) {
						t.Errorf("%s!%s holding %q: formula %q, type %v; want a plain string", sheet, ref, v, fx, typ)
					}
					found[e] = true
				}
			}
		}
	}
	for _, e := range evil {
		if !found[e] {
			t.Errorf("%q does not appear in the workbook", e)
		}
	}
}

// exampleOf returns the first example, by name, with people and hires.
func exampleOf(t testing.TB) advisor.Plan {
	t.Helper()
	plans := examples(t)
	names := make([]string, 0, len(plans))
	for name := range plans {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if p := plans[name]; len(p.Answers.People) > 0 && len(p.Hires) > 0 {
			return p
		}
	}
	t.Fatal("no example with people and hires")
	return advisor.Plan{}
}

// TestOddPlans writes plans the advisor never makes; none may panic or
// fail.
func TestOddPlans(t *testing.T) {
	ex := exampleOf(t)
	noPeople := ex
	noPeople.Answers.People = nil
	noHires := ex
	noHires.Hires, noHires.RoleCards = nil, nil
	odd := ex
	odd.Hires = append([]advisor.Hire(nil), ex.Hires...)
	odd.Hires[0].Pay *= 1.5
	odd.Currency = `CH"F`
	for name, p := range map[string]advisor.Plan{
		"zero": {}, "no people": noPeople, "no hires": noHires, "odd pay and currency": odd, "a big team": bigTeam(t),
	} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, p, Options{}); err != nil {
				t.Fatal(err)
			}
			if buf.Len() == 0 {
				t.Fatal("empty output")
			}
		})
	}
}

// TestMoneyFormats checks that amounts show zero as a dash and changes
// carry their sign.
func TestMoneyFormats(t *testing.T) {
	if got, want := moneyFormat("USD"), `"$"#,##0;-"$"#,##0;"–"`; got != want {
		t.Errorf("moneyFormat(USD) = %s, want %s", got, want)
	}
	if got, want := changeFormat("EUR"), `+"€"#,##0;-"€"#,##0;"–"`; got != want {
		t.Errorf("changeFormat(EUR) = %s, want %s", got, want)
	}
}

func TestCurrencyFormat(t *testing.T) {
	for code, want := range map[string]string{
		"USD": `"$"#,##0;-"$"#,##0`, "": `"$"#,##0;-"$"#,##0`, "EUR": `"€"#,##0;-"€"#,##0`,
		"gbp": `"£"#,##0;-"£"#,##0`, "CHF": `"CHF "#,##0;-"CHF "#,##0`, `a"b`: `"AB "#,##0;-"AB "#,##0`,
	} {
		if got := currencyFormat(code); got != want {
			t.Errorf("currencyFormat(%q) = %s, want %s", code, got, want)
		}
	}
}

func TestWriteFile(t *testing.T) {
	p := exampleOf(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.xlsx")
	if err := WriteFile(path, p, false, Options{}); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(path)
	err := WriteFile(path, p, false, Options{})
	if !errors.Is(err, os.ErrExist) || !strings.Contains(err.Error(), "plan.xlsx already exists; use --force to replace it") {
		t.Fatalf("second write without force: %v, want an os.ErrExist refusal", err)
	}
	if again, _ := os.ReadFile(path); !bytes.Equal(first, again) {
		t.Error("a refused write changed the file")
	}
	if err := WriteFile(path, p, true, Options{}); err != nil {
		t.Fatalf("forced write: %v", err)
	}
	if _, err := excelize.OpenFile(path); err != nil {
		t.Errorf("forced write left an unreadable file: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries, want only plan.xlsx (temporary files left behind?)", len(entries))
	}
}

// TestWriteFileFailureKeepsOld fails a write half-way (a directory where the
// rename should go) and checks no temporary file is left.
func TestWriteFileFailureKeepsOld(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "plan.xlsx")
	if err := os.Mkdir(target, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(target, exampleOf(t), true, Options{}); err == nil {
		t.Fatal("writing over a directory succeeded")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries after a failed write, want 1", len(entries))
	}
	if err := WriteFile(filepath.Join(dir, "missing", "plan.xlsx"), exampleOf(t), false, Options{}); err == nil {
		t.Error("writing into a missing directory succeeded")
	}
}

// bigTeam is 120 reps who mostly miss quota, one with a 1,000-character
// title: long findings and wrapped cells taller than Excel's tallest row.
func bigTeam(t *testing.T) advisor.Plan {
	t.Helper()
	a := advisor.Answers{Version: 1, Company: advisor.Company{Name: "Big Co", Currency: "USD"}}
	a.People = append(a.People, advisor.Person{Name: "Manager", Time: advisor.TimeSplit{Managing: 70, Forecasting: 30}})
	for i := range 120 {
		a.People = append(a.People, advisor.Person{Name: fmt.Sprintf("Alexandra Richardson-%d", i),
			Time: advisor.TimeSplit{Selling: 90, Other: 10}, QuotaAttainment: advisor.Ptr(70.0)})
	}
	p, err := advisor.AdviseWith(a, advisor.Options{Today: now()})
	if err != nil {
		t.Fatal(err)
	}
	// Longer than an answers file may hold (advisor.MaxTextLen): the
	// writer must cope with whatever a Plan carries.
	p.Answers.People[120].Title = strings.Repeat("Senior ", 140)
	return p
}

// TestAnswersUseTheAppsLabels: the Answers sheet names each answer as the
// app does, from the question bank.
func TestAnswersUseTheAppsLabels(t *testing.T) {
	p := examples(t)["acme-fractional"]
	f := open(t, p)
	rows, err := f.GetRows(SheetAnswers)
	if err != nil {
		t.Fatal(err)
	}
	labels := map[string]bool{}
	for _, row := range rows {
		for _, cell := range row {
			labels[cell] = true
		}
	}
	for _, q := range advisor.Questions() {
		if q.ID == "symptoms" || q.ID == "people[].time" {
			continue // the symptoms are listed by their labels; the week is four columns
		}
		if !labels[label(q.ID)] || !strings.HasPrefix(label(q.ID), q.Label) {
			t.Errorf("%s: no cell reads %q", q.ID, label(q.ID))
		}
	}
	if !labels["Deals close inconsistently"] {
		t.Error("the symptoms are not listed as the app words them")
	}
}

// TestNotComparedAgreesWithTheAdvice: where managers in post cover the
// reps and the advice is a short fractional engagement to set up the
// process, the comparison sheet says why a full-time manager is not the
// question; it never says a fractional leader is not the question beside
// advice that brings one in.
func TestNotComparedAgreesWithTheAdvice(t *testing.T) {
	no := false
	a := advisor.Answers{Version: 1, Company: advisor.Company{Name: "Bluefin", Currency: "USD",
		AnnualRevenue: advisor.Ptr(3_500_000.0), RevenueTarget: advisor.Ptr(5_000_000.0), SalesProcessDocumented: &no}}
	a.People = []advisor.Person{
		{Name: "Maya", Founder: true, Time: advisor.TimeSplit{Selling: 50, Managing: 30, Forecasting: 10, Other: 10}},
		{Name: "Sam", Time: advisor.TimeSplit{Selling: 90, Other: 10}, QuotaAttainment: advisor.Ptr(85.0)},
		{Name: "Priya", Title: "Sales lead", Time: advisor.TimeSplit{Selling: 60, Managing: 30, Other: 10}},
	}
	a.Symptoms = []advisor.Symptom{advisor.NoCoaching}
	a.Constraints.AnnualLeadershipBudget = advisor.Ptr(90_000.0)
	p, err := advisor.AdviseWith(a, advisor.Options{Today: now(), Runs: -1})
	if err != nil {
		t.Fatal(err)
	}
	if p.Recommendation.Primary != advisor.FractionalSalesLeader || !p.Diagnosis.Team.Covered() {
		t.Fatalf("advice %s, covered %v: the case no longer tests the rule", p.Recommendation.Primary, p.Diagnosis.Team.Covered())
	}
	why := notCompared(p)
	if p.Recommendation.Compare {
		return // the comparison is shown; nothing to contradict
	}
	if strings.Contains(why, "fractional or full-time, is not the question") || !strings.Contains(why, "a full-time manager is not the question") {
		t.Errorf("the comparison sheet says %q beside advice to bring in a fractional VP", why)
	}
}
