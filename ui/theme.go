package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// appTheme is Fyne's default theme, following the system's light or dark
// mode, with hints that can be read. Fyne draws low-importance labels (a
// number field's "= 3,500,000", the greyed totals of a plan waiting for an
// assumption, Welcome's "none") in its "disabled" colour, which stands at
// 1.3:1 against the light background and 1.6:1 against the dark one; here
// it stands at 4.5:1 or more (WCAG AA), still lighter than the text.
type appTheme struct{ fyne.Theme }

var (
	hintLight = color.NRGBA{R: 0x6b, G: 0x6b, B: 0x6b, A: 0xff}
	hintDark  = color.NRGBA{R: 0x9a, G: 0x9a, B: 0x9a, A: 0xff}
)

func (t appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameDisabled {
		if v == theme.VariantLight {
			return hintLight
		}
		return hintDark
	}
	return t.Theme.Color(n, v)
}

// defaultTheme is the app's theme outside the workshop view.
func defaultTheme() fyne.Theme { return appTheme{theme.DefaultTheme()} }

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
		u.app.Settings().SetTheme(workshopTheme{defaultTheme()})
	} else {
		u.app.Settings().SetTheme(defaultTheme())
	}
	u.win.MainMenu().Refresh()
	u.showPresenting()
}
