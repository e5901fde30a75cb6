package advisor

import (
	"regexp"
	"strings"
)

// Team is how the answers' people divide into roles under the thresholds.
type Team struct {
	// Reps are the sellers: not founders, not managers, selling at least
	// RepMinSelling of the week.
	Reps []Person
	// Managers are the line managers in post: people who are not founders
	// and either manage at least ManagerMinManaging of the week while
	// selling less than a rep, or carry a manager's title.
	Managers []Person
	// NameOnly are the Managers whose title says manager but who manage
	// less than ManagerMinManaging: managers in name only.
	NameOnly []Person
	Founders []Person
}

// Roles sorts the people into reps, line managers and founders.
func (t Thresholds) Roles(people []Person) Team {
	var team Team
	for _, p := range people {
		switch t.RoleOf(p) {
		case RoleFounder:
			team.Founders = append(team.Founders, p)
		case RoleLineManager:
			team.Managers = append(team.Managers, p)
		case RoleNameOnly:
			team.Managers = append(team.Managers, p)
			team.NameOnly = append(team.NameOnly, p)
		case RoleSeller:
			team.Reps = append(team.Reps, p)
		}
	}
	return team
}

// PersonRole is what a person is in the sales team, as the diagnosis reads
// their week and title.
type PersonRole string

// The roles a person can have.
const (
	RoleFounder     PersonRole = "founder"
	RoleLineManager PersonRole = "manager"
	RoleNameOnly    PersonRole = "manager in name only"
	RoleSeller      PersonRole = "rep"
	RoleOther       PersonRole = "other"
)

// RoleOf reads one person's role. A title that says manager makes a line
// manager of someone who manages, and a manager in name only of someone who
// manages less than ManagerMinManaging: the title stands for the role the
// company thinks it has, so it is never silently one more rep.
func (t Thresholds) RoleOf(p Person) PersonRole {
	titled := ManagerTitle(p.Title)
	switch {
	case p.Founder:
		return RoleFounder
	case titled && p.Time.Managing < t.ManagerMinManaging:
		return RoleNameOnly
	case titled, p.Time.Managing >= t.ManagerMinManaging && p.Time.Selling < t.RepMinSelling:
		return RoleLineManager
	case p.Time.Selling >= t.RepMinSelling:
		return RoleSeller
	}
	return RoleOther
}

// managerTitle matches titles of people managers; notManagerTitle the
// titles with "manager" in them that manage accounts, products or offices,
// not people.
var (
	managerTitle    = regexp.MustCompile(`(?i)\b(manager|head of (sales|revenue|business development)|(sales|revenue|commercial) director|director of (sales|revenue)|vp\b|vice president|team lead(er)?|sales lead|chief (revenue|sales|commercial) officer|cro|cso|supervisor)\b`)
	notManagerTitle = regexp.MustCompile(`(?i)\b(account|accounts|product|project|customer success|success|office|marketing|partner|channel|territory|community|program|programme)\s+manager\b`)
)

// ManagerTitle reports whether a job title names a people manager in
// sales: "Sales Manager", "Head of Sales", "VP Sales", but not "Account
// Manager" or "Product Manager".
func ManagerTitle(title string) bool {
	t := strings.TrimSpace(title)
	if t == "" || !managerTitle.MatchString(t) {
		return false
	}
	// "Account Manager" manages accounts; "Sales Manager, Key Accounts" or
	// "Account Manager and Team Lead" still leads people.
	stripped := notManagerTitle.ReplaceAllString(t, "")
	return managerTitle.MatchString(stripped)
}

// CoachingCapacity is how many reps the people's managing time can coach: a
// full week of managing covers Span reps. Forecasting time is not coaching
// and does not count.
func (t Thresholds) CoachingCapacity(people []Person) float64 {
	return t.ManagingWeeks(people) * t.Span
}

// ManagingWeeks is the people's managing time in full weeks: 1.5 for one
// full-time manager and a founder managing half the week.
func (t Thresholds) ManagingWeeks(people []Person) float64 {
	var fte float64
	for _, p := range people {
		fte += p.Time.Managing / 100
	}
	return fte
}

// ManagersNeeded is how many managers the team's reps need at the span of
// control, rounded up; below ManagerMinReps reps a founder or a
// player-coach leads and no manager is needed.
func (t Thresholds) ManagersNeeded(reps int) int {
	if reps < t.ManagerMinReps {
		return 0
	}
	return ManagersFor(reps, t.Span)
}

// Hats counts the roles a person holds at once: seller (selling at least
// PlayerMinSelling), manager (managing at least HatMin) and forecaster
// (forecasting at least HatMin). Leading alone, managing and forecasting
// together, is one job: the sales manager's.
func (t Thresholds) Hats(p Person) (sells, manages, forecasts bool) {
	return p.Time.Selling >= t.PlayerMinSelling, p.Time.Managing >= t.HatMin, p.Time.Forecasting >= t.HatMin
}

// PlayerCoach reports whether someone sells and leads within a
// player-coach's bounds: a real share of managing (ManagerMinManaging) and
// less selling than PlayerCoachMaxSelling. Such a week is not three hats.
func (t Thresholds) PlayerCoach(p Person) bool {
	return p.Time.Selling >= t.PlayerMinSelling && p.Time.Selling < t.PlayerCoachMaxSelling && p.Time.Managing >= t.ManagerMinManaging
}

// Overlap says how many jobs one person's week holds.
type Overlap string

// Overlaps, from clear to confused.
const (
	OneJob       Overlap = "one job"      // sells, or leads (managing and forecasting)
	PlayerCoach  Overlap = "player-coach" // sells and leads within a player-coach's bounds
	TwoHats      Overlap = "two hats"     // sells and one part of leading
	ThreeHats    Overlap = "three hats"   // sells, manages and forecasts
	NoSalesRoles Overlap = "no sales role"
)

// OverlapOf reads a person's week: the rule the role clarity score and the
// three-hats finding share, and that the app's grid and the workbook show.
func (t Thresholds) OverlapOf(p Person) Overlap {
	sells, manages, forecasts := t.Hats(p)
	switch {
	case !sells && !manages && !forecasts:
		return NoSalesRoles
	case !sells || !manages && !forecasts:
		return OneJob
	case t.PlayerCoach(p):
		return PlayerCoach
	case manages && forecasts:
		return ThreeHats
	}
	return TwoHats
}

// PersonReading is the diagnosis's reading of one person, for display: the
// app's who-does-what grid and the workbook's read it rather than apply a
// rule of their own.
type PersonReading struct {
	Name    string     `json:"name"`
	Role    PersonRole `json:"role"`
	Overlap Overlap    `json:"overlap"`
	// Flagged marks a person named in a finding about overlapping roles.
	Flagged bool `json:"flagged"`
}

// readPeople reads every person, flagging those the overlap findings name.
func readPeople(people []Person, t Thresholds, fs []Finding) []PersonReading {
	flagged := map[string]bool{}
	for _, f := range fs {
		if f.Info().Overlap {
			for _, w := range f.Who {
				flagged[w] = true
			}
		}
	}
	out := make([]PersonReading, len(people))
	for i, p := range people {
		out[i] = PersonReading{Name: p.Name, Role: t.RoleOf(p), Overlap: t.OverlapOf(p), Flagged: flagged[p.Name]}
	}
	return out
}

// RepQuota is what the reps' own quota attainment, given on the People
// step, says about the share of reps at quota: the Metrics step asks for
// that share too, and the diagnosis reads one of the two.
type RepQuota struct {
	Reps  int `json:"reps"`  // reps on the team
	Given int `json:"given"` // reps who gave their attainment
	Hit   int `json:"hit"`   // of whom at QuotaHitMin or more
	// Decides is set when the reps' own figures decide the quota rules,
	// rather than the share of reps at quota: from two reps who gave
	// theirs, unless the reps who gave none could still lift the share at
	// quota to RepsAtQuotaMin.
	Decides bool `json:"decides"`
}

// Share is the share of the reps who gave their attainment that reach
// quota, in percent; 0 when none gave it.
func (q RepQuota) Share() float64 {
	if q.Given == 0 {
		return 0
	}
	return float64(q.Hit) / float64(q.Given) * 100
}

// RepQuota reads the reps' own quota attainment: the rule the diagnosis
// applies, for the app to say which answer the advice uses.
func (t Thresholds) RepQuota(people []Person) RepQuota {
	reps := t.Roles(people).Reps
	hit, miss := t.hitAndMiss(reps)
	q := RepQuota{Reps: len(reps), Given: len(hit) + len(miss), Hit: len(hit)}
	unknown := q.Reps - q.Given
	q.Decides = q.Given >= 2 && !(unknown > 0 && float64(q.Hit+unknown)/float64(q.Reps)*100 >= t.RepsAtQuotaMin)
	return q
}

// hitAndMiss splits the reps who gave their attainment into those at
// quota (within QuotaHitMin) and those below.
func (t Thresholds) hitAndMiss(reps []Person) (hit, miss []Person) {
	for _, p := range reps {
		switch {
		case p.QuotaAttainment == nil:
		case *p.QuotaAttainment >= t.QuotaHitMin:
			hit = append(hit, p)
		default:
			miss = append(miss, p)
		}
	}
	return hit, miss
}
