package ui

import (
	"regexp"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// hiddenMoney is what a money figure shows while "Hide money" is on.
const hiddenMoney = "•••"

// moneyHidden is the "Hide money" toggle. It is view-wide, as the theme
// is: the app has one window, and every screen, chart and card formats
// money through money below.
var moneyHidden atomic.Bool

// money formats an amount for the screen: advisor.Money, or hiddenMoney
// while money is hidden for a room where salaries are sensitive. It is
// the one place the UI formats money; the workbook is not affected.
func money(x float64, currency string) string {
	if moneyHidden.Load() {
		return hiddenMoney
	}
	return advisor.Money(x, currency)
}

// moneyInText is an amount as advisor.Money writes it inside the
// advisor's own sentences ("the leadership budget ($120,000 a year)"):
// a symbol, or a currency code and a space, then digits.
var moneyInText = regexp.MustCompile(`-?(?:[$€£]|\b[A-Z]{3} )[0-9][0-9,]*`)

// maskMoney blanks the money in every label under o while money is
// hidden: the advisor's sentences carry amounts that money above never
// formats. The screens refill their labels when money shows again.
func maskMoney(o fyne.CanvasObject) {
	if !moneyHidden.Load() || o == nil {
		return
	}
	switch w := o.(type) {
	case *fyne.Container:
		for _, c := range w.Objects {
			maskMoney(c)
		}
	case *container.Scroll:
		maskMoney(w.Content)
	case *widget.Form:
		for _, it := range w.Items {
			maskMoney(it.Widget)
		}
	case *widget.Label:
		if t := moneyInText.ReplaceAllString(w.Text, hiddenMoney); t != w.Text {
			w.SetText(t)
		}
	}
}

// presentBar shows that the workshop view is on, how to step through it,
// and the "Hide money" toggle.
type presentBar struct {
	box   *fyne.Container
	label *widget.Label
	hide  *widget.Check
}

func (u *UI) newPresentBar() *presentBar {
	b := &presentBar{label: widget.NewLabelWithStyle("● Presenting  ← →", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
	b.label.Importance = widget.DangerImportance
	b.hide = widget.NewCheck("Hide money", u.setMoneyHidden)
	b.hide.Checked = moneyHidden.Load()
	b.box = container.NewStack(tint(theme.ColorNameFocus), container.NewBorder(nil, nil, b.label, b.hide))
	b.box.Hide()
	return b
}

// presenting reports whether the workshop view is on.
func (u *UI) presenting() bool { return u.workshop != nil && u.workshop.Checked }

// showPresenting shows or hides the presenting bar with the workshop view.
func (u *UI) showPresenting() {
	if u.present == nil {
		return
	}
	u.present.box.Hidden = !u.presenting()
	u.present.box.Refresh()
	if !u.presenting() && moneyHidden.Load() {
		u.setMoneyHidden(false) // its toggle goes with the bar
	}
	u.built(func(s screen) {
		if p, ok := s.(interface{ presentChanged() }); ok {
			p.presentChanged()
		}
	})
}

// setMoneyHidden hides or shows every money figure on screen, and redraws
// the current step with it.
func (u *UI) setMoneyHidden(hide bool) {
	if moneyHidden.Load() == hide {
		return
	}
	moneyHidden.Store(hide)
	if u.present != nil && u.present.hide.Checked != hide {
		u.present.hide.SetChecked(hide)
	}
	u.built(func(s screen) {
		if m, ok := s.(interface{ moneyChanged() }); ok {
			m.moneyChanged()
		}
	})
	u.themeGen.Add(1) // redraw the page whole, charts included
	u.reshow()
}

// presentKey steps with the arrow keys while presenting; it reports
// whether it took k. Entries take their own arrow keys, so typing in a
// field never steps.
func (u *UI) presentKey(k *fyne.KeyEvent) bool {
	if !u.presenting() {
		return false
	}
	switch k.Name {
	case fyne.KeyLeft:
		u.goTo(u.step - 1)
	case fyne.KeyRight:
		if u.step < len(steps)-1 && !u.next.Disabled() {
			u.goTo(u.step + 1)
		}
	default:
		return false
	}
	return true
}

// moneyChanged hides the plan's assumptions while money is hidden: their
// fields hold pay bands and fees as typed, which money never formats.
func (s *planScreen) moneyChanged() {
	s.assumptionsBox.Hidden = moneyHidden.Load()
}
