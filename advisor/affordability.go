package advisor

import "fmt"

// AffordStatus says whether the answers allow a full-time manager.
type AffordStatus string

// Affordability statuses.
const (
	AffordYes     AffordStatus = "yes"
	AffordNo      AffordStatus = "no"
	AffordUnknown AffordStatus = "unknown"
)

// Affordability is whether a full-time sales manager fits the answers, and
// why.
type Affordability struct {
	Status AffordStatus `json:"status"`
	// BudgetKnown is set when a leadership budget in the plan's own money
	// decides it; the plan books a full-time manager after a fractional
	// engagement, or a further manager, only then.
	BudgetKnown bool `json:"budget_known"`
	// Borderline marks a budget just short of a manager's loaded cost:
	// something to confirm, not a no.
	Borderline bool   `json:"borderline,omitempty"`
	Text       string `json:"text"`
}

// affordability compares the leadership budget with a full-time manager's
// loaded cost. Bands still in US dollars under another currency decide
// nothing: without converted numbers it is unknown.
func affordability(a Answers, as Assumptions, t Thresholds) Affordability {
	c, cost, cur := a.Constraints, as.ManagerLoadedCost(), as.Currency
	b := c.AnnualLeadershipBudget
	switch {
	case c.CanHireFullTime != nil && !*c.CanHireFullTime:
		return Affordability{Status: AffordNo, Text: "You said a full-time sales manager is not possible now."}
	case cur != "USD" && !as.Manager.Edited:
		return Affordability{Status: AffordUnknown, Text: fmt.Sprintf("The manager's pay band is a US figure shown in %s without conversion, so whether your budget covers a full-time manager is unknown: both leadership options stay open until you set the band for your market (Plan step).", cur)}
	case b == nil && c.CanHireFullTime != nil:
		// A hire said to be possible is not a budget: until one is given,
		// whether it covers a manager is unknown.
		return Affordability{Status: AffordUnknown, Text: fmt.Sprintf("You said a full-time sales manager is possible; confirm a budget of about %s a year, a manager's loaded cost.", Money(cost, cur))}
	case b == nil:
		return Affordability{Status: AffordUnknown, Text: fmt.Sprintf("The leadership budget is not known, so both leadership options stay open: a full-time manager costs about %s a year with burden, a fractional VP about %s a month.", Money(cost, cur), Money(as.FractionalRetainer.Value, cur))}
	case *b >= cost:
		return Affordability{Status: AffordYes, BudgetKnown: true, Text: fmt.Sprintf("The leadership budget (%s a year) covers a full-time manager's loaded cost (%s).", Money(*b, cur), Money(cost, cur))}
	case *b >= cost*(1-t.BudgetMargin/100):
		return Affordability{Status: AffordNo, BudgetKnown: true, Borderline: true, Text: fmt.Sprintf("The leadership budget (%s a year) is within %s%% of a full-time manager's loaded cost (%s): borderline. Confirm whether you can stretch to it; until then the plan does not book one.",
			Money(*b, cur), fmtNum(t.BudgetMargin), Money(cost, cur))}
	}
	e := FractionalEngagement(a, as, 0, 0)
	return Affordability{Status: AffordNo, BudgetKnown: true, Text: fmt.Sprintf("The leadership budget (%s a year) is below a full-time manager's loaded cost (%s a year); a fractional VP fits it at %s a month.",
		Money(*b, cur), Money(cost, cur), Money(e.Retainer, cur))}
}

// CanBookManager reports whether the plan may book a full-time manager the
// advice did not ask for outright (after a fractional engagement, or as the
// team grows): only on a known budget that covers one.
func (a Affordability) CanBookManager() bool { return a.Status == AffordYes && a.BudgetKnown }
