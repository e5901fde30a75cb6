package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/salesteamadvisor/salesteam/advisor"
	"github.com/salesteamadvisor/salesteam/advisor/xlsx"
)

func (c *cli) batch(fs *flag.FlagSet, args []string) int {
	out := fs.String("o", "", "the folder for the workbooks and the portfolio")
	force := fs.Bool("force", false, "replace existing workbooks")
	workers := fs.Int("workers", runtime.NumCPU(), "how many answers files to work on at once")
	progress := fs.String("progress", "auto", "how to show progress: auto (a bar on a terminal, lines otherwise), bar or lines")
	settings := settingsFlag(fs)
	inputs, code, ok := parse(fs, args, -1)
	if !ok {
		return code
	}
	switch {
	case len(inputs) == 0:
		fmt.Fprintln(c.stderr, "salesteam-cli batch: name a folder of answers files, or the files")
	case *out == "":
		fmt.Fprintln(c.stderr, "salesteam-cli batch: give the output folder with -o OUTDIR")
	case *workers < 1:
		fmt.Fprintln(c.stderr, "salesteam-cli batch: --workers must be at least 1")
	case *progress != "auto" && *progress != "bar" && *progress != "lines":
		fmt.Fprintf(c.stderr, "salesteam-cli batch: --progress is auto, bar or lines (got %s)\n", *progress)
	default:
		if !c.useSettings(*settings) {
			return exitInput
		}
		files, err := answersFiles(inputs)
		if err != nil {
			fmt.Fprintf(c.stderr, "salesteam-cli: %v\n", err)
			return exitInput
		}
		bar := *progress == "bar" || *progress == "auto" && c.stderrTTY
		return c.runBatch(files, *out, batchOptions{force: *force, workers: *workers, bar: bar})
	}
	fs.Usage()
	return exitUsage
}

// answersFiles lists the answers files the arguments name: a folder's
// .json files, sorted, or files as given.
func answersFiles(inputs []string) ([]string, error) {
	var files []string
	for _, in := range inputs {
		st, err := os.Stat(in)
		switch {
		case err != nil:
			return nil, err
		case !st.IsDir():
			files = append(files, in)
			continue
		}
		found, err := filepath.Glob(filepath.Join(in, "*.json"))
		if err != nil {
			return nil, err
		}
		slices.Sort(found)
		if len(found) == 0 {
			return nil, fmt.Errorf("%s has no answers files (*.json)", in)
		}
		files = append(files, found...)
	}
	return files, nil
}

type batchOptions struct {
	force, bar bool
	workers    int
}

// outcome is what became of one answers file in a batch: its workbook, or
// why there is none.
type outcome struct {
	in, workbook string // the answers file, and the workbook's name in the folder
	// row is the client's line of the portfolio: what the batch keeps of a
	// plan, not the plan, so that memory does not grow with the files.
	row xlsx.PortfolioRow
	err error
}

// portfolioName is the portfolio workbook's name in the output folder; a
// client's workbook never takes it.
const portfolioName = "portfolio.xlsx"

// batchGCPercent is the garbage collector's target during a batch, unless
// the GOGC environment variable sets one.
const batchGCPercent = 200

// runBatch writes one workbook per answers file into dir, workers at a
// time. A bad file is reported and does not stop the others; the exit
// status says whether any failed.
func (c *cli) runBatch(files []string, dir string, o batchOptions) int {
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		fmt.Fprintf(c.stderr, "salesteam-cli: %s is a file, not a folder\n", dir)
		return exitInput
	}
	if err := os.MkdirAll(dir, 0o777); err != nil { // less the umask, as mkdir does
		fmt.Fprintf(c.stderr, "salesteam-cli: %v\n", err)
		return exitInput
	}
	if os.Getenv("GOGC") == "" {
		// A workbook is megabytes of short-lived garbage over a small
		// live heap: letting the heap grow to three times the live one
		// rather than twice saves about a twelfth of the processor time
		// for about ten megabytes, the same however many files there are.
		defer debug.SetGCPercent(debug.SetGCPercent(batchGCPercent))
	}
	start := time.Now()
	names := workbookNames(files)
	jobs := make(chan int)
	results := make([]outcome, len(files))
	done := make(chan int)
	var wg sync.WaitGroup
	for range min(o.workers, len(files)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = c.batchOne(files[i], dir, names[i], o.force)
				done <- i
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range files {
			select {
			case jobs <- i:
			case <-c.ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(done) }()
	w := c.stderr
	if o.bar {
		w = c.bar // the bar's own text and a carriage return; no file name goes there
	}
	p := newProgress(w, len(files), o.bar)
	for i := range done {
		p.report(results[i])
	}
	p.finish()
	if c.ctx.Err() != nil {
		fmt.Fprintln(c.stderr, "salesteam-cli: interrupted; the workbooks written so far are complete, the rest were not started")
		return exitInterrupted
	}
	return c.summarise(results, dir, o, time.Since(start))
}

// workbookNames gives each answers file its workbook's name; two files
// that would share one get their folder's name in front.
func workbookNames(files []string) []string {
	names := make([]string, len(files))
	count := map[string]int{portfolioName: 1}
	for i, f := range files {
		names[i] = strings.TrimSuffix(filepath.Base(f), filepath.Ext(f)) + ".xlsx"
		count[names[i]]++
	}
	for i, f := range files {
		if count[names[i]] > 1 {
			names[i] = filepath.Base(filepath.Dir(f)) + "-" + names[i]
		}
	}
	return names
}

// batchOne advises on one answers file and writes its workbook.
func (c *cli) batchOne(in, dir, name string, force bool) outcome {
	out := outcome{in: in, workbook: name}
	path := filepath.Join(dir, name)
	var err error
	if msg := checkOutput(in, path); msg != "" {
		err = errors.New(msg)
	}
	var a advisor.Answers
	if err == nil {
		a, err = advisor.LoadFile(in)
	}
	var p advisor.Plan
	if err == nil {
		p, err = advisor.AdviseWith(a, c.options())
	}
	if err == nil {
		err = c.writeWorkbook(path, p, force)
	}
	if err != nil {
		out.err = errors.New(describe(err))
		out.row = xlsx.PortfolioError(in, out.err)
		return out
	}
	out.row = xlsx.PortfolioRowFor(in, name, p)
	return out
}

// summarise says what the batch did.
func (c *cli) summarise(results []outcome, dir string, o batchOptions, took time.Duration) int {
	var failed []outcome
	for _, r := range results {
		if r.err != nil {
			failed = append(failed, r)
		}
	}
	wrote := len(results) - len(failed)
	fmt.Fprintf(c.stdout, "Wrote %s into %s in %.1f s (%.0f files a second).\n", plural(wrote, "workbook"), dir, took.Seconds(), float64(len(results))/took.Seconds())
	rows := make([]xlsx.PortfolioRow, len(results))
	for i, r := range results {
		rows[i] = r.row
	}
	portfolio := filepath.Join(dir, portfolioName)
	err := c.writeXLSX(portfolio, o.force, func(w io.Writer) error { return xlsx.WritePortfolio(w, rows, xlsx.Options{AppVersion: Version}) })
	if err != nil {
		fmt.Fprintf(c.stderr, "salesteam-cli: the portfolio: %s\n", describe(err))
	} else {
		fmt.Fprintf(c.stdout, "The portfolio, one row per client: %s\n", portfolio)
	}
	if len(failed) == 0 && err == nil {
		return exitOK
	}
	if len(failed) == 0 {
		return exitInput
	}
	fmt.Fprintf(c.stderr, "%s failed:\n", plural(len(failed), "file"))
	for _, f := range failed {
		fmt.Fprintf(c.stderr, "  %s: %s\n", f.in, strings.ReplaceAll(f.err.Error(), "\n", "\n    "))
	}
	return exitInput
}

// progress shows a batch's progress: a bar redrawn in place on a
// terminal, a line per file otherwise.
type progress struct {
	w            io.Writer
	total, n     int
	failed       int
	bar          bool
	start, drawn time.Time
}

func newProgress(w io.Writer, total int, bar bool) *progress {
	return &progress{w: w, total: total, bar: bar, start: time.Now()}
}

func (p *progress) report(o outcome) {
	p.n++
	if o.err != nil {
		p.failed++
	}
	if !p.bar {
		what := "wrote " + o.workbook
		if o.err != nil {
			what = "FAILED: " + strings.SplitN(o.err.Error(), "\n", 2)[0]
		}
		fmt.Fprintf(p.w, "[%d/%d] %s: %s\n", p.n, p.total, o.in, what)
		return
	}
	if time.Since(p.drawn) < 100*time.Millisecond && p.n < p.total {
		return // redraw at most ten times a second
	}
	p.drawn = time.Now()
	const width = 30
	full := width * p.n / p.total
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d files, %d failed, %.0f a second ", strings.Repeat("#", full), strings.Repeat("-", width-full),
		p.n, p.total, p.failed, float64(p.n)/time.Since(p.start).Seconds())
}

func (p *progress) finish() {
	if p.bar && p.n > 0 {
		fmt.Fprintln(p.w)
	}
}
