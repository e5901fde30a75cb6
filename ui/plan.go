package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// planScreen shows the hiring timeline and its costs, with the assumptions
// editable in place; the totals follow as the user types.
type planScreen struct {
	u        *UI
	summary  *widget.Label
	warnings *fyne.Container // what to check before trusting the figures
	totals   *fyne.Container
	hires    *fyne.Container
	export   *widget.Button
	level    *widget.Select
	bands    []*assumptionField
	figures  []*assumptionField
	view     fyne.CanvasObject
}

// assumptionField edits one plan assumption, saved as an override in the
// answers file (in the file's units, as shown); empty means the default.
type assumptionField struct {
	field
	entry *entry
	def   float64 // the shipped default, in the units shown
	get   func() *float64
	set   func(*float64)
}

var levelLabels = map[advisor.Level]string{advisor.LevelLow: "Low end", advisor.LevelMid: "Middle", advisor.LevelHigh: "High end"}

func newPlanScreen(u *UI) *planScreen {
	s := &planScreen{u: u, totals: newFlow(3), hires: container.NewVBox(), warnings: container.NewVBox()}
	s.summary = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.summary.SizeName = theme.SizeNameSubHeadingText
	s.summary.Wrapping = fyne.TextWrapWord
	s.export = widget.NewButtonWithIcon("Export to Excel…", theme.DocumentSaveIcon(), u.onExport)
	s.export.Importance = widget.HighImportance
	s.level = widget.NewSelect([]string{levelLabels[advisor.LevelLow], levelLabels[advisor.LevelMid], levelLabels[advisor.LevelHigh]}, s.onLevel)
	timeline := container.NewVBox(subheading("Timeline"), s.hires)
	assumptions := container.NewVBox(
		subheading("Assumptions"),
		wrapped("Change any value: the plan and its totals follow as you type. Empty a field to go back to the default."),
		s.assumptionsForm(),
	)
	// One page scrolls as a whole, so that neither column is ever squeezed
	// into a strip; the columns stack when the window is narrow.
	s.view = page(
		container.NewBorder(nil, nil, nil, container.NewVBox(s.export), heading("Hiring plan: 24 months", "")),
		s.warnings,
		s.summary,
		s.totals,
		widget.NewSeparator(),
		newFlow(2, timeline, assumptions),
	)
	return s
}

func (s *planScreen) title() string              { return "Plan" }
func (s *planScreen) content() fyne.CanvasObject { return s.view }

// assumptionsForm builds the editors for the bands and the figures, each
// with its default's source and year.
func (s *planScreen) assumptionsForm() fyne.CanvasObject {
	def := advisor.DefaultAssumptions()
	form := container.NewVBox(
		widget.NewLabelWithStyle("Where in the salary bands to plan", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		sized(s.level),
	)
	for _, b := range def.Bands() {
		parts := newFlow(4)
		for _, part := range []struct {
			name  string
			label string
			def   float64
			scale float64
		}{{"low", "Low", b.Low, 1}, {"mid", "Middle", b.Mid, 1}, {"high", "High", b.High, 1}, {"base_share", "Base salary %", b.BaseShare, 100}} {
			f := s.newBandField(b.Role, part.name, part.def*part.scale)
			s.bands = append(s.bands, f)
			parts.Add(container.NewVBox(widget.NewLabel(part.label), f.entry, f.msg))
		}
		bandMsg := &assumptionField{field: field{id: "assumptions.bands." + string(b.Role), msg: newMessage()}}
		s.bands = append(s.bands, bandMsg)
		title := widget.NewLabelWithStyle(b.Title+": "+b.Measure, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		form.Add(title)
		form.Add(parts)
		form.Add(bandMsg.msg)
		form.Add(sourceLine(b.Source, b.Year, b.Confidence))
	}
	for _, fig := range def.Figures() {
		scale, unit := 1.0, fig.Unit
		if fig.Percent() {
			scale, unit = 100, "%" // a share in the plan, a percentage in the file
		}
		f := s.newFigureField(fig, fig.Value*scale)
		if f == nil {
			continue
		}
		s.figures = append(s.figures, f)
		label := widget.NewLabelWithStyle(fig.Label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		label.Wrapping = fyne.TextWrapWord
		form.Add(label)
		form.Add(container.NewBorder(nil, nil, widthOf(140, f.entry), nil, wrapped(unit)))
		form.Add(f.msg)
		form.Add(sourceLine(fmt.Sprintf("Default %s %s. %s", formatNumber(advisor.Ptr(fig.Value*scale)), unit, fig.Source), fig.Year, fig.Confidence))
	}
	return form
}

func sourceLine(source, year, confidence string) fyne.CanvasObject {
	t := source
	if year != "" {
		t += " (" + year + ")"
	}
	if confidence != "" {
		t += ". Source: " + advisor.ConfidenceText(confidence) + "."
	}
	l := wrapped(t)
	l.TextStyle.Italic = true
	l.SizeName = theme.SizeNameCaptionText
	return l
}

// overrides returns the session's overrides, creating them on first edit.
func (u *UI) overrides() *advisor.Overrides {
	if u.answers.Assumptions == nil {
		u.answers.Assumptions = &advisor.Overrides{}
	}
	return u.answers.Assumptions
}

func (s *planScreen) newFigureField(fig advisor.Figure, shown float64) *assumptionField {
	if (&advisor.Overrides{}).FigureOverride(fig.ID) == nil {
		return nil
	}
	ptr := func(o *advisor.Overrides) **float64 { return o.FigureOverride(fig.ID) }
	u := s.u
	return s.newAssumption("assumptions."+fig.ID, shown,
		func() *float64 {
			if u.answers.Assumptions == nil {
				return nil
			}
			return *ptr(u.answers.Assumptions)
		},
		func(x *float64) { *ptr(u.overrides()) = x })
}

// bandPart returns the part of a band override that a field edits.
func bandPart(b *advisor.BandOverride, part string) **float64 {
	switch part {
	case "low":
		return &b.Low
	case "mid":
		return &b.Mid
	case "high":
		return &b.High
	}
	return &b.BaseShare
}

func (s *planScreen) newBandField(role advisor.Role, part string, shown float64) *assumptionField {
	u := s.u
	return s.newAssumption("assumptions.bands."+string(role)+"."+part, shown,
		func() *float64 {
			if u.answers.Assumptions == nil {
				return nil
			}
			b := u.answers.Assumptions.Bands[role]
			return *bandPart(&b, part)
		},
		func(x *float64) {
			o := u.overrides()
			if o.Bands == nil {
				o.Bands = map[advisor.Role]advisor.BandOverride{}
			}
			b := o.Bands[role]
			*bandPart(&b, part) = x
			o.Bands[role] = b
		})
}

func (s *planScreen) newAssumption(id string, def float64, get func() *float64, set func(*float64)) *assumptionField {
	u := s.u
	f := &assumptionField{field: field{id: id, msg: newMessage()}, def: def, get: get, set: set}
	f.entry = newNumberEntry()
	f.entry.SetPlaceHolder(formatNumber(&def))
	f.entry.OnChanged = func(t string) {
		if u.loading {
			return
		}
		u.touch(id)
		switch x, err := advisor.ParseNumber(t); {
		case strings.TrimSpace(t) == "":
			delete(u.inputErr, id)
			f.set(nil)
		case err != nil:
			u.inputErr[id] = err.Error()
		default:
			delete(u.inputErr, id)
			f.set(&x)
		}
		u.changed()
	}
	return f
}

func (f *assumptionField) load() {
	x := f.get()
	if x == nil {
		x = &f.def
	}
	f.entry.SetText(formatNumber(x))
}

func (s *planScreen) onLevel(label string) {
	if s.u.loading {
		return
	}
	for l, t := range levelLabels {
		if t == label {
			s.u.overrides().BandLevel = l
		}
	}
	s.u.changed()
}

// loadAssumptions fills the assumption editors from the session.
func (s *planScreen) loadAssumptions() {
	level := advisor.LevelMid
	if o := s.u.answers.Assumptions; o != nil && o.BandLevel != "" {
		level = o.BandLevel
	}
	s.level.SetSelected(levelLabels[level])
	for _, f := range append(append([]*assumptionField(nil), s.bands...), s.figures...) {
		if f.entry != nil {
			f.load()
		}
	}
}

func (s *planScreen) showProblems() {
	for _, f := range append(append([]*assumptionField(nil), s.bands...), s.figures...) {
		f.show(s.u)
	}
}

// load shows the current plan: the summary, totals and timeline.
func (s *planScreen) load() {
	p := s.u.plan
	cur := p.Currency
	s.summary.SetText(p.Recommendation.Headline)
	setWarnings(s.warnings, "Check before you trust these figures", p.Warnings)
	s.totals.Objects = nil
	add := func(label, value string) {
		l := wrapped(label)
		l.SizeName = theme.SizeNameCaptionText
		v := widget.NewLabelWithStyle(value, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		v.Wrapping = fyne.TextWrapWord
		s.totals.Add(container.NewVBox(l, v))
	}
	add("Cost in the first 12 months", advisor.Money(p.Year1, cur))
	add("Cost in months 13-24", advisor.Money(p.Year2, cur))
	add("Headcount", fmt.Sprintf("%d today, %d after 12 months", p.HeadcountNow, p.Headcount12))
	add("Quota carried by new reps, year 1", advisor.Money(p.Capacity1, cur))
	add("Quota carried by new reps, year 2", advisor.Money(p.Capacity2, cur))
	if p.RevenueGap != nil {
		add("Revenue gap to target", advisor.Money(*p.RevenueGap, cur))
	}
	s.totals.Refresh()
	s.hires.Objects = nil
	for _, h := range p.Hires {
		s.hires.Add(hireCard(h, p.MonthLabels, cur))
	}
	if len(p.Hires) == 0 {
		s.hires.Add(wrapped("No hires: the plan keeps the team as it is."))
	}
	s.hires.Refresh()
}

func hireCard(h advisor.Hire, months []string, cur string) fyne.CanvasObject {
	when := "from " + months[h.Start-1]
	if h.Months > 0 {
		when += " to " + months[h.End()-1]
	}
	if h.SearchMonths > 0 {
		when += fmt.Sprintf(" (search from %s)", months[h.SearchStart-1])
	}
	var pay string
	switch {
	case h.Role == advisor.RoleFractionalVP:
		pay = advisor.Money(h.Pay, cur) + " a month retainer"
	case h.Promotion:
		pay = advisor.Money(h.Pay, cur) + " a year raise plus burden"
	default:
		pay = fmt.Sprintf("%s a year on-target (%s base + %s variable) plus %s%% burden",
			advisor.Money(h.Pay, cur), advisor.Money(h.Base, cur), advisor.Money(h.Variable, cur), formatNumber(advisor.Ptr(h.BurdenRate*100)))
	}
	if h.RecruitingFee > 0 {
		pay += fmt.Sprintf("; recruiting fee %s in the first month", advisor.Money(h.RecruitingFee, cur))
	}
	if h.Role == advisor.RoleFractionalVP && h.DaysPerWeek > 0 {
		pay += fmt.Sprintf(", about %s days a week", formatNumber(&h.DaysPerWeek))
	}
	if h.RampMonths > 0 {
		pay += fmt.Sprintf("; ramps over %d months", h.RampMonths)
	}
	title := widget.NewLabelWithStyle(fmt.Sprintf("%s, %s", h.Title, when), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	total := wrapped(advisor.Money(h.Total, cur) + " over the 24 months")
	why := wrapped(h.Why)
	why.TextStyle.Italic = true
	return widget.NewCard("", "", container.NewVBox(title, total, wrapped(pay), why))
}
