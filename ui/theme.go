package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// workshopScale is how much the workshop view enlarges text and spacing,
// for a projector at the back of a room.
const workshopScale = 1.5

// workshopMinText is the smallest text in the workshop view: captions and
// chart labels too must read from the back of a room.
const workshopMinText = 20

// workshopTheme is the default theme, which follows the system's light or
// dark mode, with every size enlarged and no text below workshopMinText.
type workshopTheme struct{ fyne.Theme }

func (t workshopTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.Theme.Size(n) * workshopScale
	switch n {
	case theme.SizeNameText, theme.SizeNameCaptionText, theme.SizeNameSubHeadingText, theme.SizeNameHeadingText:
		s = max(s, workshopMinText)
	}
	return s
}

func (u *UI) toggleWorkshop() {
	u.workshop.Checked = !u.workshop.Checked
	if u.workshop.Checked {
		u.app.Settings().SetTheme(workshopTheme{theme.DefaultTheme()})
	} else {
		u.app.Settings().SetTheme(theme.DefaultTheme())
	}
	u.win.MainMenu().Refresh()
	u.showPresenting()
}
