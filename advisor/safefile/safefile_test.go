package safefile

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func writeBytes(data []byte) func(io.Writer) error {
	return func(w io.Writer) error { _, err := w.Write(data); return err }
}

// failAfter is a writer that accepts n bytes, then fails with err: a disk
// that fills up half-way.
type failAfter struct {
	w   io.Writer
	n   int
	err error
}

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		n, _ := f.w.Write(p[:f.n])
		f.n = 0
		return n, f.err
	}
	f.n -= len(p)
	return f.w.Write(p)
}

// setup returns a folder holding old.txt with the given mode.
func setup(t *testing.T, mode fs.FileMode) (dir, path string) {
	t.Helper()
	dir = t.TempDir()
	path = filepath.Join(dir, "old.txt")
	if err := os.WriteFile(path, []byte("the old contents"), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
	return dir, path
}

// wantIntact checks that path still holds the old contents and that no
// temporary file is left in dir.
func wantIntact(t *testing.T, dir, path string) {
	t.Helper()
	if got, err := os.ReadFile(path); err != nil || string(got) != "the old contents" {
		t.Errorf("the old file now holds %q (%v)", got, err)
	}
	wantNoTemp(t, dir)
}

func wantNoTemp(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}

func TestWriteReplacesAndKeepsMode(t *testing.T) {
	for _, mode := range []fs.FileMode{0o600, 0o640, 0o604} {
		dir, path := setup(t, mode)
		if err := Write(path, writeBytes([]byte("new")), Options{}); err != nil {
			t.Fatal(err)
		}
		fi, _ := os.Stat(path)
		if got, _ := os.ReadFile(path); string(got) != "new" || fi.Mode().Perm() != mode {
			t.Errorf("mode %v: file holds %q with mode %v", mode, got, fi.Mode().Perm())
		}
		wantNoTemp(t, dir)
	}
}

// TestWriteFailureKeepsOld fails the write half-way, as a full disk does:
// the old file must survive untouched and no temporary file remain.
func TestWriteFailureKeepsOld(t *testing.T) {
	dir, path := setup(t, 0o644)
	big := bytes.Repeat([]byte("x"), 200_000) // more than the buffer: the disk sees part of it
	err := Write(path, func(w io.Writer) error {
		_, err := io.Copy(&failAfter{w: w, n: 100_000, err: syscall.ENOSPC}, bytes.NewReader(big))
		return err
	}, Options{})
	if !errors.Is(err, syscall.ENOSPC) || !strings.Contains(err.Error(), "writing "+path+": no space left on device") {
		t.Errorf("error %v", err)
	}
	wantIntact(t, dir, path)
}

// TestRenameFailureKeepsOld fails the final rename.
func TestRenameFailureKeepsOld(t *testing.T) {
	dir, path := setup(t, 0o644)
	defer func(old func(string, string, bool) error) { replace = old }(replace)
	replace = func(tmp, target string, noClobber bool) error {
		return &os.LinkError{Op: "rename", Old: tmp, New: target, Err: syscall.EIO}
	}
	err := Write(path, writeBytes([]byte("new")), Options{})
	if !errors.Is(err, syscall.EIO) || strings.Contains(err.Error(), ".tmp") {
		t.Errorf("error %v: want EIO, without the temporary file's name", err)
	}
	wantIntact(t, dir, path)
}

// TestReadOnlyFolderNamesTheFolder simulates a folder the user may not
// write in (the tests run as root, for whom no folder is read-only; see
// TestReadOnlyFolderAsUser for the real thing).
func TestReadOnlyFolderNamesTheFolder(t *testing.T) {
	dir, path := setup(t, 0o644)
	defer func(old func(string, int, fs.FileMode) (*os.File, error)) { openFile = old }(openFile)
	openFile = func(name string, flag int, perm fs.FileMode) (*os.File, error) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: syscall.EACCES}
	}
	err := Write(path, writeBytes([]byte("new")), Options{})
	if !errors.Is(err, fs.ErrPermission) {
		t.Fatalf("error %v, want a permission error", err)
	}
	if want := "cannot create a file in the folder " + dir + ": permission denied"; err.Error() != want {
		t.Errorf("error %q\nwant  %q", err, want)
	}
	wantIntact(t, dir, path)
}

func TestReadOnlyFolderAsUser(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root, for whom no folder is read-only; TestReadOnlyFolderNamesTheFolder simulates it")
	}
	dir, path := setup(t, 0o644)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	err := Write(path, writeBytes([]byte("new")), Options{})
	if !errors.Is(err, fs.ErrPermission) || !strings.Contains(err.Error(), "folder "+dir) || strings.Contains(err.Error(), ".tmp") {
		t.Errorf("error %v", err)
	}
	wantIntact(t, dir, path)
}

func TestNoClobber(t *testing.T) {
	dir, path := setup(t, 0o644)
	if err := Write(path, writeBytes([]byte("new")), Options{NoClobber: true}); !errors.Is(err, fs.ErrExist) {
		t.Errorf("error %v, want fs.ErrExist", err)
	}
	wantIntact(t, dir, path)

	// A file that appears while the data are written is not replaced.
	late := filepath.Join(dir, "late.txt")
	err := Write(late, func(w io.Writer) error {
		if err := os.WriteFile(late, []byte("the old contents"), 0o644); err != nil {
			return err
		}
		_, err := w.Write([]byte("new"))
		return err
	}, Options{NoClobber: true})
	if !errors.Is(err, fs.ErrExist) {
		t.Errorf("error %v, want fs.ErrExist", err)
	}
	wantIntact(t, dir, late)

	fresh := filepath.Join(dir, "fresh.txt")
	if err := Write(fresh, writeBytes([]byte("new")), Options{NoClobber: true}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(fresh); string(got) != "new" {
		t.Errorf("fresh file holds %q", got)
	}
	wantNoTemp(t, dir)
}

func TestFolderInTheWay(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.xlsx")
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
	err := Write(path, writeBytes([]byte("new")), Options{})
	if !errors.Is(err, ErrIsDir) || err.Error() != path+" is a folder" {
		t.Errorf("error %v", err)
	}
	wantNoTemp(t, dir)
	if _, err := Read(path, 10); !errors.Is(err, ErrIsDir) {
		t.Errorf("Read of a folder: %v", err)
	}
}

func TestSpecialFileRefused(t *testing.T) {
	if _, err := os.Stat("/dev/null"); err != nil {
		t.Skip("no /dev/null")
	}
	if err := Write("/dev/null", writeBytes([]byte("x")), Options{}); !errors.Is(err, ErrNotRegular) {
		t.Errorf("writing over /dev/null: %v", err)
	}
}

// TestSymlinkWritesTheRealFile: saving through a link updates the file it
// names and keeps the link, and the file's mode.
func TestSymlinkWritesTheRealFile(t *testing.T) {
	dir, path := setup(t, 0o640)
	sub := filepath.Join(dir, "links")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(sub, "link.txt")
	if err := os.Symlink("../old.txt", link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	chain := filepath.Join(dir, "chain.txt")
	if err := os.Symlink(link, chain); err != nil {
		t.Fatal(err)
	}
	if err := Write(chain, writeBytes([]byte("new")), Options{}); err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{link, chain} {
		if fi, err := os.Lstat(l); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			t.Errorf("%s is no longer a link", l)
		}
	}
	fi, _ := os.Stat(path)
	if got, _ := os.ReadFile(path); string(got) != "new" || fi.Mode().Perm() != 0o640 {
		t.Errorf("the real file holds %q with mode %v, want new with 0640", got, fi.Mode().Perm())
	}
	wantNoTemp(t, dir)
	wantNoTemp(t, sub)

	// A dangling link: the file it names is created.
	dangling := filepath.Join(dir, "dangling.txt")
	if err := os.Symlink("target.txt", dangling); err != nil {
		t.Fatal(err)
	}
	if err := Write(dangling, writeBytes([]byte("new")), Options{}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "target.txt")); string(got) != "new" {
		t.Errorf("the link's target holds %q", got)
	}
	// NoClobber sees through the link too.
	if err := Write(chain, writeBytes([]byte("x")), Options{NoClobber: true}); !errors.Is(err, fs.ErrExist) {
		t.Errorf("no-clobber write through a link: %v", err)
	}
}

func TestCancelledWriteLeavesNothing(t *testing.T) {
	dir, path := setup(t, 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	err := WriteContext(ctx, path, func(w io.Writer) error {
		if _, err := w.Write(bytes.Repeat([]byte("x"), 100_000)); err != nil {
			return err
		}
		cancel() // the user presses Ctrl+C half-way
		_, err := w.Write(bytes.Repeat([]byte("y"), 100_000))
		return err
	}, Options{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
	wantIntact(t, dir, path)
	if err := WriteContext(ctx, filepath.Join(dir, "new.txt"), writeBytes([]byte("x")), Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("a write started after the interrupt: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "new.txt")); !errors.Is(err, fs.ErrNotExist) {
		t.Error("a cancelled write created its file")
	}
	wantNoTemp(t, dir)
}

// TestLongName: the temporary file's name stays within the file system's
// limit when the target's name is at it.
func TestLongName(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, strings.Repeat("é", 120)+".json") // 245 bytes
	if err := Write(path, writeBytes([]byte("new")), Options{}); err != nil {
		t.Fatal(err)
	}
	wantNoTemp(t, dir)
}

func TestRead(t *testing.T) {
	_, path := setup(t, 0o644)
	if data, err := Read(path, 16); err != nil || string(data) != "the old contents" {
		t.Errorf("Read = %q, %v", data, err)
	}
	if _, err := Read(path, 15); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Read over the limit: %v", err)
	}
	if _, err := Read(filepath.Join(t.TempDir(), "missing"), 16); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Read of a missing file: %v", err)
	}
}
