package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestWindowFitsSmallScreens checks that no step asks for a window wider
// or taller than 800x600, even in the workshop view's large text: long
// content scrolls and wraps instead of growing the window.
func TestWindowFitsSmallScreens(t *testing.T) {
	for _, c := range []struct {
		name     string
		workshop bool
		max      fyne.Size
	}{{"normal", false, fyne.NewSize(800, 600)}, {"workshop", true, fyne.NewSize(800, 600)}} {
		t.Run(c.name, func(t *testing.T) {
			u := newTestUI(t)
			if c.workshop {
				u.toggleWorkshop()
			}
			for _, path := range []string{example, "../examples/proven-founder.json"} {
				if err := u.openPath(path); err != nil {
					t.Fatal(err)
				}
				u.win.Resize(c.max)
				for i, s := range steps {
					u.goTo(i)
					wantStep(t, u, s.name)
					if got := u.win.Content().MinSize(); got.Width > c.max.Width || got.Height > c.max.Height {
						t.Errorf("%s: %s needs %vx%v", path, s.title, got.Width, got.Height)
					}
				}
			}
		})
	}
}
