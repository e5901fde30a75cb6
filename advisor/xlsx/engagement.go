package xlsx

import (
	"fmt"
	"math"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// sizing is advisor.FractionalEngagement step by step, as the Assumptions
// sheet lays it out: the engagement the advice asks for, then fitted to a
// known leadership budget, first with fewer half-days at the same day rate
// (unless the user set the retainer), then with fewer months, never below
// the usual minimum commitment.
type sizing struct {
	askedMonths, askedDays float64
	months0, days0         float64 // before the budget
	retainer0, dayRate     float64
	over                   bool // a year of it costs more than the budget
	lowDays, lowRetainer   float64
	fewer                  bool // fewer days come first
	half                   float64
	days, retainer         float64
	months                 int
	minOver                bool // even the minimum commitment costs more than the budget
}

// sizeEngagement sizes the engagement for months and days a week asked
// (0: the assumption); TestSizingIsTheDomains holds it to
// advisor.FractionalEngagement.
func sizeEngagement(a advisor.Answers, as advisor.Assumptions, months int, perWeek float64) sizing {
	f, fd := as.FractionalRetainer, as.FractionalDaysPerWeek
	z := sizing{askedMonths: float64(months), askedDays: perWeek}
	z.months0 = float64(max(1, advisor.Months(as.FractionalMonths)))
	if months > 0 {
		z.months0 = float64(months)
	}
	z.days0, z.retainer0 = fd.Value, f.Value
	if perWeek > 0 && fd.Value > 0 {
		z.days0, z.retainer0 = perWeek, f.Value*perWeek/fd.Value
	}
	if z.days0 > 0 {
		z.dayRate = z.retainer0 / z.days0
	}
	z.lowRetainer, _, _ = f.Spread()
	z.lowDays, _, _ = fd.Spread()
	b := a.Constraints.AnnualLeadershipBudget
	year := math.Min(z.months0, 12)
	z.over = b != nil && z.retainer0 > 0 && z.retainer0*year > *b
	z.fewer = !f.Edited && z.lowRetainer < z.retainer0 && z.days0 > z.lowDays
	z.half, z.days, z.retainer, z.months = z.days0, z.days0, z.retainer0, int(z.months0)
	if !z.over {
		return z
	}
	if z.dayRate > 0 {
		z.half = math.Floor(*b/year/z.dayRate*2) / 2
	}
	if z.fewer {
		if z.half >= z.lowDays {
			z.days, z.retainer = z.half, z.half*z.dayRate
			return z
		}
		z.days, z.retainer = z.lowDays, math.Max(z.lowRetainer, z.lowDays*z.dayRate)
	}
	if z.retainer > 0 {
		afford := math.Floor(*b / z.retainer)
		z.months = int(math.Min(z.months0, math.Max(afford, advisor.MinFractionalMonths)))
		z.minOver = afford < advisor.MinFractionalMonths
	}
	return z
}

// sized is the engagement the plan books (asked: as the advice asks) or
// the one a budget fits at the assumptions.
func (w *writer) sized(p advisor.Plan, asked bool) sizing {
	if !asked {
		return sizeEngagement(p.Answers, p.Assumptions, 0, 0)
	}
	r := p.Recommendation
	return sizeEngagement(p.Answers, p.Assumptions, r.FractionalMonths, r.FractionalDays)
}

// engagement writes the sizing, one column as the advice asks and one at
// the assumptions, on the Assumptions sheet from row r.
func (w *writer) engagement(s string, r int, p advisor.Plan) {
	r = w.section(s, r, "The fractional engagement within the leadership budget")
	w.textAcross(s, 1, asHigh, r, "How the plan sizes a fractional VP's engagement to the leadership budget: fewer half-days at the same day rate first (unless you set the retainer), then fewer months, never below the usual minimum of 3.", w.st.noteWrap)
	r++
	w.header(s, r, "Step", "As the advice asks", "At the assumptions")
	r++
	retainerSet := "TRUE" // the user set it before the export
	if !p.Assumptions.FractionalRetainer.Edited {
		retainerSet = "Retainer<>" + trimFloat(p.Assumptions.FractionalRetainer.Value)
	}
	for i, z := range []sizing{w.sized(p, true), w.sized(p, false)} {
		col := asValue + i
		at := func(k int) string { return cell(col, r+k) }
		rows := []struct {
			label, fx string
			value     any
			style     int
			name      string
		}{
			{"Length asked for, months (0: the assumption)", "", z.askedMonths, w.st.number, ""},
			{"Days a week asked for (0: the assumption)", "", z.askedDays, w.st.number, ""},
			{"Length before the budget, months", fmt.Sprintf("IF(%[1]s>0,%[1]s,MAX(1,ROUND(FractionalMonths,0)))", at(0)), z.months0, w.st.number, ""},
			{"Days a week before the budget", fmt.Sprintf("IF(AND(%s>0,FractionalDays>0),%s,FractionalDays)", at(1), at(1)), z.days0, w.st.number, ""},
			{"Retainer per month before the budget (the same day rate)", fmt.Sprintf("IF(AND(%[1]s>0,FractionalDays>0),Retainer*%[1]s/FractionalDays,Retainer)", at(1)), z.retainer0, w.st.money, ""},
			{"Day rate: retainer ÷ days a week", fmt.Sprintf("IF(%[1]s>0,%[2]s/%[1]s,0)", at(3), at(4)), z.dayRate, w.st.money, ""},
			{"A year of it costs more than the leadership budget?", fmt.Sprintf(`IF(AND(ISNUMBER(LeadershipBudget),%[1]s>0,%[1]s*MIN(%[2]s,12)>LeadershipBudget),"yes","no")`, at(4), at(2)), yesNo(z.over), w.st.wrap, "EngOver"},
			{"Fewest days a week (the low end of the sourced range)", "MIN(FractionalDaysLow,FractionalDays)", z.lowDays, w.st.number, "EngLowDays"},
			{"Lowest retainer (the low end of the sourced range)", "MIN(RetainerLow,Retainer)", z.lowRetainer, w.st.money, ""},
			{"Fewer days first? (a retainer you did not set, above the low end)", fmt.Sprintf(`IF(AND(%s,%s<%s,%s>%s),"yes","no")`, "NOT("+retainerSet+")", at(8), at(4), at(3), at(7)), yesNo(z.fewer), w.st.wrap, "EngFewer"},
			{"Half-days a week the budget pays at the day rate", fmt.Sprintf(`IF(AND(%[1]s="yes",%[2]s>0),INT(LeadershipBudget/MIN(%[3]s,12)/%[2]s*2)/2,%[4]s)`, at(6), at(5), at(2), at(3)), z.half, w.st.number, "EngHalf"},
			{"Days a week", fmt.Sprintf(`IF(AND(%[1]s="yes",%[2]s="yes"),MAX(%[3]s,%[4]s),%[5]s)`, at(6), at(9), at(10), at(7), at(3)), z.days, w.st.boldNumber, "EngDays"},
			{"Retainer per month", fmt.Sprintf(`IF(AND(%[1]s="yes",%[2]s="yes"),IF(%[3]s>=%[4]s,%[3]s*%[5]s,MAX(%[6]s,%[4]s*%[5]s)),%[7]s)`, at(6), at(9), at(10), at(7), at(5), at(8), at(4)), z.retainer, w.st.moneyBold, "EngRetainer"},
			{"Length, months", fmt.Sprintf(`IF(AND(%[1]s="yes",OR(%[2]s<>"yes",%[3]s<%[4]s),%[5]s>0),MIN(%[6]s,MAX(INT(LeadershipBudget/%[5]s),%[7]d)),%[6]s)`, at(6), at(9), at(10), at(7), at(12), at(2), advisor.MinFractionalMonths), float64(z.months), w.st.boldNumber, "EngMonths"},
			{fmt.Sprintf("Even the usual minimum of %d months costs more than the budget?", advisor.MinFractionalMonths),
				fmt.Sprintf(`IF(AND(%[1]s="yes",OR(%[2]s<>"yes",%[3]s<%[4]s),%[5]s>0),IF(INT(LeadershipBudget/%[5]s)<%[6]d,"yes","no"),"no")`, at(6), at(9), at(10), at(7), at(12), advisor.MinFractionalMonths), yesNo(z.minOver), w.st.wrap, "EngMinOver"},
		}
		for k, row := range rows {
			if i == 0 {
				w.text(s, 1, r+k, row.label, w.st.label)
			}
			switch {
			case row.fx == "":
				w.num(s, col, r+k, row.value.(float64), row.style)
			default:
				w.formula(s, col, r+k, row.fx, row.value, row.style)
			}
			if row.name != "" && i == 0 {
				w.name(row.name, s, col, r+k)
			}
		}
		if i == 1 {
			w.name("FitRetainer", s, col, r+12)
			w.name("FitDays", s, col, r+11)
		}
	}
}
