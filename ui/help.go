package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
	"github.com/salesteamadvisor/salesteam/assets"
)

// guideTips are the ways of working the guide names after the steps.
var guideTips = []string{
	"Enter moves to the next step once it is complete; while something is missing, it takes you there. The message beside Next does the same when clicked.",
	"Write numbers as you would say them: \"$3.5 million\", \"90k a year\", \"about 40\". The field shows what it understood.",
	"Alt+Left and Alt+Right go back and forth; Ctrl+0 to Ctrl+9 jump to a step (View ▸ Workshop view, Ctrl+Shift+W, enlarges everything for a projector).",
	"Ctrl+S saves the session to a file you can reopen; your work is also kept as you go, and offered back if the app closes unexpectedly.",
}

// showGuide shows Help ▸ Guide: what each step is for, and how to move.
func (u *UI) showGuide() {
	body := container.NewVBox()
	var text []string
	for i, s := range steps {
		line := fmt.Sprintf("%d. %s — %s", i+1, s.title, s.guide)
		body.Add(wrapped(line))
		text = append(text, line)
	}
	body.Add(subheading("Working in the app"))
	for _, t := range guideTips {
		body.Add(wrapped("•  " + t))
		text = append(text, t)
	}
	u.showLong("Guide to the steps", body)
	u.lastMessage = strings.Join(text, "\n")
}

// licenceText is what the About box says about the licence.
const licenceText = "Licence: this version is published without a licence file; ask the publisher before you redistribute it. " +
	"It is built with Fyne and excelize, both under the BSD 3-Clause licence."

// showAbout shows Help ▸ About: the version, the licence and where the
// numbers come from, read from the reference data the plan uses.
func (u *UI) showAbout() {
	name := widget.NewLabelWithStyle(AppName+" "+assets.Version, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	lines := []string{
		"Diagnoses role confusion in a small sales team and plans the next hire, from the article \"Sales Rep vs Sales Manager\" (Revenue Nomad, January 2026).",
		licenceText,
	}
	body := container.NewVBox(name)
	for _, l := range lines {
		body.Add(wrapped(l))
	}
	body.Add(subheading("Where the numbers come from"))
	sources := numberSources()
	body.Add(wrapped("Every figure the plan uses has a source and a year; change any of them on the Plan step, where each shows its own."))
	for _, s := range sources {
		body.Add(caption("•  " + s))
	}
	body.Add(wrapped("The diagnosis thresholds are the app's own judgement: no study measures the cost of one person wearing three hats. " +
		"The Diagnosis step lists each with its reason, under \"How the rules work\"."))
	u.showLong("About "+AppName, body)
	u.lastMessage = strings.Join(append(append([]string{name.Text}, lines...), sources...), "\n")
}

// numberSources lists each reference figure with its source and year.
func numberSources() []string {
	def := advisor.DefaultAssumptions()
	var out []string
	for _, b := range def.Bands() {
		out = append(out, fmt.Sprintf("%s pay: %s (%s)", b.Title, b.Source, b.Year))
	}
	for _, f := range def.Figures() {
		out = append(out, fmt.Sprintf("%s: %s (%s)", f.Label, f.Source, f.Year))
	}
	return out
}

// showLong shows body in a dialog that scrolls, as large as the window
// comfortably allows; Enter or Escape closes it.
func (u *UI) showLong(title string, body fyne.CanvasObject) {
	size := u.win.Canvas().Size()
	scroll := container.NewVScroll(widthOf(min(520, size.Width*0.8*14/theme.TextSize()), body))
	scroll.SetMinSize(fyne.NewSize(0, min(440, size.Height*0.6)))
	d := dialog.NewCustom(title, "Close", scroll, u.win)
	u.withKeys(d, d.Hide, d.Hide)
	d.Resize(fyne.NewSize(min(640, size.Width*0.9), min(600, size.Height*0.9)))
	d.Show()
}
