package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/salesteamadvisor/salesteam/advisor"
)

// TestRemoveThenTypeNeverCrashes: click into a person's field, click
// Remove, then type or press Ctrl+Z. A click on a button leaves the focus
// where it was (Fyne's desktop driver does not unfocus for a focusable
// button; test.Tap would), so the keys reach the removed row's field.
// It used to index the people with the row's old position and panic.
func TestRemoveThenTypeNeverCrashes(t *testing.T) {
	for _, c := range []struct {
		name   string
		remove int
		field  func(r *personRow) *entry
	}{
		{"last person's name", 1, func(r *personRow) *entry { return r.name.entry }},
		{"first person's title", 0, func(r *personRow) *entry { return r.title.entry }},
		{"last person's selling time", 1, func(r *personRow) *entry { return r.parts[0].entry }},
		{"last person's quota", 1, func(r *personRow) *entry { return r.quota.entry }},
	} {
		t.Run(c.name, func(t *testing.T) {
			u := newTestUI(t)
			if err := u.openPath(example); err != nil {
				t.Fatal(err)
			}
			u.goTo(ix("people"))
			before := u.answers.People[1-c.remove]
			row := u.people().rows[c.remove]
			e := c.field(row)
			u.win.Canvas().Focus(e)
			test.Type(e, "7")
			row.remove.OnTapped() // the click
			test.Type(e, "x")
			e.TypedShortcut(&fyne.ShortcutUndo{})
			e.TypedShortcut(&fyne.ShortcutRedo{})
			e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
			if len(u.answers.People) != 1 || u.answers.People[0] != before {
				t.Errorf("people after typing in a removed row: %+v, want only %+v", u.answers.People, before)
			}
			if f := u.win.Canvas().Focused(); f != u.people().add {
				t.Errorf("the focus is on %T, not on Add, where typing changes nothing", f)
			}
			for id := range u.inputErr {
				t.Errorf("a removed row left an input error on %s", id)
			}
		})
	}
}

// TestPeopleStayWithinLimits: Add stops at advisor.MaxPeople, and names
// and titles stop at advisor.MaxTextLen characters, so that what the app
// saves, it can open again.
func TestPeopleStayWithinLimits(t *testing.T) {
	u := newTestUI(t)
	if err := u.openPath(bigSession(t, advisor.MaxPeople-1)); err != nil {
		t.Fatal(err)
	}
	u.goTo(ix("people"))
	test.Tap(u.people().add)
	if len(u.answers.People) != advisor.MaxPeople || !u.people().add.Disabled() {
		t.Fatalf("%d people, Add disabled %v", len(u.answers.People), u.people().add.Disabled())
	}
	test.Tap(u.people().add)
	if len(u.answers.People) != advisor.MaxPeople {
		t.Errorf("%d people after another Add", len(u.answers.People))
	}
	long := strings.Repeat("Ö", advisor.MaxTextLen+30)
	r := u.people().rows[0]
	r.name.entry.SetText(long) // as a paste does
	r.title.entry.SetText(strings.Repeat("t", advisor.MaxTextLen+1))
	u.company().name().SetText(long)
	if n := utf8.RuneCountInString(u.answers.People[0].Name); n != advisor.MaxTextLen {
		t.Errorf("name of %d characters kept", n)
	}
	if n := utf8.RuneCountInString(u.answers.People[0].Title); n != advisor.MaxTextLen {
		t.Errorf("title of %d characters kept", n)
	}
	if n := utf8.RuneCountInString(u.answers.Company.Name); n != advisor.MaxTextLen {
		t.Errorf("company name of %d characters kept", n)
	}
	data, _ := u.answers.MarshalFile()
	if _, _, err := advisor.ParseDraft(data); err != nil {
		t.Errorf("the session does not open again: %v", err)
	}
}

// TestHugeFileIsRefusedNotRendered: a file with a million-character name
// is refused at load with a message naming the field; the session is kept.
func TestHugeFileIsRefusedNotRendered(t *testing.T) {
	u := newTestUI(t)
	path := bigSession(t, 2)
	data, _ := advisor.ReadFile(path)
	huge := strings.Replace(string(data), `"Rep 1"`, `"`+strings.Repeat("x", 1_000_000)+`"`, 1)
	writeTemp(t, path, huge)
	if err := u.openPath(path); err == nil {
		t.Fatal("a million-character name was opened")
	}
	if !strings.Contains(u.lastMessage, "Name: is 1,000,000 characters long; at most 120 are allowed") {
		t.Errorf("message %q", u.lastMessage)
	}
}

// TestWeekTotalUnknownWhileRefused: while a part of the week holds text
// that is not a number, the total says "?" rather than the last good sum.
func TestWeekTotalUnknownWhileRefused(t *testing.T) {
	u := newTestUI(t)
	open(t, u, example)
	u.goTo(ix("people"))
	r := u.people().rows[0]
	was := r.parts[0].entry.Text
	if r.total.Text != "100%" {
		t.Fatalf("total %q before the edit, want 100%%", r.total.Text)
	}
	typeOnly(r.parts[0].entry, "abc")
	if r.total.Text != "?" || r.total.Importance != widget.DangerImportance {
		t.Errorf("with \"abc\" typed, total %q (importance %v), want \"?\" in the error state", r.total.Text, r.total.Importance)
	}
	typeOnly(r.parts[0].entry, was)
	if r.total.Text != "100%" {
		t.Errorf("fixed, total %q, want 100%%", r.total.Text)
	}
}
