package xlsx

import "github.com/salesteamadvisor/salesteam/advisor"

func (w *writer) roleCards(p advisor.Plan) {
	const s = SheetRoleCards
	w.widths(s, 22, 100)
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
			w.text(s, 2, r, f.Value, w.st.wrap)
			r++
		}
		r++
	}
	w.print(s, 0)
}
