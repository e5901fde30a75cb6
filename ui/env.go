package ui

import (
	"fmt"
	"os"
	"strconv"

	"fyne.io/fyne/v2"
)

// openFromEnv opens the session named by SALESTEAM_OPEN and shows the
// step SALESTEAM_STEP names ("people", "plan": see steps; a number counts
// from 0 = Welcome; "library" shows the client library, in the folder
// SALESTEAM_LIBRARY if set), in the workshop view if SALESTEAM_WORKSHOP is set, at
// SALESTEAM_SIZE (such as 800x600), with money hidden if
// SALESTEAM_HIDE_MONEY is set. The screenshot script uses them to
// bring the real app to each step; the session it opens stays out of Open
// Recent.
func (u *UI) openFromEnv() {
	var w, h float32
	if _, err := fmt.Sscanf(os.Getenv("SALESTEAM_SIZE"), "%gx%g", &w, &h); err == nil {
		u.win.Resize(fyne.NewSize(w, h))
	}
	if os.Getenv("SALESTEAM_WORKSHOP") != "" {
		u.toggleWorkshop()
	}
	if os.Getenv("SALESTEAM_HIDE_MONEY") != "" {
		moneyHidden.Store(true)
		u.present.hide.SetChecked(true)
	}
	if path := os.Getenv("SALESTEAM_OPEN"); path != "" {
		if u.openFile(path, false) != nil {
			return
		}
	}
	step := os.Getenv("SALESTEAM_STEP")
	if step == "library" { // not a wizard step: the home screen over it
		u.showLibrary()
		if dir := os.Getenv("SALESTEAM_LIBRARY"); dir != "" {
			u.library.setFolder(dir)
		}
		return
	}
	if n, err := strconv.Atoi(step); err == nil {
		u.goTo(n)
	} else if i := stepNamed(step); i >= 0 {
		u.goTo(i)
	}
}
