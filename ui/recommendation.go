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

// recommendationScreen shows the advice: its headline and how sure it is,
// the questions to answer first, why (adding to the findings rather than
// repeating them), the changes that cost nothing, when each alternative
// fits better, the fractional vs full-time comparison where it is part of
// the advice, and the role cards side by side.
type recommendationScreen struct {
	u            *UI
	primary      *widget.Label
	confidence   *widget.Label
	provisional  *widget.Label
	answerFirst  *fyne.Container // the questions to answer before acting
	warnings     *fyne.Container // a pointer to the plan's warnings
	reasons      *fyne.Container
	budget       *widget.Label
	actions      *fyne.Container // the changes that cost nothing
	alternatives *fyne.Container
	chart        *costChart
	chartNote    *widget.Label
	comparison   *fyne.Container // shown only when the advice compares the two
	cards        *fyne.Container
	view         fyne.CanvasObject
}

func newRecommendationScreen(u *UI) *recommendationScreen {
	s := &recommendationScreen{u: u, reasons: container.NewVBox(), alternatives: container.NewVBox(),
		chart: newCostChart(), cards: newFlow(3), warnings: container.NewVBox(), answerFirst: container.NewVBox(), actions: container.NewVBox()}
	s.confidence = wrapped("")
	s.provisional = wrapped("")
	s.provisional.TextStyle.Italic = true
	s.budget = wrapped("")
	s.primary = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.primary.SizeName = theme.SizeNameHeadingText
	s.primary.Wrapping = fyne.TextWrapWord
	s.chartNote = wrapped("")
	legend := newFlow(2, legendItem("Fractional VP of Sales", fractionalColor), legendItem("Full-time sales manager", fullTimeColor))
	s.comparison = container.NewVBox(
		subheading("Fractional VP of Sales or full-time manager: the cost to date"),
		legend, s.chart, s.chartNote)
	s.view = page(
		widget.NewLabel("We recommend"),
		s.primary,
		s.confidence,
		s.provisional,
		s.answerFirst,
		s.warnings,
		s.reasons,
		s.budget,
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

func (s *recommendationScreen) content() fyne.CanvasObject { return s.view }
func (s *recommendationScreen) showProblems()              {}

func (s *recommendationScreen) load() {
	p := s.u.plan
	r := p.Recommendation
	s.primary.SetText(r.Headline)
	s.confidence.SetText(fmt.Sprintf("%s: %s. %s %s", advisor.ConfidenceLabel, r.Confidence, r.ConfidenceNote, advisor.ConfidenceScope))
	s.provisional.Hidden = r.Provisional == ""
	if r.Provisional != "" {
		s.provisional.SetText("What the evidence so far points to: " + lowerFirst(r.Provisional.Title()) +
			". The plan spends nothing on it until the questions below are answered.")
	}
	s.loadAnswerFirst(r)
	if n := len(p.Warnings); n > 0 {
		setWarnings(s.warnings, "", []string{fmt.Sprintf("Before you trust the figures: the plan has %d %s to check, listed at the top of the Plan step.",
			n, plural(n, "thing", "things"))})
	} else {
		setWarnings(s.warnings, "", nil)
	}
	s.loadReasons(p)
	s.budget.Hidden = !r.ConsidersManager() && !r.Compare
	s.budget.SetText("Budget: " + lowerFirst(r.Affordability.Text))
	s.actions.Objects = nil
	if len(r.Actions) > 0 {
		s.actions.Add(subheading("Changes that cost nothing"))
		for _, a := range r.Actions {
			s.actions.Add(wrapped("•  " + a.Text))
		}
	}
	s.loadAlternatives(r)
	s.chart.set(p.Comparison, p.Currency, p.MonthLabels)
	s.chartNote.SetText("•  " + strings.Join(p.ComparisonText(), "\n•  "))
	s.comparison.Hidden = !r.Compare
	s.cards.Objects = nil
	for _, rc := range advisor.RoleCards() {
		s.cards.Add(roleCard(rc))
	}
}

// loadAnswerFirst lists the questions to answer before acting, each with a
// button to its field.
func (s *recommendationScreen) loadAnswerFirst(r advisor.Recommendation) {
	s.answerFirst.Objects = nil
	if len(r.AnswerFirst) > 0 {
		s.answerFirst.Add(subheading("Answer these first"))
		for _, a := range r.AnswerFirst {
			q, _ := advisor.QuestionByID(a.Question)
			s.answerFirst.Add(s.u.answerLink(q.Asked(), a.Question))
		}
	}
}

// loadReasons lists the reasons for the advice that add to what the page
// and the diagnosis already say: a reason that restates the confidence
// note or the budget is left out, and one that opens with a finding's
// evidence names the finding instead of repeating it.
func (s *recommendationScreen) loadReasons(p advisor.Plan) {
	r := p.Recommendation
	s.reasons.Objects = []fyne.CanvasObject{subheading("Why")}
	for _, why := range r.Reasons {
		if t := reasonText(why.Text, r, p.Diagnosis); t != "" {
			s.reasons.Add(wrapped("•  " + t))
		}
	}
	if r.Readiness != nil && !strings.Contains(strings.Join(r.Why, " "), r.Readiness.Summary) {
		s.reasons.Add(wrapped("•  Promotion readiness: " + r.Readiness.Summary))
	}
	if len(s.reasons.Objects) == 1 {
		s.reasons.Objects = nil
	}
}

// reasonText is a reason as the page shows it, or "" if the page says it
// elsewhere.
func reasonText(t string, r advisor.Recommendation, d advisor.Diagnosis) string {
	if r.ConfidenceNote != "" && strings.Contains(t, r.ConfidenceNote) || t == r.Affordability.Text {
		return ""
	}
	for _, f := range d.Findings {
		if rest, ok := strings.CutPrefix(t, f.Evidence); ok && f.Evidence != "" {
			rest = strings.TrimSpace(rest)
			if rest == "" {
				return ""
			}
			return f.Title + " (see the diagnosis). " + rest
		}
	}
	return t
}

func (s *recommendationScreen) loadAlternatives(r advisor.Recommendation) {
	s.alternatives.Objects = nil
	for _, alt := range r.AlternativeReasons {
		title := widget.NewLabelWithStyle(alt.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		s.alternatives.Add(title)
		if alt.Text != "" {
			s.alternatives.Add(wrapped(alt.Text))
		}
	}
	if len(r.Alternatives) == 0 {
		s.alternatives.Add(wrapped("None worth considering with these answers."))
	}
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

// lowerFirst puts a sentence after a colon: "Budget: the leadership…".
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
