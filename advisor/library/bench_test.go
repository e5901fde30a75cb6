package library_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/salesteamadvisor/salesteam/advisor/library"
)

// sessions500 fills a folder with 500 answers files, the examples over
// and over under other clients' names.
func sessions500(b *testing.B) string {
	b.Helper()
	examples, err := filepath.Glob(filepath.Join("..", "..", "examples", "*.json"))
	if err != nil || len(examples) == 0 {
		b.Fatalf("no examples: %v", err)
	}
	dir := b.TempDir()
	for i := range 500 {
		ex := examples[i%len(examples)]
		data, err := os.ReadFile(ex)
		if err != nil {
			b.Fatal(err)
		}
		name := fmt.Sprintf("Client %03d", i)
		text := strings.Replace(string(data), `"name": "`, `"name": "`+name+` `, 1) // the company comes first
		if err := os.WriteFile(filepath.Join(dir, name+".json"), []byte(text), 0o666); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

// BenchmarkList500 lists a folder of 500 sessions from cold: every file
// read, parsed and advised.
func BenchmarkList500(b *testing.B) {
	dir := sessions500(b)
	for b.Loop() {
		entries, err := library.New(dir, opts).List()
		if err != nil || len(entries) != 500 {
			b.Fatalf("%d entries, %v", len(entries), err)
		}
		for _, e := range entries {
			if e.Status != library.Ready {
				b.Fatalf("%s is %v: %v", e.Name, e.Status, e.Err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/500, "ns/file")
}

// BenchmarkList500Again lists the same folder again, as the library
// screen does after each operation: only the files that changed are read.
func BenchmarkList500Again(b *testing.B) {
	dir := sessions500(b)
	l := library.New(dir, opts)
	if _, err := l.List(); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if entries, err := l.List(); err != nil || len(entries) != 500 {
			b.Fatalf("%d entries, %v", len(entries), err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/500, "ns/file")
}
