package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor/library"
)

// libraryUI shows the client library on a folder holding two examples
// and a damaged file, listing in step.
func libraryUI(t *testing.T) (*UI, *libraryScreen, string) {
	t.Helper()
	dir := t.TempDir()
	for _, ex := range []string{"acme-fractional.json", "solo-founder.json"} {
		data, err := os.ReadFile(filepath.Join("..", "examples", ex))
		if err != nil {
			t.Fatal(err)
		}
		writeText(t, filepath.Join(dir, ex), string(data))
	}
	writeText(t, filepath.Join(dir, "broken.json"), `{"version": 1, "company": {`)
	u := newTestUI(t)
	u.async = func(work, done func()) { work(); done() }
	u.app.Preferences().SetString(prefLibrary, dir)
	u.showLibrary()
	return u, u.library, dir
}

func writeText(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o666); err != nil {
		t.Fatal(err)
	}
}

func readText(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// selectSession selects the row of the session called name.
func selectSession(t *testing.T, l *libraryScreen, name string) {
	t.Helper()
	row := l.row(name)
	if row < 0 {
		t.Fatalf("%s is not shown", name)
	}
	l.table.Select(widget.TableCellID{Row: row, Col: 0})
	if l.selected != name {
		t.Fatalf("selected %q, want %s", l.selected, name)
	}
}

func TestLibraryListsTheFolderWithDamagedFiles(t *testing.T) {
	u, l, _ := libraryUI(t)
	if u.win.Content() != l.view {
		t.Fatal("the library does not show")
	}
	if len(l.shown) != 3 {
		t.Fatalf("shows %d sessions, want 3", len(l.shown))
	}
	broken := libraryCells(l.shown[l.row("broken.json")])
	if broken[0] != "Damaged" || !strings.Contains(broken[2], "truncated") {
		t.Errorf("the damaged row reads %q", broken)
	}
	acme := libraryCells(l.shown[l.row("acme-fractional.json")])
	if acme[0] != "Acme Tools" || acme[2] == "" || !strings.Contains(acme[3], "/ 100") || !strings.HasPrefix(acme[4], "$") {
		t.Errorf("acme's row reads %q", acme)
	}
	if !strings.Contains(l.status.Text, "3 sessions") || !strings.Contains(l.status.Text, "1 damaged") {
		t.Errorf("status %q", l.status.Text)
	}
	selectSession(t, l, "broken.json")
	if !l.open.Disabled() || !l.dup.Disabled() || l.del.Disabled() {
		t.Error("a damaged file can be opened or duplicated, or cannot be deleted")
	}
	test.Type(l.search, "ACME")
	if len(l.shown) != 1 || l.shown[0].Name != "acme-fractional.json" || !strings.Contains(l.status.Text, "1 of 3") {
		t.Errorf("search ACME shows %d rows; status %q", len(l.shown), l.status.Text)
	}
	u.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.win.Content() == l.view || l.showing {
		t.Error("Escape did not go back to the session")
	}
}

func TestLibraryIsReachedFromWelcomeAndTheFileMenu(t *testing.T) {
	u := newTestUI(t)
	test.Tap(u.welcome().libBtn)
	if u.library == nil || u.win.Content() != u.library.view {
		t.Fatal("the Welcome button does not show the library")
	}
	if !strings.Contains(u.library.folder.Text, "No folder") || !u.library.trash.Disabled() {
		t.Errorf("with no folder chosen: %q", u.library.folder.Text)
	}
	u.library.close()
	for _, it := range u.win.MainMenu().Items[0].Items {
		if it.Label == "Client library…" {
			it.Action()
		}
	}
	if u.win.Content() != u.library.view {
		t.Fatal("File ▸ Client library… does not show the library")
	}
	u.goTo(ix("company"))
	if u.library.showing {
		t.Error("going to a step leaves the library showing")
	}
}

func TestLibraryOpensASession(t *testing.T) {
	u, l, dir := libraryUI(t)
	selectSession(t, l, "acme-fractional.json")
	test.Tap(l.open)
	if u.path != filepath.Join(dir, "acme-fractional.json") || u.answers.Company.Name != "Acme Tools" {
		t.Errorf("opened %q (%q)", u.path, u.answers.Company.Name)
	}
	if l.showing || u.win.Content() == l.view {
		t.Error("the library still shows after Open")
	}
	if recent := u.recentFiles(); len(recent) == 0 || recent[0] != u.path {
		t.Errorf("Open Recent: %v", recent)
	}
}

func TestLibraryDeleteAsksThenRestoreBringsBack(t *testing.T) {
	u, l, dir := libraryUI(t)
	path := filepath.Join(dir, "acme-fractional.json")
	before := readText(t, path)
	selectSession(t, l, "acme-fractional.json")
	test.Tap(l.del)
	if !strings.Contains(u.lastMessage, "trash") {
		t.Errorf("the confirmation says %q", u.lastMessage)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatal("deleted before the user confirmed")
	}
	test.Tap(l.confirm)
	if _, err := os.Stat(path); err == nil || len(l.entries) != 2 || l.row("acme-fractional.json") >= 0 {
		t.Fatalf("after the delete: %d sessions, file err %v", len(l.entries), err)
	}
	test.Tap(l.trash)
	if l.trashList == nil || l.trashList.Length() != 1 {
		t.Fatal("the trash does not list the deleted session")
	}
	tapInDialog(t, u, "Restore")
	if readText(t, path) != before || l.row("acme-fractional.json") < 0 || l.selected != "acme-fractional.json" {
		t.Errorf("not restored: selected %q", l.selected)
	}
}

func TestLibraryRestoreUnderAnotherNameWhenTheNameIsTaken(t *testing.T) {
	u, l, dir := libraryUI(t)
	selectSession(t, l, "acme-fractional.json")
	test.Tap(l.del)
	test.Tap(l.confirm)
	writeText(t, filepath.Join(dir, "acme-fractional.json"), "{}")
	l.reload()
	test.Tap(l.trash)
	tapInDialog(t, u, "Restore")
	if readText(t, filepath.Join(dir, "acme-fractional.json")) != "{}" {
		t.Fatal("the restore overwrote the session in the way")
	}
	if l.nameEntry == nil || l.nameEntry.Text != "acme-fractional (restored)" {
		t.Fatalf("no other name asked for")
	}
	test.Tap(l.confirm)
	if l.selected != "acme-fractional (restored).json" {
		t.Errorf("selected %q after the restore", l.selected)
	}
}

func TestLibraryRenameRefusesToOverwrite(t *testing.T) {
	u, l, dir := libraryUI(t)
	solo := readText(t, filepath.Join(dir, "solo-founder.json"))
	selectSession(t, l, "acme-fractional.json")
	test.Tap(l.rename)
	if l.nameEntry.Text != "acme-fractional" {
		t.Errorf("the name offered is %q", l.nameEntry.Text)
	}
	l.nameEntry.SetText("solo-founder")
	test.Tap(l.confirm)
	if !strings.Contains(u.lastMessage, "already") || readText(t, filepath.Join(dir, "solo-founder.json")) != solo {
		t.Fatalf("renaming onto another session: %q", u.lastMessage)
	}
	l.nameEntry.SetText("Acme 2026")
	test.Tap(l.confirm)
	if _, err := os.Stat(filepath.Join(dir, "Acme 2026.json")); err != nil || l.selected != "Acme 2026.json" {
		t.Errorf("not renamed: %v, selected %q", err, l.selected)
	}
}

func TestLibraryRenameOfTheOpenSessionFollowsIt(t *testing.T) {
	u, l, dir := libraryUI(t)
	open(t, u, filepath.Join(dir, "acme-fractional.json"))
	u.showLibrary()
	selectSession(t, l, "acme-fractional.json")
	test.Tap(l.rename)
	l.nameEntry.SetText("Acme renamed")
	test.Tap(l.confirm)
	if u.path != filepath.Join(dir, "Acme renamed.json") {
		t.Fatalf("the session's path is %q", u.path)
	}
	u.save(nil)
	if u.diskPrompt != nil {
		t.Error("saving the renamed session asks about a change on disk")
	}
}

func TestLibraryDuplicateMakesATemplate(t *testing.T) {
	_, l, dir := libraryUI(t)
	selectSession(t, l, "acme-fractional.json")
	test.Tap(l.dup)
	l.nameEntry.SetText("Bolt & Nut")
	test.Tap(l.confirm)
	if l.selected != "Bolt & Nut.json" || len(l.entries) != 4 {
		t.Fatalf("selected %q, %d sessions", l.selected, len(l.entries))
	}
	e := l.shown[l.row("Bolt & Nut.json")]
	if e.Client != "Bolt & Nut" || e.Status != library.Ready {
		t.Errorf("the copy: %+v", e)
	}
	if !strings.Contains(readText(t, filepath.Join(dir, "Bolt & Nut.json")), `"name": "Dana"`) {
		t.Error("the copy lost the people")
	}
}

func TestLibrarySaveAsksWhenTheFileChangedOnDisk(t *testing.T) {
	u := newTestUI(t)
	path := filepath.Join(t.TempDir(), "acme.json")
	data, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	writeText(t, path, string(data))
	open(t, u, path)
	u.answers.Company.Name = "Acme Tools (mine)"
	u.save(nil)
	if u.diskPrompt != nil {
		t.Fatal("an unchanged file: the save asked")
	}
	if !strings.Contains(readText(t, path), "(mine)") {
		t.Fatal("not saved")
	}

	theirs := strings.Replace(readText(t, path), "(mine)", "(theirs)", 1)
	writeText(t, path, theirs)
	u.answers.Company.Name = "Acme Tools (mine again)"
	u.save(nil)
	if u.diskPrompt == nil || !strings.Contains(u.lastMessage, "changed on disk") {
		t.Fatalf("the save did not ask; message %q", u.lastMessage)
	}
	if readText(t, path) != theirs {
		t.Fatal("their version was overwritten before the user chose")
	}
	test.Tap(u.diskPrompt.cancel)
	if readText(t, path) != theirs {
		t.Fatal("Cancel overwrote their version")
	}
	u.diskPrompt = nil
	u.save(nil)
	if u.diskPrompt == nil {
		t.Fatal("the second save did not ask again")
	}
	test.Tap(u.diskPrompt.overwrite)
	if !strings.Contains(readText(t, path), "(mine again)") {
		t.Fatal("Overwrite did not save")
	}
	u.diskPrompt = nil
	u.answers.Company.Name = "Acme Tools (third)"
	u.save(nil)
	if u.diskPrompt != nil {
		t.Error("after overwriting, the next save asks again")
	}
}

func TestLibrarySaveAsksWhenTheFileWasRemoved(t *testing.T) {
	u := newTestUI(t)
	path := filepath.Join(t.TempDir(), "acme.json")
	data, _ := os.ReadFile(example)
	writeText(t, path, string(data))
	open(t, u, path)
	os.Remove(path)
	u.save(nil)
	if u.diskPrompt == nil || !strings.Contains(u.lastMessage, "no longer in its folder") {
		t.Fatalf("message %q", u.lastMessage)
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("the removed file was written again before the user chose")
	}
	// Nothing is there to overwrite: the button says what it does.
	if got := u.diskPrompt.overwrite.Text; got != "Save it here again" || strings.Contains(u.lastMessage, "Overwrite") {
		t.Errorf("for a removed file, the prompt offers %q and says %q", got, u.lastMessage)
	}
	test.Tap(u.diskPrompt.overwrite)
	if _, err := os.Stat(path); err != nil {
		t.Errorf("Save it here again did not: %v", err)
	}
}

func TestLibraryRefreshShowsWhatOthersSaved(t *testing.T) {
	_, l, dir := libraryUI(t)
	writeText(t, filepath.Join(dir, "colleague.json"), readText(t, filepath.Join(dir, "solo-founder.json")))
	if l.row("colleague.json") >= 0 {
		t.Fatal("listed before a refresh")
	}
	test.Tap(l.refresh)
	if l.row("colleague.json") < 0 {
		t.Error("Refresh does not show a session saved meanwhile")
	}
}

func TestLibraryDeletingTheOpenSessionMakesSaveAsk(t *testing.T) {
	u, l, dir := libraryUI(t)
	path := filepath.Join(dir, "acme-fractional.json")
	open(t, u, path)
	u.showLibrary()
	selectSession(t, l, "acme-fractional.json")
	test.Tap(l.del)
	test.Tap(l.confirm)
	l.close()
	u.save(nil)
	if u.diskPrompt == nil || !strings.Contains(u.lastMessage, "no longer in its folder") {
		t.Fatalf("saving a session deleted meanwhile: %q", u.lastMessage)
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("the save wrote the deleted session back without asking")
	}
}

// TestLibraryOpenSession: the session open in the wizard is marked in the
// list, and deleting it warns that it is open, with unsaved changes.
func TestLibraryOpenSession(t *testing.T) {
	u, l, dir := libraryUI(t)
	path := filepath.Join(dir, "acme-fractional.json")
	open(t, u, path)
	typeInto(u.company().name(), "Acme Tools (edited)")
	u.showLibrary()
	cell := widget.NewLabel("")
	l.updateCell(widget.TableCellID{Row: l.row("acme-fractional.json"), Col: 0}, cell)
	if !strings.Contains(cell.Text, "(open)") || !cell.TextStyle.Bold {
		t.Errorf("the open session's row reads %q, bold %v", cell.Text, cell.TextStyle.Bold)
	}
	l.updateCell(widget.TableCellID{Row: l.row("solo-founder.json"), Col: 0}, cell)
	if strings.Contains(cell.Text, "(open)") || cell.TextStyle.Bold {
		t.Errorf("another session's row reads %q, bold %v", cell.Text, cell.TextStyle.Bold)
	}
	selectSession(t, l, "acme-fractional.json")
	test.Tap(l.del)
	if !strings.Contains(u.lastMessage, "is the session open now, with changes not saved") {
		t.Errorf("deleting the open session says %q", u.lastMessage)
	}
	tapInDialog(t, u, "Cancel")
}

// TestLibraryEnterOpens: Enter on the selected row opens it.
func TestLibraryEnterOpens(t *testing.T) {
	u, l, dir := libraryUI(t)
	selectSession(t, l, "solo-founder.json")
	u.win.Canvas().Focus(l.table)
	l.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if u.path != filepath.Join(dir, "solo-founder.json") || u.win.Content() == l.view {
		t.Errorf("after Enter, the session is %q, library showing %v", u.path, u.win.Content() == l.view)
	}
}

// TestRecentFollowsTheFiles: a session renamed in the library is renamed
// in Open Recent, one deleted leaves it, and so does one whose file is
// found gone when opened from it.
func TestRecentFollowsTheFiles(t *testing.T) {
	u, l, dir := libraryUI(t)
	acme, solo := filepath.Join(dir, "acme-fractional.json"), filepath.Join(dir, "solo-founder.json")
	u.addRecent(solo)
	u.addRecent(acme)
	selectSession(t, l, "acme-fractional.json")
	test.Tap(l.rename)
	l.nameEntry.SetText("acme-2026")
	test.Tap(l.confirm)
	if got := u.recentFiles(); len(got) != 2 || got[0] != filepath.Join(dir, "acme-2026.json") {
		t.Errorf("after the rename, Open Recent holds %q", got)
	}
	selectSession(t, l, "solo-founder.json")
	test.Tap(l.del)
	test.Tap(l.confirm)
	if got := u.recentFiles(); len(got) != 1 {
		t.Errorf("after the delete, Open Recent holds %q", got)
	}
	gone := filepath.Join(dir, "acme-2026.json")
	if err := os.Remove(gone); err != nil {
		t.Fatal(err)
	}
	u.openRecent(gone)
	if !strings.Contains(u.lastMessage, "not there any more") {
		t.Errorf("opening a file that is gone says %q", u.lastMessage)
	}
	if got := u.recentFiles(); len(got) != 0 {
		t.Errorf("the file that is gone stays in Open Recent: %q", got)
	}
}
