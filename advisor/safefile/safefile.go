// Package safefile writes files so that a failure never costs the old
// contents, and reads files up to a size limit.
//
// Write puts the data in a temporary file in the target's folder, makes
// them reach the disk, and only then renames the temporary file over the
// target: a crash, a full disk or a refused permission leaves either the
// old file or the new one, never half of one, and never an empty file. It
// writes through a symbolic link to the file the link names, keeps an
// existing file's permissions, and creates new files as os.Create does
// (0666 less the umask).
package safefile

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"unicode/utf8"
)

// Options tune Write.
type Options struct {
	// NoClobber refuses to replace an existing file; the error wraps
	// fs.ErrExist. The refusal holds even against a file that appears
	// while the data are written.
	NoClobber bool
	// NoSync skips the fsyncs. The write stays atomic, but a power cut
	// may lose it: for autosaves, which are written on every edit.
	NoSync bool
	// Perm is the permission of a new file, before the umask; 0 means
	// 0666, as os.Create. An existing file keeps its own permissions.
	Perm fs.FileMode
}

// ErrIsDir is wrapped by errors about a folder where a file should be.
var ErrIsDir = errors.New("is a folder")

// ErrNotRegular is wrapped by errors about a device, pipe or socket where a
// regular file should be: replacing one would break whatever uses it.
var ErrNotRegular = errors.New("is not a regular file")

// ErrTooLarge is wrapped by Read's error for a file over the limit.
var ErrTooLarge = errors.New("too large")

// Write writes a file at path with the data write produces. See the
// package documentation for what it guarantees.
func Write(path string, write func(io.Writer) error, opts Options) error {
	return WriteContext(context.Background(), path, write, opts)
}

// WriteContext is Write that gives up, removing its temporary file, once
// ctx is done: an interrupted command leaves nothing behind.
func WriteContext(ctx context.Context, path string, write func(io.Writer) error, opts Options) (err error) {
	if err := ctx.Err(); err != nil {
		return err
	}
	target, err := Resolve(path)
	if err != nil {
		return err
	}
	mode, exists, err := existing(target)
	if err != nil {
		return fmt.Errorf("%s %w", path, err)
	}
	if exists && opts.NoClobber {
		return fmt.Errorf("%s: %w", path, fs.ErrExist)
	}
	perm := opts.Perm
	if perm == 0 {
		perm = 0o666
	}
	if exists {
		perm = 0o600 // until it gets the old file's mode, below
	}
	dir := filepath.Dir(target)
	tmp, err := createTemp(dir, filepath.Base(target), perm)
	if err != nil {
		return fmt.Errorf("cannot create a file in the folder %s: %w", dir, cause(err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := fill(ctx, tmp, write); err != nil {
		return fmt.Errorf("writing %s: %w", path, cause(err))
	}
	if exists {
		if err := tmp.Chmod(mode); err != nil {
			return fmt.Errorf("writing %s: %w", path, cause(err))
		}
	}
	if !opts.NoSync {
		if err := tmp.Sync(); err != nil {
			return fmt.Errorf("writing %s: %w", path, cause(err))
		}
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, cause(err))
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := replace(tmp.Name(), target, opts.NoClobber); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s: %w", path, fs.ErrExist)
		}
		return fmt.Errorf("cannot replace %s: %w", path, cause(err))
	}
	if !opts.NoSync {
		syncDir(dir)
	}
	return nil
}

// fill runs write on the temporary file through a buffer, stopping once
// ctx is done.
func fill(ctx context.Context, f *os.File, write func(io.Writer) error) error {
	bw := bufio.NewWriter(ctxWriter{ctx, f})
	if err := write(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return ctx.Err()
}

type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}

// Resolve returns the file path names: path itself, or, if path is a
// symbolic link, the file at the end of the links, which need not exist
// yet. Writing to the link's target, rather than renaming over the link,
// keeps the link and updates the file it points to.
func Resolve(path string) (string, error) {
	for range 40 { // as the kernel's limit on nested links
		fi, err := os.Lstat(path)
		if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		link, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(link) {
			link = filepath.Join(filepath.Dir(path), link)
		}
		path = link
	}
	return "", fmt.Errorf("%s: too many levels of symbolic links", path)
}

// existing reports the permissions of the file at path, if there is one,
// and refuses folders and special files.
func existing(path string) (fs.FileMode, bool, error) {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return 0, false, nil
	case err != nil:
		return 0, false, cause(err)
	case fi.IsDir():
		return 0, false, ErrIsDir
	case !fi.Mode().IsRegular():
		return 0, false, ErrNotRegular
	}
	return fi.Mode().Perm(), true, nil
}

// createTemp creates a new file beside name, hidden and marked as
// temporary, with perm (less the umask): os.CreateTemp always uses 0600.
func createTemp(dir, name string, perm fs.FileMode) (*os.File, error) {
	const keep = 100 // bytes of the name kept, so that the temporary name stays within NAME_MAX
	for len(name) > keep {
		_, size := utf8.DecodeLastRuneInString(name)
		name = name[:len(name)-size]
	}
	for try := 0; ; try++ {
		tmp := filepath.Join(dir, "."+name+"."+strconv.FormatUint(rand.Uint64(), 36)+".tmp")
		f, err := openFile(tmp, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if err == nil || !errors.Is(err, fs.ErrExist) || try == 100 {
			return f, err
		}
	}
}

// openFile is os.OpenFile; tests make it fail.
var openFile = os.OpenFile

// replace moves tmp to target. With noClobber it links instead, which
// fails rather than replace a file; on a file system without hard links it
// renames after checking that target is still absent.
var replace = func(tmp, target string, noClobber bool) error {
	if !noClobber {
		return os.Rename(tmp, target)
	}
	err := os.Link(tmp, target)
	if err == nil {
		os.Remove(tmp)
		return nil
	}
	if errors.Is(err, fs.ErrExist) {
		return err
	}
	if _, statErr := os.Lstat(target); statErr == nil {
		return fs.ErrExist
	}
	return os.Rename(tmp, target)
}

// syncDir makes a rename in dir durable. File systems that cannot sync a
// folder (and Windows, where it cannot be opened) keep the rename anyway.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// cause strips the temporary file's name from an error, keeping what went
// wrong (permission denied, no space left on device): the messages name
// the file the user chose, or its folder, never the temporary file.
func cause(err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return pe.Err
	case errors.As(err, &le):
		return le.Err
	}
	return err
}

// Read returns the contents of the file at path, refusing folders and
// files larger than limit bytes (the error wraps ErrTooLarge) before
// reading them.
func Read(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("%s %w", path, ErrIsDir)
	}
	if fi.Mode().IsRegular() && fi.Size() > limit {
		return nil, fmt.Errorf("%s: %w", path, ErrTooLarge)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s: %w", path, ErrTooLarge)
	}
	return data, nil
}
