package library_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/salesteamadvisor/salesteam/advisor"
	"github.com/salesteamadvisor/salesteam/advisor/library"
)

// opts advises as the app does, without the range simulation.
var opts = advisor.Options{Runs: -1}

// folder makes a library folder holding the named examples.
func folder(t testing.TB, examples ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, ex := range examples {
		data, err := os.ReadFile(filepath.Join("..", "..", "examples", ex))
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, ex), string(data))
	}
	return dir
}

func write(t testing.TB, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o666); err != nil {
		t.Fatal(err)
	}
}

func read(t testing.TB, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func list(t testing.TB, l *library.Library) []library.Entry {
	t.Helper()
	entries, err := l.List()
	if err != nil {
		t.Fatal(err)
	}
	return entries
}

func names(entries []library.Entry) []string {
	var out []string
	for _, e := range entries {
		out = append(out, e.Name)
	}
	slices.Sort(out)
	return out
}

func entry(t testing.TB, entries []library.Entry, name string) library.Entry {
	t.Helper()
	for _, e := range entries {
		if e.Name == name {
			return e
		}
	}
	t.Fatalf("%s is not listed; the list has %v", name, names(entries))
	return library.Entry{}
}

const draft = `{"version": 1, "company": {"name": "Half Done", "currency": "USD"}, "people": [], "metrics": {}, "symptoms": [], "constraints": {}}`

func TestListShowsEachSessionWithItsAdvice(t *testing.T) {
	dir := folder(t, "acme-fractional.json", "solo-founder.json")
	write(t, filepath.Join(dir, "broken.json"), `{"version": 1, "company": {`)
	write(t, filepath.Join(dir, "typo.json"), `{"version": 1, "compnay": {}}`)
	write(t, filepath.Join(dir, "draft.json"), draft)
	write(t, filepath.Join(dir, "notes.txt"), "not a session")
	write(t, filepath.Join(dir, ".hidden.json"), draft)
	if err := os.Mkdir(filepath.Join(dir, "folder.json"), 0o777); err != nil {
		t.Fatal(err)
	}
	entries := list(t, library.New(dir, opts))
	want := []string{"acme-fractional.json", "broken.json", "draft.json", "solo-founder.json", "typo.json"}
	if got := names(entries); !slices.Equal(got, want) {
		t.Fatalf("listed %v, want %v", got, want)
	}

	acme := entry(t, entries, "acme-fractional.json")
	a, err := advisor.LoadFile(filepath.Join(dir, "acme-fractional.json"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := advisor.AdviseWith(a, opts)
	if err != nil {
		t.Fatal(err)
	}
	if acme.Status != library.Ready || acme.Err != nil {
		t.Errorf("acme: status %v, err %v; want ready", acme.Status, acme.Err)
	}
	if acme.Client != "Acme Tools" || acme.Kind != p.Recommendation.Primary || acme.Headline != p.Recommendation.Headline ||
		acme.Score != p.Diagnosis.RoleClarityScore || acme.Year1 != p.Year1 || acme.Confidence != p.Recommendation.Confidence ||
		acme.Currency != "USD" {
		t.Errorf("acme: got %+v, want the plan's %s %q score %d year 1 %.0f %s", acme, p.Recommendation.Primary,
			p.Recommendation.Headline, p.Diagnosis.RoleClarityScore, p.Year1, p.Recommendation.Confidence)
	}
	if acme.Year1 <= 0 || acme.Modified.IsZero() || acme.Size == 0 {
		t.Errorf("acme: year 1 %.0f, modified %v, size %d", acme.Year1, acme.Modified, acme.Size)
	}

	for name, want := range map[string]string{"broken.json": "truncated", "typo.json": `unknown field "compnay"`} {
		e := entry(t, entries, name)
		if e.Status != library.Damaged || e.Err == nil || !strings.Contains(e.Err.Error(), want) {
			t.Errorf("%s: status %v, err %v; want damaged, saying %q", name, e.Status, e.Err, want)
		}
	}
	d := entry(t, entries, "draft.json")
	if d.Status != library.Incomplete || d.Client != "Half Done" || d.Err == nil || d.Kind != "" {
		t.Errorf("draft: %+v; want incomplete, Half Done, with what it needs", d)
	}
}

func TestListIsNewestFirst(t *testing.T) {
	dir := folder(t, "acme-fractional.json", "solo-founder.json", "player-coach.json")
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, name := range []string{"solo-founder.json", "acme-fractional.json", "player-coach.json"} {
		if err := os.Chtimes(filepath.Join(dir, name), base, base.Add(time.Duration(i)*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, e := range list(t, library.New(dir, opts)) {
		got = append(got, e.Name)
	}
	if want := []string{"player-coach.json", "acme-fractional.json", "solo-founder.json"}; !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}

func TestListRereadsChangedFiles(t *testing.T) {
	dir := folder(t, "acme-fractional.json", "solo-founder.json")
	l := library.New(dir, opts)
	list(t, l)
	path := filepath.Join(dir, "acme-fractional.json")
	write(t, path, strings.Replace(read(t, path), "Acme Tools", "Acme Tooling", 1))
	later := time.Now().Add(time.Minute)
	os.Chtimes(path, later, later)
	os.Remove(filepath.Join(dir, "solo-founder.json"))
	write(t, filepath.Join(dir, "new.json"), "{")
	entries := list(t, l)
	if got := entry(t, entries, "acme-fractional.json").Client; got != "Acme Tooling" {
		t.Errorf("the changed file's client is %q, want Acme Tooling", got)
	}
	if got := names(entries); !slices.Equal(got, []string{"acme-fractional.json", "new.json"}) {
		t.Errorf("listed %v after a deletion and a new file", got)
	}
	if entry(t, entries, "new.json").Status != library.Damaged {
		t.Error("the new broken file is not damaged")
	}
}

func TestListOfAMissingFolderFails(t *testing.T) {
	if _, err := library.New(filepath.Join(t.TempDir(), "gone"), opts).List(); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("err %v, want not exist", err)
	}
}

func TestSearch(t *testing.T) {
	entries := []library.Entry{
		{Name: "acme.json", Client: "Acme Tools"},
		{Name: "b2.json", Client: "Bolt & Nut GmbH"},
		{Name: "Ölwerk 2025.json", Client: ""},
		{Name: "broken.json"},
	}
	for _, tc := range []struct {
		query string
		want  []string
	}{
		{"", []string{"acme.json", "b2.json", "Ölwerk 2025.json", "broken.json"}},
		{"ACME", []string{"acme.json"}},
		{"tools acme", []string{"acme.json"}},
		{"acme bolt", nil},
		{"gmbh", []string{"b2.json"}},
		{"b2", []string{"b2.json"}},
		{"ölwerk", []string{"Ölwerk 2025.json"}},
		{"  broken  ", []string{"broken.json"}},
		{".json", []string{"acme.json", "b2.json", "Ölwerk 2025.json", "broken.json"}},
	} {
		var got []string
		for _, e := range library.Search(entries, tc.query) {
			got = append(got, e.Name)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Search(%q) = %v, want %v", tc.query, got, tc.want)
		}
	}
}

func TestFileName(t *testing.T) {
	for _, tc := range []struct{ typed, want string }{
		{"Acme", "Acme.json"},
		{"  Acme 2026 ", "Acme 2026.json"},
		{"acme.json", "acme.json"},
		{"acme.JSON", "acme.JSON"},
		{"", ""},
		{".json", ""},
		{"   ", ""},
		{"../acme", ""},
		{`a\b`, ""},
		{".trash", ""},
	} {
		got, err := library.FileName(tc.typed)
		if got != tc.want || (tc.want == "") != errors.Is(err, library.ErrName) {
			t.Errorf("FileName(%q) = %q, %v; want %q", tc.typed, got, err, tc.want)
		}
	}
}

func TestRename(t *testing.T) {
	dir := folder(t, "acme-fractional.json", "solo-founder.json")
	l := library.New(dir, opts)
	before := read(t, filepath.Join(dir, "acme-fractional.json"))
	got, err := l.Rename("acme-fractional.json", "Acme 2026")
	if err != nil || got != "Acme 2026.json" {
		t.Fatalf("Rename = %q, %v", got, err)
	}
	if read(t, filepath.Join(dir, "Acme 2026.json")) != before {
		t.Error("the renamed file's contents changed")
	}
	if got := names(list(t, l)); !slices.Equal(got, []string{"Acme 2026.json", "solo-founder.json"}) {
		t.Errorf("after the rename the list has %v", got)
	}
	if _, err := l.Rename("Acme 2026.json", "../outside"); !errors.Is(err, library.ErrName) {
		t.Errorf("a name with a slash: err %v", err)
	}
}

func TestRenameRefusesToOverwrite(t *testing.T) {
	dir := folder(t, "acme-fractional.json", "solo-founder.json")
	solo := read(t, filepath.Join(dir, "solo-founder.json"))
	_, err := library.New(dir, opts).Rename("acme-fractional.json", "solo-founder")
	if !errors.Is(err, library.ErrExists) {
		t.Fatalf("err %v, want ErrExists", err)
	}
	if read(t, filepath.Join(dir, "solo-founder.json")) != solo {
		t.Error("the file in the way was overwritten")
	}
	if _, err := os.Stat(filepath.Join(dir, "acme-fractional.json")); err != nil {
		t.Errorf("the file to rename is gone: %v", err)
	}
}

func TestDuplicateIsATemplateForTheNextClient(t *testing.T) {
	dir := folder(t, "acme-fractional.json")
	src := filepath.Join(dir, "acme-fractional.json")
	a, err := advisor.LoadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	a.Decision = &advisor.Decision{Scenario: "x", Date: "2026-01-02"}
	a.Baseline = &advisor.Baseline{Recorded: "2026-01-02"}
	data, _ := a.MarshalFile()
	write(t, src, string(data))
	l := library.New(dir, opts)

	name, err := l.Duplicate("acme-fractional.json", "", "Bolt & Nut")
	if err != nil || name != "Bolt & Nut.json" {
		t.Fatalf("Duplicate = %q, %v", name, err)
	}
	b, err := advisor.LoadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatalf("the copy does not load: %v", err)
	}
	if b.Company.Name != "Bolt & Nut" || b.Decision != nil || b.Baseline != nil {
		t.Errorf("copy: client %q, decision %v, baseline %v; want the new client, neither", b.Company.Name, b.Decision, b.Baseline)
	}
	if len(b.People) != len(a.People) || b.People[0].Name != a.People[0].Name || !slices.Equal(b.Symptoms, a.Symptoms) {
		t.Errorf("the copy lost the team or symptoms: %+v", b.People)
	}
	if read(t, src) != string(data) {
		t.Error("the original changed")
	}

	name, err = l.Duplicate("acme-fractional.json", "template", "")
	if err != nil || name != "template.json" {
		t.Fatalf("Duplicate without a client = %q, %v", name, err)
	}
	if c, _ := advisor.LoadFile(filepath.Join(dir, name)); c.Company.Name != "Copy of Acme Tools" {
		t.Errorf("a copy without a client is called %q", c.Company.Name)
	}
}

func TestDuplicateRefusesToOverwriteOrCopyADamagedFile(t *testing.T) {
	dir := folder(t, "acme-fractional.json", "solo-founder.json")
	write(t, filepath.Join(dir, "broken.json"), "{")
	l := library.New(dir, opts)
	solo := read(t, filepath.Join(dir, "solo-founder.json"))
	if _, err := l.Duplicate("acme-fractional.json", "solo-founder.json", "Someone"); !errors.Is(err, library.ErrExists) {
		t.Errorf("err %v, want ErrExists", err)
	}
	if read(t, filepath.Join(dir, "solo-founder.json")) != solo {
		t.Error("the file in the way was overwritten")
	}
	if _, err := l.Duplicate("broken.json", "", "X"); err == nil || !strings.Contains(err.Error(), "truncated") {
		t.Errorf("duplicating a damaged file: err %v", err)
	}
	if got := names(list(t, l)); len(got) != 3 {
		t.Errorf("refused duplicates left files: %v", got)
	}
}

func TestDeleteMovesToTheTrashAndRestoreBringsBack(t *testing.T) {
	dir := folder(t, "acme-fractional.json", "solo-founder.json")
	l := library.New(dir, opts)
	before := read(t, filepath.Join(dir, "acme-fractional.json"))
	if err := l.Delete("acme-fractional.json"); err != nil {
		t.Fatal(err)
	}
	if got := names(list(t, l)); !slices.Equal(got, []string{"solo-founder.json"}) {
		t.Errorf("after the delete the list has %v", got)
	}
	trash, err := l.Trash()
	if err != nil || len(trash) != 1 || trash[0].Name != "acme-fractional.json" {
		t.Fatalf("Trash = %+v, %v", trash, err)
	}
	if time.Since(trash[0].Deleted) > time.Minute || time.Since(trash[0].Deleted) < -time.Second {
		t.Errorf("deleted at %v, not now", trash[0].Deleted)
	}
	name, err := l.Restore(trash[0].ID, "")
	if err != nil || name != "acme-fractional.json" {
		t.Fatalf("Restore = %q, %v", name, err)
	}
	if read(t, filepath.Join(dir, name)) != before {
		t.Error("the restored file differs")
	}
	if trash, _ := l.Trash(); len(trash) != 0 {
		t.Errorf("the trash still has %+v", trash)
	}
	if e, _ := os.ReadDir(filepath.Join(dir, library.TrashDir)); len(e) != 0 {
		t.Errorf("the trash folder keeps %d empty folders", len(e))
	}
}

func TestTrashKeepsSessionsOfTheSameName(t *testing.T) {
	dir := folder(t, "acme-fractional.json")
	l := library.New(dir, opts)
	path := filepath.Join(dir, "acme-fractional.json")
	first := read(t, path)
	if err := l.Delete("acme-fractional.json"); err != nil {
		t.Fatal(err)
	}
	write(t, path, draft)
	if err := l.Delete("acme-fractional.json"); err != nil {
		t.Fatalf("a second delete of the same name: %v", err)
	}
	trash, err := l.Trash()
	if err != nil || len(trash) != 2 {
		t.Fatalf("Trash = %+v, %v; want both", trash, err)
	}
	got := map[string]bool{}
	for _, tr := range trash {
		got[read(t, filepath.Join(dir, library.TrashDir, tr.ID))] = true
	}
	if !got[first] || !got[draft] {
		t.Error("the trash lost one of the two")
	}
}

func TestRestoreRefusesToOverwrite(t *testing.T) {
	dir := folder(t, "acme-fractional.json")
	l := library.New(dir, opts)
	if err := l.Delete("acme-fractional.json"); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "acme-fractional.json"), draft) // a new session took the name
	trash, _ := l.Trash()
	if _, err := l.Restore(trash[0].ID, ""); !errors.Is(err, library.ErrExists) {
		t.Fatalf("err %v, want ErrExists", err)
	}
	if read(t, filepath.Join(dir, "acme-fractional.json")) != draft {
		t.Error("the session in the way was overwritten")
	}
	name, err := l.Restore(trash[0].ID, "acme restored")
	if err != nil || name != "acme restored.json" {
		t.Fatalf("Restore under another name = %q, %v", name, err)
	}
	if e := entry(t, list(t, l), name); e.Client != "Acme Tools" {
		t.Errorf("restored %+v", e)
	}
	if _, err := l.Restore("../../etc/passwd", ""); err == nil {
		t.Error("restored a file from outside the trash")
	}
}

func TestStampSaysWhetherTheFileChanged(t *testing.T) {
	dir := folder(t, "acme-fractional.json")
	path := filepath.Join(dir, "acme-fractional.json")
	s, err := library.StampFile(path)
	if err != nil {
		t.Fatal(err)
	}
	check := func(want library.Change) {
		t.Helper()
		if got, err := s.Check(path); got != want || err != nil {
			t.Errorf("Check = %v, %v; want %v", got, err, want)
		}
	}
	check(library.Unchanged)
	text := read(t, path)
	later := time.Now().Add(time.Hour)
	os.Chtimes(path, later, later)
	check(library.Unchanged) // touched, same bytes
	write(t, path, strings.Replace(text, "Acme Tools", "Acme Tooli", 1))
	os.Chtimes(path, s.ModTime, s.ModTime) // same size, same time: still seen
	check(library.Modified)
	os.Remove(path)
	check(library.Removed)
	if got, err := (library.Stamp{}).Check(path); got != library.Unchanged || err != nil {
		t.Errorf("a zero stamp: %v, %v", got, err)
	}
}

// FuzzFileName: whatever is typed, a name FileName accepts stays in the
// library's folder, shows in the list and ends in .json.
func FuzzFileName(f *testing.F) {
	for _, seed := range []string{"Acme", "  Acme 2026 ", "acme.json", "", ".json", "../acme", `a\b`, ".trash", "a/b.json", "Ölwerk"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, typed string) {
		name, err := library.FileName(typed)
		if err != nil {
			return
		}
		if strings.ContainsAny(name, `/\`) || strings.HasPrefix(name, ".") || !strings.EqualFold(filepath.Ext(name), library.Ext) ||
			filepath.Base(name) != name {
			t.Errorf("FileName(%q) = %q", typed, name)
		}
	})
}
