package ui

import "fyne.io/fyne/v2"

// LoadFonts starts loading the bold font, which the first screen draws
// its buttons and headings with, on another core, and returns a function
// that waits for it. Fyne parses a style's faces, with the emoji font, the
// first time text of that style is measured: about 100 ms before the first
// frame that the creation of the window can cover. Call it after the app
// is made and wait before New, so that nothing else measures text
// meanwhile.
func LoadFonts() (wait func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		fyne.MeasureText("Sales Team Advisor", 14, fyne.TextStyle{Bold: true})
	}()
	return func() { <-done }
}
