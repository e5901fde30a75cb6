package advisor

import (
	"fmt"
	"time"
)

// Month is a calendar month, the plan's unit of time. Its text form, in the
// answers file and in JSON, is "YYYY-MM".
type Month struct {
	Year  int
	Month time.Month
}

// MonthOf returns the calendar month that t falls in.
func MonthOf(t time.Time) Month { return Month{t.Year(), t.Month()} }

// ParseMonth reads "YYYY-MM", such as "2027-01".
func ParseMonth(s string) (Month, error) {
	t, err := time.Parse("2006-01", s)
	if err != nil || len(s) != 7 {
		return Month{}, fmt.Errorf("%q is not a month; write it as YYYY-MM, such as 2027-01", s)
	}
	return MonthOf(t), nil
}

// Add returns the month n months later (earlier for negative n).
func (m Month) Add(n int) Month {
	return MonthOf(time.Date(m.Year, m.Month+time.Month(n), 1, 0, 0, 0, 0, time.UTC))
}

// String is the month as "YYYY-MM".
func (m Month) String() string { return fmt.Sprintf("%04d-%02d", m.Year, int(m.Month)) }

// Label is the month as people read it on a plan: "Jan 2027".
func (m Month) Label() string { return m.Month.String()[:3] + " " + fmt.Sprint(m.Year) }

// IsZero reports whether m is the zero month (not set).
func (m Month) IsZero() bool { return m == Month{} }

// MarshalText writes the month as "YYYY-MM".
func (m Month) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText reads "YYYY-MM".
func (m *Month) UnmarshalText(b []byte) error {
	x, err := ParseMonth(string(b))
	if err != nil {
		return err
	}
	*m = x
	return nil
}

// At returns the calendar month of plan month n (1-based) for a plan that
// starts in m.
func (m Month) At(n int) Month { return m.Add(n - 1) }

// minPlanYear and maxPlanYear bound the plan start a file may give.
const (
	minPlanYear = 2000
	maxPlanYear = 2100
)
