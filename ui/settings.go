package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
	"github.com/salesteamadvisor/salesteam/advisor/safefile"
)

// settingsFile is the user's settings in the app's storage folder, beside
// the autosaves: the same JSON that salesteam-cli --settings reads.
const settingsFile = "settings.json"

// appSettings are the user's defaults and the file that keeps them.
type appSettings struct {
	path string // "" when the app has no storage folder: kept for this run only
	s    advisor.Settings
}

// loadSettings reads the settings kept in dir; a missing file is the
// shipped defaults, a damaged one is logged and set aside for them.
func loadSettings(dir string) *appSettings {
	c := &appSettings{}
	if dir == "" {
		return c
	}
	c.path = filepath.Join(dir, settingsFile)
	data, err := os.ReadFile(c.path)
	if errors.Is(err, os.ErrNotExist) {
		return c
	}
	var s advisor.Settings
	if err == nil {
		err = advisor.DecodeSettings(data, &s)
	}
	if err == nil {
		err = s.Validate()
	}
	if err != nil {
		log.Printf("settings %s: %v; using the shipped defaults", c.path, err)
		return c
	}
	c.s = s
	return c
}

// store validates s and keeps it, written atomically through write.
func (c *appSettings) store(write writeFile, s advisor.Settings) error {
	if err := s.Validate(); err != nil {
		return err
	}
	if c.path != "" {
		data, err := json.MarshalIndent(s, "", "  ")
		if err != nil {
			return err
		}
		data = append(data, '\n')
		if err := write(c.path, func(w io.Writer) error { _, err := w.Write(data); return err }, safefile.Options{}); err != nil {
			return err
		}
	}
	c.s = s
	return nil
}

// settingsDialog edits the user's defaults: pay bands, the plan's figures
// and the diagnosis thresholds, each with its source where the advisor
// has one. Saving validates them with advisor.Settings.Validate.
type settingsDialog struct {
	u          *UI
	d          *dialog.CustomDialog
	level      *choice
	bands      map[advisor.Role][4]*entry // low, mid, high, base share %
	figures    map[string]*entry
	thresholds []*entry // by advisor.ThresholdIDs
	msg        *widget.Label
	save       *widget.Button
	reset      *widget.Button
}

// onSettings opens File ▸ Settings…
func (u *UI) onSettings() {
	s := u.newSettingsDialog()
	s.fill(u.cfg.s.Defaults())
	u.settingsDlg = s
	s.d.Show()
	size := u.win.Canvas().Size()
	s.d.Resize(fyne.NewSize(size.Width*0.95, size.Height*0.95))
}

func (u *UI) newSettingsDialog() *settingsDialog {
	s := &settingsDialog{u: u, bands: map[advisor.Role][4]*entry{}, figures: map[string]*entry{}, msg: newMessage()}
	ref := advisor.Settings{}.Defaults()
	s.level = u.newSelect([]string{levelLabels[advisor.LevelLow], levelLabels[advisor.LevelMid], levelLabels[advisor.LevelHigh]}, nil)
	bands := container.NewVBox(subheading("Pay bands"), wrapped("Yearly on-target pay at the low end, middle and high end of each band, and the share that is base salary."),
		widget.NewForm(widget.NewFormItem("Band level", sized(s.level))))
	for _, b := range ref.Assumptions.Bands() {
		var es [4]*entry
		row := container.NewHBox()
		for i, l := range []string{"Low", "Middle", "High", "Base %"} {
			es[i] = u.newNumberEntry()
			row.Add(container.NewVBox(caption(l), widthOf(120, es[i])))
		}
		s.bands[b.Role] = es
		bands.Add(container.NewVBox(widget.NewLabelWithStyle(b.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), row,
			caption(sourceText(b.Source, b.Year, b.Confidence))))
	}
	figures := container.NewVBox(subheading("Plan figures"))
	for _, f := range ref.Assumptions.Figures() {
		e := u.newNumberEntry()
		s.figures[f.ID] = e
		unit := f.Unit
		if f.Percent() {
			unit = "%"
		}
		figures.Add(container.NewVBox(widget.NewLabelWithStyle(f.Label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			container.NewHBox(widthOf(120, e), widget.NewLabel(unit)), caption(sourceText(f.Source, f.Year, f.Confidence))))
	}
	thresholds := container.NewVBox(subheading("Diagnosis thresholds"))
	for _, t := range describeAll(ref.Thresholds) {
		e := u.newNumberEntry()
		s.thresholds = append(s.thresholds, e)
		thresholds.Add(container.NewVBox(widget.NewLabelWithStyle(t.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			container.NewHBox(widthOf(120, e), widget.NewLabel(t.Unit)), caption(t.Why)))
	}
	// Enter in a field saves, rather than moving the wizard behind on.
	for _, e := range s.entries() {
		e.OnSubmitted = func(string) { s.onSave() }
	}
	s.save = widget.NewButtonWithIcon("Save", theme.DocumentSaveIcon(), s.onSave)
	s.save.Importance = widget.HighImportance
	s.reset = widget.NewButton("Shipped defaults", func() { s.fill(ref) })
	cancel := widget.NewButton("Cancel", func() { s.d.Hide() })
	intro := wrapped("Your defaults for new sessions. A saved session keeps the settings it was advised with, so reopening it gives the same result.")
	body := container.NewVScroll(container.NewPadded(container.NewVBox(intro, bands, figures, thresholds)))
	s.d = dialog.NewCustomWithoutButtons("Settings", container.NewBorder(nil, s.msg, nil, nil, body), u.win)
	s.d.SetButtons([]fyne.CanvasObject{cancel, s.reset, s.save})
	return s
}

// entries are every field of the dialog.
func (s *settingsDialog) entries() []*entry {
	out := append([]*entry(nil), s.thresholds...)
	for _, e := range s.figures {
		out = append(out, e)
	}
	for _, es := range s.bands {
		out = append(out, es[:]...)
	}
	return out
}

// describeAll is Thresholds.Describe with confidence_low, which Describe
// words inside confidence_high's reason, as its own line.
func describeAll(t advisor.Thresholds) []advisor.ThresholdInfo {
	return append(t.Describe(), advisor.ThresholdInfo{Name: "Advice is of low confidence below", Value: t.ConfidenceLow,
		Unit: "% of its answers given", Why: "Until then it spends nothing: answer the questions first."})
}

// fill shows d in the fields, in the settings file's units.
func (s *settingsDialog) fill(d advisor.Defaults) {
	set := func(e *entry, x float64) { e.SetText(advisor.FormatNumber(x)) }
	s.level.SetSelected(levelLabels[d.Assumptions.Level])
	for _, b := range d.Assumptions.Bands() {
		es := s.bands[b.Role]
		set(es[0], b.Low)
		set(es[1], b.Mid)
		set(es[2], b.High)
		set(es[3], b.BaseShare*100)
	}
	for _, f := range d.Assumptions.Figures() {
		x := f.Value
		if f.Percent() {
			x *= 100
		}
		set(s.figures[f.ID], x)
	}
	vals := thresholdValues(d.Thresholds)
	for i, id := range advisor.ThresholdIDs() {
		set(s.thresholds[i], vals[id])
	}
	setMessage(s.msg, "")
}

func thresholdValues(t advisor.Thresholds) map[string]float64 {
	var m map[string]float64
	data, _ := json.Marshal(t)
	_ = json.Unmarshal(data, &m)
	return m
}

// settings reads the fields as settings: only what differs from the
// shipped defaults, so that a later release's better figures still reach
// what the user left alone.
func (s *settingsDialog) settings() (advisor.Settings, error) {
	ref := advisor.Settings{}.Defaults()
	var out advisor.Settings
	o := advisor.Overrides{}
	edited := false
	num := func(e *entry, what string) (float64, error) {
		x, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSpace(e.Text), ",", ""), 64)
		if err != nil {
			return 0, fmt.Errorf("%s: %q is not a number", what, e.Text)
		}
		return x, nil
	}
	for l, t := range levelLabels {
		if t == s.level.Selected && l != ref.Assumptions.Level {
			o.BandLevel, edited = l, true
		}
	}
	for _, b := range ref.Assumptions.Bands() {
		es, bo, changed := s.bands[b.Role], advisor.BandOverride{}, false
		for i, p := range []struct {
			ref float64
			dst **float64
		}{{b.Low, &bo.Low}, {b.Mid, &bo.Mid}, {b.High, &bo.High}, {b.BaseShare * 100, &bo.BaseShare}} {
			x, err := num(es[i], b.Title+" pay band")
			if err != nil {
				return out, err
			}
			if differ(x, p.ref) {
				*p.dst, changed = advisor.Ptr(x), true
			}
		}
		if changed {
			if o.Bands == nil {
				o.Bands = map[advisor.Role]advisor.BandOverride{}
			}
			o.Bands[b.Role], edited = bo, true
		}
	}
	for _, f := range ref.Assumptions.Figures() {
		x, err := num(s.figures[f.ID], f.Label)
		if err != nil {
			return out, err
		}
		r := f.Value
		if f.Percent() {
			r *= 100
		}
		if differ(x, r) {
			*o.FigureOverride(f.ID), edited = advisor.Ptr(x), true
		}
	}
	if edited {
		out.Assumptions = &o
	}
	th, err := s.thresholdsRead(ref.Thresholds)
	if err != nil {
		return out, err
	}
	if th != ref.Thresholds {
		out.Thresholds = &th
	}
	return out, nil
}

func (s *settingsDialog) thresholdsRead(ref advisor.Thresholds) (advisor.Thresholds, error) {
	vals := thresholdValues(ref)
	names := describeAll(ref)
	for i, id := range advisor.ThresholdIDs() {
		x, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSpace(s.thresholds[i].Text), ",", ""), 64)
		if err != nil {
			return ref, fmt.Errorf("%s: %q is not a number", names[i].Name, s.thresholds[i].Text)
		}
		vals[id] = x
	}
	data, _ := json.Marshal(vals)
	var t advisor.Thresholds
	if err := json.Unmarshal(data, &t); err != nil {
		return ref, errors.New("a count among the thresholds must be a whole number")
	}
	return t, nil
}

func differ(a, b float64) bool { return a-b > 1e-9 || b-a > 1e-9 }

// onSave keeps the settings if the advisor accepts them, else says why
// and keeps the dialog open.
func (s *settingsDialog) onSave() {
	u := s.u
	st, err := s.settings()
	if err == nil {
		err = u.cfg.store(u.write, st)
	}
	if err != nil {
		log.Printf("settings: %v", err)
		setMessage(s.msg, settingsProblem(err))
		return
	}
	s.d.Hide()
	if steps[u.step].result {
		u.reshow() // advised again: a session without a baseline follows
	}
	u.notify("Settings saved: new sessions use them; a saved session keeps the settings it was advised with.", savedNotice, "", nil)
}

// settingsProblem words a settings problem with its field's label.
func settingsProblem(err error) string {
	var ve *advisor.ValidationError
	if !errors.As(err, &ve) {
		return friendly(err)
	}
	var lines []string
	names := describeAll(advisor.DefaultThresholds())
	for _, p := range ve.Problems {
		f := strings.TrimPrefix(p.Field, "settings.")
		label := advisor.FieldLabel(f)
		if id, ok := strings.CutPrefix(f, "thresholds."); ok {
			if i := indexOf(advisor.ThresholdIDs(), id); i >= 0 {
				label = names[i].Name
			}
		}
		lines = append(lines, label+": "+p.Message)
	}
	return strings.Join(lines, "\n")
}

// recordBaseline records in a session being saved the settings it is
// advised with, unless it has recorded them already: reopening it months
// later gives the same result.
func (u *UI) recordBaseline() {
	if u.answers.Baseline == nil {
		u.answers.Baseline = u.cfg.s.Record(time.Now())
	}
}

// baselineDialog offers, for a session advised with other settings than
// today's, to keep the recorded ones (the default) or apply today's.
type baselineDialog struct {
	d           *dialog.CustomDialog
	differences []string
	keep, apply *widget.Button
}

// checkBaseline says when the session's recorded settings differ from
// today's.
func (u *UI) checkBaseline() {
	u.baselineDlg = nil
	b := u.answers.Baseline
	if b == nil {
		return
	}
	diffs := b.Differences(u.cfg.s)
	if len(diffs) == 0 {
		return
	}
	text := fmt.Sprintf("This session was advised with the settings of %s, which differ from today's:\n\n• %s\n\n"+
		"Keep the recorded settings to get the same result as before, or apply today's.", b.Recorded, strings.Join(diffs, "\n• "))
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	bd := &baselineDialog{differences: diffs}
	bd.d = dialog.NewCustomWithoutButtons("Today's settings differ", container.NewVScroll(widthOf(520, msg)), u.win)
	bd.keep = widget.NewButton("Keep the recorded settings", func() { bd.d.Hide() })
	bd.keep.Importance = widget.HighImportance
	bd.apply = widget.NewButton("Apply today's settings", func() {
		bd.d.Hide()
		u.answers.Baseline = u.cfg.s.Record(time.Now())
		u.changed()
	})
	bd.d.SetButtons([]fyne.CanvasObject{bd.apply, bd.keep})
	u.withKeys(bd.d, bd.d.Hide, bd.d.Hide)
	u.baselineDlg = bd
	bd.d.Show()
	bd.d.Resize(fyne.NewSize(min(640, u.win.Canvas().Size().Width*0.9), min(480, u.win.Canvas().Size().Height*0.9)))
}
