package ui

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
	"github.com/salesteamadvisor/salesteam/advisor/xlsx"
	"github.com/salesteamadvisor/salesteam/assets"
)

const (
	prefRecent = "recent_files"
	maxRecent  = 8
)

// dirty reports whether the session differs from its file.
func (u *UI) dirty() bool {
	data, err := u.answers.MarshalFile()
	return err != nil || !bytes.Equal(data, u.saved)
}

// setSession replaces the session and shows the step the user expects:
// step if it can be shown (-1 for none), else the first step that needs
// work, or the diagnosis when every answer is complete.
func (u *UI) setSession(a advisor.Answers, path string, saved []byte, step int) {
	u.answers, u.path, u.saved = a, path, saved
	u.plan, u.planErr = advisor.Plan{}, nil
	clear(u.touched)
	u.loadSession()
	u.welcome.load()
	if step < 0 || step >= stepCount || !u.reachable(step) {
		step = stepCompany
		for step < stepDiagnosis && u.blocker(step) == "" {
			step++
		}
	}
	u.goTo(step)
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
	msg := widget.NewLabel("Save the changes to " + u.sessionName() + " first?")
	p.d = dialog.NewCustomWithoutButtons("Unsaved changes", container.NewVBox(msg, container.NewHBox(p.cancel, p.discard, p.save)), u.win)
	u.withKeys(p.d, p.save.OnTapped, p.d.Hide)
	p.d.Show()
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
		u.setSession(a, "", saved, stepCompany)
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
			u.openReader(r, r.URI().Path())
		}, u.win)
		d.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
		u.showFileDialog(d)
	})
}

func (u *UI) openRecent(path string) { u.whenSaved(func() { u.openPath(path) }) }

// openPath opens the session at path, replacing the current one; on error
// the current session stays as it is.
func (u *UI) openPath(path string) error {
	f, err := os.Open(path)
	if err != nil {
		log.Printf("open %s: %v", path, err)
		u.showMessage("The file could not be opened", filepath.Base(path)+" could not be opened.\n\n"+friendly(err)+
			"\n\nYour current session has not been changed.")
		return err
	}
	defer f.Close()
	return u.openReader(f, path)
}

func (u *UI) openReader(r io.Reader, path string) error {
	data, err := io.ReadAll(io.LimitReader(r, advisor.MaxFileSize+1))
	if err == nil && len(data) > advisor.MaxFileSize {
		err = advisor.ErrTooLarge
	}
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
	u.setSession(a, path, saved, -1)
	u.addRecent(path)
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
	if err := u.saveTo(u.path); err != nil {
		u.showError("The session could not be saved", err)
		return
	}
	if then != nil {
		then()
	}
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
		path := w.URI().Path()
		w.Close() // saveTo replaces the file atomically
		if err := u.saveTo(path); err != nil {
			u.showError("The session could not be saved", err)
			return
		}
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

// saveTo writes the session to path through a temporary file and a rename,
// so that a crash never leaves half a file.
func (u *UI) saveTo(path string) error {
	u.normalize()
	data, err := u.answers.MarshalFile()
	if err != nil {
		return err
	}
	if err := writeAtomic(path, data, true); err != nil {
		return err
	}
	u.path, u.saved = path, data
	u.addRecent(path)
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
	u.company.name.SetText(n.Company.Name)
	for i, r := range u.people.rows {
		r.name.SetText(n.People[i].Name)
		r.title.SetText(n.People[i].Title)
	}
	u.budget.load()
	u.loading = false
	u.validate()
}

// writeAtomic writes data to a temporary file beside path and renames it
// over path; with durable, the data reach the disk before the rename.
func writeAtomic(path string, data []byte, durable bool) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op once renamed
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if durable {
		if err := tmp.Sync(); err != nil {
			tmp.Close()
			return err
		}
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
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
		if err := u.exportTo(w); err != nil {
			u.showError("The workbook could not be saved", err)
			return
		}
		u.showMessage("Plan exported", "The hiring plan is in "+w.URI().Path()+".")
	}, u.win)
	d.SetFileName(u.defaultName(" hiring plan.xlsx"))
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx"}))
	u.showFileDialog(d)
}

// exportTo writes the plan as an Excel workbook and closes w.
func (u *UI) exportTo(w io.WriteCloser) error {
	err := xlsx.Write(w, u.plan, xlsx.Options{AppVersion: assets.Version})
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	return err
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
	u.app.Preferences().SetStringList(prefRecent, list)
	u.refreshRecentMenu()
	u.welcome.load()
}

// autosaved is the autosave file: the session with its file and the step
// the user was on, so that a restore picks up where they left off.
type autosaved struct {
	Path    string          `json:"path,omitempty"`
	Step    int             `json:"step"`
	Answers json.RawMessage `json:"answers"`
}

// autosave keeps the work in progress in the app's storage; the next start
// offers it back if the app did not close cleanly.
func (u *UI) autosave() {
	if u.autosavePath == "" || !u.dirty() {
		return
	}
	data, err := u.answers.MarshalFile()
	if err == nil {
		data, err = json.Marshal(autosaved{Path: u.path, Step: u.step, Answers: data})
	}
	if err == nil {
		err = writeAtomic(u.autosavePath, data, false) // every edit: no fsync
	}
	if err != nil {
		log.Printf("autosave: %v", err)
	}
}

func (u *UI) dropAutosave() {
	if u.autosavePath != "" {
		if err := os.Remove(u.autosavePath); err != nil && !errors.Is(err, os.ErrNotExist) {
			log.Printf("autosave: %v", err)
		}
	}
}

// offerRestore asks whether to bring back work autosaved before a crash.
// It returns the dialog, or nil when there is nothing to restore.
func (u *UI) offerRestore() *restoreDialog {
	if u.autosavePath == "" {
		return nil
	}
	data, err := os.ReadFile(u.autosavePath)
	if err != nil {
		return nil
	}
	var as autosaved
	if json.Unmarshal(data, &as) != nil || as.Answers == nil {
		as = autosaved{Answers: data, Step: -1} // an answers file, as autosaved before
	}
	a, _, err := advisor.ParseDraft(as.Answers)
	if err != nil {
		log.Printf("autosave unreadable, dropped: %v", err)
		u.dropAutosave()
		return nil
	}
	r := &restoreDialog{}
	name := strings.TrimSpace(a.Company.Name)
	if name == "" {
		name = "an unnamed client"
	}
	msg := widget.NewLabel(fmt.Sprintf("Sales Team Advisor did not close properly last time.\nRestore the unsaved work on %s?", name))
	r.restore = widget.NewButton("Restore", func() {
		r.d.Hide()
		u.showAll = true
		u.setSession(a, as.Path, savedBytes(as.Path), as.Step)
		u.refreshTitle()
	})
	r.restore.Importance = widget.HighImportance
	r.discard = widget.NewButton("Discard", func() { r.d.Hide(); u.dropAutosave() })
	r.d = dialog.NewCustomWithoutButtons("Restore unsaved work?", container.NewVBox(msg, container.NewHBox(r.discard, r.restore)), u.win)
	u.withKeys(r.d, r.restore.OnTapped, r.d.Hide)
	r.d.Show()
	return r
}

// savedBytes is what the session's file holds, to tell restored changes
// from what is saved; a new session's bytes if there is no such file.
func savedBytes(path string) []byte {
	if path != "" {
		if data, err := os.ReadFile(path); err == nil {
			if a, _, err := advisor.ParseDraft(data); err == nil {
				b, _ := a.MarshalFile()
				return b
			}
		}
	}
	b, _ := newAnswers().MarshalFile()
	return b
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
		u.dropAutosave()
		u.win.Close()
	})
}

func (u *UI) onQuit() {
	u.whenSaved(func() {
		u.saveWindowSize()
		u.dropAutosave()
		u.app.Quit()
	})
}

// showError logs err and shows it in words an owner understands.
func (u *UI) showError(title string, err error) {
	log.Printf("%s: %v", title, err)
	u.showMessage(title, friendly(err))
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
		return "The app is not allowed to use this file. Check that you can open it, or choose another folder."
	case errors.As(err, &ve):
		lines := []string{"What is wrong:"}
		for _, p := range ve.Problems {
			lines = append(lines, "•  "+p.Text())
		}
		return strings.Join(lines, "\n")
	}
	return "What is wrong: " + err.Error()
}
