package xlsx

import (
	"github.com/salesteamadvisor/salesteam/advisor"
)

func (w *writer) roleCards(p advisor.Plan) {
	const s = SheetRoleCards
	w.widths(s, 22, 78)
	w.title(s, "Role cards", "What each role in the plan does, so that nobody wears every hat.")
	r := 4
	if len(p.RoleCards) == 0 {
		w.text(s, 1, r, "No new roles in this plan.", w.st.note)
	}
	for _, c := range p.RoleCards {
		w.text(s, 1, r, c.Title, w.st.header)
		w.text(s, 2, r, "", w.st.header)
		r++
		for _, f := range c.Fields() {
			w.text(s, 1, r, f.Label, w.st.label)
			if f.Label == "Pay band" {
				w.phrase(s, 2, r, w.payLine(c.Role, p), w.st.wrap)
			} else {
				w.text(s, 2, r, f.Value, w.st.wrap)
			}
			r++
		}
		r++
	}
	w.print(s, printOpts{})
}

// payLine is a role's pay in the workbook's currency, from the bands and
// the retainer the plan uses, so that it follows their inputs.
func (w *writer) payLine(role advisor.Role, p advisor.Plan) phrase {
	as := p.Assumptions
	if role == advisor.RoleFractionalVP {
		fig, z := as.FractionalRetainer, w.sized(p, true)
		return phrase{lit("A retainer of "), w.money("EngRetainer", z.retainer), lit(" a month for about "), daysPart("EngDays", z.days),
			lit(" a week in this plan, sized on the Assumptions sheet. " + sourceLine(fig.Source, fig.Year))}
	}
	b, n := as.Rep, repBand
	if role == advisor.RoleManager {
		b, n = as.Manager, managerBand
	}
	return phrase{w.money(n.prefix+"Low", b.Low), lit(" to "), w.money(n.prefix+"High", b.High),
		lit(": " + b.Measure + ". The plan pays "), w.money(n.ote, b.At(as.Level)),
		lit(", the "), part{fx: "BandLevel", text: levelName(as.Level)},
		lit(" point (Salary bands). " + sourceLine(b.Source, b.Year))}
}

// sourceLine names a figure's source and year.
func sourceLine(src, year string) string {
	if src == "" {
		return ""
	}
	if year != "" {
		src += ", " + year
	}
	return "Source: " + src + "."
}
