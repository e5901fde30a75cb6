package xlsx

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// FuzzWrite takes answers from a file through the advisor and the workbook
// writer and back through excelize: whatever the advisor accepts must make
// a workbook that opens, with every sheet, and with the names exactly as
// given. name, title and money replace a name, a title and the revenue
// target of the answers, so that odd text and numbers reach the writer
// without first having to survive the JSON (on answers that do not parse,
// the first example's). The seeds are the examples.
//
//	go test -tags ci -run '^$' -fuzz FuzzWrite -fuzztime 60s ./advisor/xlsx
func FuzzWrite(f *testing.F) {
	paths, _ := filepath.Glob("../../examples/*.json")
	base, err := advisor.LoadFile(paths[0])
	if err != nil {
		f.Fatal(err)
	}
	for i, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, "", "", 0.0)
		if i == 0 {
			f.Add(data, `=HYPERLINK("http://x","y")`, "Sam\u202egnp.exe", 999999999999.5)
			f.Add(data, "Zoë 李 🚀", "<b>&amp;</b>", 1e-300)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, name, title string, money float64) {
		a, err := advisor.Parse(data)
		if err != nil && name == "" && title == "" && money == 0 {
			return
		}
		if err != nil { // the odd text and numbers still reach the writer
			a = base
			a.People = slices.Clone(base.People)
		}
		if name != "" {
			a.Company.Name = name
			a.People[0].Name = name
			a.PromotionCandidate = nil
		}
		if title != "" {
			a.People[len(a.People)-1].Title = title
		}
		if money != 0 {
			a.Company.RevenueTarget = &money
		}
		p, err := advisor.AdviseWith(a, advisor.Options{Today: now(), Runs: 50})
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := Write(&buf, p, Options{}); err != nil {
			t.Fatalf("Write: %v", err)
		}
		wb, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatalf("excelize cannot open the workbook: %v", err)
		}
		defer wb.Close()
		if got := wb.GetSheetList(); !slices.Equal(got, SheetsOf(p)) {
			t.Fatalf("sheets %q", got)
		}
		rows, err := wb.GetRows(SheetAnswers)
		if err != nil {
			t.Fatal(err)
		}
		var cells []string
		for _, row := range rows {
			cells = append(cells, row...)
		}
		for _, want := range append([]string{p.Answers.Company.Name}, names(p.Answers.People)...) {
			if !slices.Contains(cells, want) {
				t.Fatalf("%q is not on the %s sheet as given", want, SheetAnswers)
			}
		}
	})
}

func names(people []advisor.Person) []string {
	var out []string
	for _, p := range people {
		out = append(out, p.Name, p.Title)
	}
	return slices.DeleteFunc(out, func(s string) bool { return s == "" })
}
