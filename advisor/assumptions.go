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

// Figure is a default number with its source and year. Low and High, where
// set, are the sourced spread around the value that the plan's simulation
// draws from.
type Figure struct {
	ID         string  `json:"id"`
	Label      string  `json:"label"`
	Value      float64 `json:"value"`
	Unit       string  `json:"unit"`
	Low        float64 `json:"low,omitempty"`
	High       float64 `json:"high,omitempty"`
	Year       string  `json:"year"`
	Source     string  `json:"source"`
	URL        string  `json:"url"`
	Confidence string  `json:"confidence"`
	Edited     bool    `json:"edited,omitempty"`
}

// Percent reports whether the figure is a share (0.35) that people read
// and type as a percentage (35).
func (f Figure) Percent() bool { return f.Unit == "share" }

// Spread returns the figure's range for the simulation; a figure without
// a sourced spread has none (low = value = high).
func (f Figure) Spread() (low, mode, high float64) {
	low, high = f.Low, f.High
	if low == 0 && high == 0 {
		return f.Value, f.Value, f.Value
	}
	return min(low, f.Value), f.Value, max(high, f.Value)
}

// set gives the figure a value of its own (the user's, or the client's
// answers'), moving its spread with it: the sourced range says how far a
// figure of this kind is uncertain, relative to its value.
func (f *Figure) set(v float64) {
	if f.Value > 0 {
		f.Low, f.High = f.Low*v/f.Value, f.High*v/f.Value
	}
	f.Value = v
}

// Assumptions are every input of the plan; each carries its source.
type Assumptions struct {
	Currency              string `json:"currency"`
	Level                 Level  `json:"level"`
	Rep                   Band   `json:"rep"`
	Manager               Band   `json:"manager"`
	BurdenRate            Figure `json:"burden_rate"` // share on top of pay, 0.35 = 35%
	RepRampMonths         Figure `json:"rep_ramp_months"`
	OnboardingMonths      Figure `json:"onboarding_months"`
	RepSearchMonths       Figure `json:"rep_search_months"`
	ManagerSearchMonths   Figure `json:"manager_search_months"`
	RecruitingFeeRate     Figure `json:"recruiting_fee_rate"` // share of first-year pay
	ExpectedAttainment    Figure `json:"expected_attainment"` // share of quota a new rep reaches
	RepTurnover           Figure `json:"rep_turnover"`        // share of reps who leave in a year
	QuotaMultiple         Figure `json:"quota_multiple"`
	Span                  Figure `json:"span_of_control"`
	FractionalRetainer    Figure `json:"fractional_retainer"` // per month
	FractionalMonths      Figure `json:"fractional_months"`
	FractionalDaysPerWeek Figure `json:"fractional_days_per_week"`
	ManagerRampMonths     Figure `json:"manager_ramp_months"` // from deciding to hire to full impact
}

// figures lists the single-number assumptions in display order.
func (as *Assumptions) figures() []*Figure {
	out := make([]*Figure, len(figureTable))
	for i, f := range figureTable {
		out[i] = f.in(as)
	}
	return out
}

// Figures lists the single-number assumptions in display order.
func (as Assumptions) Figures() []Figure {
	ps := as.figures()
	out := make([]Figure, len(ps))
	for i, p := range ps {
		out[i] = *p
	}
	return out
}

// Figure returns the figure with the given id.
func (as Assumptions) Figure(id string) (Figure, bool) {
	for _, f := range as.figures() {
		if f.ID == id {
			return *f, true
		}
	}
	return Figure{}, false
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

// Months rounds a figure counted in months to the whole months the plan
// works in (half a month rounds up).
func Months(f Figure) int { return int(math.Round(f.Value)) }

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
	byID := map[string]Figure{}
	for _, f := range ref.Figures {
		byID[f.ID] = f
	}
	for _, t := range figureTable {
		f, ok := byID[t.id]
		if !ok {
			panic("advisor: embedded reference data lacks figure " + t.id) // a build defect, caught by tests
		}
		*t.in(&as) = f
	}
	return as
})

// Overrides are the plan inputs a user changed, as saved in the answers
// file. Percentages are 0 to 100, as everywhere in the file.
type Overrides struct {
	BandLevel             Level                 `json:"band_level,omitempty"`
	Bands                 map[Role]BandOverride `json:"bands,omitempty"`
	BurdenRate            *float64              `json:"burden_rate,omitempty"` // percent
	RepRampMonths         *float64              `json:"rep_ramp_months,omitempty"`
	OnboardingMonths      *float64              `json:"onboarding_months,omitempty"`
	RepSearchMonths       *float64              `json:"rep_search_months,omitempty"`
	ManagerSearchMonths   *float64              `json:"manager_search_months,omitempty"`
	RecruitingFeeRate     *float64              `json:"recruiting_fee_rate,omitempty"` // percent
	ExpectedAttainment    *float64              `json:"expected_attainment,omitempty"` // percent
	RepTurnover           *float64              `json:"rep_turnover,omitempty"`        // percent
	QuotaMultiple         *float64              `json:"quota_multiple,omitempty"`
	Span                  *float64              `json:"span_of_control,omitempty"`
	FractionalRetainer    *float64              `json:"fractional_retainer,omitempty"`
	FractionalMonths      *float64              `json:"fractional_months,omitempty"`
	FractionalDaysPerWeek *float64              `json:"fractional_days_per_week,omitempty"`
	// RecruitingCost is a manager's recruiting cost as an amount, as files
	// before the fee rate wrote it; it sets the fee rate as that share of a
	// manager's pay at the plan's level, unless the rate itself is set.
	RecruitingCost    *float64 `json:"recruiting_cost,omitempty"`
	ManagerRampMonths *float64 `json:"manager_ramp_months,omitempty"`
}

// figureTable is the one table of the single-number assumptions, in display
// order: each figure's id in reference.json, its field in Assumptions, its
// field in Overrides and the bounds of an override in the file's units.
var figureTable = []struct {
	id       string
	in       func(as *Assumptions) *Figure
	override func(o *Overrides) **float64
	lo, hi   float64
}{
	{"burden_rate", func(as *Assumptions) *Figure { return &as.BurdenRate }, func(o *Overrides) **float64 { return &o.BurdenRate }, 0, 100},
	{"rep_ramp_months", func(as *Assumptions) *Figure { return &as.RepRampMonths }, func(o *Overrides) **float64 { return &o.RepRampMonths }, 0, PlanMonths},
	{"onboarding_months", func(as *Assumptions) *Figure { return &as.OnboardingMonths }, func(o *Overrides) **float64 { return &o.OnboardingMonths }, 0, 12},
	{"rep_search_months", func(as *Assumptions) *Figure { return &as.RepSearchMonths }, func(o *Overrides) **float64 { return &o.RepSearchMonths }, 0, 12},
	{"manager_search_months", func(as *Assumptions) *Figure { return &as.ManagerSearchMonths }, func(o *Overrides) **float64 { return &o.ManagerSearchMonths }, 0, 12},
	{"recruiting_fee_rate", func(as *Assumptions) *Figure { return &as.RecruitingFeeRate }, func(o *Overrides) **float64 { return &o.RecruitingFeeRate }, 0, 100},
	{"expected_attainment", func(as *Assumptions) *Figure { return &as.ExpectedAttainment }, func(o *Overrides) **float64 { return &o.ExpectedAttainment }, 1, 200},
	{"rep_turnover", func(as *Assumptions) *Figure { return &as.RepTurnover }, func(o *Overrides) **float64 { return &o.RepTurnover }, 0, 100},
	{"quota_multiple", func(as *Assumptions) *Figure { return &as.QuotaMultiple }, func(o *Overrides) **float64 { return &o.QuotaMultiple }, 0.5, 20},
	{"span_of_control", func(as *Assumptions) *Figure { return &as.Span }, func(o *Overrides) **float64 { return &o.Span }, 1, 50},
	{"fractional_retainer", func(as *Assumptions) *Figure { return &as.FractionalRetainer }, func(o *Overrides) **float64 { return &o.FractionalRetainer }, 0, maxMoney},
	{"fractional_months", func(as *Assumptions) *Figure { return &as.FractionalMonths }, func(o *Overrides) **float64 { return &o.FractionalMonths }, 1, PlanMonths},
	{"fractional_days_per_week", func(as *Assumptions) *Figure { return &as.FractionalDaysPerWeek }, func(o *Overrides) **float64 { return &o.FractionalDaysPerWeek }, 0.5, 5},
	{"manager_ramp_months", func(as *Assumptions) *Figure { return &as.ManagerRampMonths }, func(o *Overrides) **float64 { return &o.ManagerRampMonths }, 0, PlanMonths},
}

// FigureOverride returns the place in o that overrides the figure with id,
// in the file's units (percentages 0 to 100), or nil for an unknown id.
func (o *Overrides) FigureOverride(id string) **float64 {
	for _, f := range figureTable {
		if f.id == id {
			return f.override(o)
		}
	}
	return nil
}

// FigureBounds returns the range a figure's override must lie in, in the
// file's units.
func FigureBounds(id string) (lo, hi float64, ok bool) {
	for _, f := range figureTable {
		if f.id == id {
			return f.lo, f.hi, true
		}
	}
	return 0, 0, false
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
	for _, f := range as.figures() {
		if v := *o.FigureOverride(f.ID); v != nil {
			x := *v
			if f.Percent() {
				x /= 100
			}
			f.set(x)
			f.Edited = true
		}
	}
	if c := o.RecruitingCost; c != nil && o.RecruitingFeeRate == nil {
		if pay := as.Manager.At(as.Level); pay > 0 {
			as.RecruitingFeeRate.set(*c / pay)
			as.RecruitingFeeRate.Edited = true
		}
	}
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

// check validates overrides found at prefix ("assumptions", or a
// scenario's or a baseline's).
func (o *Overrides) check(v *validator, prefix string) {
	switch o.BandLevel {
	case "", LevelLow, LevelMid, LevelHigh:
	default:
		v.add(prefix+".band_level", "%q is not a band level; use low, mid or high", string(o.BandLevel))
	}
	for role, b := range o.Bands {
		f := prefix + ".bands." + string(role)
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
	for _, f := range figureTable {
		v.rangeOf(prefix+"."+f.id, *f.override(o), f.lo, f.hi)
	}
	v.money(prefix+".recruiting_cost", o.RecruitingCost)
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

// ConfidenceAnswers marks a figure the plan took from the client's own
// answers rather than from a published source.
const ConfidenceAnswers = "ANSWERS"

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
	case ConfidenceAnswers:
		return "your own answers"
	case ConfidenceSettings:
		return "your own default in Settings"
	}
	return code
}
