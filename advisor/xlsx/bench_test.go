package xlsx

import (
	"bytes"
	"io"
	"testing"
)

// BenchmarkWrite writes the first example's plan; it reports the file size
// as bytes/file.
func BenchmarkWrite(b *testing.B) {
	p := exampleOf(b)
	var buf bytes.Buffer
	if err := Write(&buf, p, Options{}); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := Write(io.Discard, p, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/file")
}
