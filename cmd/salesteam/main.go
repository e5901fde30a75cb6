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
	w := a.NewWindow(ui.AppName)
	ui.New(a, w) // sizes the window as it was last closed
	w.ShowAndRun()
}
