package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestTwoInstancesShareAutosaveFolder runs two instances on one
// configuration folder, as two windows of the app do: neither offers nor
// deletes the other's live work; once one crashes, the next start offers
// its work, to one instance only.
func TestTwoInstancesShareAutosaveFolder(t *testing.T) {
	a := test.NewTempApp(t)
	dir := t.TempDir()
	first := newUI(a, a.NewWindow(AppName), dir)
	test.Tap(first.welcome().newBtn)
	typeInto(first.company().name(), "Live Co")

	second := newUI(a, a.NewWindow(AppName), dir)
	if r := second.offerRestore(); r != nil {
		t.Fatalf("the second instance offers the first's live work: %q", second.lastMessage)
	}
	test.Tap(second.welcome().newBtn)
	typeInto(second.company().name(), "Other Co")
	second.closeAutosave() // a clean quit
	if _, err := os.Stat(first.autosaves.path); err != nil {
		t.Fatalf("the second instance's quit deleted the first's autosave: %v", err)
	}

	crash(first)
	third := newUI(a, a.NewWindow(AppName), dir)
	fourth := newUI(a, a.NewWindow(AppName), dir)
	r := third.offerRestore()
	if r == nil || !strings.Contains(third.lastMessage, "Live Co") {
		t.Fatalf("no offer of the crashed instance's work: %q", third.lastMessage)
	}
	if fourth.offerRestore() != nil {
		t.Error("two instances offer the same work at once")
	}
	test.Tap(r.restore)
	if third.answers.Company.Name != "Live Co" {
		t.Errorf("restored %q", third.answers.Company.Name)
	}
	if _, err := os.Stat(first.autosaves.path); !os.IsNotExist(err) {
		t.Errorf("the restored autosave is still there: %v", err)
	}
	if _, err := os.Stat(third.autosaves.path); err != nil {
		t.Errorf("the restored work is not autosaved as the third instance's: %v", err)
	}

	// An instance killed before it autosaved leaves only its lock, which
	// the next start sweeps away.
	crash(fourth)
	newUI(a, a.NewWindow(AppName), dir).offerRestore()
	if _, err := os.Stat(lockPath(fourth.autosaves.path)); !os.IsNotExist(err) {
		t.Errorf("the lock of a killed instance is still there: %v", err)
	}
}

// TestDamagedAutosaveIsKept: an autosave that cannot be read whole is set
// aside, never deleted; the user is told, and offered what can be read.
func TestDamagedAutosaveIsKept(t *testing.T) {
	good, _ := os.ReadFile(example)
	newer := strings.Replace(string(good), `"version": 1,`, `"version": 2, "forecast_owner": "Dana",`, 1)
	for _, c := range []struct {
		name, data string
		offer      bool   // what can be read is offered
		message    string // what the user is told
	}{
		{"truncated", `{"path": "", "step": 3, "answers": {"version": 1, "company": {"name": "Half`, false, "could not be read"},
		{"from a newer app", `{"step": 5, "answers": ` + newer + `}`, true, "Part of it could not be read: version: 2 is not a version"},
		{"not JSON", "\x00\x01garbage", false, "could not be read"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			dir := t.TempDir()
			path := filepath.Join(dir, "autosave-1-dead.json")
			writeTemp(t, path, c.data)
			u := newUI(a, a.NewWindow(AppName), dir)
			r := u.offerRestore()
			if (r != nil) != c.offer || !strings.Contains(u.lastMessage, c.message) {
				t.Errorf("offer %v, message %q", r != nil, u.lastMessage)
			}
			aside := filepath.Join(dir, "autosave-1-dead.damaged.json")
			if data, err := os.ReadFile(aside); err != nil || string(data) != c.data {
				t.Errorf("the damaged autosave is not kept as %s: %v", aside, err)
			}
			if !strings.Contains(u.lastMessage, "autosave-1-dead.damaged.json") {
				t.Errorf("the message does not say where it is kept: %q", u.lastMessage)
			}
			if r != nil {
				test.Tap(r.restore)
				if u.answers.Company.Name != "Acme Tools" || len(u.answers.People) != 2 {
					t.Errorf("salvaged %+v", u.answers.Company)
				}
			}
			if v := newUI(a, a.NewWindow(AppName), dir); v.offerRestore() != nil {
				t.Error("a damaged autosave is offered again")
			}
		})
	}
}

// TestOldAutosaveIsOffered: the single autosave.json of earlier versions
// is offered once, as before.
func TestOldAutosaveIsOffered(t *testing.T) {
	a := test.NewTempApp(t)
	dir := t.TempDir()
	good, _ := os.ReadFile(example)
	writeTemp(t, filepath.Join(dir, "autosave.json"), string(good))
	u := newUI(a, a.NewWindow(AppName), dir)
	r := u.offerRestore()
	if r == nil {
		t.Fatal("no offer")
	}
	test.Tap(r.discard)
	if entries, _ := os.ReadDir(dir); len(entries) != 1 { // this instance's lock
		t.Errorf("left %d files", len(entries))
	}
}
