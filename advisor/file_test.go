package advisor

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const validFile = `{
  "version": 1,
  "company": {"name": "Acme", "currency": "USD", "annual_revenue": 1000000},
  "people": [{"name": "Dana", "founder": true, "time": {"selling": 50, "managing": 20, "forecasting": 10, "other": 20}}],
  "metrics": {},
  "symptoms": [],
  "constraints": {}
}`

// loadCases are bad answers files and the error each must produce; they
// double as fuzz seeds.
var loadCases = []struct {
	name, input, want string
}{
	{"empty", "", "the file is empty"},
	{"not json", "hello", "line 1, column 1: not valid JSON"},
	{"truncated", `{"version": 1, "company": {"name": "Ac`, "ends too early"},
	{"truncated after value", `{"version": 1,`, "ends too early"},
	{"array", `[1, 2]`, "must be an object"},
	{"trailing data", validFile + "{}", "not valid JSON"},
	{"unknown top field", strings.Replace(validFile, `"metrics"`, `"metrcs"`, 1), `metrcs: unknown field "metrcs" (did you mean "metrics"?)`},
	{"unknown nested field", strings.Replace(validFile, `"annual_revenue"`, `"annual_revenu"`, 1), `company.annual_revenu: unknown field`},
	{"unknown person field", strings.Replace(validFile, `"founder"`, `"founderr"`, 1), `people[0].founderr: unknown field`},
	{"unknown symptom", strings.Replace(validFile, `"symptoms": []`, `"symptoms": ["sad"]`, 1), `symptoms[0]: "sad" is not a known symptom`},
	{"wrong type", strings.Replace(validFile, `1000000`, `"a lot"`, 1), `company.annual_revenue: must be a number, got string`},
	{"missing version", strings.Replace(validFile, `"version": 1,`, ``, 1), "version: missing"},
	{"future version", strings.Replace(validFile, `"version": 1`, `"version": 2`, 1), "version: 2 is not a version this app knows"},
	{"time not 100", strings.Replace(validFile, `"other": 20`, `"other": 70`, 1), "people[0] Dana: time adds up to 150%, must be 100"},
	{"percent out of range", strings.Replace(validFile, `"selling": 50`, `"selling": 150`, 1), "people[0] Dana: selling time 150% is out of range"},
	{"negative money", strings.Replace(validFile, `1000000`, `-5`, 1), "company.annual_revenue: must not be negative"},
	{"huge money", strings.Replace(validFile, `1000000`, `1e300`, 1), "company.annual_revenue: too large"},
	{"no people", strings.Replace(validFile, `[{"name": "Dana", "founder": true, "time": {"selling": 50, "managing": 20, "forecasting": 10, "other": 20}}]`, `[]`, 1), "people: add at least one person"},
	{"bad metric", strings.Replace(validFile, `"metrics": {}`, `"metrics": {"win_rate": 101}`, 1), "metrics.win_rate: 101% is out of range"},
	{"bad currency", strings.Replace(validFile, `"USD"`, `"dollars"`, 1), `company.currency: "dollars" is not a currency code`},
	{"unknown candidate", strings.Replace(validFile, `"constraints": {}`, `"constraints": {}, "promotion_candidate": {"name": "Zed"}`, 1), `promotion_candidate.name: "Zed" is not one of the people`},
	{"band order", strings.Replace(validFile, `"constraints": {}`, `"constraints": {}, "assumptions": {"bands": {"sales_rep": {"low": 100000}}}`, 1), "assumptions.bands.sales_rep: the band must rise from low to high: low 100,000, mid 75,000 (default), high 90,000 (default)"},
}

func TestLoadRejects(t *testing.T) {
	for _, tc := range loadCases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(tc.input))
			if err == nil {
				t.Fatalf("Load accepted %s", tc.name)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q\nwant it to contain %q", err, tc.want)
			}
		})
	}
}

func TestLoadListsEveryProblem(t *testing.T) {
	in := strings.Replace(validFile, `"other": 20`, `"other": 70`, 1)
	in = strings.Replace(in, `1000000`, `-1`, 1)
	_, err := Load(strings.NewReader(in))
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("got %v, want a *ValidationError", err)
	}
	if len(ve.Problems) != 2 {
		t.Fatalf("got %d problems, want 2: %v", len(ve.Problems), ve)
	}
	if ve.Problems[0].Step() != StepCompany || ve.Problems[1].Step() != StepPeople {
		t.Errorf("problems in steps %v, %v; want Company then People", ve.Problems[0].Step(), ve.Problems[1].Step())
	}
}

func TestLoadReportsEveryUnknownField(t *testing.T) {
	in := strings.Replace(validFile, `"annual_revenue"`, `"annual_revenu"`, 1)
	in = strings.Replace(in, `"founder"`, `"foundr"`, 1)
	_, err := Load(strings.NewReader(in))
	var ve *ValidationError
	if !errors.As(err, &ve) || len(ve.Problems) != 2 {
		t.Fatalf("got %v, want two unknown-field problems", err)
	}
	if ve.Problems[0].Field != "company.annual_revenu" || ve.Problems[1].Field != "people[0].foundr" {
		t.Errorf("problems %v", ve.Problems)
	}
}

func TestParseDraftKeepsIncompleteAnswers(t *testing.T) {
	in := strings.Replace(validFile, `"other": 20`, `"other": 70`, 1)
	a, problems, err := ParseDraft([]byte(in))
	if err != nil {
		t.Fatalf("a half-finished session is refused: %v", err)
	}
	if a.People[0].Time.Other != 70 || len(problems) != 1 || problems[0].Field != "people[0].time" {
		t.Errorf("got %+v with problems %v", a.People[0], problems)
	}
	if _, _, err := ParseDraft([]byte(`{"version": 1, "nonsense": true}`)); err == nil {
		t.Error("a file with unknown fields is accepted as a draft")
	}
}

func TestLoadAcceptsByteOrderMark(t *testing.T) {
	if _, err := Load(strings.NewReader("\ufeff" + validFile)); err != nil {
		t.Errorf("a file starting with a UTF-8 byte-order mark: %v", err)
	}
}

func TestProblemsReadForPeopleAndMachines(t *testing.T) {
	in := strings.Replace(validFile, `"other": 20`, `"other": 70`, 1)
	in = strings.Replace(in, `1000000`, `-1`, 1)
	_, err := Load(strings.NewReader(in))
	var ve *ValidationError
	if !errors.As(err, &ve) || len(ve.Problems) != 2 {
		t.Fatalf("got %v", err)
	}
	want := []struct{ str, text string }{
		{"company.annual_revenue: must not be negative (got -1)", "This year's revenue: must not be negative (got -1)"},
		{"people[0] Dana: time adds up to 150%, must be 100", "Dana: time adds up to 150%, must be 100"},
	}
	for i, w := range want {
		if got := ve.Problems[i].String(); got != w.str {
			t.Errorf("String() = %q, want %q", got, w.str)
		}
		if got := ve.Problems[i].Text(); got != w.text {
			t.Errorf("Text() = %q, want %q", got, w.text)
		}
	}
	for field, label := range map[string]string{
		"people[3].quota_attainment": "Quota attainment", "assumptions.bands.sales_rep.mid": "Sales rep pay band", "metrics.win_rate": "Win rate",
	} {
		if got := FieldLabel(field); got != label {
			t.Errorf("FieldLabel(%q) = %q, want %q", field, got, label)
		}
	}
}

func TestLoadRefusesLargeInput(t *testing.T) {
	big := validFile + strings.Repeat(" ", MaxFileSize)
	if _, err := Load(strings.NewReader(big)); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("got %v, want ErrTooLarge", err)
	}
	path := filepath.Join(t.TempDir(), "big.json")
	if err := os.WriteFile(path, []byte(big), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadFile(path); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("LoadFile: got %v, want ErrTooLarge", err)
	}
}

func TestSaveRoundTripIsByteStable(t *testing.T) {
	for _, path := range exampleFiles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			a, err := LoadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var first bytes.Buffer
			if err := a.Save(&first); err != nil {
				t.Fatal(err)
			}
			b, err := Load(bytes.NewReader(first.Bytes()))
			if err != nil {
				t.Fatalf("reloading saved file: %v", err)
			}
			var second bytes.Buffer
			if err := b.Save(&second); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(first.Bytes(), second.Bytes()) {
				t.Errorf("load → save → load → save changed the bytes:\n%s\n---\n%s", first.String(), second.String())
			}
		})
	}
}

func TestSaveKeepsDontKnow(t *testing.T) {
	a, err := Load(strings.NewReader(validFile))
	if err != nil {
		t.Fatal(err)
	}
	out, err := a.MarshalFile()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), "win_rate") || strings.Contains(string(out), "revenue_target") {
		t.Errorf("saved file invents answers for unanswered questions:\n%s", out)
	}
	if !strings.Contains(string(out), `"annual_revenue": 1000000`) {
		t.Errorf("saved file lost an answer:\n%s", out)
	}
}

func FuzzLoad(f *testing.F) {
	f.Add([]byte(validFile))
	for _, tc := range loadCases {
		f.Add([]byte(tc.input))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse(data)
		if err != nil {
			return
		}
		// Whatever loads must save and load back to the same answers.
		out, err := a.MarshalFile()
		if err != nil {
			t.Fatalf("saving loaded answers: %v", err)
		}
		b, err := Parse(out)
		if err != nil {
			t.Fatalf("reloading saved answers: %v\n%s", err, out)
		}
		again, _ := b.MarshalFile()
		if !bytes.Equal(out, again) {
			t.Fatalf("save is not stable:\n%s\n---\n%s", out, again)
		}
	})
}

func exampleFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("../examples/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no example answers files found: %v", err)
	}
	return files
}
