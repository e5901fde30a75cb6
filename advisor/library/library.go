// Package library keeps a folder of sessions (answers files) for a
// consultant: it lists them with their advice, searches them, and
// duplicates, renames, deletes to a trash folder and restores them.
//
// Sessions stay plain answers files, so a shared folder can serve a small
// team; a Stamp taken when a session is opened tells, before it is saved,
// whether someone else changed the file meanwhile.
package library

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// Ext is the extension of a session file.
const Ext = ".json"

// Status says what the library could make of a session file.
type Status int

// The statuses of a session file.
const (
	// Ready: the answers are complete and advised.
	Ready Status = iota
	// Incomplete: a session saved half-way through the wizard; it opens,
	// but has no advice yet.
	Incomplete
	// Damaged: not an answers file this app can open (bad JSON, unknown
	// fields, too large, unreadable); Entry.Err says why.
	Damaged
)

// String names the status as the library screen shows it.
func (s Status) String() string {
	switch s {
	case Ready:
		return "ready"
	case Incomplete:
		return "incomplete"
	}
	return "damaged"
}

// Entry is one session file of the library and the headline of its advice.
type Entry struct {
	Name     string    // the file's name in the folder, "Acme Tools.json"
	Path     string    // the file's path
	Modified time.Time // when the file last changed
	Size     int64
	Status   Status
	// Err says why a Damaged file cannot be opened, or what an Incomplete
	// one still needs (its first problem); nil for a Ready one.
	Err    error
	Client string // the company's name; "" if not given or Damaged
	// The advice, for a Ready session only.
	Kind       advisor.Kind
	Headline   string // the recommendation as the owner reads it
	Score      int    // role clarity, of 100
	Year1      float64
	Currency   string
	Confidence advisor.Confidence
}

// Library is a folder of sessions. Its methods may be called from several
// goroutines. It remembers the entries it has computed, by file path,
// modification time and size, so that listing again reads only the files
// that changed.
type Library struct {
	dir  string
	opts advisor.Options

	mu    sync.Mutex
	cache map[string]Entry
}

// New returns the library of the sessions in dir, advised with opts (as
// the app advises an open session: Runs < 0 skips the range simulation,
// which the list does not show).
func New(dir string, opts advisor.Options) *Library {
	return &Library{dir: dir, opts: opts, cache: map[string]Entry{}}
}

// Dir is the library's folder.
func (l *Library) Dir() string { return l.dir }

// List returns the sessions in the folder, newest first: every regular
// file ending in .json whose name does not start with a dot (the trash,
// temporary files). A file that cannot be read or parsed is listed as
// Damaged, with its error; only a folder that cannot be read fails the
// list. Files are read and advised in parallel, one worker per core, and
// files unchanged since the last List are not read again.
func (l *Library) List() ([]Entry, error) {
	des, err := os.ReadDir(l.dir)
	if err != nil {
		return nil, err
	}
	var entries []Entry
	for _, de := range des {
		name := de.Name()
		if strings.HasPrefix(name, ".") || !strings.EqualFold(filepath.Ext(name), Ext) {
			continue
		}
		e := Entry{Name: name, Path: filepath.Join(l.dir, name)}
		fi, err := os.Stat(e.Path) // follows a link, as opening the session does
		switch {
		case err != nil:
			e.Status, e.Err = Damaged, err
		case !fi.Mode().IsRegular():
			continue // a folder called x.json, a pipe: not a session
		default:
			e.Modified, e.Size = fi.ModTime(), fi.Size()
		}
		entries = append(entries, e)
	}
	l.fill(entries)
	slices.SortStableFunc(entries, func(a, b Entry) int {
		if c := b.Modified.Compare(a.Modified); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	return entries, nil
}

// fill completes the entries from the cache, or by reading their files,
// in parallel.
func (l *Library) fill(entries []Entry) {
	var todo []int
	l.mu.Lock()
	for i, e := range entries {
		if e.Err != nil {
			continue
		}
		if c, ok := l.cache[e.Path]; ok && c.Modified.Equal(e.Modified) && c.Size == e.Size {
			entries[i] = c
			continue
		}
		todo = append(todo, i)
	}
	l.mu.Unlock()
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.NumCPU(), len(todo)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				entries[i] = l.read(entries[i])
			}
		}()
	}
	for _, i := range todo {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	cache := make(map[string]Entry, len(entries)) // files gone from the folder drop out
	for _, e := range entries {
		if !e.Modified.IsZero() { // not a file that could not even be stat'ed
			cache[e.Path] = e
		}
	}
	l.mu.Lock()
	l.cache = cache
	l.mu.Unlock()
}

// read completes e from its file: parsed as the app opens a session
// (advisor.ParseDraft, with the same size limit and strict decoding), then
// advised if complete.
func (l *Library) read(e Entry) Entry {
	data, err := advisor.ReadFile(e.Path)
	if err != nil {
		e.Status, e.Err = Damaged, err
		return e
	}
	a, problems, err := advisor.ParseDraft(data)
	if err != nil {
		e.Status, e.Err = Damaged, err
		return e
	}
	e.Client = strings.TrimSpace(a.Company.Name)
	if len(problems) > 0 {
		e.Status, e.Err = Incomplete, errors.New(problems[0].Text())
		return e
	}
	p, err := advisor.AdviseWith(a, l.opts)
	if err != nil {
		e.Status, e.Err = Incomplete, err
		return e
	}
	rec := p.Recommendation
	e.Status, e.Kind, e.Headline = Ready, rec.Primary, rec.Headline
	if e.Headline == "" {
		e.Headline = rec.Primary.Title()
	}
	e.Score, e.Year1, e.Confidence = p.Diagnosis.RoleClarityScore, p.Year1, rec.Confidence
	e.Currency = p.Currency
	if e.Currency == "" {
		e.Currency = p.Assumptions.Currency
	}
	return e
}

// Search returns the entries whose client or file name contains every
// word of query, ignoring case; an empty query matches all.
func Search(entries []Entry, query string) []Entry {
	words := strings.Fields(strings.ToLower(query))
	var out []Entry
	for _, e := range entries {
		text := strings.ToLower(e.Client + "\n" + e.Name)
		if !slices.ContainsFunc(words, func(w string) bool { return !strings.Contains(text, w) }) {
			out = append(out, e)
		}
	}
	return out
}

// ErrName is wrapped by the error for a file name a session cannot take.
var ErrName = errors.New("not a usable file name")

// FileName turns what the user typed into a session's file name: trimmed,
// with .json added if missing. It refuses names with a path separator,
// names starting with a dot (hidden, and the trash's own) and empty ones.
func FileName(typed string) (string, error) {
	name := strings.TrimSpace(typed)
	if !strings.EqualFold(filepath.Ext(name), Ext) {
		name += Ext
	}
	switch {
	case strings.TrimSpace(strings.TrimSuffix(name, filepath.Ext(name))) == "":
		return "", fmt.Errorf("%w: the name is empty", ErrName)
	case strings.ContainsAny(name, `/\`) || strings.ContainsRune(name, 0):
		return "", fmt.Errorf("%w: %q has a slash; give a name, not a folder", ErrName, typed)
	case strings.HasPrefix(name, "."):
		return "", fmt.Errorf("%w: %q starts with a dot, which hides the file", ErrName, typed)
	}
	return name, nil
}

// NameFor is a file name from a client's name: "Acme Tools.json", without
// the characters file systems refuse; "New client.json" if nothing is left.
func NameFor(client string) string {
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < ' ' {
			return -1
		}
		return r
	}, strings.TrimSpace(client))
	name = strings.TrimLeft(name, ".")
	if strings.TrimSpace(name) == "" {
		name = "New client"
	}
	return name + Ext
}

// exists reports whether something is at path (a dangling link counts).
func exists(path string) bool {
	_, err := os.Lstat(path)
	return !errors.Is(err, fs.ErrNotExist)
}
