//go:build linux

package safefile

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestFullDisk writes to a real, tiny file system that fills up. It needs
// root to mount one, so it runs only with SALESTEAM_MOUNT_TESTS=1:
//
//	sudo SALESTEAM_MOUNT_TESTS=1 go test -run FullDisk ./advisor/safefile
func TestFullDisk(t *testing.T) {
	if os.Getenv("SALESTEAM_MOUNT_TESTS") == "" {
		t.Skip("set SALESTEAM_MOUNT_TESTS=1 (as root) to write to a full tmpfs")
	}
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size=64k"); err != nil {
		t.Skipf("cannot mount a tmpfs: %v", err)
	}
	defer syscall.Unmount(dir, 0)
	path := filepath.Join(dir, "old.txt")
	if err := os.WriteFile(path, []byte("the old contents"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := Write(path, func(w io.Writer) error {
		_, err := io.Copy(w, bytes.NewReader(bytes.Repeat([]byte("x"), 1<<20)))
		return err
	}, Options{})
	if !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("error %v, want ENOSPC", err)
	}
	wantIntact(t, dir, path)
}
