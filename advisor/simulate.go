package advisor

import (
	"hash/fnv"
	"math"
	"math/rand/v2"
	"slices"
)

// DefaultRuns is how many runs the plan's simulation makes.
const DefaultRuns = 10000

// Percentiles are the 10th, 50th and 90th percentiles of a simulated figure.
type Percentiles struct {
	P10 float64 `json:"p10"`
	P50 float64 `json:"p50"`
	P90 float64 `json:"p90"`
}

// Range is the spread of the plan's outcomes: the plan run many times with
// the ramp, attainment, search time and turnover drawn from their sourced
// spreads (Figure.Spread). The same answers always give the same range.
type Range struct {
	Runs int    `json:"runs"`
	Seed uint64 `json:"seed"`
	// NewRepBookings is what the new reps book over the 24 months, less the
	// bookings lost to turnover among all reps.
	NewRepBookings Percentiles `json:"new_rep_bookings"`
	Year2Cost      Percentiles `json:"year2_cost"`
	// GapClosedProbability is the share of runs in which year 2's new
	// bookings, less turnover, reach the revenue gap; nil when the gap is
	// unknown.
	GapClosedProbability *float64 `json:"gap_closed_probability,omitempty"`
}

// simulation holds what every run of the plan shares. A run adds up the
// plan year by year (index 0 is year 1) rather than month by month: each
// rep's tenure, empty seat and ramp is a span of months whose sum per year
// has a closed form, so a run costs a few draws per seat.
type simulation struct {
	rng                        *rand.Rand
	quota                      float64    // a full rep's quota per month
	turnover, attainment, ramp [3]float64 // low, mode, high
	repSearch, managerSearch   [3]float64
	cycleRamp                  int        // the shortest ramp the sales cycle allows
	fixed                      [2]float64 // the yearly cost of hires with no uncertainty
	cost, bookings, lost       [2]float64 // lost: bookings lost on seats that add no new capacity
	monthlyRate                float64
	baseAttainment             float64
}

// SimulateRange runs the plan runs times (DefaultRuns for 0) and returns
// the percentiles, seeded from the answers so that they are reproducible.
func SimulateRange(p Plan, runs int) Range {
	if runs <= 0 {
		runs = DefaultRuns
	}
	seed := planSeed(p)
	as := p.Assumptions
	s := &simulation{rng: rand.New(rand.NewPCG(seed, 0x5eed)), quota: as.RepQuota() / 12,
		turnover: spread(as.RepTurnover), attainment: spread(as.ExpectedAttainment), ramp: spread(as.RepRampMonths),
		repSearch: spread(as.RepSearchMonths), managerSearch: spread(as.ManagerSearchMonths),
		baseAttainment: as.ExpectedAttainment.Value}
	if c := p.Answers.Metrics.SalesCycleDays; c != nil {
		s.cycleRamp = CycleRamp(*c, as.OnboardingMonths.Value)
	}
	for _, h := range p.Hires {
		if !h.FullTime() {
			s.fixed[0] += h.YearTotal(1)
			s.fixed[1] += h.YearTotal(2)
		}
	}
	bookings, cost2 := make([]float64, runs), make([]float64, runs)
	closed := 0
	for i := range runs {
		s.run(p.Hires)
		bookings[i] = s.bookings[0] + s.bookings[1] - s.lost[0] - s.lost[1]
		cost2[i] = s.cost[1]
		if g := p.RevenueGap; g != nil && s.bookings[1]-s.lost[1] >= *g {
			closed++
		}
	}
	r := Range{Runs: runs, Seed: seed, NewRepBookings: percentiles(bookings), Year2Cost: percentiles(cost2)}
	if p.RevenueGap != nil {
		prob := float64(closed) / float64(runs)
		r.GapClosedProbability = &prob
	}
	return r
}

// planSeed hashes the answers and the plan's start, so that the same
// session always draws the same runs.
func planSeed(p Plan) uint64 {
	h := fnv.New64a()
	data, _ := p.Answers.MarshalFile()
	h.Write(data)
	h.Write([]byte(p.Start.String()))
	return h.Sum64()
}

func spread(f Figure) [3]float64 {
	lo, mode, hi := f.Spread()
	return [3]float64{lo, mode, hi}
}

// run is one draw of the whole plan.
func (s *simulation) run(hires []Hire) {
	s.cost, s.bookings, s.lost = s.fixed, [2]float64{}, [2]float64{}
	s.monthlyRate = s.draw(s.turnover) / 12
	for _, h := range hires {
		if !h.FullTime() {
			continue
		}
		search := s.managerSearch
		if h.Role == RoleRep {
			search = s.repSearch
		}
		start := h.SearchStart + s.months(search)
		if start > PlanMonths {
			continue
		}
		s.cost[year(start)] += h.RecruitingFee
		if h.Role != RoleRep {
			end := PlanMonths
			if h.Months > 0 {
				end = min(end, start+h.Months-1)
			}
			s.spend(start, end, h.MonthlyCost())
			continue
		}
		s.seat(start, h.MonthlyCost(), h.RecruitingFee, !h.Backfill)
	}
}

// seat follows one of the plan's rep seats from the month its first rep
// starts: a rep may leave in any month; the seat then stays empty for a
// search and a successor ramps. A seat that adds capacity books its rep's
// quota at their attainment; a backfill's counts only the bookings lost
// against a full rep. pay is the seat's cost per month while filled.
func (s *simulation) seat(start int, pay, fee float64, adds bool) {
	ramp, att := s.repRamp(), s.draw(s.attainment)
	if !adds {
		att = s.baseAttainment
	}
	for start <= PlanMonths {
		leave := start + s.untilLeaving() // the first month without this rep
		end := min(leave-1, PlanMonths)
		s.spend(start, end, pay)
		for y := range 2 {
			lo, hi := max(start, 12*y+1), min(end, 12*y+12)
			if lo > hi {
				continue
			}
			f := rampSum(start, ramp, lo, hi)
			if adds {
				s.bookings[y] += s.quota * att * f
			} else {
				s.lost[y] += s.quota * att * (float64(hi-lo+1) - f)
			}
		}
		if leave > PlanMonths {
			return
		}
		back := leave + s.months(s.repSearch)
		last := min(back-1, PlanMonths)
		if !adds {
			s.spendLost(leave, last, s.quota*att)
		}
		if back > PlanMonths {
			return
		}
		s.cost[year(back)] += fee
		start, ramp = back, s.repRamp()
		if adds {
			att = s.draw(s.attainment)
		}
	}
}

// spend books x a month from month first to month last.
func (s *simulation) spend(first, last int, x float64) {
	for y := range 2 {
		if n := min(last, 12*y+12) - max(first, 12*y+1) + 1; n > 0 {
			s.cost[y] += float64(n) * x
		}
	}
}

// spendLost books x of lost bookings a month from first to last.
func (s *simulation) spendLost(first, last int, x float64) {
	for y := range 2 {
		if n := min(last, 12*y+12) - max(first, 12*y+1) + 1; n > 0 {
			s.lost[y] += float64(n) * x
		}
	}
}

// year is the index of the plan year that month m falls in.
func year(m int) int { return (m - 1) / 12 }

// rampSum is the sum of RampFactor(m, start, ramp) over the months lo to
// hi (lo >= start), in closed form: the ramp's months at k/ramp for the
// k-th month, then full months.
func rampSum(start, ramp, lo, hi int) float64 {
	if ramp <= 0 {
		return float64(hi - lo + 1)
	}
	k1, k2 := lo-start+1, hi-start+1
	var total float64
	if top := min(k2, ramp); top >= k1 {
		total += float64(top*(top+1)-(k1-1)*k1) / (2 * float64(ramp))
	}
	if from := max(k1, ramp+1); k2 >= from {
		total += float64(k2 - from + 1)
	}
	return total
}

// untilLeaving draws how many months a rep stays, at least one: geometric
// with the run's monthly turnover rate, so that a rep leaves in any month
// with that probability.
func (s *simulation) untilLeaving() int {
	if s.monthlyRate <= 0 {
		return math.MaxInt32
	}
	if s.monthlyRate >= 1 {
		return 1
	}
	k := 1 + math.Floor(math.Log(1-s.rng.Float64())/math.Log(1-s.monthlyRate))
	return int(math.Min(k, math.MaxInt32))
}

func (s *simulation) repRamp() int { return max(s.months(s.ramp), s.cycleRamp) }

// months draws a number of months and rounds it at random, up with the
// probability of its fraction, so that whole months keep the mean.
func (s *simulation) months(t [3]float64) int {
	x := s.draw(t)
	n := math.Floor(x)
	if s.rng.Float64() < x-n {
		n++
	}
	return int(n)
}

// draw samples the triangular distribution over low, mode and high.
func (s *simulation) draw(t [3]float64) float64 {
	lo, mode, hi := t[0], t[1], t[2]
	if hi <= lo {
		return mode
	}
	u := s.rng.Float64()
	if c := (mode - lo) / (hi - lo); u < c {
		return lo + math.Sqrt(u*(hi-lo)*(mode-lo))
	}
	return hi - math.Sqrt((1-u)*(hi-lo)*(hi-mode))
}

// percentiles sorts xs and reads off the 10th, 50th and 90th percentiles
// (nearest rank).
func percentiles(xs []float64) Percentiles {
	slices.Sort(xs)
	at := func(q float64) float64 { return xs[min(len(xs)-1, int(math.Ceil(q*float64(len(xs))))-1)] }
	return Percentiles{P10: at(0.1), P50: at(0.5), P90: at(0.9)}
}
