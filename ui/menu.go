package ui

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// setupMenus installs the File, View, Go and Help menus. Their shortcuts
// work even while a text field has the focus, since the main menu sees
// them first.
func (u *UI) setupMenus() {
	ctrl := func(k fyne.KeyName) fyne.Shortcut {
		return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
	}
	item := func(label string, sc fyne.Shortcut, f func()) *fyne.MenuItem {
		i := fyne.NewMenuItem(label, f)
		i.Shortcut = sc
		return i
	}
	u.recentMnu = fyne.NewMenu("Open Recent")
	recent := fyne.NewMenuItem("Open Recent", nil)
	recent.ChildMenu = u.recentMnu
	quit := item("Quit", ctrl(fyne.KeyQ), u.onQuit)
	quit.IsQuit = true
	file := fyne.NewMenu("File",
		item("New", ctrl(fyne.KeyN), u.onNew),
		item("Open…", ctrl(fyne.KeyO), u.onOpen),
		recent,
		item("Client library…", ctrl(fyne.KeyL), u.showLibrary),
		fyne.NewMenuItemSeparator(),
		item("Save", ctrl(fyne.KeyS), func() { u.save(nil) }),
		item("Save As…", &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}, func() { u.saveAs(nil) }),
		item("Export to Excel…", ctrl(fyne.KeyE), u.onExport),
		fyne.NewMenuItemSeparator(),
		item("Settings…", ctrl(fyne.KeyComma), u.onSettings),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	u.workshop = fyne.NewMenuItem("Workshop View", u.toggleWorkshop)
	u.workshop.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyW, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	view := fyne.NewMenu("View", u.workshop)
	alt := func(k fyne.KeyName) fyne.Shortcut {
		return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierAlt}
	}
	goMenu := fyne.NewMenu("Go",
		item("Back", alt(fyne.KeyLeft), u.onBack),
		item("Next", alt(fyne.KeyRight), func() {
			if !u.next.Disabled() && u.step < len(steps)-1 {
				u.onNext()
			}
		}),
		fyne.NewMenuItemSeparator(),
	)
	for i, s := range steps {
		var sc fyne.Shortcut
		if s.key != "" {
			sc = ctrl(s.key)
		}
		goMenu.Items = append(goMenu.Items, item(s.title, sc, func() { u.goTo(i) }))
	}
	help := fyne.NewMenu("Help",
		// F1 is handled as a key (pageKey): menus take only shortcuts with a modifier.
		fyne.NewMenuItem("Guide to the steps (F1)", u.showGuide),
		item("About Sales Team Advisor", nil, u.showAbout),
	)
	u.win.SetMainMenu(fyne.NewMainMenu(file, view, goMenu, help))
	u.refreshRecentMenu()
}

func (u *UI) refreshRecentMenu() {
	if u.recentMnu == nil {
		return
	}
	u.recentMnu.Items = nil
	for _, path := range u.recentFiles() {
		u.recentMnu.Items = append(u.recentMnu.Items, fyne.NewMenuItem(filepath.Base(path), func() { u.openRecent(path) }))
	}
	if len(u.recentMnu.Items) == 0 {
		none := fyne.NewMenuItem("No recent sessions", nil)
		none.Disabled = true
		u.recentMnu.Items = append(u.recentMnu.Items, none)
	}
	u.recentMnu.Refresh()
}
