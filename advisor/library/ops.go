package library

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/salesteamadvisor/salesteam/advisor"
	"github.com/salesteamadvisor/salesteam/advisor/safefile"
)

// TrashDir is the trash's folder inside the library's folder. Its name
// starts with a dot, so List skips it.
const TrashDir = ".trash"

// ErrExists is wrapped by the errors of operations that would replace a
// file: none of them ever does.
var ErrExists = fs.ErrExist

// Rename gives the session called name the new name (see FileName); it
// refuses to replace another file. It returns the new file name.
func (l *Library) Rename(name, typed string) (string, error) {
	to, err := FileName(typed)
	if err != nil {
		return "", err
	}
	if to == name {
		return to, nil
	}
	if err := move(l.path(name), l.path(to)); err != nil {
		return "", fmt.Errorf("renaming %s to %s: %w", name, to, err)
	}
	return to, nil
}

// CopyPrefix starts the client name of a duplicate made without one.
const CopyPrefix = "Copy of "

// Duplicate makes a new session from the one called name, as a template
// for the next client, and returns its file name. The copy keeps what a
// consultant would otherwise type again for a similar client: the people
// and how their week splits, the numbers, the symptoms, the budget, the
// changed assumptions and the scenarios. It drops what belongs to the
// first client alone: its name (client, or "Copy of <name>" if client is
// empty), the decision the owner recorded, and the settings the session
// was advised with (the copy is advised with today's). The file is named
// typed (see FileName), or after the new client if typed is empty; it
// never replaces a file.
func (l *Library) Duplicate(name, typed, client string) (string, error) {
	data, err := advisor.ReadFile(l.path(name))
	if err != nil {
		return "", err
	}
	a, _, err := advisor.ParseDraft(data)
	if err != nil {
		return "", fmt.Errorf("%s cannot be duplicated: %w", name, err)
	}
	a = Template(a, client)
	to := NameFor(a.Company.Name)
	if strings.TrimSpace(typed) != "" {
		if to, err = FileName(typed); err != nil {
			return "", err
		}
	}
	out, err := a.MarshalFile()
	if err != nil {
		return "", err
	}
	err = safefile.Write(l.path(to), func(w io.Writer) error { _, err := w.Write(out); return err }, safefile.Options{NoClobber: true})
	if err != nil {
		return "", err
	}
	return to, nil
}

// Template is a copy of a for a new client, as Duplicate makes it.
func Template(a advisor.Answers, client string) advisor.Answers {
	old := strings.TrimSpace(a.Company.Name)
	a.Company.Name = strings.TrimSpace(client)
	if a.Company.Name == "" && old != "" {
		a.Company.Name = CopyPrefix + old
	}
	a.Decision, a.Baseline = nil, nil
	a.People = slices.Clone(a.People)
	a.Scenarios = slices.Clone(a.Scenarios)
	a.Symptoms = slices.Clone(a.Symptoms)
	return a
}

// Trashed is a session in the trash.
type Trashed struct {
	Name    string    // its file name, which Restore gives it back
	Deleted time.Time // when it was moved to the trash
	ID      string    // where it is in the trash: pass it to Restore
}

// Delete moves the session called name to the trash, from which Restore
// brings it back. Each deletion has its own folder in the trash, named
// after the time, so two sessions of the same name never collide there.
func (l *Library) Delete(name string) error {
	src := l.path(name)
	if _, err := os.Lstat(src); err != nil {
		return err
	}
	trash := filepath.Join(l.dir, TrashDir)
	if err := os.MkdirAll(trash, 0o777); err != nil {
		return fmt.Errorf("cannot make the trash folder: %w", err)
	}
	slot, err := os.MkdirTemp(trash, time.Now().UTC().Format(slotTime)+"-")
	if err != nil {
		return fmt.Errorf("cannot make a folder in the trash: %w", err)
	}
	if err := move(src, filepath.Join(slot, name)); err != nil {
		os.Remove(slot)
		return fmt.Errorf("moving %s to the trash: %w", name, err)
	}
	return nil
}

// Trash lists the sessions in the trash, most recently deleted first.
func (l *Library) Trash() ([]Trashed, error) {
	trash := filepath.Join(l.dir, TrashDir)
	slots, err := os.ReadDir(trash)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []Trashed
	for _, slot := range slots {
		if !slot.IsDir() {
			continue
		}
		files, err := os.ReadDir(filepath.Join(trash, slot.Name()))
		if err != nil {
			continue
		}
		for _, f := range files {
			out = append(out, Trashed{Name: f.Name(), ID: filepath.Join(slot.Name(), f.Name()), Deleted: deletedAt(slot)})
		}
	}
	slices.SortStableFunc(out, func(a, b Trashed) int { return b.Deleted.Compare(a.Deleted) })
	return out, nil
}

// Restore moves the session id (from Trash) back into the library, under
// its own name or, if typed is not empty, under that one (see FileName).
// It refuses to replace a session of the same name: the error wraps
// ErrExists, and the user can restore under another name. It returns the
// restored file's name.
func (l *Library) Restore(id, typed string) (string, error) {
	trash := filepath.Join(l.dir, TrashDir)
	src := filepath.Join(trash, id)
	if rel, err := filepath.Rel(trash, src); err != nil || strings.HasPrefix(rel, "..") || strings.Count(filepath.ToSlash(rel), "/") != 1 {
		return "", fmt.Errorf("%q is not in the trash", id)
	}
	name := filepath.Base(src)
	if strings.TrimSpace(typed) != "" {
		var err error
		if name, err = FileName(typed); err != nil {
			return "", err
		}
	}
	if err := move(src, l.path(name)); err != nil {
		return "", fmt.Errorf("restoring %s: %w", name, err)
	}
	os.Remove(filepath.Dir(src)) // the deletion's folder, now empty
	return name, nil
}

// slotTime is the layout of the time that starts a deletion's folder.
const slotTime = "20060102T150405.000Z"

// deletedAt is when the deletion that made slot happened: the time its
// name starts with, or else its modification time.
func deletedAt(slot fs.DirEntry) time.Time {
	stamp, _, _ := strings.Cut(slot.Name(), "-")
	if t, err := time.Parse(slotTime, stamp); err == nil {
		return t
	}
	if fi, err := slot.Info(); err == nil {
		return fi.ModTime()
	}
	return time.Time{}
}

func (l *Library) path(name string) string { return filepath.Join(l.dir, filepath.Base(name)) }

// move renames src to dst, never replacing a file at dst (the error then
// wraps ErrExists). It links and unlinks, which fails rather than
// replace; on a file system without hard links it renames after checking
// that dst is absent.
func move(src, dst string) error {
	if _, err := os.Lstat(src); err != nil {
		return err
	}
	if strings.EqualFold(src, dst) && src != dst {
		return os.Rename(src, dst) // only the case changes: the same file on Windows and macOS
	}
	err := os.Link(src, dst)
	switch {
	case err == nil:
		return os.Remove(src)
	case errors.Is(err, fs.ErrExist) || exists(dst):
		return fmt.Errorf("%s: %w", filepath.Base(dst), ErrExists)
	}
	return os.Rename(src, dst)
}
