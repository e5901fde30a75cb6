// Package ui is the Fyne user interface of Sales Team Advisor: a wizard that
// gathers a client's answers and shows the advisor's diagnosis and plan.
package ui

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
	"github.com/salesteamadvisor/salesteam/advisor/library"
	"github.com/salesteamadvisor/salesteam/advisor/safefile"
)

// AppID is the application ID, as in FyneApp.toml.
const AppID = "app.salesteamadvisor.salesteam"

// AppName is the application's display name and the window title's prefix.
const AppName = "Sales Team Advisor"

// UI is the main window's content: the wizard, its menus and the session.
type UI struct {
	app fyne.App
	win fyne.Window

	answers advisor.Answers
	path    string // the session's file; "" until saved
	saved   []byte // the file's bytes when last opened or saved
	plan    advisor.Plan
	planErr error
	// simGen counts the plans advised; a range simulated for an older
	// plan than the current one is dropped.
	simGen int

	// inputErr holds, per field id, why what was typed was refused; the
	// answers keep their last good value meanwhile.
	inputErr map[string]string
	problems []advisor.Problem
	// touched holds the fields the user has left after editing them: a
	// field's problem shows beside it only then, or for a session opened
	// or restored (showAll), so that nobody is told off mid-word and a new
	// client does not start with a page of errors.
	touched map[string]bool
	showAll bool
	loading bool // true while widgets are refilled from the session

	autosaves *autosaver // nil: no autosave
	write     writeFile  // safefile.Write, but for tests
	openURL   func(*url.URL) error
	// async runs work away from the main goroutine, then done on it;
	// after runs f on it once d has passed. Tests run them in step.
	async       func(work, done func())
	after       func(d time.Duration, f func())
	unsaved     *unsavedPrompt  // the last unsaved-changes prompt shown
	exported    *exportedDialog // the last export notice shown
	lastMessage string          // the text of the last message dialog, for tests

	step    int
	visited map[int]bool // the steps shown for this session
	// themeGen counts the theme's changes; shownGen holds its count when
	// each step last showed.
	themeGen atomic.Int64
	shownGen map[int]int64
	screens  []screen // by step; nil until first needed
	bar      *stepBar
	body     *fyne.Container
	back     *widget.Button
	next     *widget.Button
	// progress says "Step 3 of 10"; reason why Next is disabled, and
	// takes the user to the field when tapped; notice is a passing
	// message ("Saved") with an action such as Undo.
	progress  *widget.Label
	reason    *linkLabel
	notice    *notice
	workshop  *fyne.MenuItem
	present   *presentBar // shows while the workshop view is on
	recentMnu *fyne.Menu
	// cfg is the user's settings, the defaults of a session that has not
	// recorded its own; the dialogs are the last shown, for tests.
	cfg         *appSettings
	settingsDlg *settingsDialog
	baselineDlg *baselineDialog

	library    *libraryScreen // nil until first shown
	stamp      library.Stamp  // the session's file as opened or saved: see ondisk.go
	diskPrompt *diskPrompt    // the last changed-on-disk prompt shown
}

// New puts the wizard in the window: content, menus, shortcuts and the
// close prompt. Only the Welcome screen is built before the window first
// shows; once it runs, the app offers to restore an autosave or opens a
// file named in SALESTEAM_OPEN.
func New(a fyne.App, w fyne.Window) *UI {
	dir := ""
	if root := a.Storage().RootURI(); root != nil && root.Scheme() == "file" {
		dir = root.Path()
	}
	a.Settings().SetTheme(defaultTheme())
	u := newUIState(a, w, dir)
	u.restoreWindowSize()
	u.build()
	go fyne.Do(u.start) // after the first frame
	return u
}

// newUI builds the wizard with every screen, autosaving in autosaveDir;
// the tests use it. It runs no background work (the range simulation) and
// no timer: a test that wants the range sets async, one that wants a
// notice to pass calls hideNotice.
func newUI(a fyne.App, w fyne.Window, autosaveDir string) *UI {
	u := newUIState(a, w, autosaveDir)
	u.async = func(work, done func()) {}
	u.after = func(time.Duration, func()) {}
	u.build()
	for i := range steps {
		u.screen(i)
	}
	return u
}

func newUIState(a fyne.App, w fyne.Window, autosaveDir string) *UI {
	installLazyWriters() // before any file dialog: see files.go
	return &UI{app: a, win: w, autosaves: newAutosaver(autosaveDir), write: safefile.Write, openURL: a.OpenURL,
		inputErr: map[string]string{}, touched: map[string]bool{}, visited: map[int]bool{}, shownGen: map[int]int64{},
		screens: make([]screen, len(steps)), cfg: loadSettings(autosaveDir),
		async: func(work, done func()) {
			go func() {
				work()
				fyne.Do(done)
			}()
		},
		after: func(d time.Duration, f func()) { time.AfterFunc(d, func() { fyne.Do(f) }) },
	}
}

func (u *UI) build() {
	u.answers = newAnswers()
	u.saved, _ = u.answers.MarshalFile()
	u.back = widget.NewButton("Back", u.onBack)
	u.next = widget.NewButton("Next", u.onNext)
	u.next.Importance = widget.HighImportance
	u.progress = widget.NewLabel("")
	u.reason = newLinkLabel(u.goToProblem)
	u.notice = newNotice()
	u.bar = newStepBar(u)
	u.body = container.NewStack()
	middle := container.NewStack(u.reason.row, u.notice.box)
	// The objects' order is the Tab order: from a page's last field, Tab
	// goes to the notice's action (Undo), Next, Back, then the step bar.
	left := container.NewHBox(u.back, u.progress)
	nav := container.New(layout.NewBorderLayout(nil, nil, left, u.next), middle, u.next, left)
	u.present = u.newPresentBar()
	top := container.NewVBox(u.present.box, u.bar.c, widget.NewSeparator())
	bottom := container.NewVBox(widget.NewSeparator(), u.reason.fullRow, nav)
	u.win.SetContent(container.New(layout.NewBorderLayout(top, bottom, nil, nil), u.body, bottom, top))
	u.setupMenus()
	u.win.SetCloseIntercept(u.onClose)
	u.win.Canvas().SetOnTypedKey(u.onKey)
	u.app.Settings().AddListener(func(fyne.Settings) { u.themeGen.Add(1) })
	u.loadSession()
	u.goTo(0)
}

// onKey handles the keys no field takes: Enter moves on, F1 opens the
// guide.
func (u *UI) onKey(k *fyne.KeyEvent) { u.pageKey(k) }

// onEnter is Enter pressed on a step: Next when the step is complete,
// else the field that needs work. The last step exports only from its
// button, never from a key pressed in a field.
func (u *UI) onEnter() {
	switch {
	case u.blocker(u.step) != "":
		u.goToProblem()
	case u.step < len(steps)-1:
		u.onNext()
	}
}

// newAnswers is the session a new client starts with.
func newAnswers() advisor.Answers {
	return advisor.Answers{Version: advisor.FormatVersion, Company: advisor.Company{Currency: "USD"},
		People: []advisor.Person{}, Symptoms: []advisor.Symptom{}}
}

// blocker returns why the given step cannot be left forwards, or "".
func (u *UI) blocker(step int) string {
	why, _, _ := u.blocking(step)
	return why
}

// blocking returns why the given step cannot be left forwards, in an
// owner's words, the field it is about, and whether the field already
// shows that message.
func (u *UI) blocking(step int) (why, field string, shown bool) {
	if steps[step].result {
		for id, msg := range u.inputErr { // a refused assumption
			if fieldStep(id) == step {
				return u.fieldText(id, msg), id, u.shown(id)
			}
		}
		if u.planErr != nil {
			return errText(u.planErr), "", true
		}
		return "", "", false
	}
	if steps[step].input == 0 {
		return "", "", false
	}
	for id, msg := range u.inputErr {
		if fieldStep(id) == step {
			return u.fieldText(id, msg), id, u.shown(id)
		}
	}
	for _, p := range u.problems {
		if stepOf(p.Step()) == step {
			return problemText(p), p.Field, u.shown(p.Field)
		}
	}
	return "", "", false
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

// problemText is a problem as the status bar and dialogs say it: with the
// field's label, "Week split: …", or, for a whole list with no label of
// its own ("people"), the message alone as a sentence, not a raw path.
func problemText(p advisor.Problem) string {
	if p.Person == "" && advisor.FieldLabel(p.Field) == p.Field && p.Message != "" {
		return strings.ToUpper(p.Message[:1]) + p.Message[1:]
	}
	return p.Text()
}

// errText is an error in an owner's words: a validation error's first
// problem without its file path.
func errText(err error) string {
	var ve *advisor.ValidationError
	if errors.As(err, &ve) && len(ve.Problems) > 0 {
		return problemText(ve.Problems[0])
	}
	return err.Error()
}

// reachable reports whether step can be shown: every step before it is
// complete.
func (u *UI) reachable(step int) bool {
	for i := range step {
		if steps[i].input != 0 && u.blocker(i) != "" {
			return false
		}
	}
	return true
}

// goTo shows step i at its top if it can be shown, and reports whether it
// does: a step opens at its heading, wherever the page was left last time
// or in another session.
func (u *UI) goTo(i int) bool { return u.showStep(i, true) }

// reshow shows the current step again where the user is on it: after a
// change of view or settings, not a move.
func (u *UI) reshow() { u.showStep(u.step, false) }

// showStep shows step i, at its top if top is set, else at the offset it
// was left at.
func (u *UI) showStep(i int, top bool) bool {
	if i < 0 || i >= len(steps) || !u.reachable(i) {
		return false
	}
	u.closeLibrary()
	if steps[i].result {
		u.advise()
	}
	u.step = i
	u.visited[i] = true
	s := u.screen(i)
	if steps[i].result || steps[i].reload {
		s.load() // they show what earlier steps answered
	}
	if sc, ok := s.content().(*container.Scroll); ok && top {
		sc.Offset = fyne.Position{} // show lays it out at this offset
	}
	u.show(i, s.content())
	u.refreshNav()
	u.autosave() // remembers the step
	// Presenting, the arrow keys step rather than move in a field.
	if f, ok := s.(firster); ok && !u.presenting() {
		if first := f.first(); first != nil {
			u.win.Canvas().Focus(first)
		}
	} else {
		u.win.Canvas().Unfocus()
	}
	return true
}

// show puts a step's content in the window. A page is laid out, not
// refreshed: refreshing every widget of a 200-person page took a second.
// A page last shown in another theme (the workshop view, the system's
// dark mode) is refreshed whole, since only what shows follows a theme.
func (u *UI) show(i int, c fyne.CanvasObject) {
	maskMoney(c)
	u.body.Objects = []fyne.CanvasObject{c}
	gen := u.themeGen.Load()
	if sc, ok := c.(*container.Scroll); ok && u.shownGen[i] == gen {
		u.body.Layout.Layout(u.body.Objects, u.body.Size())
		relayout(sc)
		layoutAll(sc.Content)
		canvas.Refresh(u.body)
	} else {
		u.body.Refresh()
	}
	u.shownGen[i] = gen
}

// onNext moves on; on the last step it exports, or takes the user to the
// assumption that keeps the plan from being current.
func (u *UI) onNext() {
	if u.step < len(steps)-1 {
		u.goTo(u.step + 1)
		return
	}
	if _, field, _ := u.blocking(u.step); field != "" {
		u.goToProblem()
		return
	}
	u.onExport()
}

func (u *UI) onBack() { u.goTo(u.step - 1) }

// goToProblem takes the user to the field that keeps the current step
// from being complete: its step, scrolled into view, with the focus.
func (u *UI) goToProblem() {
	_, field, _ := u.blocking(u.step)
	if field == "" {
		return
	}
	u.touch(field)
	u.goToField(field)
}

// goToField shows the step that asks the field with the given id, and
// takes the user to it.
func (u *UI) goToField(id string) {
	i := fieldStep(id)
	if i != u.step && !u.goTo(i) {
		return
	}
	u.showProblems()
	if f, ok := u.screen(i).(focuser); ok {
		f.focusField(id)
	}
	u.refreshNav()
}

// options are what the advisor is run with: the user's settings, which
// a session's recorded baseline overrides.
func (u *UI) options() advisor.Options {
	st := u.cfg.s
	return advisor.Options{Runs: -1, Settings: &st}
}

// advise runs the advisor on the session, without the range simulation,
// which then runs in the background: the result screens show u.plan at
// once, and its range when ready.
func (u *UI) advise() {
	p, err := advisor.AdviseWith(u.answers, u.options())
	u.planErr = err
	u.simGen++
	if err != nil {
		return
	}
	u.plan = p
	gen := u.simGen
	sim := p
	sim.Answers = p.Answers.Clone() // the owner edits u.answers meanwhile
	var r advisor.Range
	u.async(func() { r = advisor.SimulateRange(sim, 0) }, func() { u.rangeReady(gen, r) })
}

// rangeReady shows a simulated range, unless the plan has changed since.
func (u *UI) rangeReady(gen int, r advisor.Range) {
	if gen != u.simGen || u.planErr != nil {
		return
	}
	u.plan.Range = r
	if s, ok := u.screens[stepNamed("plan")].(*planScreen); ok && s != nil {
		s.showRange()
		if i := stepNamed("plan"); u.step == i && s.relayout() {
			u.show(i, s.content())
		}
	}
}

// planWithRange is the plan with its range, simulated now if the
// background run has not finished: the workbook shows it.
func (u *UI) planWithRange() advisor.Plan {
	if u.plan.Range.Runs == 0 {
		u.plan.Range = advisor.SimulateRange(u.plan, 0)
	}
	return u.plan
}

// refreshNav updates the step bar, Back, Next and the message beside Next.
func (u *UI) refreshNav() {
	u.bar.refresh()
	if u.step == 0 {
		u.back.Disable()
	} else {
		u.back.Enable()
	}
	u.progress.SetText(fmt.Sprintf("Step %d of %d", u.step+1, len(steps)))
	why, _, shown := u.blocking(u.step)
	label := steps[u.step].next
	if label == "" {
		label = "Next"
	}
	u.next.SetText(label)
	// The last step's button is never disabled: it exports, or takes the
	// user to what must be fixed first.
	if why != "" && u.step < len(steps)-1 {
		u.next.Disable()
	} else {
		u.next.Enable()
	}
	// A problem the user has not reached yet reads as a hint, not an error.
	u.reason.setText(why, shown)
	if u.notice.box.Visible() {
		u.reason.row.Hide()
	}
}

// changed is called after every edit of the answers: it revalidates, shows
// the problems, updates the title and autosaves.
func (u *UI) changed() {
	if u.loading {
		return
	}
	u.validate()
	if steps[u.step].result {
		u.advise()
		s := u.screen(u.step)
		s.load() // the plan's totals follow the assumptions
		maskMoney(s.content())
		if r, ok := s.(interface{ relayout() bool }); !ok || r.relayout() {
			u.show(u.step, s.content())
		}
	}
	u.refreshNav()
	u.refreshTitle()
	u.autosave()
}

func (u *UI) validate() {
	u.problems = u.answers.Problems()
	u.showProblems()
}

func (u *UI) showProblems() { u.built(func(s screen) { s.showProblems() }) }

// message is what to show beside the field with the given id: what was
// refused as typed, or the advisor's problem with the field or its parts,
// once the user has left the field.
func (u *UI) message(id string) string {
	if m, ok := u.inputErr[id]; ok {
		if u.shown(id) {
			return m
		}
		return ""
	}
	for _, p := range u.problems {
		if (p.Field == id || strings.HasPrefix(p.Field, id+".")) && u.shown(p.Field) {
			return p.Message
		}
	}
	return ""
}

// touch records that the user has left the field with the given id, or
// asked to go to it: its problems show from now on.
func (u *UI) touch(id string) { u.touched[id] = true }

// leave is a field losing the focus: its problem, if any, shows now.
func (u *UI) leave(id string) {
	if u.loading || u.touched[id] {
		return
	}
	u.touch(id)
	u.showProblems()
	u.refreshNav()
}

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

// loadSession refills every screen built so far from u.answers.
func (u *UI) loadSession() {
	u.loading = true
	clear(u.inputErr)
	for i, s := range u.screens {
		if s != nil {
			u.loadScreen(i, s)
		}
	}
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
