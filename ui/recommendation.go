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
	confidence   *widget.Label
	answerFirst  *fyne.Container // the questions to answer before acting
	actions      *fyne.Container // the changes that cost nothing
	reasons      *fyne.Container
	warnings     *fyne.Container // a pointer to the plan's warnings
	alternatives *fyne.Container
	chart        *costChart
	chartNote    *widget.Label
	comparison   *fyne.Container // shown only when the advice is about leadership
	cards        *fyne.Container
	view         fyne.CanvasObject
}

func newRecommendationScreen(u *UI) *recommendationScreen {
	s := &recommendationScreen{u: u, reasons: container.NewVBox(), alternatives: container.NewVBox(),
		chart: newCostChart(), cards: newFlow(3), warnings: container.NewVBox(), answerFirst: container.NewVBox(), actions: container.NewVBox()}
	s.confidence = wrapped("")
	s.primary = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.primary.SizeName = theme.SizeNameHeadingText
	s.primary.Wrapping = fyne.TextWrapWord
	s.chartNote = wrapped("")
	legend := newFlow(2, legendItem("Fractional VP of Sales", fractionalColor), legendItem("Full-time sales manager", fullTimeColor))
	s.comparison = container.NewVBox(
		subheading("Fractional VP of Sales vs full-time manager, over this plan's months"),
		legend, s.chart, s.chartNote)
	s.view = page(
		heading("Recommendation", ""),
		s.primary,
		s.confidence,
		s.answerFirst,
		s.warnings,
		s.reasons,
		s.actions,
		subheading("Alternatives"),
		s.alternatives,
		s.comparison,
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
	s.primary.SetText("We recommend: " + r.Headline)
	s.confidence.SetText(fmt.Sprintf("Confidence: %s. %s", r.Confidence, r.ConfidenceNote))
	s.answerFirst.Objects = nil
	if len(r.AnswerFirst) > 0 {
		s.answerFirst.Add(subheading("Answer these first"))
		for _, q := range r.AnswerFirst {
			s.answerFirst.Add(wrapped("•  " + q.Prompt))
		}
	}
	s.answerFirst.Refresh()
	s.actions.Objects = nil
	if len(r.Actions) > 0 {
		s.actions.Add(subheading("Changes that cost nothing"))
		for _, a := range r.Actions {
			s.actions.Add(wrapped("•  " + a.Text))
		}
	}
	s.actions.Refresh()
	s.reasons.Objects = nil
	for _, why := range r.Reasons {
		s.reasons.Add(wrapped("•  " + why.Text))
	}
	if r.Readiness != nil && !strings.Contains(strings.Join(r.Why, " "), r.Readiness.Summary) {
		s.reasons.Add(wrapped("Promotion readiness: " + r.Readiness.Summary))
	}
	s.reasons.Refresh()
	if n := len(p.Warnings); n > 0 {
		setWarnings(s.warnings, "", []string{fmt.Sprintf("Before you trust the figures: the plan has %d %s to check, listed at the top of the Plan step.",
			n, plural(n, "thing", "things"))})
	} else {
		setWarnings(s.warnings, "", nil)
	}
	s.alternatives.Objects = nil
	for _, alt := range r.AlternativeReasons {
		title := widget.NewLabelWithStyle("•  "+alt.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		s.alternatives.Add(title)
		if alt.Text != "" {
			s.alternatives.Add(container.NewPadded(wrapped(alt.Text)))
		}
	}
	if len(r.Alternatives) == 0 {
		s.alternatives.Add(wrapped("None worth considering with these answers."))
	}
	s.alternatives.Refresh()
	c := p.Comparison
	s.chart.set(c, p.Currency)
	s.chartNote.SetText(comparisonNote(p))
	if r.Compare {
		s.comparison.Show()
	} else {
		s.comparison.Hide()
	}
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

// comparisonNote puts the chart in words: the plan's own comparison, as the
// advisor words it.
func comparisonNote(p advisor.Plan) string {
	return strings.Join(p.ComparisonText(), " ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
