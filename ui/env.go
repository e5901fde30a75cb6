package ui

import (
	"os"
	"strconv"
)

// openFromEnv opens the session named by SALESTEAM_OPEN and shows step
// SALESTEAM_STEP (0 = Welcome … 8 = Plan). The screenshot script uses them
// to bring the real app to each step.
func (u *UI) openFromEnv() {
	if path := os.Getenv("SALESTEAM_OPEN"); path != "" {
		if u.openPath(path) != nil {
			return
		}
	}
	if n, err := strconv.Atoi(os.Getenv("SALESTEAM_STEP")); err == nil {
		u.goTo(n)
	}
}
