package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// colorText is the charts' text: dark, so that axis labels read on paper
// and on screen alike.
const colorText = "262626"

func chartTitle(text string) excelize.ChartTitle {
	return excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: text,
		Font: &excelize.Font{Bold: true, Size: 12, Color: colorText, Family: "Calibri"}}}}
}

func axisTitle(text string) excelize.ChartTitle {
	return excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: text,
		Font: &excelize.Font{Size: 10, Color: colorText, Family: "Calibri"}}}}
}

var axisFont = excelize.Font{Size: 9, Color: colorText, Family: "Calibri"}

// valueAxis is a value axis with grid lines, thousands separators and a
// title that names its unit.
func (w *writer) valueAxis(title string) excelize.ChartAxis {
	return excelize.ChartAxis{MajorGridLines: true, Font: axisFont, Title: axisTitle(title),
		NumFmt: excelize.ChartNumFmt{CustomNumFmt: "#,##0"}}
}

// categoryAxis is an axis of months, labelled with their dates.
func categoryAxis(title string) excelize.ChartAxis {
	return excelize.ChartAxis{Font: axisFont, Title: axisTitle(title), NumFmt: excelize.ChartNumFmt{CustomNumFmt: "mmm yy"},
		Alignment: excelize.Alignment{TextRotation: -90}}
}

// Chart sizes on the Hiring plan sheet, in pixels: the cost chart spans the
// page's width above the other two, and all three print on one page.
const (
	planChartWidth  = 1080 // columns A to O
	planChartHeight = 300
	planChartGap    = 16  // rows from the top of one row of charts to the next
	headcountWidth  = 480 // columns A to E
	gapChartWidth   = 600 // columns F to O
)

// planCharts draws cost, headcount and new-rep capacity against the gap,
// below a page break so that no chart is cut across pages.
func (w *writer) planCharts(s string, p advisor.Plan, l planRows) {
	code := currencyCode(p)
	months := fmt.Sprintf("%s!%s:%s", quoteSheet(s), abs(colM1, planHeader), abs(colYear1-1, planHeader)) // their dates
	series := func(row int, color string) excelize.ChartSeries {
		return excelize.ChartSeries{Name: ref(s, colHire, row), Categories: months,
			Values: fmt.Sprintf("%s!%s:%s", quoteSheet(s), abs(colM1, row), abs(colYear1-1, row)),
			Fill:   excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}},
			Line:   excelize.LineOptions{Width: 2.5}, Marker: excelize.ChartMarker{Symbol: "none"}}
	}
	x := categoryAxis("Month")
	x.TickLabelSkip = 2
	narrow := x
	narrow.TickLabelSkip = 3
	cumulAxis := w.valueAxis(code + " in total")
	cumulAxis.Secondary, cumulAxis.MajorGridLines = true, false
	w.fail(w.f.AddChart(s, cell(colHire, l.chart), &excelize.Chart{
		Type: excelize.Col, Series: []excelize.ChartSeries{series(l.total, "4472C4")},
		Title:     chartTitle("Cost per month and cumulative cost (" + code + ")"),
		Legend:    excelize.ChartLegend{Position: "bottom"},
		Dimension: excelize.ChartDimension{Width: planChartWidth, Height: planChartHeight},
		XAxis:     x,
		YAxis:     w.valueAxis(code + " a month"),
	}, &excelize.Chart{
		Type: excelize.Line, Series: []excelize.ChartSeries{series(l.cumul, "ED7D31")},
		YAxis: cumulAxis,
	}))
	below := l.chart + planChartGap
	w.sheet(s).lastRow = below + planChartGap
	people := w.valueAxis("People")
	people.NumFmt.CustomNumFmt = "0"
	w.fail(w.f.AddChart(s, cell(colHire, below), &excelize.Chart{
		Type: excelize.Col, Series: []excelize.ChartSeries{series(l.heads, "70AD47")},
		Title:     chartTitle("Headcount over time"),
		Legend:    excelize.ChartLegend{Position: "none"},
		Dimension: excelize.ChartDimension{Width: headcountWidth, Height: planChartHeight},
		XAxis:     narrow,
		YAxis:     people,
	}))
	gapSeries := []excelize.ChartSeries{series(l.runRate, "4472C4")}
	title := "New-rep bookings net of turnover, yearly rate (" + code + ")"
	if p.RevenueGap != nil {
		gapSeries = append(gapSeries, series(l.gap, "C00000"))
		title = "New-rep bookings vs the revenue gap (" + code + " a year)"
	}
	w.fail(w.f.AddChart(s, cell(colMonths, below), &excelize.Chart{
		Type: excelize.Line, Series: gapSeries,
		Title:     chartTitle(title),
		Legend:    excelize.ChartLegend{Position: "bottom"},
		Dimension: excelize.ChartDimension{Width: gapChartWidth, Height: planChartHeight},
		XAxis:     narrow,
		YAxis:     w.valueAxis(code + " a year"),
	}))
}
