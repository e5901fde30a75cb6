// Command salesteam is the Sales Team Advisor desktop app.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/salesteamadvisor/salesteam/assets"
	"github.com/salesteamadvisor/salesteam/ui"
)

func main() {
	a := app.NewWithID(ui.AppID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	fonts := ui.LoadFonts() // on another core while the window is made
	w := a.NewWindow(ui.AppName)
	fonts()
	ui.New(a, w) // sizes the window as it was last closed
	w.ShowAndRun()
}
