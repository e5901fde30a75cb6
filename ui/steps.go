package ui

import (
	"fyne.io/fyne/v2"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// step is one step of the wizard. The table below is the one list the
// step bar, the Go menu and its shortcuts, Help ▸ Guide, SALESTEAM_STEP
// (and so the screenshot script) and the tests read: a new screen is a
// new row, a file with its struct, and nothing else.
type step struct {
	name  string       // addresses the step: the Go menu, SALESTEAM_STEP, .ci/screenshots.sh
	title string       // in the step bar
	input advisor.Step // the answers the step gathers; 0 for the other steps
	// result marks a step that shows the advice: the plan is advised
	// before it shows, and again after every edit on it.
	result bool
	// reload marks a step that shows what other steps answered: it is
	// loaded each time it shows rather than with the session.
	reload bool
	key    fyne.KeyName // Ctrl+key in the Go menu
	// within names the step a step belongs to in the step bar, which
	// shows only that step: the options are part of the plan.
	within string
	next   string // Next's label on this step, if not "Next"
	guide  string // what the step is for, in Help ▸ Guide
	make   func(*UI) screen
}

// steps is set in init: its constructors refer back to it.
var steps []step

func init() { steps = stepTable() }

func stepTable() []step {
	return []step{
		{name: "welcome", title: "Welcome", key: fyne.Key0,
			guide: "Start a new client, or open a saved session.",
			make:  func(u *UI) screen { return newWelcomeScreen(u) }},
		{name: "company", title: "Company", input: advisor.StepCompany, key: fyne.Key1,
			guide: "The company's name, currency, revenue and target. Only the name is required.",
			make:  func(u *UI) screen { return newCompanyScreen(u) }},
		{name: "people", title: "People", input: advisor.StepPeople, key: fyne.Key2,
			guide: "Everyone who sells, manages or forecasts, and how their week splits between the three.",
			make:  func(u *UI) screen { return newPeopleScreen(u) }},
		{name: "metrics", title: "Metrics", input: advisor.StepMetrics, key: fyne.Key3,
			guide: "Win rate, forecast accuracy, sales cycle, pipeline coverage. Leave what you don't know empty.",
			make:  func(u *UI) screen { return newMetricsScreen(u) }},
		{name: "symptoms", title: "Symptoms", input: advisor.StepSymptoms, key: fyne.Key4,
			guide: "Tick the pains you recognise; the diagnosis says what each points at.",
			make:  func(u *UI) screen { return newSymptomsScreen(u) }},
		{name: "budget", title: "Budget", input: advisor.StepBudget, key: fyne.Key5, next: "Review answers", reload: true,
			guide: "What you could spend on sales leadership, and whether someone could be promoted.",
			make:  func(u *UI) screen { return newBudgetScreen(u) }},
		{name: "review", title: "Review", key: fyne.Key6, next: "See the diagnosis", reload: true,
			guide: "Every answer on one page; change any of them with one click.",
			make:  func(u *UI) screen { return newReviewScreen(u) }},
		{name: "diagnosis", title: "Diagnosis", result: true, key: fyne.Key7,
			guide: "The role clarity score, who does what, and what the advisor finds, with its evidence.",
			make:  func(u *UI) screen { return newDiagnosisScreen(u) }},
		{name: "recommendation", title: "Recommendation", result: true, key: fyne.Key8,
			guide: "What to do, how sure the advisor is, and when each alternative fits better.",
			make:  func(u *UI) screen { return newRecommendationScreen(u) }},
		{name: "plan", title: "Plan", result: true, key: fyne.Key9, next: "Compare options",
			guide: "A dated 24-month hiring plan and its costs. Change any assumption.",
			make:  func(u *UI) screen { return newPlanScreen(u) }},
		{name: "scenarios", title: "Options", result: true, within: "plan", next: "Export to Excel…",
			guide: "Up to three options side by side, each planned over 24 months against the recommendation; record the one you decide on. Export the workbook.",
			make:  func(u *UI) screen { return newScenariosScreen(u) }},
	}
}

// stepNamed returns the index of the step with the given name, or -1.
func stepNamed(name string) int {
	for i, s := range steps {
		if s.name == name {
			return i
		}
	}
	return -1
}

// stepOf returns the index of the step that gathers s.
func stepOf(s advisor.Step) int {
	for i, st := range steps {
		if st.input == s && s != 0 {
			return i
		}
	}
	return -1
}

// firstResult is the index of the first step that shows the advice.
func firstResult() int {
	for i, s := range steps {
		if s.result {
			return i
		}
	}
	return len(steps)
}

// fieldStep is the index of the step where the field with the given id
// is asked: an answer's own step, or the plan for an assumption.
func fieldStep(id string) int {
	if s := (advisor.Problem{Field: id}).Step(); s != 0 {
		return stepOf(s)
	}
	return stepNamed("plan")
}

// screen is one step's screen; steps[i].make builds it, the first time
// the step is needed.
type screen interface {
	// content is the screen's widget tree, built once.
	content() fyne.CanvasObject
	// load refills the widgets from the session (after New, Open, restore)
	// or, for the result screens, from the current plan.
	load()
	// showProblems puts each problem's message beside its field.
	showProblems()
}

// focuser is a screen that can take the user to a field: it scrolls the
// field into view and gives it the keyboard focus.
type focuser interface {
	focusField(id string) bool
}

// firster is a screen whose first field takes the focus when it shows.
type firster interface {
	first() fyne.Focusable
}

// screen returns the screen of step i, building it the first time: only
// the Welcome screen is built before the window first shows.
func (u *UI) screen(i int) screen {
	if u.screens[i] == nil {
		s := steps[i].make(u)
		u.screens[i] = s
		loading := u.loading
		u.loading = true
		u.loadScreen(i, s)
		u.loading = loading
		s.showProblems()
	}
	return u.screens[i]
}

// answersLoader is a result screen that also edits answers (the plan's
// assumptions and start): loadAnswers refills those fields.
type answersLoader interface {
	loadAnswers()
}

// loadScreen refills screen i from the session: an input screen whole, a
// result screen's answer fields only (its results load as it shows), a
// screen that reloads as it shows not at all.
func (u *UI) loadScreen(i int, s screen) {
	switch {
	case !steps[i].result && !steps[i].reload:
		s.load()
	case steps[i].result:
		if l, ok := s.(answersLoader); ok {
			l.loadAnswers()
		}
	}
}

// screenOf returns the screen of type T, building it if need be.
func screenOf[T screen](u *UI) T {
	for i := range steps {
		if u.screens[i] != nil {
			if s, ok := u.screens[i].(T); ok {
				return s
			}
		}
	}
	for i := range steps {
		if s, ok := u.screen(i).(T); ok {
			return s
		}
	}
	var zero T
	return zero
}

// built calls f for each screen built so far.
func (u *UI) built(f func(screen)) {
	for _, s := range u.screens {
		if s != nil {
			f(s)
		}
	}
}
