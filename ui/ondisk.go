package ui

import (
	"log"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor/library"
)

// A session in a shared folder may be changed by someone else while it is
// open here. The app stamps the file (time, size, a hash of its contents)
// when it opens or saves it, and checks the stamp before each save: a file
// that changed on disk is never silently overwritten.

// stampFile records the contents of the session's file, as opened or
// saved; with no file, or one that cannot be read, there is nothing to
// check later.
func (u *UI) stampFile() {
	u.stamp = library.Stamp{}
	if u.path == "" {
		return
	}
	s, err := library.StampFile(u.path)
	if err != nil {
		log.Printf("stamp %s: %v", u.path, err)
		return
	}
	u.stamp = s
}

// changedOnDisk reports whether the session's file changed on disk since
// it was opened or saved here; if so it asks whether to overwrite it,
// save a copy or cancel, and runs then after a save that goes ahead.
func (u *UI) changedOnDisk(then func()) bool {
	change, err := u.stamp.Check(u.path)
	if change == library.Unchanged && err == nil {
		return false
	}
	what := "has been changed on disk since you opened it, perhaps by someone else using the same folder."
	overwrite, ask := "Overwrite it", "Overwrite it with your version, or save your version as a copy and keep both?"
	if change == library.Removed {
		what = "is no longer in its folder: it was moved, renamed or deleted since you opened it."
		overwrite, ask = "Save it here again", "Save your version here again, under its old name, or save it somewhere else?"
	} else if err != nil {
		log.Printf("checking %s: %v", u.path, err)
		what = "could not be checked for changes since you opened it (" + err.Error() + ")."
	}
	p := &diskPrompt{}
	p.overwrite = widget.NewButton(overwrite, func() {
		p.d.Hide()
		u.stamp = library.Stamp{} // the user chose: save over what is there
		u.save(then)
	})
	p.overwrite.Importance = widget.DangerImportance
	copyText := "Save a copy…"
	if change == library.Removed { // nothing there to lose
		p.overwrite.Importance, copyText = widget.MediumImportance, "Save elsewhere…"
	}
	p.copy = widget.NewButton(copyText, func() { p.d.Hide(); u.saveAs(then) })
	p.copy.Importance = widget.HighImportance
	p.cancel = widget.NewButton("Cancel", func() { p.d.Hide() })
	msg := wrapped(u.sessionName() + " " + what + "\n\n" + ask)
	p.d = dialog.NewCustomWithoutButtons("The file changed on disk", container.NewVBox(widthOf(460, msg),
		container.NewHBox(p.cancel, p.overwrite, p.copy)), u.win)
	u.withKeys(p.d, p.copy.OnTapped, p.d.Hide)
	p.d.Show()
	u.lastMessage = msg.Text
	u.diskPrompt = p
	return true
}

// diskPrompt asks what to do about a file changed on disk; its buttons
// are kept for tests.
type diskPrompt struct {
	d                       dialog.Dialog
	overwrite, copy, cancel *widget.Button
}
