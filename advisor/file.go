package advisor

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"reflect"
	"slices"
	"strings"
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
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return Answers{}, fmt.Errorf("reading answers: %w", err)
	}
	if len(data) > MaxFileSize {
		return Answers{}, ErrTooLarge
	}
	return Parse(data)
}

// LoadFile opens and loads the answers file at path, refusing files larger
// than MaxFileSize before reading them.
func LoadFile(path string) (Answers, error) {
	f, err := os.Open(path)
	if err != nil {
		return Answers{}, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > MaxFileSize {
		return Answers{}, ErrTooLarge
	}
	return Load(f)
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
// what is not an answers file at all (bad JSON, unknown fields, wrong types,
// another version).
func decode(data []byte) (Answers, error) {
	var a Answers
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a UTF-8 byte-order mark, as some Windows editors write
	if len(bytes.TrimSpace(data)) == 0 {
		return a, errors.New("the file is empty: expected an answers file (JSON)")
	}
	var generic any
	if err := json.Unmarshal(data, &generic); err != nil {
		return a, syntaxError(data, err)
	}
	var unknown validator
	checkFields(generic, reflect.TypeOf(a), "", &unknown)
	if len(unknown.problems) > 0 {
		return a, &ValidationError{Problems: unknown.problems}
	}
	if err := checkVersion(generic); err != nil {
		return a, err
	}
	if err := json.Unmarshal(data, &a); err != nil {
		return Answers{}, typeError(err)
	}
	return a.Normalized(), nil
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

func syntaxError(data []byte, err error) error {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		if se.Offset >= int64(len(data)) || strings.Contains(se.Error(), "unexpected end") {
			return errors.New("the file ends too early: it looks truncated (incomplete JSON)")
		}
		line, col := position(data, max(se.Offset-1, 0)) // Offset counts the bad byte
		return fmt.Errorf("line %d, column %d: not valid JSON (%s)", line, col, se.Error())
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("the file ends too early: it looks truncated (incomplete JSON)")
	}
	return fmt.Errorf("not valid JSON: %v", err)
}

// position turns a byte offset into a 1-based line and column.
func position(data []byte, offset int64) (line, col int) {
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(offset) - bytes.LastIndexByte(before, '\n')
	return line, col
}

func typeError(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field == "" {
			return fmt.Errorf("the file: must be %s, got %s", kindName(te.Type), te.Value)
		}
		return &ValidationError{Problems: []Problem{{Field: te.Field, Message: fmt.Sprintf("must be %s, got %s", kindName(te.Type), te.Value)}}}
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
	if n, ok := v.(float64); ok && n != FormatVersion {
		return fmt.Errorf("version: %v is not a version this app knows (it reads version %d); the file may come from a newer app", v, FormatVersion)
	}
	return nil
}

// checkFields walks decoded JSON alongside the Go type it will fill and
// reports every key the type does not declare, naming the full path.
func checkFields(v any, t reflect.Type, path string, out *validator) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct:
		obj, ok := v.(map[string]any)
		if !ok {
			return // a type mismatch; json.Unmarshal reports it
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
		list, _ := v.([]any)
		for i, item := range list {
			checkFields(item, t.Elem(), fmt.Sprintf("%s[%d]", path, i), out)
		}
	case reflect.Map:
		obj, _ := v.(map[string]any)
		for _, k := range slices.Sorted(maps.Keys(obj)) {
			checkFields(obj[k], t.Elem(), join(path, k), out)
		}
	}
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
