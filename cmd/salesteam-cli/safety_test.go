package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// hostile returns the example answers with text that would drive a
// terminal or reorder what it shows, written to dir under name.
func hostile(t *testing.T, dir, name string, edit func(m map[string]any)) string {
	t.Helper()
	data, err := os.ReadFile(acme)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	edit(m)
	out, _ := json.Marshal(m)
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func person(m map[string]any, i int) map[string]any { return m["people"].([]any)[i].(map[string]any) }

// raw finds a character no terminal output may carry as it is: a C0 or C1
// control other than newline and tab, DEL, or a bidirectional control.
func raw(s string) (rune, bool) {
	for _, r := range s {
		switch {
		case r == utf8.RuneError, r == '\n', r == '\t':
		case r < 0x20, r >= 0x7f && r <= 0x9f,
			r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c, r == 0x2028, r == 0x2029:
			return r, true
		}
	}
	return 0, false
}

// TestHostileTextNeverReachesTheTerminal runs every command over names,
// titles and file names carrying escape sequences and bidi overrides: no
// output may carry them raw, and the JSON must still decode to the names.
func TestHostileTextNeverReachesTheTerminal(t *testing.T) {
	dir := t.TempDir()
	const override = "Sam\u202egnp.exe"
	bidi := hostile(t, dir, "bidi.json", func(m map[string]any) {
		person(m, 1)["name"] = override
		person(m, 1)["title"] = "AE\u2066\u200f\u061c"
		m["promotion_candidate"].(map[string]any)["name"] = override
		m["company"].(map[string]any)["name"] = "Acme\u202d Tools\u2069"
	})
	escape := hostile(t, dir, "escape.json", func(m map[string]any) {
		person(m, 1)["name"] = "Sam\x1b]0;pwned\x07\x1b[2J\u009b31m"
		m["company"].(map[string]any)["name"] = "\x1b[2J"
	})
	evilName := hostile(t, dir, "evil\x1b]0;pwned\x07\u202e.json", func(m map[string]any) { m["version"] = 2 })
	for _, args := range [][]string{
		{"diagnose", bidi}, {"plan", bidi}, {"diagnose", "--json", bidi}, {"plan", "--json", bidi},
		{"diagnose", escape}, {"plan", "--json", escape}, {"diagnose", evilName}, {"export", "-o", filepath.Join(dir, "x\x1b[2J.xlsx"), evilName},
		{"export", "-o", filepath.Join(dir, "missing\x1b[2J", "x.xlsx"), bidi}, {"export", "--dir", filepath.Join(dir, "out\u202e"), evilName, bidi},
	} {
		code, stdout, stderr := runCLI(args...)
		for _, out := range []string{stdout, stderr} {
			if r, ok := raw(out); ok {
				t.Errorf("%q (exit %d) prints %U raw:\n%q", args, code, r, out)
			}
		}
	}
	if _, stdout, _ := runCLI("diagnose", bidi); !strings.Contains(stdout, `Sam\u202egnp.exe`) {
		t.Errorf("diagnose does not show the override as an escape:\n%s", stdout)
	}
	if _, _, stderr := runCLI("diagnose", escape); !strings.Contains(stderr, `Person 2: contains a control character (U+001B)`) {
		t.Errorf("a name with an escape sequence is not refused by name: %s", stderr)
	}
	_, stdout, _ := runCLI("diagnose", "--json", bidi)
	var report struct {
		Recommendation struct{ Why []string } `json:"recommendation"`
	}
	if err := json.Unmarshal([]byte(stdout), &report); err != nil || !strings.Contains(strings.Join(report.Recommendation.Why, " "), override+" shows") {
		t.Errorf("diagnose --json does not carry the name intact (%v): %q", err, report.Recommendation.Why)
	}
}

func TestTermWriterKeepsSplitCharacters(t *testing.T) {
	var buf bytes.Buffer
	w := &termWriter{w: &buf}
	in := []byte("é\u202e€\xff")
	for i := range in {
		w.Write(in[i : i+1])
	}
	w.flush()
	if got, want := buf.String(), `é\u202e€\xff`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestFlagWithoutValue: a flag missing its value is a usage error, not a
// folder named "--".
func TestFlagWithoutValue(t *testing.T) {
	abs, _ := filepath.Abs(acme)
	t.Chdir(t.TempDir())
	for _, args := range [][]string{
		{"export", abs, "--dir"}, {"export", abs, "-o"}, {"export", "-o", "--force", abs}, {"export", "--dir", "-o", "x.xlsx", abs},
	} {
		code, _, stderr := runCLI(args...)
		if code != exitUsage || !strings.Contains(stderr, "needs a value") {
			t.Errorf("%q: exit %d, %s", args, code, stderr)
		}
	}
	if entries, _ := os.ReadDir("."); len(entries) != 0 {
		t.Errorf("a refused command wrote %s", entries[0].Name())
	}
}

// TestExportRefusesItsInput: with --force, the output may not be the
// answers file being read, by whatever name.
func TestExportRefusesItsInput(t *testing.T) {
	dir := t.TempDir()
	data, _ := os.ReadFile(acme)
	in := filepath.Join(dir, "client.xlsx") // an answers file with an odd name
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	alias := filepath.Join(dir, "alias.xlsx")
	if err := os.Symlink(in, alias); err != nil {
		t.Skip(err)
	}
	for _, args := range [][]string{
		{"export", "--force", "-o", in, in}, {"export", "--force", "-o", alias, in}, {"export", "--force", "--dir", dir, alias},
	} {
		code, _, stderr := runCLI(args...)
		if code != exitInput || !strings.Contains(stderr, "is the answers file being read") {
			t.Errorf("%q: exit %d, %s", args, code, stderr)
		}
	}
	if after, _ := os.ReadFile(in); !bytes.Equal(after, data) {
		t.Error("the answers file was overwritten")
	}
}

func TestExportSaysWhatIsInTheWay(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "notes.txt")
	os.WriteFile(file, []byte("x"), 0o644)
	os.Mkdir(filepath.Join(dir, "plans"), 0o755)
	os.Mkdir(filepath.Join(dir, "plans", "acme-fractional.xlsx"), 0o755)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"export", "-o", filepath.Join(file, "x.xlsx"), acme}, file + " is a file, not a folder"},
		{[]string{"export", "--dir", file, acme}, file + " is a file, not a folder"},
		{[]string{"export", "--force", "--dir", filepath.Join(dir, "plans"), acme}, "acme-fractional.xlsx is a folder: a workbook cannot replace it"},
	} {
		code, _, stderr := runCLI(c.args...)
		if code != exitInput || !strings.Contains(stderr, c.want) {
			t.Errorf("%q: exit %d, %s\nwant %q", c.args, code, stderr, c.want)
		}
	}
}

// TestExportInterrupted: once interrupted, export writes nothing and
// leaves no temporary file.
func TestExportInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	dir := t.TempDir()
	old := filepath.Join(dir, "acme.xlsx")
	os.WriteFile(old, []byte("the old workbook"), 0o644)
	for _, args := range [][]string{
		{"export", "--force", "-o", old, acme}, {"export", "--dir", filepath.Join(dir, "plans"), acme},
	} {
		var out, errOut bytes.Buffer
		code := runContext(ctx, args, strings.NewReader(""), &out, &errOut)
		if code != exitInterrupted || !strings.Contains(errOut.String(), "interrupted") {
			t.Errorf("%q: exit %d, %s", args, code, errOut.String())
		}
	}
	if data, _ := os.ReadFile(old); string(data) != "the old workbook" {
		t.Error("an interrupted export changed the old workbook")
	}
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if strings.HasSuffix(path, ".tmp") || strings.HasSuffix(path, "acme-fractional.xlsx") {
			t.Errorf("an interrupted export left %s", path)
		}
		return nil
	})
}

// FuzzTermWriter: whatever bytes are printed, in whatever pieces, nothing
// that drives a terminal comes out, and safe text comes out unchanged.
func FuzzTermWriter(f *testing.F) {
	f.Add([]byte("Sam\u202egnp.exe\x1b]0;x\x07 \u009b31m é"), 3)
	f.Add([]byte("plain text\n\ttabbed"), 0)
	f.Fuzz(func(t *testing.T, data []byte, split int) {
		var buf bytes.Buffer
		w := &termWriter{w: &buf}
		split = max(0, min(split, len(data)))
		w.Write(data[:split])
		w.Write(data[split:])
		w.flush()
		if r, ok := raw(buf.String()); ok {
			t.Fatalf("%U passes raw: %q -> %q", r, data, buf.String())
		}
		if !utf8.Valid(buf.Bytes()) {
			t.Fatalf("invalid UTF-8 out: %q", buf.String())
		}
		if _, ok := raw(string(data)); !ok && utf8.Valid(data) && buf.String() != string(data) {
			t.Fatalf("safe text changed: %q -> %q", data, buf.String())
		}
	})
}
