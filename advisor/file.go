package advisor

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"math/big"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/salesteamadvisor/salesteam/advisor/safefile"
)

// MaxFileSize is the largest answers file Load reads. A real one is a few
// kilobytes; anything near this is not an answers file.
const MaxFileSize = 1 << 20

// ErrTooLarge is returned for input larger than MaxFileSize.
var ErrTooLarge = fmt.Errorf("the file is larger than %d KiB, too large to be an answers file", MaxFileSize>>10)

// Load reads and validates an answers file. Unknown fields, wrong types and
// invalid values are rejected with an error naming the field; a
// *ValidationError lists every problem found.
func Load(r io.Reader) (Answers, error) {
	data, err := ReadAll(r)
	if err != nil {
		return Answers{}, err
	}
	return Parse(data)
}

// ReadAll returns the bytes of an answers file read from r, refusing more
// than MaxFileSize (ErrTooLarge): what a file dialog or standard input
// hands over is held to the same limit as a file read by name.
func ReadAll(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading answers: %w", err)
	}
	if len(data) > MaxFileSize {
		return nil, ErrTooLarge
	}
	return data, nil
}

// LoadFile opens and loads the answers file at path, refusing files larger
// than MaxFileSize before reading them.
func LoadFile(path string) (Answers, error) {
	data, err := ReadFile(path)
	if err != nil {
		return Answers{}, err
	}
	return Parse(data)
}

// ReadFile returns the bytes of the answers file at path, refusing folders
// and files larger than MaxFileSize (ErrTooLarge) before reading them.
func ReadFile(path string) ([]byte, error) {
	data, err := safefile.Read(path, MaxFileSize)
	if errors.Is(err, safefile.ErrTooLarge) {
		return nil, ErrTooLarge
	}
	return data, err
}

// Parse decodes and validates an answers file held in memory.
func Parse(data []byte) (Answers, error) {
	a, err := decode(data)
	if err != nil {
		return Answers{}, err
	}
	if err := a.Validate(); err != nil {
		return Answers{}, err
	}
	return a, nil
}

// ParseDraft decodes an answers file that may still be incomplete, such as
// a session saved half-way through the wizard. Like Parse it rejects files
// that are not answers files (bad JSON, unknown fields, wrong types, another
// version); unlike Parse it returns answers that fail validation, with their
// problems, so the wizard can show them on the steps they belong to.
func ParseDraft(data []byte) (Answers, []Problem, error) {
	a, err := decode(data)
	if err != nil {
		return Answers{}, nil, err
	}
	return a, a.Problems(), nil
}

// decode turns bytes into answers without validating the values: it rejects
// what is not an answers file at all (another encoding, bad JSON, duplicate
// keys, unknown fields, wrong types, another version) and what exceeds the
// limits on size (see limits.go), naming the field.
func decode(data []byte) (Answers, error) {
	var a Answers
	if err := checkEncoding(data); err != nil {
		return a, err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a UTF-8 byte-order mark, as some Windows editors write
	if len(bytes.TrimSpace(data)) == 0 {
		return a, errors.New("the file is empty: expected an answers file (JSON)")
	}
	tree, err := parseTree(data)
	if err != nil {
		return a, err
	}
	if err := checkVersion(tree); err != nil {
		return a, err
	}
	var shape validator
	checkFields(tree, reflect.TypeOf(a), "", &shape)
	if err := shape.err(); err != nil {
		return a, err
	}
	if err := json.Unmarshal(data, &a); err != nil {
		return Answers{}, typeError(err)
	}
	var size validator
	a.checkSize(&size)
	if err := size.err(); err != nil {
		return Answers{}, err
	}
	return a.Normalized(), nil
}

// Salvage reads what it can of answers that ParseDraft refuses, such as
// an autosave written by a newer version or damaged on disk: it skips
// unknown fields and values of the wrong type, and keeps the first
// MaxPeople people and the first MaxTextLen characters of each text. It
// fails only when data are not JSON at all. The result is a draft, to be
// checked by the user: the app says what could not be read.
func Salvage(data []byte) (Answers, error) {
	if err := checkEncoding(data); err != nil {
		return Answers{}, err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var a Answers
	if err := json.Unmarshal(data, &a); err != nil {
		var te *json.UnmarshalTypeError
		if !errors.As(err, &te) {
			return Answers{}, syntaxError(data, err)
		}
	}
	a.Version = FormatVersion
	a.People = a.People[:min(len(a.People), MaxPeople)]
	a.Symptoms = a.Symptoms[:min(len(a.Symptoms), len(symptomBank))]
	for i, sym := range a.Symptoms {
		a.Symptoms[i] = Symptom(clip(string(sym)))
	}
	a.Company.Name = clip(a.Company.Name)
	for i := range a.People {
		a.People[i].Name, a.People[i].Title = clip(a.People[i].Name), clip(a.People[i].Title)
	}
	if c := a.PromotionCandidate; c != nil {
		c.Name = clip(c.Name)
	}
	return a.Normalized(), nil
}

// clip cuts s to MaxTextLen characters.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= MaxTextLen {
		return s
	}
	return string([]rune(s)[:MaxTextLen])
}

// Save writes the answers in the file format: indented JSON ending in a
// newline. The output is byte-stable: Load then Save reproduces it.
func (a Answers) Save(w io.Writer) error {
	data, err := a.MarshalFile()
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// MarshalFile returns the bytes Save writes.
func (a Answers) MarshalFile() ([]byte, error) {
	if a.Version == 0 {
		a.Version = FormatVersion
	}
	data, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// checkEncoding refuses text that is not UTF-8: an answers file saved as
// UTF-16 or UTF-32 (with or without a byte-order mark: JSON starts with an
// ASCII character, so the other encodings show as NUL bytes beside it), and
// bytes that are no UTF-8 at all, which encoding/json would silently turn
// into U+FFFD.
func checkEncoding(data []byte) error {
	enc := ""
	switch {
	case bytes.HasPrefix(data, []byte{0, 0, 0xfe, 0xff}), bytes.HasPrefix(data, []byte{0xff, 0xfe, 0, 0}):
		enc = "UTF-32"
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}), bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		enc = "UTF-16"
	case len(data) >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0 && data[3] != 0,
		len(data) >= 4 && data[0] != 0 && data[1] == 0 && data[2] == 0 && data[3] == 0:
		enc = "UTF-32"
	case len(data) >= 4 && data[0] != 0 && data[1] == 0 && data[2] != 0 && data[3] == 0,
		len(data) >= 4 && data[0] == 0 && data[1] != 0 && data[2] == 0 && data[3] != 0:
		enc = "UTF-16"
	}
	if enc != "" {
		return fmt.Errorf("the file is %s; save it as UTF-8", enc)
	}
	if utf8.Valid(data) {
		return nil
	}
	off := 0
	for off < len(data) {
		r, size := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		off += size
	}
	line, col := position(data, int64(off))
	return fmt.Errorf("line %d, column %d: not UTF-8 text; save the file as UTF-8", line, col)
}

// parseTree reads the one JSON value in data into maps, lists, strings,
// booleans and json.Numbers. Beyond the syntax it refuses what
// encoding/json lets pass: a key given twice (json.Unmarshal keeps the
// last one without a word), a number beyond float64's range, text after
// the value, and strings or keys too long to be answers.
func parseTree(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return nil, syntaxError(data, err)
	}
	end := dec.InputOffset()
	if rest := bytes.TrimLeft(data[end:], " \t\r\n"); len(rest) > 0 {
		line, col := position(data, int64(len(data)-len(rest)))
		return nil, fmt.Errorf("unexpected text after the end of the answers at line %d, column %d", line, col)
	}
	dec = json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v validator
	tree := readValue(dec, "", &v)
	return tree, v.err()
}

// readValue reads the value at path from a decoder over valid JSON.
func readValue(dec *json.Decoder, path string, v *validator) any {
	tok, _ := dec.Token() // the JSON is valid: parseTree checked it
	switch tok := tok.(type) {
	case json.Delim:
		if tok == '[' {
			var list []any
			for i := 0; dec.More(); i++ {
				list = append(list, readValue(dec, fmt.Sprintf("%s[%d]", path, i), v))
			}
			dec.Token()
			return list
		}
		obj := map[string]any{}
		for dec.More() {
			t, _ := dec.Token()
			k := t.(string)
			field := join(path, k)
			if n := utf8.RuneCountInString(k); n > MaxTextLen {
				v.add(orRoot(path), "has a field name %s characters long: not an answers file", groupThousands(int64(n)))
				readValue(dec, path, v)
				continue
			}
			if _, dup := obj[k]; dup {
				v.add(field, "appears twice; keep only one %q", k)
			}
			obj[k] = readValue(dec, field, v)
		}
		dec.Token()
		return obj
	case json.Number:
		if _, err := tok.Float64(); err != nil {
			v.add(orRoot(path), "the number %s is too large", compactNumber(string(tok)))
		}
		return tok
	case string:
		if n, limit := utf8.RuneCountInString(tok), textLimit(path); n > limit {
			v.add(orRoot(path), "is %s characters long; at most %s are allowed", groupThousands(int64(n)), groupThousands(int64(limit)))
		}
		return tok
	}
	return tok // true, false or nil
}

// textLimit is the most characters the string at path may hold: names
// and titles MaxTextLen, any other text (a note, a code) maxStringLen.
func textLimit(path string) int {
	if strings.HasSuffix(path, ".name") || strings.HasSuffix(path, ".title") {
		return MaxTextLen
	}
	return maxStringLen
}

// compactNumber shows a number from the file without its hundreds of
// digits: 1e+400 rather than 1 followed by 400 zeros.
func compactNumber(lit string) string {
	if len(lit) <= 16 {
		return lit
	}
	if f, _, err := big.ParseFloat(lit, 10, 64, big.ToNearestEven); err == nil {
		return f.Text('g', 4)
	}
	return lit[:12] + "…"
}

func syntaxError(data []byte, err error) error {
	var se *json.SyntaxError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.As(err, &se) && se.Offset >= int64(len(data)) && strings.Contains(se.Error(), "unexpected end"):
		return errors.New("the file ends too early: it looks truncated (incomplete JSON)")
	case errors.As(err, &se):
		line, col := position(data, max(se.Offset-1, 0)) // Offset counts the bad byte
		return fmt.Errorf("line %d, column %d: not valid JSON (%s)", line, col, se.Error())
	}
	return fmt.Errorf("not valid JSON: %v", err)
}

// position turns a byte offset into a 1-based line and column; the column
// counts characters, as editors do.
func position(data []byte, offset int64) (line, col int) {
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
	return line, col
}

func typeError(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		value := te.Value
		if n, ok := strings.CutPrefix(value, "number "); ok {
			value = "number " + compactNumber(n)
		}
		if te.Field == "" {
			return fmt.Errorf("the file: must be %s, got %s", kindName(te.Type), value)
		}
		return &ValidationError{Problems: []Problem{{Field: te.Field, Message: fmt.Sprintf("must be %s, got %s", kindName(te.Type), value)}}}
	}
	return err
}

func kindName(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Float64, reflect.Float32:
		return "a number"
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "a whole number"
	case reflect.Bool:
		return "true or false"
	case reflect.String:
		return "text"
	case reflect.Slice:
		return "a list"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return t.String()
}

func checkVersion(generic any) error {
	obj, ok := generic.(map[string]any)
	if !ok {
		return nil
	}
	v, ok := obj["version"]
	if !ok {
		return errors.New("version: missing; this app reads answers files of version 1")
	}
	if n, ok := v.(json.Number); ok {
		if x, err := n.Float64(); err != nil || x != FormatVersion {
			return fmt.Errorf("version: %s is not a version this app knows (it reads version %d); the file may come from a newer app", compactNumber(string(n)), FormatVersion)
		}
	}
	return nil
}

// checkFields walks decoded JSON alongside the Go type it will fill and
// reports every key the type does not declare and every value of the wrong
// kind, naming the full path (json.Unmarshal's own errors leave out list
// indices: "people.name" for people[3].name).
func checkFields(v any, t reflect.Type, path string, out *validator) {
	if v == nil {
		return // null leaves the field as it was, as json.Unmarshal does
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	wrong := func() { out.add(orRoot(path), "must be %s, got %s", kindName(t), jsonKind(v)) }
	switch t.Kind() {
	case reflect.Struct:
		obj, ok := v.(map[string]any)
		if !ok {
			wrong()
			return
		}
		fields := jsonFields(t)
		for _, k := range slices.Sorted(maps.Keys(obj)) {
			if ft, ok := fields[k]; ok {
				checkFields(obj[k], ft, join(path, k), out)
			} else {
				out.add(orRoot(join(path, k)), "unknown field %q%s", k, suggest(k, fields))
			}
		}
	case reflect.Slice:
		list, ok := v.([]any)
		if !ok {
			wrong()
			return
		}
		for i, item := range list {
			checkFields(item, t.Elem(), fmt.Sprintf("%s[%d]", path, i), out)
		}
	case reflect.Map:
		obj, ok := v.(map[string]any)
		if !ok {
			wrong()
			return
		}
		for _, k := range slices.Sorted(maps.Keys(obj)) {
			checkFields(obj[k], t.Elem(), join(path, k), out)
		}
	case reflect.String:
		if _, ok := v.(string); !ok {
			wrong()
		}
	case reflect.Bool:
		if _, ok := v.(bool); !ok {
			wrong()
		}
	case reflect.Float64, reflect.Float32:
		if _, ok := v.(json.Number); !ok {
			wrong()
		}
	case reflect.Int, reflect.Int64, reflect.Int32:
		n, ok := v.(json.Number)
		if !ok {
			wrong()
			return
		}
		if _, err := strconv.ParseInt(string(n), 10, 32); err != nil {
			if f, err := n.Float64(); err == nil && f == math.Trunc(f) && math.Abs(f) > math.MaxInt32 {
				out.add(orRoot(path), "the number %s is too large", compactNumber(string(n)))
			} else {
				out.add(orRoot(path), "must be a whole number, got %s", compactNumber(string(n)))
			}
		}
	}
}

// jsonKind names the kind of a decoded JSON value, for messages.
func jsonKind(v any) string {
	switch v.(type) {
	case string:
		return "text"
	case json.Number:
		return "a number"
	case bool:
		return "true or false"
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	}
	return "null"
}

func jsonFields(t reflect.Type) map[string]reflect.Type {
	fields := make(map[string]reflect.Type, t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			maps.Copy(fields, jsonFields(f.Type)) // an embedded struct's fields are the outer object's
			continue
		}
		if name == "" || name == "-" {
			continue
		}
		fields[name] = f.Type
	}
	return fields
}

// suggest names the closest known field, to catch typos.
func suggest(k string, fields map[string]reflect.Type) string {
	best, bestDist := "", 3
	for name := range fields {
		if d := editDistance(k, name); d < bestDist || (d == bestDist && name < best) {
			best, bestDist = name, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func join(path, k string) string {
	if path == "" {
		return k
	}
	return path + "." + k
}

func orRoot(path string) string {
	if path == "" {
		return "the file"
	}
	return path
}
