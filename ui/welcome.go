package ui

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// welcomeScreen starts a new client, opens a saved session or a recent one.
type welcomeScreen struct {
	u       *UI
	newBtn  *button
	openBtn *button
	libBtn  *button
	recent  *fyne.Container
	view    fyne.CanvasObject
}

const welcomeText = "Sales Team Advisor helps the owner of a growing sales team find out whether " +
	"the trouble is the sellers or the leadership. Answer a few questions about the company, the people and " +
	"their week, your numbers and the pains you see. The advisor scores how clearly roles are separated, " +
	"shows who does what, and recommends what to do, with how sure it is and what it rests on. " +
	"It ends with a dated 24-month hiring plan you can adjust and export to Excel."

func newWelcomeScreen(u *UI) *welcomeScreen {
	s := &welcomeScreen{u: u, recent: container.NewVBox()}
	s.newBtn = u.newButton("Start a new client", theme.DocumentCreateIcon(), u.onNew)
	s.newBtn.Importance = widget.HighImportance
	s.openBtn = u.newButton("Open a saved session…", theme.FolderOpenIcon(), u.onOpen)
	s.libBtn = u.newButton("Client library…", theme.ListIcon(), u.showLibrary)
	intro := widget.NewLabel(welcomeText)
	intro.Wrapping = fyne.TextWrapWord
	kinds := container.NewVBox()
	for _, k := range advisor.Kinds() {
		kinds.Add(wrapped("•  " + k.Title() + ": " + strings.ToLower(k.Info().Summary[:1]) + k.Info().Summary[1:]))
	}
	s.view = page(
		heading("Welcome to Sales Team Advisor", ""),
		intro,
		widget.NewLabelWithStyle("What it can recommend", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		kinds,
		container.NewHBox(s.newBtn, s.openBtn, s.libBtn),
		widget.NewLabelWithStyle("Recent sessions", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		s.recent,
	)
	return s
}

func (s *welcomeScreen) content() fyne.CanvasObject { return s.view }
func (s *welcomeScreen) showProblems()              {}

func (s *welcomeScreen) load() {
	s.recent.Objects = nil
	for _, path := range s.u.recentFiles() {
		b := s.u.newButton(filepath.Base(path)+"  —  "+shortDir(path), theme.FileIcon(), func() { s.u.openRecent(path) })
		b.Alignment = widget.ButtonAlignLeading
		s.recent.Add(b)
	}
	if len(s.recent.Objects) == 0 {
		// Not in italics: the first screen draws with the fonts a bare
		// window needs and bold only; each more style is a font to load
		// before the window shows.
		none := widget.NewLabel("None yet: sessions you save or open appear here.")
		none.Importance = widget.LowImportance
		s.recent.Add(none)
	}
	s.recent.Refresh()
}

// shortDir is the folder of path, shortened from the left: a button's
// label does not wrap, and a long one would widen the window.
func shortDir(path string) string {
	d := []rune(filepath.Dir(path))
	if len(d) > 40 {
		return "…" + string(d[len(d)-39:])
	}
	return string(d)
}
