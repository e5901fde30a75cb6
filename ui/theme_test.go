package ui

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// luminance is WCAG's relative luminance of c.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// TestHintsCanBeRead: low-importance labels (the number echo, greyed
// totals) are drawn in the theme's disabled colour; in both variants, and
// in the workshop view, it reads at WCAG AA against the background while
// staying lighter than the text.
func TestHintsCanBeRead(t *testing.T) {
	for _, th := range []fyne.Theme{defaultTheme(), workshopTheme{defaultTheme()}} {
		for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
			bg, hint, text := th.Color(theme.ColorNameBackground, v), th.Color(theme.ColorNameDisabled, v), th.Color(theme.ColorNameForeground, v)
			if c := contrast(hint, bg); c < 4.5 {
				t.Errorf("variant %v: hints at %.2f:1 against the background, want 4.5:1", v, c)
			}
			if contrast(hint, bg) >= contrast(text, bg) {
				t.Errorf("variant %v: hints stand out as much as the text", v)
			}
		}
	}
}
