package xlsx

import (
	"bytes"
	"encoding/xml"
	"io"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Workbooks share their currency's styles (sharedStyledFile): writing one
// must leave them as they were, or the next workbook would carry its
// styles, and a workbook written again must come out the same.
func TestWorkbooksLeaveTheSharedStylesAsTheyWere(t *testing.T) {
	plans := examples(t)
	before := map[string][]byte{}
	for _, p := range plans {
		code := currencyCode(p)
		if _, ok := before[code]; ok {
			continue
		}
		tm, err := templateOf(code)
		if err != nil {
			t.Fatal(err)
		}
		if before[code], err = xml.Marshal(tm.parsed.Styles); err != nil {
			t.Fatal(err)
		}
	}
	first := map[string][]byte{}
	for round := range 2 {
		for name, p := range plans {
			var buf bytes.Buffer
			if err := Write(&buf, p, Options{}); err != nil {
				t.Fatal(err)
			}
			if round == 0 {
				first[name] = buf.Bytes()
				continue
			}
			if got := styleSheet(t, buf.Bytes()); !bytes.Equal(got, styleSheet(t, first[name])) {
				t.Errorf("%s: the styles of the second workbook differ from the first's", name)
			}
		}
	}
	if err := WritePortfolio(io.Discard, []PortfolioRow{{File: "a.json", Company: "A", Currency: "USD", Year1: 1}}, Options{}); err != nil {
		t.Fatal(err)
	}
	for code, want := range before {
		tm, _ := templateOf(code)
		got, err := xml.Marshal(tm.parsed.Styles)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: writing workbooks changed the shared styles", code)
		}
	}
}

// styleSheet is the xl/styles.xml of a workbook.
func styleSheet(t *testing.T, data []byte) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out, err := xml.Marshal(f.Styles)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
