package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// timeline draws the plan's hires against its dated months, one row per
// hire: the search before the first paid month, the ramp, and full
// productivity (for a fractional engagement, its months).
type timeline struct {
	widget.BaseWidget
	hires  []advisor.Hire
	months []string
}

func newTimeline() *timeline {
	t := &timeline{}
	t.ExtendBaseWidget(t)
	return t
}

func (t *timeline) set(hires []advisor.Hire, months []string) {
	t.hires, t.months = hires, months
	t.Refresh()
}

// segment is one stretch of a hire's row.
type segment struct {
	from, to int // plan months, 1-based, both included
	kind     segmentKind
}

type segmentKind int

// The kinds of stretch, in the legend's order.
const (
	segSearch segmentKind = iota
	segRamp
	segFull
	segFractional
)

var segmentLabels = []string{"Search", "Ramp", "Full productivity", "Fractional engagement"}

// segmentColor is each kind's colour: the search faint, the ramp half
// strength, full productivity solid.
func segmentColor(k segmentKind) color.Color {
	switch k {
	case segSearch:
		return withAlpha(theme.Color(theme.ColorNamePlaceHolder), 0x60)
	case segRamp:
		return withAlpha(theme.Color(theme.ColorNamePrimary), 0x80)
	case segFractional:
		return fractionalColor
	}
	return theme.Color(theme.ColorNamePrimary)
}

func withAlpha(c color.Color, a uint8) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: a}
}

// segments splits a hire's row into its stretches.
func segments(h advisor.Hire) []segment {
	var out []segment
	if h.Start > h.SearchStart {
		out = append(out, segment{h.SearchStart, h.Start - 1, segSearch})
	}
	if h.Role == advisor.RoleFractionalVP {
		return append(out, segment{h.Start, h.End(), segFractional})
	}
	full := h.Start
	if h.RampMonths > 0 {
		full = min(h.Start+h.RampMonths, h.End()+1)
		out = append(out, segment{h.Start, full - 1, segRamp})
	}
	if full <= h.End() {
		out = append(out, segment{full, h.End(), segFull})
	}
	return out
}

func (t *timeline) CreateRenderer() fyne.WidgetRenderer {
	r := &timelineRenderer{t: t}
	r.rebuild()
	return r
}

type timelineRenderer struct {
	t       *timeline
	objects []fyne.CanvasObject
	labels  []*canvas.Text
	bars    [][]*canvas.Rectangle
	ticks   []*canvas.Line
	tickLbl []*canvas.Text
	legend  []fyne.CanvasObject // swatch, text pairs
}

// The chart's measures, in units of the theme's text size.
func rowHeight() float32 { return theme.TextSize() * 1.9 }

func (r *timelineRenderer) rebuild() {
	fg, muted := theme.Color(theme.ColorNameForeground), theme.Color(theme.ColorNamePlaceHolder)
	r.objects, r.labels, r.bars, r.ticks, r.tickLbl, r.legend = nil, nil, nil, nil, nil, nil
	for m := 1; m <= len(r.t.months); m += 3 {
		l := canvas.NewLine(theme.Color(theme.ColorNameSeparator))
		t := canvas.NewText(r.t.months[m-1], muted)
		t.TextSize = theme.CaptionTextSize()
		r.ticks, r.tickLbl = append(r.ticks, l), append(r.tickLbl, t)
		r.objects = append(r.objects, l, t)
	}
	for _, h := range r.t.hires {
		t := canvas.NewText(h.Title, fg)
		t.TextSize = theme.CaptionTextSize()
		r.labels = append(r.labels, t)
		r.objects = append(r.objects, t)
		var row []*canvas.Rectangle
		for _, s := range segments(h) {
			rect := canvas.NewRectangle(segmentColor(s.kind))
			rect.CornerRadius = 3
			row = append(row, rect)
			r.objects = append(r.objects, rect)
		}
		r.bars = append(r.bars, row)
	}
	for k, label := range segmentLabels {
		if segmentKind(k) == segFractional && !r.hasFractional() {
			continue
		}
		sw := canvas.NewRectangle(segmentColor(segmentKind(k)))
		sw.CornerRadius = 3
		t := canvas.NewText(label, fg)
		t.TextSize = theme.CaptionTextSize()
		r.legend = append(r.legend, sw, t)
		r.objects = append(r.objects, sw, t)
	}
}

func (r *timelineRenderer) hasFractional() bool {
	for _, h := range r.t.hires {
		if h.Role == advisor.RoleFractionalVP {
			return true
		}
	}
	return false
}

// labelWidth is the room for the hires' titles: the longest, at most a
// third of the chart.
func (r *timelineRenderer) labelWidth(width float32) float32 {
	var w float32
	for _, l := range r.labels {
		w = max(w, l.MinSize().Width)
	}
	return min(w+theme.Padding()*2, width/3)
}

func (r *timelineRenderer) Layout(size fyne.Size) {
	pad := theme.Padding()
	rh := rowHeight()
	left := r.labelWidth(size.Width)
	plot := size.Width - left - pad
	n := max(len(r.t.months), 1)
	x := func(m int) float32 { return left + plot*float32(m-1)/float32(n) } // the left edge of month m
	top := theme.CaptionTextSize() + pad*2
	bottom := top + rh*float32(len(r.t.hires))
	// Month labels every quarter, skipping those that would overlap.
	var lastEnd float32
	for i, l := range r.ticks {
		m := 1 + 3*i
		l.Position1, l.Position2 = fyne.NewPos(x(m), top-pad/2), fyne.NewPos(x(m), bottom)
		t := r.tickLbl[i]
		t.Hidden = x(m) < lastEnd || x(m)+t.MinSize().Width > size.Width
		t.Move(fyne.NewPos(x(m), 0))
		if !t.Hidden {
			lastEnd = x(m) + t.MinSize().Width + pad
		}
	}
	for i, h := range r.t.hires {
		y := top + rh*float32(i)
		l := r.labels[i]
		l.Move(fyne.NewPos(0, y+(rh-l.MinSize().Height)/2))
		for j, s := range segments(h) {
			b := r.bars[i][j]
			b.Move(fyne.NewPos(x(s.from), y+rh*0.2))
			b.Resize(fyne.NewSize(max(x(s.to+1)-x(s.from)-1, 2), rh*0.6))
		}
	}
	// The legend, on one line below the rows.
	lx, ly := left, bottom+pad
	sw := theme.CaptionTextSize()
	for i := 0; i+1 < len(r.legend); i += 2 {
		t := r.legend[i+1].(*canvas.Text)
		if lx+sw+pad+t.MinSize().Width > size.Width && lx > left {
			lx, ly = left, ly+t.MinSize().Height+pad
		}
		r.legend[i].Move(fyne.NewPos(lx, ly+(t.MinSize().Height-sw*0.6)/2))
		r.legend[i].Resize(fyne.NewSize(sw, sw*0.6))
		t.Move(fyne.NewPos(lx+sw+pad, ly))
		lx += sw + pad + t.MinSize().Width + pad*3
	}
}

func (r *timelineRenderer) MinSize() fyne.Size {
	pad := theme.Padding()
	legend := theme.CaptionTextSize() * 1.4 * 2 // room for the legend on two lines
	return fyne.NewSize(300, theme.CaptionTextSize()+pad*3+rowHeight()*float32(len(r.t.hires))+legend+pad)
}

func (r *timelineRenderer) Refresh() {
	r.rebuild()
	r.Layout(r.t.Size())
	canvas.Refresh(r.t)
}

func (r *timelineRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *timelineRenderer) Destroy()                     {}

// rangeBar draws a range as a band on an axis from 0: the 10th to the
// 90th percentile shaded, a tick at the median; the axis's ends and the
// band's are labelled below it.
type rangeBar struct {
	widget.BaseWidget
	p        advisor.Percentiles
	top      float64 // the axis's end
	currency string
}

func newRangeBar() *rangeBar {
	b := &rangeBar{}
	b.ExtendBaseWidget(b)
	return b
}

func (b *rangeBar) set(p advisor.Percentiles, top float64, currency string) {
	b.p, b.top, b.currency = p, top, currency
	b.Refresh()
}

func (b *rangeBar) CreateRenderer() fyne.WidgetRenderer {
	r := &rangeBarRenderer{b: b, axis: canvas.NewRectangle(color.Transparent), band: canvas.NewRectangle(color.Transparent),
		median: canvas.NewRectangle(color.Transparent)}
	for i := range r.labels {
		r.labels[i] = canvas.NewText("", color.Transparent)
	}
	r.Refresh()
	return r
}

type rangeBarRenderer struct {
	b                  *rangeBar
	axis, band, median *canvas.Rectangle
	labels             [3]*canvas.Text // 0, the band, the axis's end
}

func (r *rangeBarRenderer) barHeight() float32 { return theme.TextSize() * 1.4 }

func (r *rangeBarRenderer) Layout(size fyne.Size) {
	h := r.barHeight()
	x := func(v float64) float32 {
		if r.b.top <= 0 {
			return 0
		}
		return size.Width * float32(min(v/r.b.top, 1))
	}
	r.axis.Move(fyne.NewPos(0, h*0.45))
	r.axis.Resize(fyne.NewSize(size.Width, h*0.1))
	r.band.Move(fyne.NewPos(x(r.b.p.P10), h*0.15))
	r.band.Resize(fyne.NewSize(max(x(r.b.p.P90)-x(r.b.p.P10), 2), h*0.7))
	r.median.Move(fyne.NewPos(x(r.b.p.P50)-1.5, 0))
	r.median.Resize(fyne.NewSize(3, h))
	zero, band, end := r.labels[0], r.labels[1], r.labels[2]
	bw := band.MinSize().Width
	bx := min(max((x(r.b.p.P10)+x(r.b.p.P90)-bw)/2, 0), size.Width-bw)
	band.Move(fyne.NewPos(bx, h))
	zero.Move(fyne.NewPos(0, h))
	zero.Hidden = zero.MinSize().Width+theme.Padding() > bx
	end.Move(fyne.NewPos(size.Width-end.MinSize().Width, h))
	end.Hidden = bx+bw+theme.Padding() > size.Width-end.MinSize().Width
}

func (r *rangeBarRenderer) MinSize() fyne.Size {
	return fyne.NewSize(120, r.barHeight()+r.labels[0].MinSize().Height)
}

func (r *rangeBarRenderer) Refresh() {
	r.axis.FillColor = theme.Color(theme.ColorNameSeparator)
	r.band.FillColor = withAlpha(theme.Color(theme.ColorNamePrimary), 0x90)
	r.band.CornerRadius = 3
	r.median.FillColor = theme.Color(theme.ColorNameForeground)
	cur := r.b.currency
	texts := []string{money(0, cur), money(r.b.p.P10, cur) + " to " + money(r.b.p.P90, cur), money(r.b.top, cur)}
	for i, t := range r.labels {
		t.Text, t.TextSize = texts[i], theme.CaptionTextSize()
		t.Color = theme.Color(theme.ColorNamePlaceHolder)
	}
	r.labels[1].Color = theme.Color(theme.ColorNameForeground)
	r.Layout(r.b.Size())
	canvas.Refresh(r.b)
}

func (r *rangeBarRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.axis, r.band, r.median, r.labels[0], r.labels[1], r.labels[2]}
}
func (r *rangeBarRenderer) Destroy() {}
