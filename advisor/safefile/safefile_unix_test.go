//go:build unix

package safefile

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestNewFileHonoursUmask: a new file gets 0666 less the umask, as
// os.Create would make it; Perm narrows it further.
func TestNewFileHonoursUmask(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	dir := t.TempDir()
	for _, c := range []struct {
		perm, want fs.FileMode
	}{{0, 0o640}, {0o600, 0o600}} {
		path := filepath.Join(dir, "new"+c.perm.String())
		if err := Write(path, writeBytes([]byte("new")), Options{Perm: c.perm}); err != nil {
			t.Fatal(err)
		}
		if fi, _ := os.Stat(path); fi.Mode().Perm() != c.want {
			t.Errorf("Perm %v: mode %v, want %v", c.perm, fi.Mode().Perm(), c.want)
		}
	}
}
