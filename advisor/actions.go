package advisor

import "fmt"

// actions lists the changes that cost nothing, one per finding that has
// one: what a consultant would ask for this month, whatever else is
// decided.
func (r *recommender) actions() {
	add := func(id FindingID, format string, args ...any) {
		r.rec.Actions = append(r.rec.Actions, Reason{Text: fmt.Sprintf(format, args...), Refs: []string{string(id)}})
	}
	oneOnOnes := false // asked for once, by the first action that needs them
	lead := r.leader()
	if owner, ok := r.forecastElsewhere(); ok {
		add(ForecastInaccurate, "Move the forecast from %s to %s and hold a weekly pipeline review: the manager who coaches the reps should own their number.", owner, lead)
	}
	for _, f := range r.d.Findings {
		who := listNames(f.Who)
		switch f.ID {
		case NoForecastOwner:
			add(f.ID, "Give the forecast to %s: a weekly pipeline review of at least half a day, with the forecast checked against what closed.", lead)
		case OnePersonSellsManagesForecasts:
			switch {
			case len(r.team.Managers) > 0 && !contains(f.Who, lead):
				add(f.ID, "Move the forecast and the one-on-ones from %s to %s, so that %s is left with one job.", who, lead, who)
				oneOnOnes = true
			case len(r.team.Reps) > 0:
				add(f.ID, "Put a weekly pipeline review and a one-on-one with each rep in %s's calendar now, before any hire: whoever leads next builds on them.", who)
				oneOnOnes = true
			default:
				add(f.ID, "Put a weekly pipeline review in %s's calendar now: the first rep and whoever leads later build on it.", who)
			}
		case PlayerCoachOverload:
			add(f.ID, "Cut %s's selling below %s%% of the week by handing accounts to the reps, so that coaching gets at least half the week.", who, fmtNum(r.t.PlayerCoachMaxSelling))
		case ManagerInNameOnly:
			for _, p := range r.team.NameOnly {
				v, what := freeUp(p)
				add(f.ID, "Make %s's manager role real: %s %s, and give one-on-ones and pipeline reviews at least a day a week; or change the title to what the job is.", p.Name, v, what)
			}
		case NoCoachingCapacity:
			if !oneOnOnes {
				add(f.ID, "Start a weekly one-on-one with each rep, %s: %s", oneOnOnesBy(r, lead), r.freeTimeFor())
				oneOnOnes = true
			}
		case ManagerClosesDeals:
			add(f.ID, "When a deal is stuck, %s coaches the rep through it instead of closing it.", orDefault(who, "the manager"))
		case ProcessUndocumented:
			add(f.ID, "Write the sales process down: its stages, what moves a deal from one to the next, and what makes a deal qualified.")
		case ForecastInaccurate:
			add(f.ID, "Build the forecast deal by deal from the pipeline in the weekly review, and compare it with what closed each month.")
		case ThinPipeline:
			if len(r.team.Reps) == 0 {
				add(f.ID, "Review pipeline coverage every week against %sx the period's target, and block prospecting time in your own week.", fmtNum(r.t.PipelineCoverageMin))
			} else {
				add(f.ID, "Review pipeline coverage every week against %sx the period's target, and agree the prospecting time each rep gives.", fmtNum(r.t.PipelineCoverageMin))
			}
		case IndividualUnderperformance, SomeRepsUnderperform:
			if r.nearMisses(f.Who) {
				add(f.ID, "Coach %s on the deals they lose: they are close to quota, so coaching, not a replacement plan.", who)
			} else {
				add(f.ID, "Coach %s on a 60-day plan with clear targets; replace a seller who does not improve.", who)
			}
		case FounderBottleneck:
			if len(r.team.Reps) > 0 && f.Severity.AtLeast(Medium) {
				add(f.ID, "Hand %s's deals to %s; %s joins a deal only where a customer needs the founder.", who, theReps(r.team.Reps), who)
			}
		case UnprovenSale:
			add(f.ID, "Keep selling yourself, to customers without a prior relationship, and write down how you sell as you go: it becomes the first rep's playbook.")
		case PromotionRisk:
			add(f.ID, "Before promoting %s, give them part of the job to prove the missing signals: onboarding a new rep, or running the weekly pipeline review.", who)
		}
	}
	if r.a.Has(NoCoaching) && !oneOnOnes && len(r.team.Reps) > 0 {
		if r.d.Team.CoachingCapacity >= float64(len(r.team.Reps)) {
			add(FindingID(NoCoaching), "Put a weekly one-on-one with every rep in %s's calendar: the managing time is there (enough for about %s reps).",
				lead, fmtNum(float64(int(r.d.Team.CoachingCapacity))))
		} else {
			add(FindingID(NoCoaching), "Start a weekly one-on-one with each rep, %s.", oneOnOnesBy(r, lead))
		}
	}
}

// oneOnOnesBy says who holds the one-on-ones: the leader in post, or,
// where nobody leads yet, a founder or a senior rep until someone does.
func oneOnOnesBy(r *recommender, lead string) string {
	if lead == "whoever leads the team" {
		return "held by a founder or a senior rep until a leader is in place"
	}
	return "held by " + lead
}

// freeTimeFor says where the managing time comes from: the selling or
// forecasting of whoever leads, or a first step where nobody does.
func (r *recommender) freeTimeFor() string {
	for _, p := range append(append([]Person{}, r.team.Managers...), r.team.Founders...) {
		if p.Time.Managing >= r.t.HatMin || r.t.RoleOf(p) == RoleLineManager {
			_, what := freeUp(p)
			return fmt.Sprintf("the time comes out of %s.", what)
		}
	}
	return "half an hour a week each costs nothing and shows who needs help first."
}

// freeUp names what fills a leader's week besides managing, the largest
// share, and what to do with it: "hand over", "Alex's selling (70% of the
// week)".
func freeUp(p Person) (verb, what string) {
	parts := []struct {
		what string
		x    float64
	}{{"selling", p.Time.Selling}, {"forecasting", p.Time.Forecasting}, {"other work", p.Time.Other}}
	best := parts[0]
	for _, x := range parts[1:] {
		if x.x > best.x {
			best = x
		}
	}
	verb = "hand over"
	switch best.what {
	case "forecasting":
		verb = "cut back"
	case "other work":
		verb = "move out"
	}
	return verb, fmt.Sprintf("%s's %s (%s%% of the week)", p.Name, best.what, fmtNum(best.x))
}

// nearMisses reports whether every named rep is within reach of quota:
// from 80%, coaching, not a replacement plan.
func (r *recommender) nearMisses(who []string) bool {
	for _, p := range r.team.Reps {
		if contains(who, p.Name) && (p.QuotaAttainment == nil || *p.QuotaAttainment < nearMissMin) {
			return false
		}
	}
	return true
}

// nearMissMin is the attainment from which a rep below quota is coached
// rather than put on a plan that may end in a replacement.
const nearMissMin = 80.0

// theReps names the reps as a sentence takes them: "the reps", "Otto".
func theReps(reps []Person) string {
	if len(reps) == 1 {
		return reps[0].Name
	}
	return "the reps"
}

// forecastElsewhere returns who forecasts most when the forecast misses
// (or surprises) and the line managers in post do not own it.
func (r *recommender) forecastElsewhere() (string, bool) {
	if !r.d.Has(ForecastInaccurate) || r.d.Has(NoForecastOwner) || len(r.team.Managers) == 0 {
		return "", false
	}
	var owner Person
	for _, p := range r.a.People {
		if p.Time.Forecasting > owner.Time.Forecasting {
			owner = p
		}
	}
	// A manager who forecasts as much as anyone already shares the forecast.
	for _, m := range r.team.Managers {
		if m.Time.Forecasting >= owner.Time.Forecasting {
			return "", false
		}
	}
	return owner.Name, true
}

// leader is who should own the team's leadership work today: the first line
// manager in post, else the founder who manages most, else "whoever leads
// the team".
func (r *recommender) leader() string {
	for _, p := range r.team.Managers {
		if r.t.RoleOf(p) == RoleLineManager {
			return p.Name
		}
	}
	if len(r.team.Managers) > 0 {
		return r.team.Managers[0].Name
	}
	best, most := "", 0.0
	for _, p := range r.team.Founders {
		if p.Time.Managing > most {
			best, most = p.Name, p.Time.Managing
		}
	}
	if best == "" {
		return "whoever leads the team"
	}
	return best
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
