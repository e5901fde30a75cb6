package ui

import (
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/salesteamadvisor/salesteam/advisor"
	"github.com/salesteamadvisor/salesteam/advisor/safefile"
)

// autosaver keeps one app instance's work in progress in the app's
// storage folder, so that the next start can offer it back after a crash.
//
// Every instance has its own file, autosave-<id>.json, and holds an
// exclusive lock on autosave-<id>.lock for as long as it runs; the
// operating system drops the lock when the process ends, however it ends.
// An autosave whose lock can be taken belongs to an instance that is gone:
// only those are offered back, so a second window never offers, nor
// deletes, the live work of the first.
type autosaver struct {
	dir  string
	path string   // this instance's autosave
	lock *os.File // this instance's lock, held while it runs
}

const autosavePrefix = "autosave"

// newAutosaver makes the folder if need be and takes this instance's lock;
// it returns nil, and the app runs without autosave, if it cannot.
func newAutosaver(dir string) *autosaver {
	if dir == "" {
		return nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		log.Printf("autosave: %v", err)
		return nil
	}
	id := strconv.Itoa(os.Getpid()) + "-" + strconv.FormatUint(rand.Uint64()&0xffffffff, 36)
	s := &autosaver{dir: dir, path: filepath.Join(dir, autosavePrefix+"-"+id+".json")}
	lock, ok, err := openLock(lockPath(s.path))
	if !ok {
		log.Printf("autosave: cannot lock %s: %v", lockPath(s.path), err)
		return nil
	}
	s.lock = lock
	return s
}

func lockPath(autosave string) string { return strings.TrimSuffix(autosave, ".json") + ".lock" }

// openLock opens (creating it if need be) and locks the lock file at path;
// ok is false when another instance holds it.
func openLock(path string) (f *os.File, ok bool, err error) {
	f, err = os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, false, err
	}
	if ok, err = tryLock(f); !ok {
		f.Close()
		return nil, false, err
	}
	return f, true, nil
}

// save replaces this instance's autosave. It skips the fsync: it runs on
// every edit, and a rename is still all or nothing.
func (s *autosaver) save(write func(io.Writer) error) error {
	return safefile.Write(s.path, write, safefile.Options{NoSync: true, Perm: 0o600})
}

// drop deletes this instance's autosave, once its work is saved or
// discarded.
func (s *autosaver) drop() {
	if err := os.Remove(s.path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		log.Printf("autosave: %v", err)
	}
}

// close deletes this instance's autosave and lock as the app quits.
func (s *autosaver) close() {
	s.drop()
	os.Remove(lockPath(s.path))
	s.release()
}

// release lets go of the lock, as the end of the process would.
func (s *autosaver) release() {
	if s.lock != nil {
		s.lock.Close()
		s.lock = nil
	}
}

// orphan is an autosave whose instance is gone; its lock is held, so that
// no other instance offers it at the same time.
type orphan struct {
	path    string
	lock    *os.File
	modTime time.Time
}

// orphans lists the autosaves of instances that are gone, newest first.
// The autosave of an older version of the app (autosave.json, without a
// lock) counts as one. Autosaves set aside as damaged are not listed.
func (s *autosaver) orphans() []*orphan {
	paths, _ := filepath.Glob(filepath.Join(s.dir, autosavePrefix+"*.json"))
	var out []*orphan
	for _, p := range paths {
		if p == s.path || strings.HasSuffix(p, damagedSuffix) {
			continue
		}
		lock, ok, _ := openLock(lockPath(p))
		if !ok {
			continue // its instance is running
		}
		fi, err := os.Stat(p)
		if err != nil { // deleted meanwhile by the instance that owned it
			lock.Close()
			os.Remove(lockPath(p))
			continue
		}
		out = append(out, &orphan{path: p, lock: lock, modTime: fi.ModTime()})
	}
	slices.SortFunc(out, func(a, b *orphan) int { return b.modTime.Compare(a.modTime) })
	s.sweepLocks()
	return out
}

// sweepLocks deletes the locks of instances that ended, killed, before
// they autosaved anything.
func (s *autosaver) sweepLocks() {
	locks, _ := filepath.Glob(filepath.Join(s.dir, autosavePrefix+"*.lock"))
	for _, l := range locks {
		if _, err := os.Stat(strings.TrimSuffix(l, ".lock") + ".json"); err == nil || l == lockPath(s.path) {
			continue
		}
		if f, ok, _ := openLock(l); ok {
			os.Remove(l)
			f.Close()
		}
	}
}

// discard deletes the orphan: it has been restored or the user let it go.
func (o *orphan) discard() {
	if err := os.Remove(o.path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		log.Printf("autosave: %v", err)
	}
	o.done()
}

// release leaves the orphan for a later start.
func (o *orphan) release() { o.lock.Close() }

func (o *orphan) done() {
	os.Remove(lockPath(o.path))
	o.lock.Close()
}

const damagedSuffix = ".damaged.json"

// setAside renames an autosave that cannot be read whole, so that it is
// neither offered again nor lost, and returns its new path.
func (o *orphan) setAside() (string, error) {
	base := strings.TrimSuffix(o.path, ".json")
	aside := base + damagedSuffix
	if _, err := os.Lstat(aside); err == nil {
		aside = base + "-" + time.Now().Format("20060102-150405") + damagedSuffix
	}
	if err := os.Rename(o.path, aside); err != nil {
		o.release()
		return o.path, err
	}
	o.done()
	return aside, nil
}

// autosaved is the autosave file: the session with its file and the step
// the user was on, so that a restore picks up where they left off.
type autosaved struct {
	Path     string          `json:"path,omitempty"`
	Step     int             `json:"step"`                // as earlier versions wrote it
	StepName string          `json:"step_name,omitempty"` // steps[Step].name
	Answers  json.RawMessage `json:"answers"`
}

// oldSteps are the steps of the versions that wrote only the step's
// index, before the Review step.
var oldSteps = []string{"welcome", "company", "people", "metrics", "symptoms", "budget", "diagnosis", "recommendation", "plan"}

// stepName is the step the autosave was made on, or "" if not known.
func (as autosaved) stepName() string {
	if as.StepName != "" || as.Step < 0 || as.Step >= len(oldSteps) {
		return as.StepName
	}
	return oldSteps[as.Step]
}

// readAutosave reads an autosave. damage says what could not be read; a
// is what could, or nil when nothing could.
func readAutosave(path string) (as autosaved, a *advisor.Answers, damage error) {
	data, err := safefile.Read(path, advisor.MaxFileSize+64<<10)
	if err != nil {
		return as, nil, err
	}
	if json.Unmarshal(data, &as) != nil || as.Answers == nil {
		as = autosaved{Answers: data, Step: -1} // an answers file, as autosaved before
	}
	draft, _, err := advisor.ParseDraft(as.Answers)
	if err == nil {
		return as, &draft, nil
	}
	salvaged, serr := advisor.Salvage(as.Answers)
	if serr != nil {
		return as, nil, err
	}
	as.Step, as.StepName = -1, "" // the step may not be reachable with what was salvaged
	return as, &salvaged, err
}

// savedBytes is what the session's file holds, to tell restored changes
// from what is saved; a new session's bytes if there is no such file.
func savedBytes(path string) []byte {
	if path != "" {
		if data, err := advisor.ReadFile(path); err == nil {
			if a, _, err := advisor.ParseDraft(data); err == nil {
				b, _ := a.MarshalFile()
				return b
			}
		}
	}
	b, _ := newAnswers().MarshalFile()
	return b
}
