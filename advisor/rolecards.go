package advisor

import "strings"

// RoleCard describes a role in the seed article's categories, in our own
// words.
type RoleCard struct {
	Role             Role     `json:"role"`
	Title            string   `json:"title"`
	Responsibility   string   `json:"responsibility"`
	Focus            string   `json:"focus"`
	Ownership        string   `json:"ownership"`
	TimeHorizon      string   `json:"time_horizon"`
	DailyActivities  []string `json:"daily_activities"`
	Metrics          []string `json:"metrics"`
	Skills           []string `json:"skills"`
	RelationshipWith string   `json:"relationship_focus"`
	CareerPath       string   `json:"career_path"`
	PayBand          string   `json:"pay_band"`
}

// CardField is one labelled line of a role card, for display.
type CardField struct {
	Label string
	Value string
}

// Fields lists the card's categories in display order.
func (c RoleCard) Fields() []CardField {
	return []CardField{
		{"Responsibility", c.Responsibility},
		{"Main focus", c.Focus},
		{"Ownership", c.Ownership},
		{"Time horizon", c.TimeHorizon},
		{"Daily activities", joinList(c.DailyActivities)},
		{"Measured by", joinList(c.Metrics)},
		{"Key skills", joinList(c.Skills)},
		{"Builds trust with", c.RelationshipWith},
		{"Career path", c.CareerPath},
		{"Pay band", c.PayBand},
	}
}

func joinList(xs []string) string { return strings.Join(xs, ", ") }

var roleCards = []RoleCard{
	{
		Role: RoleRep, Title: "Sales representative",
		Responsibility:   "Wins new customers and brings revenue in, deal by deal.",
		Focus:            "Finding prospects, discovery, demos, answering objections, following up and closing.",
		Ownership:        "A personal quota: their own number.",
		TimeHorizon:      "This month and this quarter.",
		DailyActivities:  []string{"outreach", "sales calls", "demos", "handling objections", "closing"},
		Metrics:          []string{"quota attainment", "deals closed", "revenue won", "conversion rate", "sales cycle length"},
		Skills:           []string{"communication", "active listening", "handling objections", "organisation", "resilience"},
		RelationshipWith: "Prospects and customers.",
		CareerPath:       "Senior seller, account management, or, with the readiness signals, management.",
		PayBand:          "60,000-90,000 USD a year including commission (Revenue Nomad, citing Glassdoor, 2026).",
	},
	{
		Role: RoleManager, Title: "Sales manager",
		Responsibility:   "Leads the team so that revenue arrives consistently.",
		Focus:            "Coaching reps, reviewing the pipeline, forecasting, managing performance, hiring and onboarding.",
		Ownership:        "The team number: team quota and forecast accuracy.",
		TimeHorizon:      "Quarters and years: repeatable process and predictable results.",
		DailyActivities:  []string{"one-on-one coaching", "pipeline reviews", "performance tracking", "hiring", "onboarding"},
		Metrics:          []string{"team quota attainment", "forecast accuracy", "pipeline coverage", "win-rate improvement"},
		Skills:           []string{"coaching", "leadership", "emotional intelligence", "data analysis", "planning", "decision-making"},
		RelationshipWith: "The reps and the company's leadership.",
		CareerPath:       "Sales director, head of sales, VP of Sales.",
		PayBand:          "90,000-140,000 USD total compensation a year (Revenue Nomad, 2026).",
	},
	{
		Role: RoleFractionalVP, Title: "Fractional VP of Sales",
		Responsibility:   "Gives a small team experienced sales leadership for part of the week.",
		Focus:            "Defining roles, designing and writing down the sales process, setting up forecasting, coaching, and hiring the first manager.",
		Ownership:        "The sales system and the forecast, until a full-time leader takes over.",
		TimeHorizon:      "An engagement of months (minimum commitments of 3-6 months are common).",
		DailyActivities:  []string{"process design", "pipeline and forecast reviews", "coaching", "hiring support", "mentoring a new manager"},
		Metrics:          []string{"forecast accuracy", "team quota attainment", "a documented process", "time to impact"},
		Skills:           []string{"sales leadership", "process design", "coaching", "forecasting", "recruiting"},
		RelationshipWith: "The founders, the reps, and the manager who will take over.",
		CareerPath:       "Hands over to a full-time or promoted manager once the team and process are ready.",
		PayBand:          "A retainer of about 5,000-15,000 USD a month, 1-3 days a week (rrclosers.com, pulserevops.com, 2025; consultants' figures).",
	},
}

// RoleCards returns the cards for every role the app knows.
func RoleCards() []RoleCard { return append([]RoleCard(nil), roleCards...) }

// RoleCardFor returns the card for a role.
func RoleCardFor(r Role) RoleCard {
	for _, c := range roleCards {
		if c.Role == r {
			return c
		}
	}
	return RoleCard{Role: r, Title: string(r)}
}

// RoleCardsFor returns the cards for the roles that appear in the hires, in
// the order rep, manager, fractional VP.
func RoleCardsFor(hires []Hire) []RoleCard {
	var out []RoleCard
	for _, c := range roleCards {
		for _, h := range hires {
			if h.Role == c.Role {
				out = append(out, c)
				break
			}
		}
	}
	return out
}
