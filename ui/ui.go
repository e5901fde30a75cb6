// Package ui is the Fyne user interface of Sales Team Advisor: a wizard that
// gathers a client's answers and shows the advisor's diagnosis and plan.
package ui

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
	"github.com/salesteamadvisor/salesteam/advisor/safefile"
)

// AppID is the application ID, as in FyneApp.toml.
const AppID = "app.salesteamadvisor.salesteam"

// AppName is the application's display name and the window title's prefix.
const AppName = "Sales Team Advisor"

// The wizard's steps, in order; the input steps follow advisor.Steps().
const (
	stepWelcome = iota
	stepCompany
	stepPeople
	stepMetrics
	stepSymptoms
	stepBudget
	stepDiagnosis
	stepRecommendation
	stepPlan
	stepCount
)

// screen is one step of the wizard.
type screen interface {
	// title names the step in the step indicator.
	title() string
	// content is the screen's widget tree, built once.
	content() fyne.CanvasObject
	// load refills the widgets from the session (after New, Open, restore)
	// or, for the result screens, from the current plan.
	load()
	// showProblems puts each problem's message beside its field.
	showProblems()
}

// UI is the main window's content: the wizard, its menus and the session.
type UI struct {
	app fyne.App
	win fyne.Window

	answers advisor.Answers
	path    string // the session's file; "" until saved
	saved   []byte // the file's bytes when last opened or saved
	plan    advisor.Plan
	planErr error

	// inputErr holds, per field id, why what was typed was refused; the
	// answers keep their last good value meanwhile.
	inputErr map[string]string
	problems []advisor.Problem
	// touched holds the fields the user has edited: a field's problem shows
	// beside it only once touched, or for a session opened or restored
	// (showAll), so that a new client does not start with a page of errors.
	touched map[string]bool
	showAll bool
	loading bool // true while widgets are refilled from the session

	autosaves   *autosaver     // nil: no autosave
	write       writeFile      // safefile.Write, but for tests
	unsaved     *unsavedPrompt // the last unsaved-changes prompt shown
	lastMessage string         // the text of the last message dialog, for tests

	step      int
	screens   []screen
	stepBtns  []*widget.Button
	indicator *container.Scroll
	body      *fyne.Container
	back      *widget.Button
	next      *widget.Button
	reason    *widget.Label
	workshop  *fyne.MenuItem
	recentMnu *fyne.Menu

	welcome        *welcomeScreen
	company        *companyScreen
	people         *peopleScreen
	metrics        *metricsScreen
	symptoms       *symptomsScreen
	budget         *budgetScreen
	diagnosis      *diagnosisScreen
	recommendation *recommendationScreen
	planScr        *planScreen
}

// New puts the wizard in the window: content, menus, shortcuts and the
// close prompt. The window first shows a splash; the screens are built right
// after that first frame, then the app restores an autosave or opens a
// file named in SALESTEAM_OPEN.
func New(a fyne.App, w fyne.Window) *UI {
	dir := ""
	if root := a.Storage().RootURI(); root != nil && root.Scheme() == "file" {
		dir = root.Path()
	}
	u := newUIState(a, w, dir)
	u.restoreWindowSize()
	w.SetContent(newSplash(func() {
		u.build()
		u.start()
	}))
	return u
}

// newUI builds the wizard at once, autosaving in autosaveDir; the tests
// use it.
func newUI(a fyne.App, w fyne.Window, autosaveDir string) *UI {
	u := newUIState(a, w, autosaveDir)
	u.build()
	return u
}

func newUIState(a fyne.App, w fyne.Window, autosaveDir string) *UI {
	installLazyWriters() // before any file dialog: see files.go
	return &UI{app: a, win: w, autosaves: newAutosaver(autosaveDir), write: safefile.Write,
		inputErr: map[string]string{}, touched: map[string]bool{}}
}

func (u *UI) build() {
	w := u.win
	u.answers = newAnswers()
	u.saved, _ = u.answers.MarshalFile()
	u.welcome = newWelcomeScreen(u)
	u.company = newCompanyScreen(u)
	u.people = newPeopleScreen(u)
	u.metrics = newMetricsScreen(u)
	u.symptoms = newSymptomsScreen(u)
	u.budget = newBudgetScreen(u)
	u.diagnosis = newDiagnosisScreen(u)
	u.recommendation = newRecommendationScreen(u)
	u.planScr = newPlanScreen(u)
	u.screens = []screen{u.welcome, u.company, u.people, u.metrics, u.symptoms, u.budget, u.diagnosis, u.recommendation, u.planScr}

	u.back = widget.NewButton("Back", u.onBack)
	u.next = widget.NewButton("Next", u.onNext)
	u.next.Importance = widget.HighImportance
	u.reason = widget.NewLabel("")
	u.reason.Importance = widget.DangerImportance
	u.reason.Truncation = fyne.TextTruncateEllipsis
	indicator := container.NewHBox()
	for i, s := range u.screens {
		b := widget.NewButton(s.title(), func() { u.goTo(i) })
		b.Importance = widget.LowImportance
		u.stepBtns = append(u.stepBtns, b)
		indicator.Add(b)
	}
	u.body = container.NewStack()
	nav := container.NewBorder(nil, nil, u.back, u.next, u.reason)
	u.indicator = container.NewHScroll(indicator)
	top := container.NewVBox(u.indicator, widget.NewSeparator())
	w.SetContent(container.NewBorder(top, container.NewVBox(widget.NewSeparator(), nav), nil, nil, u.body))
	u.setupMenus()
	w.SetCloseIntercept(u.onClose)
	u.loadSession()
	u.goTo(stepWelcome)
}

// newAnswers is the session a new client starts with.
func newAnswers() advisor.Answers {
	return advisor.Answers{Version: advisor.FormatVersion, Company: advisor.Company{Currency: "USD"},
		People: []advisor.Person{}, Symptoms: []advisor.Symptom{}}
}

// isInput reports whether step gathers answers, and which advisor step it is.
func isInput(step int) (advisor.Step, bool) {
	if step >= stepCompany && step <= stepBudget {
		return advisor.Steps()[step-stepCompany], true
	}
	return 0, false
}

// blocker returns why the given step cannot be left forwards, or "".
func (u *UI) blocker(step int) string {
	why, _ := u.blocking(step)
	return why
}

// blocking returns why the given step cannot be left forwards, in an
// owner's words, and whether its field already shows that message.
func (u *UI) blocking(step int) (string, bool) {
	s, ok := isInput(step)
	if !ok {
		if step > stepBudget && u.planErr != nil {
			return errText(u.planErr), true
		}
		return "", false
	}
	prefix := fieldPrefix(s)
	for id, msg := range u.inputErr {
		for _, p := range prefix {
			if strings.HasPrefix(id, p) {
				return u.fieldText(id, msg), true
			}
		}
	}
	for _, p := range u.problems {
		if p.Step() == s {
			return p.Text(), u.shown(p.Field)
		}
	}
	return "", false
}

// fieldText names the field, and for people the person, before msg:
// "Sam — Week split: not a number".
func (u *UI) fieldText(id, msg string) string {
	t := advisor.FieldLabel(id) + ": " + msg
	var i int
	if _, err := fmt.Sscanf(id, "people[%d]", &i); err == nil && i >= 0 && i < len(u.answers.People) {
		who := strings.TrimSpace(u.answers.People[i].Name)
		if who == "" {
			who = fmt.Sprintf("Person %d", i+1)
		}
		t = who + " — " + t
	}
	return t
}

// errText is an error in an owner's words: a validation error's first
// problem without its file path.
func errText(err error) string {
	var ve *advisor.ValidationError
	if errors.As(err, &ve) && len(ve.Problems) > 0 {
		return ve.Problems[0].Text()
	}
	return err.Error()
}

func fieldPrefix(s advisor.Step) []string {
	switch s {
	case advisor.StepCompany:
		return []string{"company"}
	case advisor.StepPeople:
		return []string{"people"}
	case advisor.StepMetrics:
		return []string{"metrics"}
	case advisor.StepSymptoms:
		return []string{"symptoms"}
	}
	return []string{"constraints", "promotion_candidate"}
}

// reachable reports whether step can be shown: every step before it is
// complete.
func (u *UI) reachable(step int) bool {
	for i := stepCompany; i < step; i++ {
		if u.blocker(i) != "" {
			return false
		}
	}
	return true
}

func (u *UI) goTo(step int) {
	if step < 0 || step >= stepCount || !u.reachable(step) {
		return
	}
	if step >= stepDiagnosis {
		u.advise()
	}
	u.step = step
	s := u.screens[step]
	if step >= stepDiagnosis || step == stepBudget {
		s.load() // the candidates and the plan depend on earlier steps
	}
	u.body.Objects = []fyne.CanvasObject{s.content()}
	u.body.Refresh()
	u.refreshNav()
	u.autosave() // remembers the step
	if f, ok := s.(interface{ first() fyne.Focusable }); ok {
		u.win.Canvas().Focus(f.first())
	}
}

func (u *UI) onNext() { u.goTo(u.step + 1) }
func (u *UI) onBack() { u.goTo(u.step - 1) }

// advise runs the advisor on the session; the result screens show u.plan.
func (u *UI) advise() {
	p, err := advisor.Advise(u.answers)
	u.planErr = err
	if err == nil {
		u.plan = p
	}
}

// refreshNav updates the step indicator, Back, Next and the reason beside Next.
func (u *UI) refreshNav() {
	for i, b := range u.stepBtns {
		switch {
		case i == u.step:
			b.Importance = widget.HighImportance
			b.Enable()
		case u.reachable(i):
			b.Importance = widget.LowImportance
			b.Enable()
		default:
			b.Importance = widget.LowImportance
			b.Disable()
		}
		b.Refresh()
	}
	u.showStepButton()
	if u.step == 0 {
		u.back.Disable()
	} else {
		u.back.Enable()
	}
	why := u.blocker(u.step)
	if why != "" || u.step == stepCount-1 {
		u.next.Disable()
	} else {
		u.next.Enable()
	}
	u.next.SetText("Next")
	if u.step == stepBudget {
		u.next.SetText("See the diagnosis")
	}
	// A problem the user has not reached yet reads as a hint, not an error.
	if _, shown := u.blocking(u.step); shown {
		u.reason.Importance = widget.DangerImportance
	} else {
		u.reason.Importance = widget.MediumImportance
	}
	if why != "" {
		u.reason.SetText("To continue: " + why)
	} else {
		u.reason.SetText("")
	}
}

// showStepButton scrolls the step indicator, if it is wider than the
// window, so that the current step shows.
func (u *UI) showStepButton() {
	b, s := u.stepBtns[u.step], u.indicator
	off := s.Offset
	if right := b.Position().X + b.Size().Width; right > off.X+s.Size().Width {
		off.X = right - s.Size().Width
	}
	off.X = min(off.X, b.Position().X)
	s.ScrollToOffset(off)
}

// changed is called after every edit of the answers: it revalidates, shows
// the problems, updates the title and autosaves.
func (u *UI) changed() {
	if u.loading {
		return
	}
	u.validate()
	if u.step >= stepDiagnosis {
		if u.advise(); u.planErr == nil {
			u.screens[u.step].load() // the plan's totals follow the assumptions
		}
	}
	u.refreshNav()
	u.refreshTitle()
	u.autosave()
}

func (u *UI) validate() {
	u.problems = u.answers.Problems()
	for _, s := range u.screens {
		s.showProblems()
	}
}

// message is what to show beside the field with the given id: what was
// refused as typed, or the advisor's problem with the field or its parts,
// once the user has touched it.
func (u *UI) message(id string) string {
	if m, ok := u.inputErr[id]; ok {
		return m
	}
	for _, p := range u.problems {
		if (p.Field == id || strings.HasPrefix(p.Field, id+".")) && u.shown(p.Field) {
			return p.Message
		}
	}
	return ""
}

// touch records that the user edited the field with the given id.
func (u *UI) touch(id string) { u.touched[id] = true }

// shown reports whether a problem with field shows: the user touched the
// field, a part of it or the whole it belongs to.
func (u *UI) shown(field string) bool {
	if u.showAll {
		return true
	}
	for k := range u.touched {
		if strings.HasPrefix(k, field) || strings.HasPrefix(field, k) {
			return true
		}
	}
	return false
}

// loadSession refills every screen from u.answers.
func (u *UI) loadSession() {
	u.loading = true
	clear(u.inputErr)
	for _, s := range u.screens[:stepDiagnosis] {
		s.load()
	}
	u.planScr.loadAssumptions()
	u.loading = false
	u.validate()
	u.refreshTitle()
	u.refreshNav()
}

func (u *UI) refreshTitle() {
	title := AppName
	if name := strings.TrimSpace(u.answers.Company.Name); name != "" {
		title += " — " + name
	}
	if u.dirty() {
		title += " *"
	}
	u.win.SetTitle(title)
}
