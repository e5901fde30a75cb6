package ui

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// costChart draws two cumulative cost series month by month with canvas
// lines: the fractional VP of Sales and the full-time manager.
type costChart struct {
	widget.BaseWidget
	fractional, fullTime []float64
	currency             string
	breakEven            int
}

func newCostChart() *costChart {
	c := &costChart{}
	c.ExtendBaseWidget(c)
	return c
}

func (c *costChart) set(cmp advisor.Comparison, currency string) {
	c.fractional, c.fullTime, c.currency, c.breakEven = cmp.Fractional, cmp.FullTime, currency, cmp.BreakEvenMonth
	c.Refresh()
}

// The colours of the two series.
var (
	fractionalColor = color.NRGBA{R: 0x1e, G: 0x88, B: 0xe5, A: 0xff}
	fullTimeColor   = color.NRGBA{R: 0xe5, G: 0x39, B: 0x35, A: 0xff}
)

func (c *costChart) CreateRenderer() fyne.WidgetRenderer {
	r := &chartRenderer{c: c}
	r.rebuild()
	return r
}

type chartRenderer struct {
	c       *costChart
	objects []fyne.CanvasObject
	axes    [2]*canvas.Line
	grid    []*canvas.Line
	gridLbl []*canvas.Text
	series  [2][]*canvas.Line
	xLbl    []*canvas.Text
	marker  *canvas.Line
}

const (
	chartLeft   = 90 // room for the money labels
	chartBottom = 24
	chartTop    = 8
	gridLines   = 4
)

func (r *chartRenderer) rebuild() {
	fg := theme.Color(theme.ColorNameForeground)
	muted := theme.Color(theme.ColorNamePlaceHolder)
	r.objects = nil
	for i := range r.axes {
		r.axes[i] = canvas.NewLine(fg)
		r.objects = append(r.objects, r.axes[i])
	}
	r.grid, r.gridLbl = nil, nil
	for range gridLines {
		l := canvas.NewLine(theme.Color(theme.ColorNameSeparator))
		t := canvas.NewText("", muted)
		t.TextSize = theme.CaptionTextSize()
		t.Alignment = fyne.TextAlignTrailing
		r.grid, r.gridLbl = append(r.grid, l), append(r.gridLbl, t)
		r.objects = append(r.objects, l, t)
	}
	r.xLbl = nil
	for _, m := range []int{1, 6, 12, 18, 24} {
		t := canvas.NewText(monthLabel(m), muted)
		t.TextSize = theme.CaptionTextSize()
		r.xLbl = append(r.xLbl, t)
		r.objects = append(r.objects, t)
	}
	r.marker = canvas.NewLine(muted)
	r.marker.StrokeWidth = 1
	r.objects = append(r.objects, r.marker)
	for s, data := range [][]float64{r.c.fractional, r.c.fullTime} {
		col := []color.Color{fractionalColor, fullTimeColor}[s]
		r.series[s] = nil
		for i := 1; i < len(data); i++ {
			l := canvas.NewLine(col)
			l.StrokeWidth = 3
			r.series[s] = append(r.series[s], l)
			r.objects = append(r.objects, l)
		}
	}
}

func monthLabel(m int) string {
	return "month " + itoa(m)
}

func itoa(n int) string {
	return formatNumber(advisor.Ptr(float64(n)))
}

// maxValue is the top of the value axis: the largest value rounded up to
// a round step (1, 2 or 5 times a power of ten) per grid line.
func (r *chartRenderer) maxValue() float64 {
	top := 1.0
	for _, d := range [][]float64{r.c.fractional, r.c.fullTime} {
		for _, x := range d {
			top = max(top, x)
		}
	}
	step := math.Pow(10, math.Floor(math.Log10(top/gridLines)))
	for _, m := range []float64{1, 2, 5, 10} {
		if top/gridLines <= m*step {
			return m * step * gridLines
		}
	}
	return top
}

func (r *chartRenderer) Layout(size fyne.Size) {
	w := size.Width - chartLeft - 8
	h := size.Height - chartBottom - chartTop
	x0, y0 := float32(chartLeft), chartTop+h
	top := r.maxValue()
	n := max(len(r.c.fractional), 2)
	px := func(i int) float32 { return x0 + w*float32(i)/float32(n-1) }
	py := func(v float64) float32 { return y0 - h*float32(v/top) }
	r.axes[0].Position1, r.axes[0].Position2 = fyne.NewPos(x0, chartTop), fyne.NewPos(x0, y0)
	r.axes[1].Position1, r.axes[1].Position2 = fyne.NewPos(x0, y0), fyne.NewPos(x0+w, y0)
	for i := range r.grid {
		v := top * float64(i+1) / gridLines
		y := py(v)
		r.grid[i].Position1, r.grid[i].Position2 = fyne.NewPos(x0, y), fyne.NewPos(x0+w, y)
		r.gridLbl[i].Text = advisor.Money(v, r.c.currency)
		r.gridLbl[i].Move(fyne.NewPos(0, y-r.gridLbl[i].MinSize().Height/2))
		r.gridLbl[i].Resize(fyne.NewSize(x0-6, r.gridLbl[i].MinSize().Height))
	}
	for i, m := range []int{1, 6, 12, 18, 24} {
		t := r.xLbl[i]
		x := min(max(px(m-1)-t.MinSize().Width/2, x0), size.Width-t.MinSize().Width)
		t.Move(fyne.NewPos(x, y0+4))
	}
	r.marker.Hidden = r.c.breakEven == 0
	if be := r.c.breakEven; be > 0 {
		r.marker.Position1, r.marker.Position2 = fyne.NewPos(px(be-1), chartTop), fyne.NewPos(px(be-1), y0)
	}
	for s, data := range [][]float64{r.c.fractional, r.c.fullTime} {
		for i, l := range r.series[s] {
			l.Position1, l.Position2 = fyne.NewPos(px(i), py(data[i])), fyne.NewPos(px(i+1), py(data[i+1]))
		}
	}
}

func (r *chartRenderer) MinSize() fyne.Size { return fyne.NewSize(300, 240) }

func (r *chartRenderer) Refresh() {
	r.rebuild()
	r.Layout(r.c.Size())
	canvas.Refresh(r.c)
}

func (r *chartRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *chartRenderer) Destroy()                     {}
