package ui

import (
	"fmt"
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
	months               []string
	breakEven            int
}

func newCostChart() *costChart {
	c := &costChart{}
	c.ExtendBaseWidget(c)
	return c
}

func (c *costChart) set(cmp advisor.Comparison, currency string, months []string) {
	c.fractional, c.fullTime, c.currency, c.months, c.breakEven = cmp.Fractional, cmp.FullTime, currency, months, cmp.BreakEvenMonth
	c.Refresh()
}

// The colours of the two series.
var (
	fractionalColor = color.NRGBA{R: 0x8e, G: 0x44, B: 0xc4, A: 0xff}
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

// gridLines is how many lines above the axis mark the values.
const gridLines = 4

// xMonths are the months the time axis names.
var xMonths = []int{1, 6, 12, 18, 24}

func (r *chartRenderer) rebuild() {
	fg := theme.Color(theme.ColorNameForeground)
	muted := theme.Color(theme.ColorNamePlaceHolder)
	r.objects = nil
	for i := range r.axes {
		r.axes[i] = canvas.NewLine(fg)
		r.objects = append(r.objects, r.axes[i])
	}
	r.grid, r.gridLbl = nil, nil
	for range gridLines + 1 { // from the $0 axis up
		l := canvas.NewLine(theme.Color(theme.ColorNameSeparator))
		t := canvas.NewText("", muted)
		t.TextSize = theme.CaptionTextSize()
		t.Alignment = fyne.TextAlignTrailing
		r.grid, r.gridLbl = append(r.grid, l), append(r.gridLbl, t)
		r.objects = append(r.objects, l, t)
	}
	r.xLbl = nil
	for _, m := range xMonths {
		t := canvas.NewText(r.c.monthLabel(m), muted)
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

// monthLabel names plan month m: "Jan 2027".
func (c *costChart) monthLabel(m int) string {
	if m-1 < len(c.months) {
		return c.months[m-1]
	}
	return fmt.Sprintf("month %d", m)
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
	top := r.maxValue()
	pad := theme.Padding()
	label := fyne.MeasureText(money(top, r.c.currency), theme.CaptionTextSize(), fyne.TextStyle{})
	chartLeft, chartTop, chartBottom := label.Width+2*pad, label.Height/2+pad, label.Height+2*pad
	w := size.Width - chartLeft - pad - r.xLbl[len(r.xLbl)-1].MinSize().Width/2
	h := size.Height - chartBottom - chartTop
	x0, y0 := chartLeft, chartTop+h
	n := max(len(r.c.fractional), 2)
	px := func(i int) float32 { return x0 + w*float32(i)/float32(n-1) }
	py := func(v float64) float32 { return y0 - h*float32(v/top) }
	r.axes[0].Position1, r.axes[0].Position2 = fyne.NewPos(x0, chartTop), fyne.NewPos(x0, y0)
	r.axes[1].Position1, r.axes[1].Position2 = fyne.NewPos(x0, y0), fyne.NewPos(x0+w, y0)
	for i := range r.grid {
		v := top * float64(i) / gridLines
		y := py(v)
		r.grid[i].Position1, r.grid[i].Position2 = fyne.NewPos(x0, y), fyne.NewPos(x0+w, y)
		r.gridLbl[i].Text = money(v, r.c.currency)
		r.gridLbl[i].Move(fyne.NewPos(0, y-r.gridLbl[i].MinSize().Height/2))
		r.gridLbl[i].Resize(fyne.NewSize(x0-6, r.gridLbl[i].MinSize().Height))
	}
	for i, m := range xMonths {
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

func (r *chartRenderer) MinSize() fyne.Size { return fyne.NewSize(300, theme.TextSize()*16) }

func (r *chartRenderer) Refresh() {
	r.rebuild()
	r.Layout(r.c.Size())
	canvas.Refresh(r.c)
}

func (r *chartRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *chartRenderer) Destroy()                     {}
