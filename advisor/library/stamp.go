package library

import (
	"crypto/sha256"
	"errors"
	"io/fs"
	"os"
	"time"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// Stamp identifies the contents of a session file at one moment: taken
// when the session is opened or saved, it tells before the next save
// whether the file changed on disk meanwhile (a colleague saved it from
// the shared folder, a sync tool replaced it). The zero Stamp is "no file
// yet": nothing to compare with.
type Stamp struct {
	ModTime time.Time
	Size    int64
	Sum     [sha256.Size]byte
}

// IsZero reports whether s was never taken.
func (s Stamp) IsZero() bool { return s == Stamp{} }

// StampFile takes the stamp of the file at path, read as the app reads a
// session (advisor.ReadFile).
func StampFile(path string) (Stamp, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return Stamp{}, err
	}
	data, err := advisor.ReadFile(path)
	if err != nil {
		return Stamp{}, err
	}
	return Stamp{ModTime: fi.ModTime(), Size: fi.Size(), Sum: sha256.Sum256(data)}, nil
}

// Change is what became of a session file since its stamp was taken.
type Change int

// The changes Check reports.
const (
	Unchanged Change = iota
	Modified         // other contents
	Removed          // no file at the path any more (deleted, renamed, moved to the trash)
)

// Check says whether the file at path still has the contents s was taken
// of. It compares the contents, not only the time and size: a file
// rewritten with the same bytes (a sync tool, a touch) is Unchanged, and
// one rewritten within the file system's clock resolution with other
// bytes of the same size is still Modified. A zero s is always
// Unchanged. An error reading the file is returned with Modified.
func (s Stamp) Check(path string) (Change, error) {
	if s.IsZero() {
		return Unchanged, nil
	}
	now, err := StampFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return Removed, nil
	case err != nil:
		return Modified, err
	case now.Sum != s.Sum:
		return Modified, nil
	}
	return Unchanged, nil
}
