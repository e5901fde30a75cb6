package ui

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/salesteamadvisor/salesteam/advisor/safefile"
)

// failingWrite is a safefile.Write that fails as a read-only folder does.
func failingWrite(path string, write func(io.Writer) error, opts safefile.Options) error {
	return &fs.PathError{Op: "open", Path: filepath.Dir(path), Err: syscall.EACCES}
}

// TestSaveAsOverExistingFileKeepsItOnFailure drives Fyne's own save
// dialog: the user picks an existing file, confirms the overwrite, and
// the save fails. The file must keep its contents: the dialog's writer
// used to empty it before the app's save even began.
func TestSaveAsOverExistingFileKeepsItOnFailure(t *testing.T) {
	for _, what := range []string{"session", "workbook"} {
		t.Run(what, func(t *testing.T) {
			u := newTestUI(t)
			if err := u.openPath(example); err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			name, show := "Acme Tools.json", func() { u.saveAs(nil) }
			if what == "workbook" {
				name, show = "Acme Tools hiring plan.xlsx", u.onExport
			}
			existing := filepath.Join(dir, name)
			if err := os.WriteFile(existing, []byte("the client's only copy"), 0o640); err != nil {
				t.Fatal(err)
			}
			u.path = filepath.Join(dir, "Acme.json") // the dialog opens in this folder
			u.write = failingWrite
			show()
			tapInDialog(t, u, "Save")
			tapInDialog(t, u, "Yes") // "Are you sure you want to overwrite the file?"
			if data, _ := os.ReadFile(existing); string(data) != "the client's only copy" {
				t.Errorf("after a failed save the file holds %q", data)
			}
			if !strings.Contains(u.lastMessage, "The file on disk has not been changed") {
				t.Errorf("the message does not say the file is safe: %q", u.lastMessage)
			}

			// The same, with a save that works: the file is replaced, keeps
			// its mode, and no temporary file is left.
			u.write = safefile.Write
			show()
			tapInDialog(t, u, "Save")
			tapInDialog(t, u, "Yes")
			data, _ := os.ReadFile(existing)
			fi, _ := os.Stat(existing)
			if string(data) == "the client's only copy" || len(data) == 0 || fi.Mode().Perm() != 0o640 {
				t.Errorf("after a good save the file holds %d bytes with mode %v", len(data), fi.Mode().Perm())
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("the folder holds %d files", len(entries))
			}
		})
	}
}

// TestSaveThroughSymlink: saving a session opened through a link writes
// the file the link names, and keeps the link and the file's mode.
func TestSaveThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	data, _ := os.ReadFile(example)
	real := filepath.Join(dir, "clients", "acme.json")
	os.Mkdir(filepath.Dir(real), 0o755)
	if err := os.WriteFile(real, data, 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "current.json")
	if err := os.Symlink("clients/acme.json", link); err != nil {
		t.Skip(err)
	}
	u := newTestUI(t)
	if err := u.openPath(link); err != nil {
		t.Fatal(err)
	}
	typeInto(u.company().name(), "Acme Renamed")
	u.save(nil)
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		t.Fatal("the link was replaced by a file")
	}
	after, _ := os.ReadFile(real)
	fi, _ := os.Stat(real)
	if !strings.Contains(string(after), "Acme Renamed") || fi.Mode().Perm() != 0o600 {
		t.Errorf("the real file has mode %v and holds:\n%s", fi.Mode().Perm(), after)
	}
}

// TestExportFailureKeepsOldWorkbook: a full disk during an export leaves
// the old workbook as it was.
func TestExportFailureKeepsOldWorkbook(t *testing.T) {
	u := newTestUI(t)
	if err := u.openPath(example); err != nil {
		t.Fatal(err)
	}
	u.advise()
	old := filepath.Join(t.TempDir(), "plan.xlsx")
	os.WriteFile(old, []byte("last week's plan"), 0o644)
	u.write = func(path string, write func(io.Writer) error, opts safefile.Options) error {
		return safefile.Write(path, func(w io.Writer) error {
			return write(&fullDisk{w: w, room: 4096})
		}, opts)
	}
	err := u.exportTo(old)
	if !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("export on a full disk: %v", err)
	}
	if data, _ := os.ReadFile(old); string(data) != "last week's plan" {
		t.Errorf("the old workbook holds %d bytes", len(data))
	}
	if entries, _ := os.ReadDir(filepath.Dir(old)); len(entries) != 1 {
		t.Errorf("the folder holds %d files", len(entries))
	}
}

// fullDisk takes room bytes, then fails as a full disk does.
type fullDisk struct {
	w    io.Writer
	room int
}

func (d *fullDisk) Write(p []byte) (int, error) {
	if len(p) > d.room {
		n, _ := d.w.Write(p[:d.room])
		d.room = 0
		return n, syscall.ENOSPC
	}
	d.room -= len(p)
	return d.w.Write(p)
}
