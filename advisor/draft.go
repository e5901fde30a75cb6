package advisor

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
)

// ParseDraft decodes an answers file that may still be incomplete, such as
// a session saved half-way through the wizard. Like Parse it rejects files
// that are not answers files (bad JSON, unknown fields, wrong types, another
// version); unlike Parse it returns answers that fail validation, with their
// problems, so the wizard can show them on the steps they belong to.
func ParseDraft(data []byte) (Answers, []Problem, error) {
	var a Answers
	if len(bytes.TrimSpace(data)) == 0 {
		return a, nil, errors.New("the file is empty: expected an answers file (JSON)")
	}
	var generic any
	if err := json.Unmarshal(data, &generic); err != nil {
		return a, nil, syntaxError(data, err)
	}
	if err := checkFields(generic, reflect.TypeOf(a), ""); err != nil {
		return a, nil, err
	}
	if err := checkVersion(generic); err != nil {
		return a, nil, err
	}
	if err := json.Unmarshal(data, &a); err != nil {
		return Answers{}, nil, typeError(err)
	}
	return a, a.Problems(), nil
}
