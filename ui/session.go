package ui

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
	"github.com/salesteamadvisor/salesteam/advisor/safefile"
	"github.com/salesteamadvisor/salesteam/advisor/xlsx"
	"github.com/salesteamadvisor/salesteam/assets"
)

const (
	prefRecent = "recent_files"
	maxRecent  = 8
)

// dirty reports whether the session differs from its file. Text typed
// but refused ("abc" for a number) counts: it is work the user would lose
// even though the answers still hold the field's last good value.
func (u *UI) dirty() bool {
	if len(u.inputErr) > 0 {
		return true
	}
	data, err := u.answers.MarshalFile()
	return err != nil || !bytes.Equal(data, u.saved)
}

// setSession replaces the session and shows the step the user expects:
// the named step if it can be shown, else the first step that needs work,
// or the diagnosis when every answer is complete.
func (u *UI) setSession(a advisor.Answers, path string, saved []byte, step string) {
	u.answers, u.path, u.saved = a, path, saved
	u.stampFile()
	u.plan, u.planErr = advisor.Plan{}, nil
	u.simGen++
	clear(u.touched)
	clear(u.visited)
	u.hideNotice()
	u.loadSession()
	i := stepNamed(step)
	if i < 0 || !u.reachable(i) {
		i = stepNamed("company")
		for !steps[i].result && (steps[i].input == 0 || u.blocker(i) == "") && steps[i].name != "review" {
			i++
		}
		if steps[i].name == "review" {
			i = firstResult() // every answer complete: the diagnosis
		}
	}
	// Welcome is done once a session starts; an opened session's answers
	// have been through the steps before the one it opens on.
	u.visited[0] = true
	if u.showAll {
		for j := range i {
			u.visited[j] = true
		}
	}
	u.goTo(i)
}

// whenSaved runs then once the user has saved or discarded unsaved changes;
// it does nothing if they cancel.
func (u *UI) whenSaved(then func()) {
	if !u.dirty() {
		then()
		return
	}
	p := &unsavedPrompt{}
	p.save = widget.NewButton("Save", func() {
		p.d.Hide()
		u.save(then)
	})
	p.save.Importance = widget.HighImportance
	p.discard = widget.NewButton("Don't save", func() { p.d.Hide(); then() })
	p.cancel = widget.NewButton("Cancel", func() { p.d.Hide() })
	text := "Save the changes to " + u.sessionName() + " first?"
	if len(u.inputErr) > 0 {
		text += "\n\nText typed in a field that does not read as an answer is not saved either way;\nCancel to correct it first."
	}
	msg := widget.NewLabel(text)
	p.d = dialog.NewCustomWithoutButtons("Unsaved changes", container.NewVBox(msg, container.NewHBox(p.cancel, p.discard, p.save)), u.win)
	u.withKeys(p.d, p.save.OnTapped, p.d.Hide)
	p.d.Show()
	u.lastMessage = text
	u.unsaved = p
}

// unsavedPrompt asks what to do with unsaved changes; its buttons are kept
// for tests.
type unsavedPrompt struct {
	d                     dialog.Dialog
	save, discard, cancel *widget.Button
}

func (u *UI) sessionName() string {
	if u.path != "" {
		return filepath.Base(u.path)
	}
	if n := strings.TrimSpace(u.answers.Company.Name); n != "" {
		return n
	}
	return "this session"
}

func (u *UI) onNew() {
	u.whenSaved(func() {
		a := newAnswers()
		saved, _ := a.MarshalFile()
		u.showAll = false
		u.setSession(a, "", saved, "company")
	})
}

func (u *UI) onOpen() {
	u.whenSaved(func() {
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil {
				u.showError("The file could not be opened", err)
				return
			}
			if r == nil {
				return // cancelled
			}
			defer r.Close()
			u.openReader(r, r.URI().Path(), true)
		}, u.win)
		d.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
		u.showFileDialog(d)
	})
}

// openRecent opens a session from Open Recent; one whose file is gone
// leaves the list once the user has been told.
func (u *UI) openRecent(path string) {
	u.whenSaved(func() {
		if err := u.openPath(path); errors.Is(err, fs.ErrNotExist) {
			u.renameRecent(path, "")
		}
	})
}

// openPath opens the session at path, replacing the current one, and adds
// it to Open Recent; on error the current session stays as it is.
func (u *UI) openPath(path string) error { return u.openFile(path, true) }

// openFile is openPath; a file opened for the screenshots or a demo
// (SALESTEAM_OPEN) is not one the user chose, and stays out of Open
// Recent (recent false).
func (u *UI) openFile(path string, recent bool) error {
	data, err := advisor.ReadFile(path)
	return u.openData(data, err, path, recent)
}

func (u *UI) openReader(r io.Reader, path string, recent bool) error {
	data, err := advisor.ReadAll(r)
	return u.openData(data, err, path, recent)
}

// openData opens the session read from path, or says why it cannot (err,
// or what is wrong with data), leaving the current session as it is. It
// shows the step the session was saved on.
func (u *UI) openData(data []byte, err error, path string, recent bool) error {
	var a advisor.Answers
	if err == nil {
		a, _, err = advisor.ParseDraft(data)
	}
	if err != nil {
		log.Printf("open %s: %v", path, err)
		u.showMessage("The file could not be opened", filepath.Base(path)+" could not be opened.\n\n"+friendly(err)+
			"\n\nYour current session has not been changed.")
		return err
	}
	saved, _ := a.MarshalFile() // the file may be laid out differently; compare content
	u.showAll = true
	u.setSession(a, path, saved, u.savedStep(path))
	u.checkBaseline()
	if recent {
		u.addRecent(path)
	}
	u.autosave()
	return nil
}

// save saves to the session's file, asking for one if there is none, then
// runs then (if not nil) once saved.
func (u *UI) save(then func()) {
	if u.path == "" {
		u.saveAs(then)
		return
	}
	if u.changedOnDisk(then) {
		return // asked
	}
	if err := u.saveTo(u.path); err != nil {
		u.showSaveError("The session could not be saved", err)
		return
	}
	u.notifySaved()
	if then != nil {
		then()
	}
}

// notifySaved says, briefly, that the session is saved.
func (u *UI) notifySaved() {
	u.notify("Saved to "+filepath.Base(u.path)+".", savedNotice, "", nil)
}

func (u *UI) saveAs(then func()) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError("The session could not be saved", err)
			return
		}
		if w == nil {
			return // cancelled
		}
		path, err := chosenPath(w)
		if err == nil {
			err = u.saveTo(path)
		}
		if err != nil {
			u.showSaveError("The session could not be saved", err)
			return
		}
		u.notifySaved()
		if then != nil {
			then()
		}
	}, u.win)
	d.SetFileName(u.defaultName(".json"))
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
	u.showFileDialog(d)
}

// showFileDialog shows a file dialog in the session's folder (or the last
// one used), as large as the window comfortably allows.
func (u *UI) showFileDialog(d *dialog.FileDialog) {
	dir := ""
	if u.path != "" {
		dir = filepath.Dir(u.path)
	} else if recent := u.recentFiles(); len(recent) > 0 {
		dir = filepath.Dir(recent[0])
	}
	if dir != "" {
		if abs, err := filepath.Abs(dir); err == nil {
			if l, err := storage.ListerForURI(storage.NewFileURI(abs)); err == nil {
				d.SetLocation(l)
			}
		}
	}
	size := u.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(900, size.Width*0.9), min(640, size.Height*0.9)))
	d.Show()
}

// saveTo writes the session to path through safefile: a failure leaves
// the file as it was, a link is written through, the file keeps its mode.
func (u *UI) saveTo(path string) error {
	u.normalize()
	u.recordBaseline()
	data, err := u.answers.MarshalFile()
	if err != nil {
		return err
	}
	if err := u.write(path, func(w io.Writer) error { _, err := w.Write(data); return err }, safefile.Options{}); err != nil {
		return err
	}
	u.path, u.saved = path, data
	u.stampFile()
	u.addRecent(path)
	u.rememberStep(path)
	u.refreshTitle()
	return nil
}

// normalize trims the names in the session, and in the fields showing
// them, as the advisor reads them.
func (u *UI) normalize() {
	n := u.answers.Normalized()
	before, _ := u.answers.MarshalFile()
	after, _ := n.MarshalFile()
	if bytes.Equal(before, after) {
		return
	}
	u.answers = n
	u.loading = true
	for i, s := range u.screens {
		if s != nil {
			u.loadScreen(i, s)
		}
	}
	u.loading = false
	u.validate()
}

// defaultName is a file name from the client's name: "Acme Tools.json".
func (u *UI) defaultName(suffix string) string {
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < ' ' {
			return -1
		}
		return r
	}, strings.TrimSpace(u.answers.Company.Name))
	if name == "" {
		name = "New client"
	}
	return name + suffix
}

func (u *UI) onExport() {
	if u.advise(); u.planErr != nil {
		u.showError("The plan is not ready to export", u.planErr)
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError("The workbook could not be saved", err)
			return
		}
		if w == nil {
			return // cancelled
		}
		path, err := chosenPath(w)
		if err == nil {
			err = u.exportTo(path)
		}
		if err != nil {
			u.showSaveError("The workbook could not be saved", err)
			return
		}
		u.showExported(path)
	}, u.win)
	d.SetFileName(u.defaultName(" hiring plan.xlsx"))
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx"}))
	u.showFileDialog(d)
}

// exportTo writes the plan as an Excel workbook at path, through safefile
// as the command line does: an old workbook survives any failure. The
// dialog has asked before replacing one.
func (u *UI) exportTo(path string) error {
	p := u.exportPlan()
	return u.write(path, func(w io.Writer) error { return xlsx.Write(w, p, xlsx.Options{AppVersion: assets.Version}) }, safefile.Options{})
}

// exportPlan is the plan the workbook shows: with its range, and each
// option's range simulated too, as the command line's is.
func (u *UI) exportPlan() advisor.Plan {
	p := u.planWithRange()
	p.Options.Runs = 0
	return p
}

func (u *UI) recentFiles() []string {
	return u.app.Preferences().StringList(prefRecent)
}

func (u *UI) addRecent(path string) {
	list := slices.DeleteFunc(u.recentFiles(), func(p string) bool { return p == path })
	list = append([]string{path}, list...)
	if len(list) > maxRecent {
		list = list[:maxRecent]
	}
	u.setRecent(list)
}

// renameRecent follows a session renamed from old to path in Open Recent,
// or drops it there if path is "" (deleted, or gone).
func (u *UI) renameRecent(old, path string) {
	same := func(a string) func(string) bool {
		return func(b string) bool { return filepath.Clean(a) == filepath.Clean(b) }
	}
	list := u.recentFiles()
	i := slices.IndexFunc(list, same(old))
	switch {
	case i < 0:
		return
	case path == "":
		list = slices.Delete(list, i, i+1)
	default:
		list[i] = path
		list = slices.Compact(list) // keep one of a name given twice
	}
	u.setRecent(list)
}

// setRecent stores Open Recent's list, and shows it in the menu and on
// the Welcome screen.
func (u *UI) setRecent(list []string) {
	u.app.Preferences().SetStringList(prefRecent, list)
	u.refreshRecentMenu()
	if w := u.screens[0]; w != nil {
		w.load()
	}
}

// autosave keeps the work in progress in this instance's autosave; the
// next start offers it back if the app did not close cleanly.
func (u *UI) autosave() {
	if u.autosaves == nil || !u.dirty() {
		return
	}
	data, err := u.answers.MarshalFile()
	if err == nil {
		data, err = json.Marshal(autosaved{Path: u.path, Step: u.step, StepName: steps[u.step].name, Answers: data})
	}
	if err == nil {
		err = u.autosaves.save(func(w io.Writer) error { _, err := w.Write(data); return err })
	}
	if err != nil {
		log.Printf("autosave: %v", err)
	}
}

// offerRestore asks whether to bring back the work of an instance that
// did not close properly: the newest such autosave, one per start. An
// autosave that cannot be read whole is set aside, never deleted; what
// can be read of it is offered. It returns the dialog, or nil when there
// is nothing to restore.
func (u *UI) offerRestore() *restoreDialog {
	if u.autosaves == nil {
		return nil
	}
	orphans := u.autosaves.orphans()
	if len(orphans) == 0 {
		return nil
	}
	o := orphans[0]
	for _, other := range orphans[1:] {
		other.release() // offered at a later start
	}
	as, a, damage := readAutosave(o.path)
	note := ""
	if damage != nil {
		log.Printf("autosave %s: %v", o.path, damage)
		aside, err := o.setAside()
		kept := "It is kept as " + filepath.Base(aside) + " in " + filepath.Dir(aside) + "."
		if err != nil {
			kept = "It could not be set aside (" + err.Error() + ") and stays as " + aside + "."
		}
		if a == nil {
			u.showMessage("Unsaved work could not be restored", "Sales Team Advisor did not close properly last time, and the work it had saved "+
				"could not be read.\n\n"+friendly(damage)+"\n\n"+kept)
			return nil
		}
		note = "\n\nPart of it could not be read: " + strings.TrimSuffix(errText(damage), ".") + ".\nWhat could be read is offered; check it before saving.\n" + kept
		o = nil // set aside: nothing left to delete
	}
	return u.showRestore(as, *a, o, note)
}

// showRestore offers to restore a; o is the autosave to delete once the
// user has chosen (nil if it was set aside).
func (u *UI) showRestore(as autosaved, a advisor.Answers, o *orphan, note string) *restoreDialog {
	done := func() {
		if o != nil {
			o.discard()
		}
	}
	r := &restoreDialog{}
	name := strings.TrimSpace(a.Company.Name)
	if name == "" {
		name = "an unnamed client"
	}
	msg := widget.NewLabel(fmt.Sprintf("Sales Team Advisor did not close properly last time.\nRestore the unsaved work on %s?", name) + note)
	msg.Wrapping = fyne.TextWrapWord
	r.restore = widget.NewButton("Restore", func() {
		r.d.Hide()
		u.showAll = true
		u.setSession(a, as.Path, savedBytes(as.Path), as.stepName()) // autosaves it as this instance's work
		u.refreshTitle()
		done()
	})
	r.restore.Importance = widget.HighImportance
	r.discard = widget.NewButton("Discard", func() { r.d.Hide(); done() })
	r.d = dialog.NewCustomWithoutButtons("Restore unsaved work?", container.NewVBox(widthOf(460, msg), container.NewHBox(r.discard, r.restore)), u.win)
	u.withKeys(r.d, r.restore.OnTapped, r.d.Hide)
	r.d.Show()
	u.lastMessage = msg.Text
	return r
}

// restoreDialog is the restore offer, with its buttons kept for tests.
type restoreDialog struct {
	d                dialog.Dialog
	restore, discard *widget.Button
}

// start runs once the window is up: the restore offer, then a session or
// step named in the environment (used by the screenshot script).
func (u *UI) start() {
	if u.offerRestore() != nil {
		return
	}
	u.openFromEnv()
}

func (u *UI) onClose() {
	u.whenSaved(func() {
		u.saveWindowSize()
		u.closeAutosave()
		u.win.Close()
	})
}

func (u *UI) onQuit() {
	u.whenSaved(func() {
		u.saveWindowSize()
		u.closeAutosave()
		u.app.Quit()
	})
}

// closeAutosave drops this instance's autosave as it closes cleanly.
func (u *UI) closeAutosave() {
	if u.autosaves != nil {
		u.autosaves.close()
	}
}

// showError logs err and shows it in words an owner understands.
func (u *UI) showError(title string, err error) {
	log.Printf("%s: %v", title, err)
	u.showMessage(title, friendly(err))
}

// showSaveError says why a save failed, and that nothing was lost: every
// save goes through safefile, which leaves the old file as it was.
func (u *UI) showSaveError(title string, err error) {
	log.Printf("%s: %v", title, err)
	u.showMessage(title, friendly(err)+"\n\nThe file on disk has not been changed, and your work is still here: "+
		"try again, or save it somewhere else.")
}

// showMessage shows text in a dialog that Enter or Escape closes.
func (u *UI) showMessage(title, text string) {
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(title, "OK", widthOf(460, msg), u.win)
	u.withKeys(d, d.Hide, d.Hide)
	d.Show()
	u.lastMessage = text
}

// withKeys has Enter run enter and Escape run escape while d is shown.
func (u *UI) withKeys(d dialog.Dialog, enter, escape func()) {
	c := u.win.Canvas()
	prev := c.OnTypedKey()
	c.SetOnTypedKey(func(k *fyne.KeyEvent) {
		switch k.Name {
		case fyne.KeyReturn, fyne.KeyEnter:
			enter()
		case fyne.KeyEscape:
			escape()
		default:
			if prev != nil {
				prev(k)
			}
		}
	})
	d.SetOnClosed(func() { c.SetOnTypedKey(prev) })
}

const (
	prefWidth  = "window_width"
	prefHeight = "window_height"
)

// restoreWindowSize gives the window the size it had when last closed.
func (u *UI) restoreWindowSize() {
	p := u.app.Preferences()
	w, h := p.FloatWithFallback(prefWidth, 1100), p.FloatWithFallback(prefHeight, 760)
	u.win.Resize(fyne.NewSize(float32(max(w, 400)), float32(max(h, 300))))
}

func (u *UI) saveWindowSize() {
	size := u.win.Canvas().Size()
	u.app.Preferences().SetFloat(prefWidth, float64(size.Width))
	u.app.Preferences().SetFloat(prefHeight, float64(size.Height))
}

// friendly turns an error into a sentence for a business owner.
func friendly(err error) string {
	var ve *advisor.ValidationError
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "The file is not there any more; it may have been moved or deleted."
	case errors.Is(err, os.ErrPermission):
		return "The app is not allowed to use this file or folder. Check that you can open it, or choose another folder.\n\n(" + err.Error() + ")"
	case errors.Is(err, syscall.ENOSPC):
		return "The disk is full. Make room on it, or choose another disk.\n\n(" + err.Error() + ")"
	case errors.Is(err, safefile.ErrIsDir):
		return "There is a folder of that name. Choose another name."
	case errors.Is(err, advisor.ErrTooLarge):
		return "The file is too large to be a session (at most " + strconv.Itoa(advisor.MaxFileSize>>10) + " KiB)."
	case errors.As(err, &ve):
		lines := []string{"What is wrong:"}
		for _, p := range ve.Problems {
			lines = append(lines, "•  "+p.Text())
		}
		return strings.Join(lines, "\n")
	}
	return "What is wrong: " + err.Error()
}

// prefSteps remembers the step each session file was saved on, as
// "step\tpath", newest first, so that it reopens there.
const prefSteps = "session_steps"

// rememberStep records the current step as the one path was saved on.
func (u *UI) rememberStep(path string) {
	list := []string{steps[u.step].name + "\t" + path}
	for _, e := range u.app.Preferences().StringList(prefSteps) {
		if _, p, _ := strings.Cut(e, "\t"); p != path && len(list) < 4*maxRecent {
			list = append(list, e)
		}
	}
	u.app.Preferences().SetStringList(prefSteps, list)
}

// savedStep is the step path was last saved on, or "".
func (u *UI) savedStep(path string) string {
	for _, e := range u.app.Preferences().StringList(prefSteps) {
		if step, p, _ := strings.Cut(e, "\t"); p == path {
			return step
		}
	}
	return ""
}

// showExported says where the workbook is, and offers to open it or the
// folder it is in.
func (u *UI) showExported(path string) {
	msg := widget.NewLabel("The hiring plan is in " + filepath.Base(path) + ", in " + filepath.Dir(path) + ".")
	msg.Wrapping = fyne.TextWrapWord
	var d dialog.Dialog
	open := func(p string) func() {
		return func() {
			d.Hide()
			if err := u.openURL(fileURL(p)); err != nil {
				u.showError("The file could not be opened", err)
			}
		}
	}
	workbook := widget.NewButtonWithIcon("Open the workbook", theme.FileIcon(), open(path))
	workbook.Importance = widget.HighImportance
	folder := widget.NewButtonWithIcon("Open its folder", theme.FolderOpenIcon(), open(filepath.Dir(path)))
	done := widget.NewButton("Done", func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons("Plan exported", container.NewVBox(widthOf(460, msg), container.NewHBox(done, folder, workbook)), u.win)
	u.withKeys(d, workbook.OnTapped, d.Hide)
	d.Show()
	u.lastMessage = msg.Text
	u.exported = &exportedDialog{d: d, workbook: workbook, folder: folder}
}

// exportedDialog is the notice after an export, its buttons kept for tests.
type exportedDialog struct {
	d                dialog.Dialog
	workbook, folder *widget.Button
}

// fileURL is the file: URL of a path, for the system to open.
func fileURL(path string) *url.URL {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	return &url.URL{Scheme: "file", Path: abs}
}
