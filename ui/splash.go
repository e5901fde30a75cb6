package ui

import (
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// splash is the window's first content: the app's name in plain text, as
// cheap to draw as a bare window. Once it is laid out for the first frame it
// asks for the real content, which is then built after that frame: building
// every screen measures text in several font styles and takes a few hundred
// milliseconds.
type splash struct {
	widget.BaseWidget
	once  sync.Once
	ready func()
}

func newSplash(ready func()) *splash {
	s := &splash{ready: ready}
	s.ExtendBaseWidget(s)
	return s
}

func (s *splash) CreateRenderer() fyne.WidgetRenderer {
	t := canvas.NewText(AppName, theme.Color(theme.ColorNameForeground))
	t.Alignment = fyne.TextAlignCenter
	return &splashRenderer{s: s, text: t}
}

type splashRenderer struct {
	s    *splash
	text *canvas.Text
}

func (r *splashRenderer) Layout(size fyne.Size) {
	r.text.Move(fyne.NewPos(0, (size.Height-r.text.MinSize().Height)/2))
	r.text.Resize(fyne.NewSize(size.Width, r.text.MinSize().Height))
	if size.Width > 0 && size.Height > 0 {
		// fyne.Do from another goroutine queues the build behind the frame
		// being drawn now.
		r.s.once.Do(func() { go fyne.Do(r.s.ready) })
	}
}

func (r *splashRenderer) MinSize() fyne.Size           { return r.text.MinSize() }
func (r *splashRenderer) Refresh()                     { r.text.Refresh() }
func (r *splashRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.text} }
func (r *splashRenderer) Destroy()                     {}
