package xlsx

import (
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// TestFigureBoundsMatchTheDomain holds the workbook's bounds on each
// assumption to the answers file's: every figure has a named input, and a
// value at a bound is valid there, one just outside is refused.
func TestFigureBoundsMatchTheDomain(t *testing.T) {
	base, err := advisor.LoadFile("../../examples/acme-fractional.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, fig := range advisor.DefaultAssumptions().Figures() {
		if _, known := figureInputs[fig.ID]; !known {
			t.Errorf("figure %s has no input in the workbook's table", fig.ID)
			continue
		}
		lo, hi := bounds(fig)
		scale := 1.0
		if fig.Percent() { // 0 to 1 in the workbook, percent in the file
			scale = 100
		}
		for _, c := range []struct {
			v     float64
			valid bool
		}{{lo, true}, {hi, true}, {lo - 0.01/scale, false}, {hi + 0.01*max(1, hi/1e6), false}} {
			a := base
			a.Assumptions = &advisor.Overrides{}
			v := c.v * scale
			*a.Assumptions.FigureOverride(fig.ID) = &v
			if err := a.Validate(); (err == nil) != c.valid {
				t.Errorf("%s = %g in the workbook (%g in the file): valid %v, the answers file says %v", fig.ID, c.v, v, c.valid, err)
			}
		}
	}
}

// TestInputGuards checks each guarded input's rule, bounds and messages.
func TestInputGuards(t *testing.T) {
	p := exampleOf(t)
	f := open(t, p)
	l := layoutPlan(p)
	type rule struct {
		what, sheet, ref, typ, op, f1, f2 string
		msg                               string // in the error message
	}
	at := func(name string) (string, string) { return named(t, f, name) }
	var rules []rule
	add := func(what, name, typ, op, f1, f2, msg string) {
		s, r := at(name)
		rules = append(rules, rule{what, s, r, typ, op, f1, f2, msg})
	}
	add("band level", "BandLevel", "list", "", `"low,mid,high"`, "", "Choose low, mid or high")
	for _, b := range []bandNames{repBand, managerBand} {
		_, low := at(b.prefix + "Low")
		_, mid := at(b.prefix + "Mid")
		_, high := at(b.prefix + "High")
		add(b.prefix+" low", b.prefix+"Low", "decimal", "between", "0", mid, "low ≤ mid ≤ high")
		add(b.prefix+" mid", b.prefix+"Mid", "decimal", "between", low, high, "low ≤ mid ≤ high")
		add(b.prefix+" high", b.prefix+"High", "decimal", "greaterThanOrEqual", mid, "", "low ≤ mid ≤ high")
		add(b.share, b.share, "decimal", "between", "0", "1", "Type the base share as a percentage")
	}
	for i, fig := range p.Assumptions.Figures() {
		in := inputFor(fig, i)
		lo, hi := bounds(fig)
		add(in.name, in.name, "decimal", "between", fmt.Sprintf("%.17g", lo), fmt.Sprintf("%.17g", hi), in.hint)
	}
	add("plan start", "PlanStart", "date", "between", "36526", "73415", "between 2000 and 2100")
	add("burden typed as 35", "BurdenRate", "decimal", "between", "0", "1", "Type the burden as a percentage, e.g. 35%")
	for _, a := range answerInputs(p) {
		add(a.name, a.name, "decimal", "between", "0", "1000000000000", "or blank if you don't know")
	}
	rules = append(rules,
		rule{"search starts", SheetPlan, cell(colSearch, l.first), "whole", "between", "1", "24", "whole month from 1 to 24"},
		rule{"spare search starts", SheetPlan, cell(colSearch, l.spareLast), "whole", "between", "1", "24", "whole month from 1 to 24"},
		rule{"lengths", SheetPlan, cell(colMonths, l.first+1), "whole", "between", "0", "24", "from 0 to 24"},
		rule{"spare roles", SheetPlan, cell(colRole, l.spareFirst), "list", "", `"Sales rep,Sales manager,Fractional VP"`, "", "Choose Sales rep, Sales manager or Fractional VP"},
	)
	for _, r := range rules {
		dv := validationAt(t, f, r.sheet, r.ref)
		if dv == nil {
			t.Errorf("%s (%s!%s) has no validation", r.what, r.sheet, r.ref)
			continue
		}
		got := []string{dv.Type, dv.Operator, dv.Formula1, dv.Formula2}
		want := []string{r.typ, r.op, r.f1, r.f2}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s (%s!%s): rule %q, want %q", r.what, r.sheet, r.ref, got, want)
		}
		if !strings.Contains(deref(dv.Error), r.msg) || deref(dv.ErrorStyle) != "stop" {
			t.Errorf("%s: error %q (%s), want a stop saying %q", r.what, deref(dv.Error), deref(dv.ErrorStyle), r.msg)
		}
		if p := deref(dv.Prompt); !dv.ShowInputMessage || len(p) < 40 || len([]rune(p)) > maxPromptText || len([]rune(deref(dv.PromptTitle))) > maxPromptTitle {
			t.Errorf("%s: prompt %q / %q does not say what the input is within Excel's limits", r.what, deref(dv.PromptTitle), p)
		}
	}
}

// TestPromptsNameTheDefault checks that each assumption's prompt gives its
// default and source.
func TestPromptsNameTheDefault(t *testing.T) {
	p := exampleOf(t)
	f := open(t, p)
	for i, fig := range p.Assumptions.Figures() {
		name := inputFor(fig, i).name
		s, r := named(t, f, name)
		dv := validationAt(t, f, s, r)
		if dv == nil {
			t.Fatalf("%s has no validation", name)
		}
		prompt := deref(dv.Prompt)
		src := fig.Source
		if len([]rune(src)) > 60 {
			src = string([]rune(src)[:60])
		}
		if !strings.Contains(prompt, "Default ") || !strings.Contains(prompt, src) {
			t.Errorf("%s: prompt %q names neither the default nor its source", name, prompt)
		}
	}
}

// validationAt returns the validation covering a cell.
func validationAt(t *testing.T, f *excelize.File, sheet, ref string) *excelize.DataValidation {
	t.Helper()
	dvs, err := f.GetDataValidations(sheet)
	if err != nil {
		t.Fatal(err)
	}
	col, row, _ := excelize.CellNameToCoordinates(ref)
	for _, dv := range dvs {
		for _, rng := range strings.Fields(dv.Sqref) {
			from, to, ok := strings.Cut(rng, ":")
			if !ok {
				to = from
			}
			c1, r1, _ := excelize.CellNameToCoordinates(from)
			c2, r2, _ := excelize.CellNameToCoordinates(to)
			if col >= c1 && col <= c2 && row >= r1 && row <= r2 {
				return dv
			}
		}
	}
	return nil
}
