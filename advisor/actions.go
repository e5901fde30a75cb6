package advisor

import "fmt"

// actions lists the changes that cost nothing, one per finding that has
// one: what a consultant would ask for this month, whatever else is
// decided.
func (r *recommender) actions() {
	add := func(id FindingID, format string, args ...any) {
		r.rec.Actions = append(r.rec.Actions, Reason{Text: fmt.Sprintf(format, args...), Refs: []string{string(id)}})
	}
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
			if len(r.team.Managers) > 0 && !contains(f.Who, lead) {
				add(f.ID, "Move the forecast and the one-on-ones from %s to %s, so that %s is left with one job.", who, lead, who)
			} else {
				add(f.ID, "Put a weekly pipeline review and a one-on-one with each rep in %s's calendar now, before any hire: whoever leads next builds on them.", who)
			}
		case PlayerCoachOverload:
			add(f.ID, "Cut %s's selling below %s%% of the week by handing accounts to the reps, so that coaching gets at least half the week.", who, fmtNum(r.t.PlayerCoachMaxSelling))
		case ManagerInNameOnly:
			add(f.ID, "Make %s's manager role real: hand their accounts over and give one-on-ones and pipeline reviews at least a day a week, or change the title to what the job is.", who)
		case ManagerClosesDeals:
			add(f.ID, "When a deal is stuck, %s coaches the rep through it instead of closing it.", orDefault(who, "the manager"))
		case ProcessUndocumented:
			add(f.ID, "Write the sales process down: its stages, what moves a deal from one to the next, and what makes a deal qualified.")
		case ForecastInaccurate:
			add(f.ID, "Build the forecast deal by deal from the pipeline in the weekly review, and compare it with what closed each month.")
		case ThinPipeline:
			add(f.ID, "Review pipeline coverage every week against %sx the period's target, and agree the prospecting time each rep gives.", fmtNum(r.t.PipelineCoverageMin))
		case IndividualUnderperformance, SomeRepsUnderperform:
			add(f.ID, "Coach %s on a 60-day plan with clear targets; replace a seller who does not improve.", who)
		case FounderBottleneck:
			if len(r.team.Reps) > 0 {
				add(f.ID, "Hand %s's deals to the reps; %s joins a deal only where a customer needs the founder.", who, who)
			}
		case UnprovenSale:
			add(f.ID, "Keep selling yourself, to customers without a prior relationship, and write down how you sell as you go: it becomes the first rep's playbook.")
		case PromotionRisk:
			add(f.ID, "Before promoting %s, give them part of the job to prove the missing signals: onboarding a new rep, or running the weekly pipeline review.", who)
		}
	}
	if r.a.Has(NoCoaching) && !r.d.Has(NoCoachingCapacity) && len(r.team.Reps) > 0 {
		r.rec.Actions = append(r.rec.Actions, Reason{Text: fmt.Sprintf("Put a weekly one-on-one with every rep in the calendar: the managing time is there (enough for about %s reps).",
			fmtNum(float64(int(r.d.Team.CoachingCapacity)))), Refs: []string{string(NoCoaching)}})
	}
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
	for _, m := range r.team.Managers {
		if m.Name == owner.Name {
			return "", false
		}
	}
	return owner.Name, owner.Name != ""
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
