package advisor

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxPeople is the most people an answers file may list. The app is for
// small companies whose founder still sells; a sales team of this size has
// long had a sales leader. The bound keeps every screen that lists people
// quick to build and to edit, in the app as in the command line.
const MaxPeople = 200

// MaxTextLen is the most characters in a name or a title of an answers
// file: a company's, a person's or a candidate's name, a job title. It is
// ample for real names and keeps every screen, message and workbook cell
// readable.
const MaxTextLen = 120

// maxStringLen is the most characters in any other text of an answers
// file: a paragraph. No string in the file may be a megabyte long.
const maxStringLen = 2000

// maxReported is the most problems a refused file lists; a file with more
// is not an answers file, and a list of thousands helps nobody.
const maxReported = 20

// checkSize reports what makes answers too large to show: too many people
// or symptoms. decode refuses such files outright (names and titles over
// MaxTextLen, other strings over maxStringLen, are refused as they are
// read), so that no screen ever has to show them.
func (a Answers) checkSize(v *validator) {
	if n := len(a.People); n > MaxPeople {
		v.add("people", "lists %s people; at most %d are allowed", groupThousands(int64(n)), MaxPeople)
	}
	if n := len(a.Symptoms); n > len(symptomBank) {
		v.add("symptoms", "lists %d symptoms; there are only %d to choose from", n, len(symptomBank))
	}
}

// text checks a name or title: at most MaxTextLen characters, no control
// characters (they have no place in a name, and would reach terminals and
// workbooks), and, when required, at least one visible character.
func (v *validator) text(field, s string, required bool, missing string) {
	switch {
	case strings.TrimSpace(s) == "":
		if required {
			v.add(field, "%s", missing)
		}
	case !utf8.ValidString(s):
		v.add(field, "is not valid text (not UTF-8)")
	case utf8.RuneCountInString(s) > MaxTextLen:
		v.add(field, "is %s characters long; at most %d are allowed", groupThousands(int64(utf8.RuneCountInString(s))), MaxTextLen)
	case strings.IndexFunc(s, unicode.IsControl) >= 0:
		v.add(field, "contains a control character (%U); remove it", controlIn(s))
	case !visible(s):
		v.add(field, "has only invisible characters; type letters or digits")
	}
}

// controlIn returns the first control character in s.
func controlIn(s string) rune {
	for _, r := range s {
		if unicode.IsControl(r) {
			return r
		}
	}
	return 0
}

// visible reports whether s has a character that shows: not a space, not
// a control or format character such as a zero-width space or a
// direction mark.
func visible(s string) bool {
	for _, r := range s {
		if unicode.IsGraphic(r) && !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
			return true
		}
	}
	return false
}

// err returns the problems found as a *ValidationError, at most
// maxReported of them, or nil.
func (v *validator) err() error {
	ps := v.problems
	if len(ps) == 0 {
		return nil
	}
	if len(ps) > maxReported {
		more := len(ps) - maxReported
		ps = append(ps[:maxReported:maxReported], Problem{Field: "the file", Message: fmt.Sprintf("and %d more problems", more)})
	}
	return &ValidationError{Problems: ps}
}
