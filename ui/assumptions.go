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

// assumption edits one assumption of the plan, a figure or a pay band's
// four parts, saved as overrides in the answers file (in the file's
// units, as shown). It is marked when changed from its default, with a
// button that resets it, and hidden where it changes nothing in the plan.
type assumption struct {
	u       *UI
	key     string // for Plan.AssumptionApplies: "burden_rate", "bands.sales_rep"
	parts   []*assumptionPart
	msg     field // a problem with the whole, such as a band that does not rise
	changed *widget.Label
	reset   *button
	source  *widget.Label
	block   *fyne.Container
}

// assumptionPart is one number of an assumption.
type assumptionPart struct {
	field
	entry *entry
	hint  *widget.Label
	def   float64 // the shipped default, in the units shown
	get   func() *float64
	set   func(*float64)
}

func (s *planScreen) newAssumption(key string) *assumption {
	a := &assumption{u: s.u, key: key, msg: newField("assumptions." + key), changed: widget.NewLabel("Changed"), source: caption("")}
	a.changed.Importance = widget.WarningImportance
	a.reset = s.u.newButton("Reset", theme.ContentUndoIcon(), a.onReset)
	a.reset.Importance = widget.LowImportance
	return a
}

// newFigure is the editor of a figure; nil for one the file cannot
// override.
func (s *planScreen) newFigure(fig advisor.Figure) *assumption {
	if (&advisor.Overrides{}).FigureOverride(fig.ID) == nil {
		return nil
	}
	u := s.u
	scale, unit := 1.0, fig.Unit
	if fig.Percent() {
		scale, unit = 100, "%" // a share in the plan, a percentage in the file
	}
	a := s.newAssumption(fig.ID)
	p := a.newPart("assumptions."+fig.ID, fig.Value*scale,
		func() *float64 {
			if u.answers.Assumptions == nil {
				return nil
			}
			return *u.answers.Assumptions.FigureOverride(fig.ID)
		},
		func(x *float64) { *u.overrides().FigureOverride(fig.ID) = x })
	label := widget.NewLabelWithStyle(fig.Label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	label.Wrapping = fyne.TextWrapWord
	a.block = container.NewVBox(label,
		container.NewHBox(widthOf(140, p.entry), widget.NewLabel(unit), p.hint, a.changed, a.reset),
		p.msg, a.source)
	return a
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

// newBand is the editor of a pay band: its low, middle and high points and
// the base salary's share.
func (s *planScreen) newBand(b advisor.Band) *assumption {
	u := s.u
	a := s.newAssumption("bands." + string(b.Role))
	parts := newFlow(4)
	for _, part := range []struct {
		name, label string
		def         float64
	}{{"low", "Low", b.Low}, {"mid", "Middle", b.Mid}, {"high", "High", b.High}, {"base_share", "Base salary %", b.BaseShare * 100}} {
		p := a.newPart("assumptions.bands."+string(b.Role)+"."+part.name, part.def,
			func() *float64 {
				if u.answers.Assumptions == nil {
					return nil
				}
				o := u.answers.Assumptions.Bands[b.Role]
				return *bandPart(&o, part.name)
			},
			func(x *float64) {
				o := u.overrides()
				if o.Bands == nil {
					o.Bands = map[advisor.Role]advisor.BandOverride{}
				}
				bo := o.Bands[b.Role]
				*bandPart(&bo, part.name) = x
				o.Bands[b.Role] = bo
			})
		parts.Add(container.NewVBox(widget.NewLabel(part.label), p.entry, p.hint, p.msg))
	}
	title := widget.NewLabelWithStyle(b.Title+": "+b.Measure, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	a.block = container.NewVBox(container.NewBorder(nil, nil, nil, container.NewHBox(a.changed, a.reset), title),
		parts, a.msg.msg, a.source)
	return a
}

func (a *assumption) newPart(id string, def float64, get func() *float64, set func(*float64)) *assumptionPart {
	u := a.u
	p := &assumptionPart{field: newField(id), def: def, get: get, set: set, hint: widget.NewLabel("")}
	p.hint.Importance = widget.LowImportance
	p.hint.Hide()
	p.entry = u.newNumberEntry()
	p.entry.SetPlaceHolder(advisor.FormatNumber(def))
	p.entry.OnChanged = func(t string) {
		if u.loading {
			return
		}
		x, err := advisor.ParseNumber(t)
		switch {
		case strings.TrimSpace(t) == "":
			delete(u.inputErr, id)
			p.set(nil)
			setHint(p.hint, "= the default, "+advisor.FormatNumber(p.def))
		case err != nil:
			u.inputErr[id] = p.refused(t, err)
			setHint(p.hint, "")
		default:
			delete(u.inputErr, id)
			p.set(&x)
			setHint(p.hint, understood(t, x))
		}
		a.showChanged()
		u.changed()
	}
	p.entry.onLeave = func() {
		if _, refused := u.inputErr[id]; !refused && !u.loading {
			p.load(u)
		}
		u.leave(id)
	}
	a.parts = append(a.parts, p)
	return p
}

// refused says why t was refused; for text that is no number, with the
// default as an example of what to type (ParseNumber's own examples are
// amounts, not the months or percentages most assumptions are).
func (p *assumptionPart) refused(t string, err error) string {
	if advisor.IsNotNumber(err) {
		return fmt.Sprintf("%q is not a number; type a figure such as %s", strings.TrimSpace(t), advisor.FormatNumber(p.def))
	}
	return err.Error()
}

// load shows the override, or the default, with thousands separators.
func (p *assumptionPart) load(u *UI) {
	x := p.get()
	if x == nil {
		x = &p.def
	}
	u.loadText(p.entry, advisor.FormatNumber(*x))
	setHint(p.hint, "")
}

func (a *assumption) load() {
	for _, p := range a.parts {
		p.load(a.u)
	}
	a.showChanged()
}

// isChanged reports whether any part differs from its default.
func (a *assumption) isChanged() bool {
	for _, p := range a.parts {
		if x := p.get(); x != nil && *x != p.def {
			return true
		}
	}
	return false
}

// showChanged marks the assumption changed, with its reset, or not; only
// its own row is laid out again.
func (a *assumption) showChanged() {
	c := a.isChanged()
	if a.changed.Hidden == !c {
		return
	}
	a.changed.Hidden, a.reset.Hidden = !c, !c
	if len(a.parts) == 1 {
		a.reset.Text = "Reset to " + advisor.FormatNumber(a.parts[0].def)
	}
	if a.block != nil {
		a.block.Refresh()
	}
}

// onReset goes back to the defaults.
func (a *assumption) onReset() {
	for _, p := range a.parts {
		p.set(nil)
		delete(a.u.inputErr, p.id())
	}
	a.load()
	a.u.changed()
}

func (a *assumption) show() {
	a.msg.show(a.u)
	for _, p := range a.parts {
		p.show(a.u)
	}
}

// showSource shows where the plan's value comes from, and hides the
// assumption where it changes nothing in this plan (unless it was changed,
// so that it can be reset).
func (a *assumption) showSource() {
	p := a.u.plan
	src, year, conf := "", "", ""
	if role, ok := strings.CutPrefix(a.key, "bands."); ok {
		b := p.Assumptions.Band(advisor.Role(role))
		src, year, conf = b.Source, b.Year, b.Confidence
	} else if f, ok := p.Assumptions.Figure(a.key); ok {
		src, year, conf = f.Source, f.Year, f.Confidence
		if f.Edited {
			src = "Your change. The default comes from: " + src
		}
	}
	setText(a.source, sourceText(src, year, conf))
	a.block.Hidden = !p.AssumptionApplies(a.key) && !a.isChanged() && !a.hasProblem()
}

func (a *assumption) hasProblem() bool {
	for _, p := range a.parts {
		if _, bad := a.u.inputErr[p.id()]; bad {
			return true
		}
	}
	return a.u.message(a.msg.id()) != ""
}

func sourceText(source, year, confidence string) string {
	t := source
	if year != "" {
		t += " (" + year + ")"
	}
	if confidence != "" {
		t += ". Source: " + advisor.ConfidenceText(confidence) + "."
	}
	return t
}
