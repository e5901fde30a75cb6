package main

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"
)

// termWriter passes text on to a terminal with every character that could
// drive the terminal, or mislead its reader, written out as an escape:
// C0 and C1 controls and DEL (ESC starts the sequences that clear the
// screen or retitle the window; a carriage return overwrites the line),
// and the bidirectional controls that reorder what is shown (an override
// makes "Sam\u202egnp.exe" read "Samexe.png"). Newlines and tabs pass;
// bytes that are no UTF-8 show as \xNN. Names come from files the user
// may not have written, and file names from anywhere: every text the
// command line prints goes through here.
type termWriter struct {
	w       io.Writer
	pending []byte // the start of a character split across writes
}

func (t *termWriter) Write(p []byte) (int, error) {
	buf := append(t.pending, p...)
	t.pending = nil
	out := make([]byte, 0, len(buf))
	for len(buf) > 0 {
		r, size := utf8.DecodeRune(buf)
		switch {
		case r == utf8.RuneError && size <= 1 && !utf8.FullRune(buf):
			t.pending = bytes.Clone(buf)
			size = len(buf)
		case r == utf8.RuneError && size <= 1:
			out = fmt.Appendf(out, `\x%02x`, buf[0])
		case unsafeRune(r):
			out = appendEscape(out, r)
		default:
			out = append(out, buf[:size]...)
		}
		buf = buf[size:]
	}
	if _, err := t.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// flush writes out a character left incomplete at the end of the output.
func (t *termWriter) flush() {
	for _, b := range t.pending {
		fmt.Fprintf(t.w, `\x%02x`, b)
	}
	t.pending = nil
}

// unsafeRune reports whether r may not reach a terminal as it is.
func unsafeRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20, r >= 0x7f && r <= 0x9f: // C0, DEL, C1
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069: // embeddings, overrides, isolates
		return true
	case r == 0x200e, r == 0x200f, r == 0x061c: // direction marks
		return true
	case r == 0x2028, r == 0x2029: // line and paragraph separators
		return true
	}
	return false
}

// appendEscape writes r as \x1b or \u202e.
func appendEscape(out []byte, r rune) []byte {
	if r < 0x80 {
		return fmt.Appendf(out, `\x%02x`, r)
	}
	return fmt.Appendf(out, `\u%04x`, r)
}

// jsonSafe escapes, in encoded JSON, the characters encoding/json leaves
// raw but a terminal must not see (DEL, C1 controls, bidirectional
// controls) as \u escapes: they can only occur inside strings, where the
// escape decodes to the same text, so the JSON means exactly what it did.
func jsonSafe(data []byte) []byte {
	out := make([]byte, 0, len(data))
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if size > 0 && r != utf8.RuneError && unsafeRune(r) && r >= 0x20 {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, data[:size]...)
		}
		data = data[size:]
	}
	return out
}
