package advisor

import (
	"hash/fnv"
	"math"
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
	rng                        rng
	quota                      float64 // a full rep's quota per month
	turnover, attainment, ramp tri
	repSearch, managerSearch   tri
	cycleRamp                  int        // the shortest ramp the sales cycle allows
	fixed                      [2]float64 // the yearly cost of hires with no uncertainty
	cost, bookings, lost       [2]float64 // lost: bookings lost on seats that add no new capacity
	monthlyRate                float64
	logStay                    float64                 // log(1 - monthlyRate)
	stay                       [PlanMonths + 1]float64 // the chance a rep stays n more months
	baseAttainment             float64
	hires                      []simHire // the full-time hires, in the plan's order
}

// simHire is what a run needs of a full-time hire, worked out once rather
// than read off the Hire in every run.
type simHire struct {
	searchStart, months int
	monthly, fee        float64 // the cost a month while filled, and the recruiting fee
	rep, backfill       bool
}

// SimulateRange runs the plan runs times (DefaultRuns for 0) and returns
// the percentiles, seeded from the answers so that they are reproducible.
func SimulateRange(p Plan, runs int) Range {
	if runs <= 0 {
		runs = DefaultRuns
	}
	seed := planSeed(p)
	as := p.Assumptions
	s := &simulation{rng: rng(seed), quota: as.RepQuota() / 12,
		turnover: spread(as.RepTurnover), attainment: spread(as.ExpectedAttainment), ramp: spread(as.RepRampMonths),
		repSearch: spread(as.RepSearchMonths), managerSearch: spread(as.ManagerSearchMonths),
		baseAttainment: as.ExpectedAttainment.Value}
	if c := p.Answers.Metrics.SalesCycleDays; c != nil {
		s.cycleRamp = CycleRamp(*c, as.OnboardingMonths.Value)
	}
	s.hires = make([]simHire, 0, len(p.Hires))
	for _, h := range p.Hires {
		if !h.FullTime() {
			s.fixed[0] += h.YearTotal(1)
			s.fixed[1] += h.YearTotal(2)
			continue
		}
		s.hires = append(s.hires, simHire{searchStart: h.SearchStart, months: h.Months, monthly: h.MonthlyCost(), fee: h.RecruitingFee,
			rep: h.Role == RoleRep, backfill: h.Backfill})
	}
	bookings, cost2 := make([]float64, runs), make([]float64, runs)
	closed := 0
	for i := range runs {
		s.run()
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

// tri is a triangular distribution over low, mode and high, with the
// constants its inverse needs worked out once.
type tri struct {
	lo, mode, hi float64
	c, a, b      float64 // (mode−lo)/(hi−lo), (hi−lo)(mode−lo), (hi−lo)(hi−mode)
}

func spread(f Figure) tri {
	lo, mode, hi := f.Spread()
	t := tri{lo: lo, mode: mode, hi: hi}
	if hi > lo {
		t.c, t.a, t.b = (mode-lo)/(hi-lo), (hi-lo)*(mode-lo), (hi-lo)*(hi-mode)
	}
	return t
}

// run is one draw of the whole plan.
func (s *simulation) run() {
	s.cost, s.bookings, s.lost = s.fixed, [2]float64{}, [2]float64{}
	s.monthlyRate = s.draw(s.turnover) / 12
	s.logStay = math.Log1p(-math.Min(s.monthlyRate, 1-1e-12))
	// The same products as stay[n-1]·(1−rate), kept in registers rather
	// than read back from the table.
	stay, q := 1.0, 1-s.monthlyRate
	s.stay[0] = stay
	for n := 1; n < len(s.stay); n++ {
		stay *= q
		s.stay[n] = stay
	}
	for i := range s.hires {
		h := &s.hires[i]
		search := s.managerSearch
		if h.rep {
			search = s.repSearch
		}
		start := h.searchStart + s.months(search)
		if start > PlanMonths {
			continue
		}
		s.cost[year(start)] += h.fee
		if !h.rep {
			end := PlanMonths
			if h.months > 0 {
				end = min(end, start+h.months-1)
			}
			s.spend(start, end, h.monthly)
			continue
		}
		s.seat(start, h.monthly, h.fee, !h.backfill)
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
		leave := start + s.untilLeaving(PlanMonths-start+1) // the first month without this rep
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
// with that probability. A rep who stays past the months left in the plan
// is told apart without a logarithm, since most do.
func (s *simulation) untilLeaving(left int) int {
	if s.monthlyRate <= 0 {
		return math.MaxInt32
	}
	if s.monthlyRate >= 1 {
		return 1
	}
	u := 1 - s.rng.float64() // in (0, 1]
	if left >= 0 && left < len(s.stay) && u <= s.stay[left] {
		return left + 1 // stays beyond the plan
	}
	k := 1 + math.Floor(math.Log(u)/s.logStay)
	return int(math.Min(k, math.MaxInt32))
}

func (s *simulation) repRamp() int { return max(s.months(s.ramp), s.cycleRamp) }

// months draws a number of months and rounds it at random, up with the
// probability of its fraction, so that whole months keep the mean.
func (s *simulation) months(t tri) int {
	u, v := s.rng.pair()
	x := triangular(t, u)
	if x >= 0 && x < 1<<31 {
		// Truncation is the floor here, without math.Floor's call and
		// the conversion back: the same month, sooner.
		n := int(x)
		up := 0
		if v < x-float64(n) {
			up = 1
		}
		return n + up
	}
	n := math.Floor(x)
	if v < x-n {
		n++
	}
	return int(n)
}

// draw samples the triangular distribution t.
func (s *simulation) draw(t tri) float64 { return triangular(t, s.rng.float64()) }

// triangular is the triangular distribution's inverse at u in [0, 1).
//
// Which side of the mode u falls is a coin toss the processor cannot
// predict, so both sides are worked out (two square roots overlap) and
// the one u picks is selected without a branch: the same value as
// computing only that side.
func triangular(t tri, u float64) float64 {
	if t.hi <= t.lo {
		return t.mode
	}
	below := math.Float64bits(t.lo + math.Sqrt(u*t.a))
	x := math.Float64bits(t.hi - math.Sqrt((1-u)*t.b))
	if u < t.c {
		x = below
	}
	return math.Float64frombits(x)
}

// rng is splitmix64: small, fast and, seeded from the answers, the same
// sequence every time. The simulation needs speed and reproducibility, not
// cryptographic strength.
type rng uint64

func (r *rng) next() uint64 {
	*r += 0x9e3779b97f4a7c15
	z := uint64(*r)
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// float64 is uniform in [0, 1) with 53 bits.
func (r *rng) float64() float64 { return float64(r.next()>>11) / (1 << 53) }

// pair is two uniforms in [0, 1) with 32 bits each, from one draw.
func (r *rng) pair() (float64, float64) {
	x := r.next()
	return float64(x>>32) / (1 << 32), float64(x&0xffffffff) / (1 << 32)
}

// percentiles reads off the 10th, 50th and 90th percentiles of xs
// (nearest rank), selecting rather than sorting; xs is reordered.
func percentiles(xs []float64) Percentiles {
	rank := func(q float64) int { return min(len(xs)-1, int(math.Ceil(q*float64(len(xs))))-1) }
	r10, r50, r90 := rank(0.1), rank(0.5), rank(0.9)
	sel(xs, r50)
	sel(xs[:r50], r10)
	sel(xs[r50+1:], r90-r50-1)
	return Percentiles{P10: xs[r10], P50: xs[r50], P90: xs[r90]}
}

// sel moves the k-th smallest of xs to xs[k], smaller ones before it and
// larger ones after (quickselect, median-of-three pivots).
func sel(xs []float64, k int) {
	lo, hi := 0, len(xs)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if xs[mid] < xs[lo] {
			xs[mid], xs[lo] = xs[lo], xs[mid]
		}
		if xs[hi] < xs[lo] {
			xs[hi], xs[lo] = xs[lo], xs[hi]
		}
		if xs[hi] < xs[mid] {
			xs[hi], xs[mid] = xs[mid], xs[hi]
		}
		pivot := xs[mid]
		i, j := lo, hi
		for i <= j {
			for xs[i] < pivot {
				i++
			}
			for xs[j] > pivot {
				j--
			}
			if i <= j {
				xs[i], xs[j] = xs[j], xs[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return
		}
	}
}
