package advisor

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/salesteamadvisor/salesteam/assets"
)

// Role is a role the hiring plan can staff.
type Role string

// The roles of the plan.
const (
	RoleRep          Role = "sales_rep"
	RoleManager      Role = "sales_manager"
	RoleFractionalVP Role = "fractional_vp"
)

// Level picks the point of a salary band the plan uses.
type Level string

// Band levels.
const (
	LevelLow  Level = "low"
	LevelMid  Level = "mid"
	LevelHigh Level = "high"
)

// Band is a yearly pay band for a role, with where it comes from.
type Band struct {
	Role            Role    `json:"role"`
	Title           string  `json:"title"`
	Measure         string  `json:"measure"`
	Low             float64 `json:"low"`
	Mid             float64 `json:"mid"`
	High            float64 `json:"high"`
	BaseShare       float64 `json:"base_share"` // share of pay that is base salary, 0 to 1
	BaseShareSource string  `json:"base_share_source"`
	Year            string  `json:"year"`
	Source          string  `json:"source"`
	URL             string  `json:"url"`
	Confidence      string  `json:"confidence"`
	Edited          bool    `json:"edited,omitempty"`
}

// At returns the band's value at a level.
func (b Band) At(l Level) float64 {
	switch l {
	case LevelLow:
		return b.Low
	case LevelHigh:
		return b.High
	}
	return b.Mid
}

// Figure is a default number with its source and year.
type Figure struct {
	ID         string  `json:"id"`
	Label      string  `json:"label"`
	Value      float64 `json:"value"`
	Unit       string  `json:"unit"`
	Year       string  `json:"year"`
	Source     string  `json:"source"`
	URL        string  `json:"url"`
	Confidence string  `json:"confidence"`
	Edited     bool    `json:"edited,omitempty"`
}

// Assumptions are every input of the plan; each carries its source.
type Assumptions struct {
	Currency           string `json:"currency"`
	Level              Level  `json:"level"`
	Rep                Band   `json:"rep"`
	Manager            Band   `json:"manager"`
	BurdenRate         Figure `json:"burden_rate"` // share on top of pay, 0.35 = 35%
	RepRampMonths      Figure `json:"rep_ramp_months"`
	QuotaMultiple      Figure `json:"quota_multiple"`
	Span               Figure `json:"span_of_control"`
	FractionalRetainer Figure `json:"fractional_retainer"` // per month
	FractionalMonths   Figure `json:"fractional_months"`
	RecruitingCost     Figure `json:"recruiting_cost"`
	ManagerRampMonths  Figure `json:"manager_ramp_months"`
}

// Figures lists the single-number assumptions in display order.
func (as Assumptions) Figures() []Figure {
	return []Figure{as.BurdenRate, as.RepRampMonths, as.QuotaMultiple, as.Span, as.FractionalRetainer,
		as.FractionalMonths, as.RecruitingCost, as.ManagerRampMonths}
}

// Bands lists the salary bands.
func (as Assumptions) Bands() []Band { return []Band{as.Rep, as.Manager} }

// Band returns the band for a role.
func (as Assumptions) Band(r Role) Band {
	if r == RoleManager {
		return as.Manager
	}
	return as.Rep
}

// ManagerLoadedCost is a full-time manager's yearly pay plus burden.
func (as Assumptions) ManagerLoadedCost() float64 {
	return as.Manager.At(as.Level) * (1 + as.BurdenRate.Value)
}

type reference struct {
	Currency string   `json:"currency"`
	Bands    []Band   `json:"bands"`
	Figures  []Figure `json:"figures"`
}

// DefaultAssumptions returns the shipped defaults from assets/reference.json.
func DefaultAssumptions() Assumptions { return defaults() }

// defaults parses the embedded reference data once; Assumptions holds no
// reference types, so each caller gets its own copy.
var defaults = sync.OnceValue(func() Assumptions {
	var ref reference
	if err := json.Unmarshal(assets.ReferenceJSON, &ref); err != nil {
		panic("advisor: embedded reference data is broken: " + err.Error()) // a build defect, caught by tests
	}
	as := Assumptions{Currency: ref.Currency, Level: LevelMid}
	for _, b := range ref.Bands {
		switch b.Role {
		case RoleRep:
			as.Rep = b
		case RoleManager:
			as.Manager = b
		}
	}
	fig := map[string]*Figure{
		"burden_rate": &as.BurdenRate, "rep_ramp_months": &as.RepRampMonths, "quota_multiple": &as.QuotaMultiple,
		"span_of_control": &as.Span, "fractional_retainer": &as.FractionalRetainer, "fractional_months": &as.FractionalMonths,
		"recruiting_cost": &as.RecruitingCost, "manager_ramp_months": &as.ManagerRampMonths,
	}
	for _, f := range ref.Figures {
		if p, ok := fig[f.ID]; ok {
			*p = f
		}
	}
	return as
})

// Overrides are the plan inputs a user changed, as saved in the answers
// file. Percentages are 0 to 100, as everywhere in the file.
type Overrides struct {
	BandLevel          Level                 `json:"band_level,omitempty"`
	Bands              map[Role]BandOverride `json:"bands,omitempty"`
	BurdenRate         *float64              `json:"burden_rate,omitempty"` // percent
	RepRampMonths      *float64              `json:"rep_ramp_months,omitempty"`
	QuotaMultiple      *float64              `json:"quota_multiple,omitempty"`
	Span               *float64              `json:"span_of_control,omitempty"`
	FractionalRetainer *float64              `json:"fractional_retainer,omitempty"`
	FractionalMonths   *float64              `json:"fractional_months,omitempty"`
	RecruitingCost     *float64              `json:"recruiting_cost,omitempty"`
	ManagerRampMonths  *float64              `json:"manager_ramp_months,omitempty"`
}

// BandOverride replaces parts of a salary band.
type BandOverride struct {
	Low       *float64 `json:"low,omitempty"`
	Mid       *float64 `json:"mid,omitempty"`
	High      *float64 `json:"high,omitempty"`
	BaseShare *float64 `json:"base_share,omitempty"` // percent
}

// Apply returns the assumptions with the overrides in place; each changed
// figure is marked Edited and keeps its original source for reference.
func (o *Overrides) Apply(as Assumptions) Assumptions {
	if o == nil {
		return as
	}
	if o.BandLevel != "" {
		as.Level = o.BandLevel
	}
	as.Rep = o.Bands[RoleRep].apply(as.Rep)
	as.Manager = o.Bands[RoleManager].apply(as.Manager)
	set := func(f *Figure, v *float64, scale float64) {
		if v != nil {
			f.Value, f.Edited = *v*scale, true
		}
	}
	set(&as.BurdenRate, o.BurdenRate, 0.01)
	set(&as.RepRampMonths, o.RepRampMonths, 1)
	set(&as.QuotaMultiple, o.QuotaMultiple, 1)
	set(&as.Span, o.Span, 1)
	set(&as.FractionalRetainer, o.FractionalRetainer, 1)
	set(&as.FractionalMonths, o.FractionalMonths, 1)
	set(&as.RecruitingCost, o.RecruitingCost, 1)
	set(&as.ManagerRampMonths, o.ManagerRampMonths, 1)
	return as
}

func (o BandOverride) apply(b Band) Band {
	for _, p := range []struct {
		dst *float64
		v   *float64
		k   float64
	}{{&b.Low, o.Low, 1}, {&b.Mid, o.Mid, 1}, {&b.High, o.High, 1}, {&b.BaseShare, o.BaseShare, 0.01}} {
		if p.v != nil {
			*p.dst, b.Edited = *p.v*p.k, true
		}
	}
	return b
}

func (o *Overrides) check(v *validator) {
	switch o.BandLevel {
	case "", LevelLow, LevelMid, LevelHigh:
	default:
		v.add("assumptions.band_level", "%q is not a band level; use low, mid or high", string(o.BandLevel))
	}
	for role, b := range o.Bands {
		f := "assumptions.bands." + string(role)
		if role != RoleRep && role != RoleManager {
			v.add(f, "%q is not a role with a salary band (use sales_rep or sales_manager)", string(role))
			continue
		}
		v.money(f+".low", b.Low)
		v.money(f+".mid", b.Mid)
		v.money(f+".high", b.High)
		v.percent(f+".base_share", b.BaseShare)
		band := b.apply(DefaultAssumptions().Band(role))
		if band.Low > band.Mid || band.Mid > band.High {
			v.add(f, "the band must rise from low to high: low %s, mid %s, high %s", bandValue(band.Low, b.Low), bandValue(band.Mid, b.Mid), bandValue(band.High, b.High))
		}
	}
	v.percent("assumptions.burden_rate", o.BurdenRate)
	v.rangeOf("assumptions.rep_ramp_months", o.RepRampMonths, 0, 24)
	v.rangeOf("assumptions.quota_multiple", o.QuotaMultiple, 0.5, 20)
	v.rangeOf("assumptions.span_of_control", o.Span, 1, 50)
	v.money("assumptions.fractional_retainer", o.FractionalRetainer)
	v.rangeOf("assumptions.fractional_months", o.FractionalMonths, 1, PlanMonths)
	v.money("assumptions.recruiting_cost", o.RecruitingCost)
	v.rangeOf("assumptions.manager_ramp_months", o.ManagerRampMonths, 0, 24)
}

// bandValue shows a band value, saying when it is the default rather than
// one the user typed.
func bandValue(x float64, typed *float64) string {
	if typed == nil {
		return groupThousands(int64(x)) + " (default)"
	}
	return groupThousands(int64(x))
}

func (v *validator) rangeOf(field string, x *float64, lo, hi float64) {
	if x == nil || !v.number(field, *x) {
		return
	}
	if *x < lo || *x > hi {
		v.add(field, "%s is out of range, must be between %s and %s", fmtNum(*x), fmtNum(lo), fmtNum(hi))
	}
}

// Money formats an amount in a currency, rounded to the unit: "$120,000",
// "€9,583", "CHF 1,200".
func Money(x float64, currency string) string {
	neg := x < 0
	s := groupThousands(int64(math.Round(math.Abs(x))))
	sym := CurrencySymbol(currency)
	if utf8.RuneCountInString(sym) > 1 {
		sym += " "
	}
	if neg {
		return "-" + sym + s
	}
	return sym + s
}

// CurrencySymbol returns the symbol for a currency code, or the code itself.
func CurrencySymbol(currency string) string {
	switch strings.ToUpper(currency) {
	case "USD", "":
		return "$"
	case "EUR":
		return "€"
	case "GBP":
		return "£"
	}
	return currency
}

func groupThousands(n int64) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// ConfidenceText explains a source's confidence code in plain words.
func ConfidenceText(code string) string {
	switch code {
	case "OFFICIAL":
		return "official statistics"
	case "BENCH":
		return "a benchmark study"
	case "SEED":
		return "an industry article"
	case "BLOG":
		return "a consultant's estimate: a placeholder, check it"
	case "ASSUMPTION":
		return "our assumption: no cited figure, confirm it"
	}
	return code
}
