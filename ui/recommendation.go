package ui

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// recommendationScreen shows the primary recommendation and alternatives
// with their reasons, the fractional vs full-time cost chart and the role
// cards side by side.
type recommendationScreen struct {
	u            *UI
	primary      *widget.Label
	reasons      *fyne.Container
	alternatives *fyne.Container
	chart        *costChart
	chartNote    *widget.Label
	cards        *fyne.Container
	view         fyne.CanvasObject
}

func newRecommendationScreen(u *UI) *recommendationScreen {
	s := &recommendationScreen{u: u, reasons: container.NewVBox(), alternatives: container.NewVBox(),
		chart: newCostChart(), cards: container.NewGridWithColumns(3)}
	s.primary = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.primary.SizeName = theme.SizeNameHeadingText
	s.primary.Wrapping = fyne.TextWrapWord
	s.chartNote = wrapped("")
	legend := container.NewHBox(legendItem("Fractional VP of Sales", fractionalColor), legendItem("Full-time sales manager", fullTimeColor))
	s.view = page(
		heading("Recommendation", ""),
		s.primary,
		s.reasons,
		subheading("Alternatives"),
		s.alternatives,
		subheading("Fractional VP of Sales vs full-time manager: cumulative cost"),
		legend,
		s.chart,
		s.chartNote,
		subheading("The roles side by side"),
		s.cards,
	)
	return s
}

func legendItem(label string, c color.Color) fyne.CanvasObject {
	swatch := canvas.NewRectangle(c)
	swatch.SetMinSize(fyne.NewSize(18, 6))
	return container.NewHBox(container.NewCenter(swatch), widget.NewLabel(label))
}

func (s *recommendationScreen) title() string              { return "Recommendation" }
func (s *recommendationScreen) content() fyne.CanvasObject { return s.view }
func (s *recommendationScreen) showProblems()              {}

func (s *recommendationScreen) load() {
	p := s.u.plan
	r := p.Recommendation
	s.primary.SetText("We recommend: " + r.Primary.Title())
	s.reasons.Objects = nil
	for _, why := range r.Reasons {
		s.reasons.Add(wrapped("•  " + why.Text))
	}
	if r.Readiness != nil && !strings.Contains(strings.Join(r.Why, " "), r.Readiness.Summary) {
		s.reasons.Add(wrapped("Promotion readiness: " + r.Readiness.Summary))
	}
	s.reasons.Refresh()
	s.alternatives.Objects = nil
	for _, k := range r.Alternatives {
		s.alternatives.Add(wrapped("•  " + k.Title()))
	}
	if len(r.Alternatives) == 0 {
		s.alternatives.Add(wrapped("None worth considering with these answers."))
	}
	s.alternatives.Refresh()
	c := p.Comparison
	s.chart.set(c, p.Currency)
	note := fmt.Sprintf("After 12 months: fractional %s, full-time %s. After 24 months: fractional %s, full-time %s (full-time includes %s to recruit).",
		advisor.Money(c.Fractional12, p.Currency), advisor.Money(c.FullTime12, p.Currency),
		advisor.Money(c.Fractional24, p.Currency), advisor.Money(c.FullTime24, p.Currency), advisor.Money(c.RecruitingCost, p.Currency))
	if c.BreakEvenMonth > 0 {
		note += fmt.Sprintf(" The full-time path costs no more in total from month %d (grey line).", c.BreakEvenMonth)
	} else {
		note += " Within the 24 months the full-time path never costs less in total."
	}
	s.chartNote.SetText(note)
	s.cards.Objects = nil
	for _, rc := range advisor.RoleCards() {
		s.cards.Add(roleCard(rc))
	}
	s.cards.Refresh()
}

func roleCard(rc advisor.RoleCard) fyne.CanvasObject {
	body := container.NewVBox()
	for _, f := range rc.Fields() {
		l := widget.NewLabelWithStyle(f.Label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		body.Add(l)
		body.Add(wrapped(f.Value))
	}
	return widget.NewCard(rc.Title, "", body)
}
