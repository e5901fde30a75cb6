//go:build unix

package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestExportModes: a new workbook honours the umask; --force keeps an
// existing workbook's mode (salary data stay private); a link is written
// through.
func TestExportModes(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	dir := t.TempDir()
	out := filepath.Join(dir, "plan.xlsx")
	if code, _, stderr := runCLI("export", "-o", out, acme); code != exitOK {
		t.Fatal(stderr)
	}
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o640 {
		t.Errorf("new workbook: mode %v, want 0640 (0666 less the umask 027)", fi.Mode().Perm())
	}
	os.Chmod(out, 0o600)
	if code, _, stderr := runCLI("export", "--force", "-o", out, acme); code != exitOK {
		t.Fatal(stderr)
	}
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o600 {
		t.Errorf("replaced workbook: mode %v, want 0600 as before", fi.Mode().Perm())
	}
	link := filepath.Join(dir, "latest.xlsx")
	os.Symlink("plan.xlsx", link)
	if code, _, stderr := runCLI("export", "--force", "-o", link, acme); code != exitOK {
		t.Fatal(stderr)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
}

// TestExportPermissionNamesTheFolder needs a user for whom a folder can
// be read-only; as root it is skipped (safefile's tests simulate it).
func TestExportPermissionNamesTheFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may write in any folder; run as another user, e.g. setpriv --reuid=65534")
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	code, _, stderr := runCLI("export", "-o", filepath.Join(dir, "plan.xlsx"), acme)
	if code != exitInput || !strings.Contains(stderr, "cannot create a file in the folder "+dir+": permission denied") || strings.Contains(stderr, ".tmp") {
		t.Errorf("exit %d: %s", code, stderr)
	}
}
