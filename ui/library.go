package ui

import (
	"errors"
	"fmt"
	"log"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
	"github.com/salesteamadvisor/salesteam/advisor/library"
)

// prefLibrary is the folder the client library shows.
const prefLibrary = "library_folder"

// libraryScreen is the client library: the sessions in a folder the user
// picks, with their advice, a search, and what a consultant does with
// them (open, duplicate, rename, delete to the trash and restore). It
// takes the whole window while it shows, and gives it back to the wizard
// as it closes. The library package does the work; this screen shows it.
type libraryScreen struct {
	u        *UI
	lib      *library.Library // nil until a folder is chosen
	entries  []library.Entry  // the folder's sessions, as last listed
	shown    []library.Entry  // those the search matches
	selected string           // the selected session's file name, or ""

	folder  *widget.Label
	search  *widget.Entry
	table   *libraryTable
	status  *widget.Label
	choose  *widget.Button
	refresh *widget.Button
	open    *widget.Button
	dup     *widget.Button
	rename  *widget.Button
	del     *widget.Button
	trash   *widget.Button
	back    *widget.Button
	view    fyne.CanvasObject
	showing bool
	// wizard and wizardKey are the window's content and key handler
	// while the library shows, given back as it closes.
	wizard    fyne.CanvasObject
	wizardKey func(*fyne.KeyEvent)

	// The last dialogs shown, kept for tests.
	nameEntry *widget.Entry  // the name asked for by Duplicate, Rename or Restore as
	trashList *widget.List   // the trash dialog's list
	confirm   *widget.Button // the dialog's button that goes ahead
}

// libraryColumns are the table's columns: a header and a width, in text
// sizes. The recommendation (width 0) takes the width the others leave,
// at least recommendationWidth; the file name comes last, the column a
// small window scrolls to.
var libraryColumns = []struct {
	title string
	width float32
}{
	{"Client", 10.5}, {"Last change", 9}, {"Recommendation", 0}, {"Role clarity", 6},
	{"Year-1 cost", 6.5}, {"Confidence", 6}, {"File", 12},
}

const (
	recommendationCol   = 2
	recommendationWidth = 16
)

func newLibraryScreen(u *UI) *libraryScreen {
	l := &libraryScreen{u: u}
	l.folder = widget.NewLabel("")
	l.folder.Truncation = fyne.TextTruncateEllipsis
	l.choose = widget.NewButtonWithIcon("Choose folder…", theme.FolderOpenIcon(), l.onChoose)
	l.refresh = widget.NewButtonWithIcon("Refresh", theme.ViewRefreshIcon(), func() { l.reload() })
	l.search = widget.NewEntry()
	l.search.SetPlaceHolder("Search by client or file name")
	l.search.OnChanged = func(string) { l.filter() }
	l.search.OnSubmitted = func(string) { l.onEnter() }
	l.status = widget.NewLabel("")
	l.status.Wrapping = fyne.TextWrapWord
	l.table = &libraryTable{onEnter: l.onEnter}
	l.table.Length = func() (int, int) { return len(l.shown), len(libraryColumns) }
	l.table.CreateCell = func() fyne.CanvasObject {
		c := widget.NewLabel("")
		c.Truncation = fyne.TextTruncateEllipsis
		return c
	}
	l.table.UpdateCell = l.updateCell
	l.table.ShowHeaderRow = true
	l.table.ExtendBaseWidget(l.table)
	l.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		h := o.(*widget.Label)
		h.TextStyle.Bold = true
		if id.Col >= 0 {
			h.SetText(libraryColumns[id.Col].title)
		}
	}
	l.table.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(l.shown) {
			l.selected = l.shown[id.Row].Name
		}
		l.showStatus()
		l.refreshButtons()
	}
	l.open = widget.NewButtonWithIcon("Open", theme.FileIcon(), l.onOpen)
	l.open.Importance = widget.HighImportance
	l.dup = widget.NewButtonWithIcon("Duplicate…", theme.ContentCopyIcon(), l.onDuplicate)
	l.rename = widget.NewButtonWithIcon("Rename…", theme.DocumentCreateIcon(), l.onRename)
	l.del = widget.NewButtonWithIcon("Delete…", theme.DeleteIcon(), l.onDelete)
	l.trash = widget.NewButtonWithIcon("Trash…", theme.HistoryIcon(), l.onTrash)
	l.back = widget.NewButtonWithIcon("Back to the session", theme.NavigateBackIcon(), l.close)
	top := container.NewVBox(
		heading("Client library", "Every session in a folder, with its advice. Open one, or duplicate it as a template for the next client."),
		container.NewBorder(nil, nil, nil, container.NewHBox(l.refresh, l.choose), l.folder),
		l.search,
	)
	buttons := container.NewBorder(nil, nil, l.back, container.NewHBox(l.trash, l.del, l.rename, l.dup, l.open))
	bottom := container.NewVBox(l.status, widget.NewSeparator(), buttons)
	l.view = container.NewPadded(container.NewBorder(top, bottom, nil, nil, container.New(columnsLayout{l}, l.table)))
	l.refreshButtons()
	return l
}

// libraryTable is the table of sessions; Enter opens the selected one,
// as a double click would elsewhere (Fyne's tables take no double click).
type libraryTable struct {
	widget.Table
	onEnter func()
}

// TypedKey opens the highlighted session with Enter; the table takes the
// other keys.
func (t *libraryTable) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter {
		t.Table.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace}) // select the highlighted row
		t.onEnter()
		return
	}
	t.Table.TypedKey(k)
}

// columnsLayout gives the table the space and its columns their widths,
// in proportion to the text size: the recommendation takes what the
// others leave, down to a minimum, past which the table scrolls.
type columnsLayout struct{ l *libraryScreen }

func (c columnsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	em := theme.TextSize()
	rest := size.Width - theme.ScrollBarSize() - 2*theme.Padding()
	for i, col := range libraryColumns {
		if i != recommendationCol {
			c.l.table.SetColumnWidth(i, col.width*em)
			rest -= col.width*em + theme.Padding()
		}
	}
	c.l.table.SetColumnWidth(recommendationCol, max(recommendationWidth*em, rest))
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}

func (c columnsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return objs[0].MinSize()
}

// libraryCells are the texts of an entry's row, column by column.
func libraryCells(e library.Entry) []string {
	client := e.Client
	if client == "" {
		client = "(no name)"
	}
	changed := changedText(e.Modified, time.Now())
	switch e.Status {
	case library.Damaged:
		return []string{"Damaged", changed, "Cannot be opened: " + oneLine(e.Err), "", "", "", e.Name}
	case library.Incomplete:
		return []string{client, changed, "Not finished: " + oneLine(e.Err), "", "", "", e.Name}
	}
	return []string{client, changed, e.Headline, strconv.Itoa(e.Score) + " / 100",
		advisor.Money(e.Year1, e.Currency), string(e.Confidence), e.Name}
}

// changedText says when a file changed, as briefly as is clear: the
// time today, the day this year, else the date.
func changedText(t, now time.Time) string {
	t, now = t.Local(), now.Local()
	switch {
	case t.IsZero():
		return ""
	case t.YearDay() == now.YearDay() && t.Year() == now.Year():
		return "Today, " + t.Format("15:04")
	case t.Year() == now.Year():
		return t.Format("2 Jan, 15:04")
	}
	return t.Format("2 Jan 2006")
}

// oneLine is an error's text on one line, for a table cell.
func oneLine(err error) string {
	if err == nil {
		return ""
	}
	return strings.Join(strings.Fields(err.Error()), " ")
}

func (l *libraryScreen) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*widget.Label)
	if id.Row < 0 || id.Row >= len(l.shown) {
		return
	}
	e := l.shown[id.Row]
	c.Importance = widget.MediumImportance
	switch {
	case e.Status == library.Damaged:
		c.Importance = widget.DangerImportance
	case e.Status == library.Incomplete && id.Col == 2:
		c.Importance = widget.WarningImportance
	}
	text := libraryCells(e)[id.Col]
	open := l.isOpen(e)
	if open && id.Col == 0 {
		text += " (open)"
	}
	if c.TextStyle.Bold != open {
		c.TextStyle.Bold = open
		c.Refresh()
	}
	c.SetText(text)
}

// isOpen reports whether e is the session open in the wizard.
func (l *libraryScreen) isOpen(e library.Entry) bool {
	return l.u.path != "" && filepath.Clean(e.Path) == filepath.Clean(l.u.path)
}

// showLibrary puts the client library in the window, in the folder last
// used (or the current session's).
func (u *UI) showLibrary() {
	if u.library == nil {
		u.library = newLibraryScreen(u)
	}
	l := u.library
	if !l.showing {
		l.showing = true
		l.wizard, l.wizardKey = u.win.Content(), u.win.Canvas().OnTypedKey()
		u.win.SetContent(l.view)
		u.win.Canvas().SetOnTypedKey(l.onKey)
	}
	dir := u.app.Preferences().String(prefLibrary)
	if dir == "" && u.path != "" {
		dir = filepath.Dir(u.path)
	}
	l.setFolder(dir)
	u.win.Canvas().Focus(l.search)
}

// closeLibrary gives the window back to the wizard, if the library shows.
func (u *UI) closeLibrary() {
	if u.library != nil {
		u.library.close()
	}
}

func (l *libraryScreen) close() {
	if !l.showing {
		return
	}
	l.showing = false
	l.u.win.SetContent(l.wizard)
	l.u.win.Canvas().SetOnTypedKey(l.wizardKey)
}

// onKey: Escape goes back to the session, Enter opens the selected one,
// F5 reads the folder again (a colleague may have saved a session in it).
func (l *libraryScreen) onKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyEscape:
		l.close()
	case fyne.KeyF5:
		l.reload()
	case fyne.KeyReturn, fyne.KeyEnter:
		l.onEnter()
	}
}

// onEnter opens the selected session, if it can be opened.
func (l *libraryScreen) onEnter() {
	if !l.open.Disabled() {
		l.onOpen()
	}
}

// setFolder shows the sessions in dir.
func (l *libraryScreen) setFolder(dir string) {
	if dir == "" {
		l.lib = nil
		l.folder.SetText("No folder chosen yet: choose the folder that holds your sessions.")
		l.entries, l.selected = nil, ""
		l.filter()
		return
	}
	if l.lib == nil || l.lib.Dir() != dir {
		l.lib = library.New(dir, l.u.options())
		l.selected = ""
	}
	l.folder.SetText("Folder: " + dir)
	l.reload()
}

// reload lists the folder again, away from the main goroutine: 500
// sessions take a fraction of a second the first time, and only the
// changed files are read after that.
func (l *libraryScreen) reload() {
	lib := l.lib
	if lib == nil {
		return
	}
	l.status.SetText("Reading the folder…")
	var entries []library.Entry
	var err error
	l.u.async(func() { entries, err = lib.List() }, func() {
		if lib != l.lib {
			return // another folder was chosen meanwhile
		}
		if err != nil {
			log.Printf("library %s: %v", lib.Dir(), err)
			l.entries = nil
			l.filter()
			l.status.SetText("The folder could not be read. " + friendly(err))
			return
		}
		l.entries = entries
		l.filter()
	})
}

// filter shows the sessions the search matches, keeping the selection
// if it still shows.
func (l *libraryScreen) filter() {
	l.shown = library.Search(l.entries, l.search.Text)
	l.table.UnselectAll()
	row := l.row(l.selected)
	if row < 0 {
		l.selected = ""
	}
	l.table.Refresh()
	if row >= 0 {
		l.table.Select(widget.TableCellID{Row: row, Col: 0})
	}
	l.showStatus()
	l.refreshButtons()
}

// showStatus counts the sessions, or says in full what is wrong with the
// selected one, which its row may cut short.
func (l *libraryScreen) showStatus() {
	e, ok := l.current()
	switch {
	case ok && e.Status == library.Damaged:
		l.status.SetText(e.Name + " cannot be opened. " + friendly(e.Err))
	case ok && e.Status == library.Incomplete:
		l.status.SetText(e.Name + " is not finished: " + oneLine(e.Err) + ". Open it to carry on.")
	default:
		l.status.SetText(l.summary())
	}
}

// row is the row showing the session called name, or -1.
func (l *libraryScreen) row(name string) int {
	for i, e := range l.shown {
		if e.Name == name && name != "" {
			return i
		}
	}
	return -1
}

// summary counts the sessions, and those that need attention.
func (l *libraryScreen) summary() string {
	if l.lib == nil {
		return ""
	}
	damaged, incomplete := 0, 0
	for _, e := range l.entries {
		switch e.Status {
		case library.Damaged:
			damaged++
		case library.Incomplete:
			incomplete++
		}
	}
	s := fmt.Sprintf("%d %s", len(l.entries), plural(len(l.entries), "session", "sessions"))
	if len(l.shown) != len(l.entries) {
		s = fmt.Sprintf("%d of %s match the search", len(l.shown), s)
	}
	if damaged > 0 {
		s += fmt.Sprintf("; %d damaged (they cannot be opened: the row says why)", damaged)
	}
	if incomplete > 0 {
		s += fmt.Sprintf("; %d not finished", incomplete)
	}
	return s + "."
}

func (l *libraryScreen) refreshButtons() {
	e, ok := l.current()
	for _, b := range []*widget.Button{l.open, l.dup, l.rename, l.del} {
		b.Disable()
	}
	for _, b := range []*widget.Button{l.trash, l.refresh} {
		if l.lib != nil {
			b.Enable()
		} else {
			b.Disable()
		}
	}
	if !ok {
		return
	}
	l.rename.Enable()
	l.del.Enable()
	if e.Status != library.Damaged {
		l.open.Enable()
		l.dup.Enable()
	}
}

// current is the selected session.
func (l *libraryScreen) current() (library.Entry, bool) {
	if i := l.row(l.selected); i >= 0 {
		return l.shown[i], true
	}
	return library.Entry{}, false
}

func (l *libraryScreen) onChoose() {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			l.u.showError("The folder could not be opened", err)
			return
		}
		if dir == nil {
			return // cancelled
		}
		if dir.Scheme() != "file" {
			l.u.showMessage("The folder could not be opened", "Choose a folder on this computer.")
			return
		}
		l.u.app.Preferences().SetString(prefLibrary, dir.Path())
		l.setFolder(dir.Path())
	}, l.u.win)
	if l.lib != nil {
		if lister, err := storage.ListerForURI(storage.NewFileURI(l.lib.Dir())); err == nil {
			d.SetLocation(lister)
		}
	}
	size := l.u.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(900, size.Width*0.9), min(640, size.Height*0.9)))
	d.Show()
}

// onOpen opens the selected session as File ▸ Open does (unsaved
// changes asked about first, then Open Recent and the autosave), and
// goes back to the wizard.
func (l *libraryScreen) onOpen() {
	e, ok := l.current()
	if !ok {
		return
	}
	l.u.whenSaved(func() {
		if l.u.openPath(e.Path) == nil {
			l.close()
		}
	})
}

func (l *libraryScreen) onDuplicate() {
	e, ok := l.current()
	if !ok {
		return
	}
	hint := library.CopyPrefix + e.Client
	l.askName("Duplicate "+e.Name, "The copy keeps the people, their roles and week, the numbers, symptoms, budget, "+
		"assumptions and scenarios, as a template for the next client. It leaves out this client's name and recorded decision.\n\n"+
		"The new client's name:", "", hint, "Duplicate", func(client string) error {
		name, err := l.lib.Duplicate(e.Name, "", client)
		if err == nil {
			l.selected = name
			l.reload()
		}
		return err
	})
}

func (l *libraryScreen) onRename() {
	e, ok := l.current()
	if !ok {
		return
	}
	text := "The new file name:"
	if l.isOpen(e) {
		text = l.openNote(e, "The session follows its file to the new name.") + "\n\n" + text
	}
	l.askName("Rename "+e.Name, text, strings.TrimSuffix(e.Name, filepath.Ext(e.Name)), "", "Rename", func(typed string) error {
		name, err := l.lib.Rename(e.Name, typed)
		if err != nil {
			return err
		}
		path := filepath.Join(l.lib.Dir(), name)
		l.u.renameRecent(e.Path, path)
		if l.isOpen(e) { // the open session follows its file
			l.u.path = path
			l.u.stamp, _ = library.StampFile(l.u.path)
			l.u.refreshTitle()
		}
		l.selected = name
		l.reload()
		return nil
	})
}

func (l *libraryScreen) onDelete() {
	e, ok := l.current()
	if !ok {
		return
	}
	text := "Move " + e.Name + " to the trash?\n\nIt goes to the " + library.TrashDir + " folder inside " + l.lib.Dir() +
		"; Trash… brings it back."
	if l.isOpen(e) {
		text += "\n\n" + l.openNote(e, "It stays open; saving it puts its file back.")
	}
	msg := wrapped(text)
	var d dialog.Dialog
	l.confirm = widget.NewButtonWithIcon("Move to the trash", theme.DeleteIcon(), func() {
		d.Hide()
		if err := l.lib.Delete(e.Name); err != nil {
			l.u.showError("The session could not be moved to the trash", err)
		} else {
			l.u.renameRecent(e.Path, "")
		}
		l.reload()
	})
	l.confirm.Importance = widget.DangerImportance
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons("Delete "+e.Name+"?", container.NewVBox(widthOf(460, msg), container.NewHBox(cancel, l.confirm)), l.u.win)
	l.u.withKeys(d, l.confirm.OnTapped, d.Hide)
	d.Show()
	l.u.lastMessage = msg.Text
}

// openNote warns that e is the session open in the wizard, and whether
// it has changes not saved; then says what happens to it.
func (l *libraryScreen) openNote(e library.Entry, then string) string {
	note := e.Name + " is the session open now"
	if l.u.dirty() {
		note += ", with changes not saved yet"
	}
	return note + ". " + then
}

// onTrash shows the trash, each session with a Restore button.
func (l *libraryScreen) onTrash() {
	items, err := l.lib.Trash()
	if err != nil {
		l.u.showError("The trash could not be read", err)
		return
	}
	if len(items) == 0 {
		l.u.showMessage("The trash is empty", "Sessions you delete from the library go to the "+library.TrashDir+
			" folder inside "+l.lib.Dir()+", and can be restored from here.")
		return
	}
	var d dialog.Dialog
	l.trashList = widget.NewList(func() int { return len(items) },
		func() fyne.CanvasObject {
			name := widget.NewLabel("")
			name.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, nil, widget.NewButtonWithIcon("Restore", theme.ContentUndoIcon(), nil), name)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			it := items[i]
			c.Objects[0].(*widget.Label).SetText(it.Name + "  —  deleted " + it.Deleted.Local().Format("2 Jan 2006 15:04"))
			c.Objects[1].(*widget.Button).OnTapped = func() { d.Hide(); l.restore(it, "") }
		})
	d = dialog.NewCustom("Trash", "Close", container.NewGridWrap(fyne.NewSize(560*theme.TextSize()/14, 320*theme.TextSize()/14), l.trashList), l.u.win)
	d.Show()
}

// restore brings it back under typed ("" for its own name), asking for
// another name when a session already has it.
func (l *libraryScreen) restore(it library.Trashed, typed string) {
	name, err := l.lib.Restore(it.ID, typed)
	switch {
	case errors.Is(err, library.ErrExists):
		base := strings.TrimSuffix(it.Name, filepath.Ext(it.Name))
		l.askName("Restore "+it.Name, "A session called "+it.Name+" is already in the folder, and restoring never replaces one.\n\n"+
			"Restore it as:", base+" (restored)", "", "Restore", func(typed string) error {
			name, err := l.lib.Restore(it.ID, typed)
			if err == nil {
				l.selected = name
				l.reload()
			}
			return err
		})
	case err != nil:
		l.u.showError("The session could not be restored", err)
	default:
		l.selected = name
		l.reload()
	}
}

// askName asks for a name in a dialog and runs do with it; do's error is
// shown in the dialog, which stays open for another try.
func (l *libraryScreen) askName(title, text, value, placeholder, action string, do func(string) error) {
	msg := wrapped(text)
	l.nameEntry = widget.NewEntry()
	l.nameEntry.SetText(value)
	l.nameEntry.SetPlaceHolder(placeholder)
	problem := widget.NewLabel("")
	problem.Importance = widget.DangerImportance
	problem.Wrapping = fyne.TextWrapWord
	problem.Hide()
	var d dialog.Dialog
	l.confirm = widget.NewButton(action, func() {
		if err := do(l.nameEntry.Text); err != nil {
			log.Printf("%s: %v", title, err)
			problem.SetText(nameProblem(err))
			problem.Show()
			l.u.lastMessage = problem.Text
			return
		}
		d.Hide()
	})
	l.confirm.Importance = widget.HighImportance
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	l.nameEntry.OnSubmitted = func(string) { l.confirm.OnTapped() }
	d = dialog.NewCustomWithoutButtons(title, container.NewVBox(widthOf(460, msg), l.nameEntry, widthOf(460, problem),
		container.NewHBox(cancel, l.confirm)), l.u.win)
	d.Show()
	l.u.win.Canvas().Focus(l.nameEntry)
}

// nameProblem says why a name was refused.
func nameProblem(err error) string {
	switch {
	case errors.Is(err, library.ErrExists):
		return "A session of that name is already in the folder, and it is never replaced: choose another name."
	case errors.Is(err, library.ErrName):
		return strings.TrimPrefix(err.Error(), library.ErrName.Error()+": ")
	}
	return friendly(err)
}
