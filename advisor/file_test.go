package advisor

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
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
	{"trailing data", validFile + "{}", "unexpected text after the end of the answers at line 8, column 2"},
	{"trailing garbage", validFile + "\n  xyz", "unexpected text after the end of the answers at line 9, column 3"},
	{"trailing brace", validFile + "{", "unexpected text after the end of the answers"},
	{"utf-16 with bom", utf16LE("\ufeff" + validFile), "the file is UTF-16; save it as UTF-8"},
	{"utf-16 without bom", utf16LE(validFile), "the file is UTF-16; save it as UTF-8"},
	{"utf-16 big-endian", "\x00" + utf16LE(validFile)[:20], "the file is UTF-16; save it as UTF-8"},
	{"binary", "\x00\x01garbage", "line 1, column 1: not valid JSON"},
	{"utf-32", "\xff\xfe\x00\x00{\x00\x00\x00", "the file is UTF-32; save it as UTF-8"},
	{"latin-1", strings.Replace(validFile, "Acme", "Ac\xe9me", 1), "line 3, column 26: not UTF-8 text; save the file as UTF-8"},
	{"duplicate key", strings.Replace(validFile, `"version": 1,`, `"version": 1, "version": 1,`, 1), `version: appears twice; keep only one "version"`},
	{"duplicate nested key", strings.Replace(validFile, `"name": "Acme",`, `"name": "Acme", "name": "Other",`, 1), `company.name: appears twice`},
	{"duplicate person key", strings.Replace(validFile, `"founder": true,`, `"founder": true, "founder": false,`, 1), `people[0].founder: appears twice`},
	{"number overflow", strings.Replace(validFile, `1000000`, `1e400`, 1), "company.annual_revenue: the number 1e400 is too large"},
	{"400 digits", strings.Replace(validFile, `1000000`, "-1"+strings.Repeat("0", 400), 1), "company.annual_revenue: the number -1e+400 is too large"},
	{"huge negative", strings.Replace(validFile, `1000000`, `-1e300`, 1), "company.annual_revenue: must not be negative (got -1e+300)"},
	{"newer version", strings.Replace(validFile, `"version": 1,`, `"version": 2, "forecast": {"owner": "Dana"},`, 1), "version: 2 is not a version this app knows"},
	{"coverage bound", strings.Replace(validFile, `"metrics": {}`, `"metrics": {"pipeline_coverage": 1e300}`, 1), "metrics.pipeline_coverage: too large: must be at most 100"},
	{"cycle bound", strings.Replace(validFile, `"metrics": {}`, `"metrics": {"sales_cycle_days": 4000}`, 1), "metrics.sales_cycle_days: too large: must be at most 3,650 days"},
	{"customers bound", strings.Replace(validFile, `"annual_revenue"`, `"customers_closed_by_founder": 2000000, "annual_revenue"`, 1), "company.customers_closed_by_founder: too large: must be at most 1,000,000"},
	{"customers overflow", strings.Replace(validFile, `"annual_revenue"`, `"customers_closed_by_founder": 1e20, "annual_revenue"`, 1), "company.customers_closed_by_founder: the number 1e20 is too large"},
	{"customers fraction", strings.Replace(validFile, `"annual_revenue"`, `"customers_closed_by_founder": 2.5, "annual_revenue"`, 1), "company.customers_closed_by_founder: must be a whole number, got 2.5"},
	{"long name", strings.Replace(validFile, `"Acme"`, `"`+strings.Repeat("A", 121)+`"`, 1), "company.name: is 121 characters long; at most 120 are allowed"},
	{"long title", strings.Replace(validFile, `"founder"`, `"title": "`+strings.Repeat("é", 200)+`", "founder"`, 1), "people[0].title: is 200 characters long"},
	{"long code", strings.Replace(validFile, `"USD"`, `"`+strings.Repeat("D", 3000)+`"`, 1), "company.currency: is 3,000 characters long; at most 2,000 are allowed"},
	{"invisible name", strings.Replace(validFile, `"Dana"`, `"\u200b\u202e \u2066"`, 1), "people[0] Person 1: has only invisible characters"},
	{"control in name", strings.Replace(validFile, `"Dana"`, `"Dana\u001b[2J"`, 1), "people[0] Person 1: contains a control character (U+001B)"},
	{"wrong type in list", strings.Replace(validFile, `"founder": true`, `"founder": "yes"`, 1), "people[0].founder: must be true or false, got text"},
	{"symptom twice", strings.Replace(validFile, `"symptoms": []`, `"symptoms": ["no_coaching", "no_coaching"]`, 1), `symptoms[1]: "no_coaching" is listed twice`},
	{"unknown top field", strings.Replace(validFile, `"metrics"`, `"metrcs"`, 1), `metrcs: unknown field "metrcs" (did you mean "metrics"?)`},
	{"unknown nested field", strings.Replace(validFile, `"annual_revenue"`, `"annual_revenu"`, 1), `company.annual_revenu: unknown field`},
	{"unknown person field", strings.Replace(validFile, `"founder"`, `"founderr"`, 1), `people[0].founderr: unknown field`},
	{"unknown symptom", strings.Replace(validFile, `"symptoms": []`, `"symptoms": ["sad"]`, 1), `symptoms[0]: "sad" is not a known symptom`},
	{"wrong type", strings.Replace(validFile, `1000000`, `"a lot"`, 1), `company.annual_revenue: must be a number, got text`},
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

// utf16LE encodes s as UTF-16, little-endian, as Windows Notepad saves
// "Unicode" text.
func utf16LE(s string) string {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return string(b)
}

// TestLimitsRefusedAtLoad: a file over the limits is refused as it is
// read, the draft included, so that no screen has to show it, and the
// message stays short.
func TestLimitsRefusedAtLoad(t *testing.T) {
	person := `{"name": "P%d", "time": {"selling": 100, "managing": 0, "forecasting": 0, "other": 0}}`
	var people []string
	for i := range MaxPeople + 1 {
		people = append(people, fmt.Sprintf(person, i))
	}
	many := strings.Replace(validFile, `"people": [`, `"people": [`+strings.Join(people, ",")+",", 1)
	for name, c := range map[string]struct{ input, want string }{
		"million-character name": {strings.Replace(validFile, `"Dana"`, `"`+strings.Repeat("x", 1_000_000)+`"`, 1), "people[0].name: is 1,000,000 characters long; at most 120 are allowed"},
		"too many people":        {many, fmt.Sprintf("people: lists %d people; at most %d are allowed", MaxPeople+2, MaxPeople)},
		"million-character key":  {strings.Replace(validFile, `"metrics": {}`, `"metrics": {"`+strings.Repeat("k", 1_000_000)+`": 1}`, 1), "metrics: has a field name 1,000,000 characters long"},
		"thousands of problems":  {`{"version": 1` + strings.Repeat(`, "x": 1`, 1000) + `}`, "and 979 more problems"},
	} {
		t.Run(name, func(t *testing.T) {
			_, _, err := ParseDraft([]byte(c.input))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("ParseDraft: %v\nwant %q", err, c.want)
			}
			if len(err.Error()) > 2000 {
				t.Errorf("the message is %d characters long", len(err.Error()))
			}
		})
	}
	atLimit := strings.Replace(validFile, `"people": [`, `"people": [`+strings.Join(people[:MaxPeople-1], ",")+",", 1)
	if _, err := Parse([]byte(atLimit)); err != nil {
		t.Errorf("a file with %d people is refused: %v", MaxPeople, err)
	}
}

// TestBoundsComeFromTheQuestionBank: every numeric question has a Max,
// and both the validator and the wizard's field (Parse) hold answers to
// exactly the question's bounds.
func TestBoundsComeFromTheQuestionBank(t *testing.T) {
	base, err := Parse([]byte(validFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range Questions() {
		switch q.Kind {
		case KindMoney, KindPercent, KindCount, KindNumber, KindTime:
		default:
			continue
		}
		t.Run(q.ID, func(t *testing.T) {
			if q.Max <= q.Min {
				t.Fatalf("no upper bound: Max %v, Min %v", q.Max, q.Min)
			}
			for _, c := range []struct {
				x  float64
				ok bool
			}{{q.Max, true}, {q.Min, true}, {q.Max + 1, false}, {q.Min - 1, false}} {
				a := base
				field := setAnswer(t, &a, q.ID, c.x)
				var found bool
				for _, p := range a.Problems() {
					found = found || p.Field == field
				}
				if found == c.ok {
					t.Errorf("%v: validator problem on %s = %v, want %v", c.x, field, found, !c.ok)
				}
				if _, err := q.Parse(strconv.FormatFloat(c.x, 'f', -1, 64)); (err == nil) != c.ok {
					t.Errorf("%v: Parse error %v, want ok=%v", c.x, err, c.ok)
				}
			}
		})
	}
}

// setAnswer sets the answer to question id in a to x and returns the
// field's path.
func setAnswer(t *testing.T, a *Answers, id string, x float64) string {
	t.Helper()
	a.People = slices.Clone(a.People)
	p := &a.People[0]
	switch id {
	case "company.annual_revenue":
		a.Company.AnnualRevenue = &x
	case "company.revenue_target":
		a.Company.RevenueTarget = &x
	case "company.customers_closed_by_founder":
		a.Company.CustomersClosedByFounder = Ptr(int(x))
	case "people[].time":
		p.Time = TimeSplit{Selling: x, Other: 100 - x}
		return "people[0].time.selling"
	case "people[].quota_attainment":
		p.QuotaAttainment = &x
		return "people[0].quota_attainment"
	case "metrics.win_rate":
		a.Metrics.WinRate = &x
	case "metrics.forecast_accuracy":
		a.Metrics.ForecastAccuracy = &x
	case "metrics.sales_cycle_days":
		a.Metrics.SalesCycleDays = &x
	case "metrics.pipeline_coverage":
		a.Metrics.PipelineCoverage = &x
	case "metrics.reps_at_quota":
		a.Metrics.RepsAtQuota = &x
	case "constraints.annual_leadership_budget":
		a.Constraints.AnnualLeadershipBudget = &x
	default:
		t.Fatalf("no setter for %s: add one here", id)
	}
	return id
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

// TestSalvageKeepsWhatReads: from answers ParseDraft refuses, Salvage
// keeps every field that reads and cuts what is over the limits.
func TestSalvageKeepsWhatReads(t *testing.T) {
	in := strings.Replace(validFile, `"version": 1,`, `"version": 3, "forecast": {"owner": "Dana"},`, 1)
	in = strings.Replace(in, `"founder": true`, `"founder": "yes"`, 1)
	in = strings.Replace(in, `"Acme"`, `"`+strings.Repeat("A", 500)+`"`, 1)
	if _, _, err := ParseDraft([]byte(in)); err == nil {
		t.Fatal("ParseDraft accepts the damaged answers")
	}
	a, err := Salvage([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if a.Version != FormatVersion || a.Company.Name != strings.Repeat("A", MaxTextLen) || len(a.People) != 1 || a.People[0].Name != "Dana" ||
		a.People[0].Time.Selling != 50 || *a.Company.AnnualRevenue != 1_000_000 {
		t.Errorf("salvaged %+v", a)
	}
	if _, err := Salvage([]byte(validFile[:len(validFile)/2])); err == nil || !strings.Contains(err.Error(), "ends too early") {
		t.Errorf("Salvage of a truncated file: %v", err)
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
			// A refusal names what is wrong in a message of readable size,
			// whatever the file holds: no echo of a megabyte-long name or a
			// 400-digit number.
			if n := len(err.Error()); n > 40_000 {
				t.Fatalf("a %d-byte message for a %d-byte file", n, len(data))
			}
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

// A file of exactly MaxFileSize bytes is within the limit: Load and
// LoadFile read it.
func TestLoadReadsAFileAtTheSizeLimit(t *testing.T) {
	full := validFile + strings.Repeat(" ", MaxFileSize-len(validFile))
	if len(full) != MaxFileSize {
		t.Fatalf("built %d bytes", len(full))
	}
	if _, err := Load(strings.NewReader(full)); err != nil {
		t.Errorf("Load of %d bytes: %v", MaxFileSize, err)
	}
	path := filepath.Join(t.TempDir(), "full.json")
	if err := os.WriteFile(path, []byte(full), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadFile(path); err != nil {
		t.Errorf("LoadFile of %d bytes: %v", MaxFileSize, err)
	}
}

// Answers built in code without a version save as the current version,
// so that the file loads back.
func TestSaveWritesTheVersion(t *testing.T) {
	a := answers(founder("Dana", 50, 20, 10))
	a.Version = 0
	out, err := a.MarshalFile()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), fmt.Sprintf(`"version": %d,`, FormatVersion)) {
		t.Errorf("saved without the version:\n%s", out)
	}
	if _, err := Parse(out); err != nil {
		t.Errorf("the saved file does not load: %v", err)
	}
}

// An unknown field names the closest known one when a typo is likely, at
// most two edits away, and the same one every time: on a tie, the first
// in alphabetical order.
func TestUnknownFieldSuggestsTheClosest(t *testing.T) {
	for _, c := range []struct {
		key, want string
	}{
		{"nmae", `(did you mean "name"?)`}, // two edits: a swap is two substitutions
		{"tame", `(did you mean "name"?)`}, // one edit from name and from time: name comes first
		{"txxx", ""},                       // three edits from time, the closest: no suggestion
		{"quota", ""},                      // a word, not a typo of quota_attainment
	} {
		in := strings.Replace(validFile, `"founder": true`, `"founder": true, "`+c.key+`": 1`, 1)
		for range 20 { // map order changes from run to run; the suggestion must not
			_, err := Load(strings.NewReader(in))
			if err == nil {
				t.Fatalf("%s: accepted", c.key)
			}
			msg := err.Error()
			if c.want == "" && strings.Contains(msg, "did you mean") || c.want != "" && !strings.Contains(msg, c.want) {
				t.Fatalf("unknown field %q: %q, want the suggestion %q", c.key, msg, c.want)
			}
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"abc", "", 3}, {"", "abc", 3}, {"name", "name", 0},
		{"nme", "name", 1}, {"names", "name", 1}, {"tame", "name", 1}, {"nmae", "name", 2}, {"kitten", "sitting", 3},
	} {
		if got := editDistance(c.a, c.b); got != c.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}
