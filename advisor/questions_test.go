package advisor

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

var parseCases = []struct {
	in   string
	want float64
	err  string
}{
	{"1200000", 1200000, ""},
	{"1,200,000", 1200000, ""},
	// A comma that does not separate thousands is a decimal comma: refused
	// with what to type, never read as 55 or 125.
	{"5,5", 0, "for a decimal use a point"},
	{"1,25", 0, "for a decimal use a point"},
	{"1,2000", 0, "for a decimal use a point"},
	{"12,345.5", 12345.5, ""},
	// Only digits and a point: no exponents, hex or infinities.
	{"1e9", 0, "is not a number"},
	{"0x10", 0, "is not a number"},
	{"$90k", 90000, ""},
	{"90K", 90000, ""},
	{"1.2m", 1200000, ""},
	{"€ 10 000", 10000, ""},
	{"45%", 45, ""},
	{"USD 5000", 5000, ""},
	{"45 days", 45, ""},
	{"2.5x", 2.5, ""},
	{"3 months", 3, ""},
	{"$3.5 million", 3500000, ""},
	{"3.5 Million", 3500000, ""},
	{"90k a year", 90000, ""},
	{"$90,000 per year", 90000, ""},
	{"about 40", 40, ""},
	{"around $2.4m", 2400000, ""},
	{"~75 days", 75, ""},
	// "~" and "c." are hedges whatever follows; a hedge word only before a
	// space, a currency sign or a digit, 0 to 9 ("someday" is no hedge).
	{"~€40k", 40000, ""},
	{"c.£90k", 90000, ""},
	{"about$40", 40, ""},
	{"about€40", 40, ""},
	{"around£90k", 90000, ""},
	{"some¥500", 500, ""},
	{"about0.5m", 500000, ""},
	{"about40", 40, ""},
	{"about9k", 9000, ""},
	{"40 percent", 40, ""},
	{"2 thousand", 2000, ""},
	{"1.5bn", 1500000000, ""},
	{"someday", 0, "is not a number"},
	{"million", 0, "is not a number"},
	{"about", 0, "is not a number"},
	{"x", 0, "is not a number"},
	{"days", 0, "is not a number"},
	{"abc", 0, `"abc" is not a number`},
	{"12abc", 0, "is not a number"},
	{"k", 0, "is not a number"},
	{"0", 0, ""},
	{"-5", 0, "must not be negative"},
	{"NaN", 0, "is not a number"},
	{"Inf", 0, "is not a number"},
}

func TestParseNumber(t *testing.T) {
	for _, c := range parseCases {
		got, err := ParseNumber(c.in)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("ParseNumber(%q) = %v, %v; want error containing %q", c.in, got, err, c.err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, c := range parseCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x, err := ParseNumber(s)
		if err == nil && (x < 0 || x != x) {
			t.Fatalf("ParseNumber(%q) = %v without error", s, x)
		}
	})
}

func TestQuestionParse(t *testing.T) {
	win, _ := QuestionByID("metrics.win_rate")
	if _, err := win.Parse(""); !errors.Is(err, ErrDontKnow) {
		t.Errorf("empty optional answer: %v, want ErrDontKnow", err)
	}
	if _, err := win.Parse("120"); err == nil || !strings.Contains(err.Error(), "at most 100") {
		t.Errorf("win rate 120: %v", err)
	}
	cycle, _ := QuestionByID("metrics.sales_cycle_days")
	if _, err := cycle.Parse("about a month"); err == nil || !strings.Contains(err.Error(), "such as 3 or 2.5 (days)") {
		t.Errorf("sales cycle hint: %v", err)
	}
	// The unit typed after the number is dropped, whatever digit the number
	// ends with, and after a trailing decimal point; weeks and months are
	// converted to the days the question asks for, never read as days.
	for in, want := range map[string]float64{"10 days": 10, "9 months": 274, "3. months": 91, "45 Days": 45, "6 weeks": 42, "2 wks": 14, "about 1.5 months": 46} {
		if got, err := cycle.Parse(in); err != nil || got != want {
			t.Errorf("sales cycle %q: %v, %v; want %v", in, got, err, want)
		}
	}
	n, _ := QuestionByID("company.customers_closed_by_founder")
	if _, err := n.Parse("2.5"); err == nil {
		t.Error("a count accepted 2.5")
	}
	name, _ := QuestionByID("company.name")
	if _, err := name.Parse(""); err == nil || errors.Is(err, ErrDontKnow) {
		t.Errorf("a required question accepted an empty answer: %v", err)
	}
}

// TestQuestionBankMatchesTheFile: every question names a field of the
// answers file, every field is asked, and every question has help.
func TestQuestionBankMatchesTheFile(t *testing.T) {
	fields := map[string]bool{}
	collectFields(reflect.TypeOf(Answers{}), "", fields)
	asked := map[string]bool{}
	for _, q := range Questions() {
		if !fields[q.ID] {
			t.Errorf("question %s names no field of the answers file", q.ID)
		}
		if q.Prompt == "" || q.Help == "" || q.Step == 0 || q.Kind == "" {
			t.Errorf("question %s lacks a prompt, help, step or kind", q.ID)
		}
		asked[q.ID] = true
	}
	for f := range fields {
		if strings.HasPrefix(f, "version") || strings.HasPrefix(f, "assumptions") || f == "plan_start" || strings.HasPrefix(f, "people[].time.") ||
			strings.HasPrefix(f, "baseline") || strings.HasPrefix(f, "scenarios") || strings.HasPrefix(f, "decision") {
			continue // not questions: the format, the plan inputs and options, the recorded defaults, the parts of a week
		}
		if !asked[f] && !hasChildAsked(f, asked) {
			t.Errorf("field %s is never asked", f)
		}
	}
	if len(SymptomBank()) != 8 {
		t.Errorf("%d symptoms, the format has 8", len(SymptomBank()))
	}
}

func hasChildAsked(f string, asked map[string]bool) bool {
	for id := range asked {
		if strings.HasPrefix(id, f+".") || strings.HasPrefix(id, f+"[]") {
			return true
		}
	}
	return false
}

func collectFields(t reflect.Type, prefix string, out map[string]bool) {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		if t.Kind() == reflect.Slice {
			prefix += "[]"
		}
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return
	}
	for name, ft := range jsonFields(t) {
		path := join(prefix, name)
		out[path] = true
		collectFields(ft, path, out)
	}
}

// TestIsNotNumber: text that is no number is told apart from a number
// ParseNumber refuses for its value.
func TestIsNotNumber(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{{"lots", true}, {"", true}, {"$", true}, {"-5", false}} {
		_, err := ParseNumber(c.in)
		if err == nil || IsNotNumber(err) != c.want {
			t.Errorf("ParseNumber(%q): %v, IsNotNumber %v, want %v", c.in, err, IsNotNumber(err), c.want)
		}
	}
}
