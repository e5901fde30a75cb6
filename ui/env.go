package ui

import (
	"fmt"
	"os"
	"strconv"

	"fyne.io/fyne/v2"
)

// openFromEnv opens the session named by SALESTEAM_OPEN and shows step
// SALESTEAM_STEP (0 = Welcome … 8 = Plan), in the workshop view if
// SALESTEAM_WORKSHOP is set, at SALESTEAM_SIZE (such as 800x600). The screenshot script uses them to bring the
// real app to each step.
func (u *UI) openFromEnv() {
	var w, h float32
	if _, err := fmt.Sscanf(os.Getenv("SALESTEAM_SIZE"), "%gx%g", &w, &h); err == nil {
		u.win.Resize(fyne.NewSize(w, h))
	}
	if os.Getenv("SALESTEAM_WORKSHOP") != "" {
		u.toggleWorkshop()
	}
	if path := os.Getenv("SALESTEAM_OPEN"); path != "" {
		if u.openPath(path) != nil {
			return
		}
	}
	if n, err := strconv.Atoi(os.Getenv("SALESTEAM_STEP")); err == nil {
		u.goTo(n)
	}
}
