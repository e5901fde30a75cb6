package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/salesteamadvisor/salesteam/advisor"
	"github.com/salesteamadvisor/salesteam/assets"
)

// Exit statuses.
const (
	exitOK          = 0
	exitInput       = 1   // bad input: the error is on stderr
	exitUsage       = 2   // the command line itself is wrong
	exitInterrupted = 130 // stopped by Ctrl+C, as shells report it
)

const usage = `salesteam-cli: Sales Team Advisor on the command line.

Usage:
  salesteam-cli diagnose [--json] FILE      role clarity score, findings and recommendation
  salesteam-cli plan [--json] FILE          the 24-month hiring plan with its costs
  salesteam-cli export [--force] -o OUT.xlsx FILE
                                            the hiring plan as an Excel workbook
  salesteam-cli batch [--force] [--workers N] -o OUTDIR DIR|FILE...
                                            a batch: one workbook per answers file,
                                            in parallel (export --dir is the same)
  salesteam-cli questions [--format text|markdown|csv|json]
                                            the question bank, e.g. as a workshop handout
  salesteam-cli version

FILE is an answers file (format version 1, see docs/answers-format.md);
"-" reads it from standard input. --settings FILE (diagnose, plan, export,
batch) advises with your own defaults, as the app's Settings do; a session
that recorded its own keeps them.
Run "salesteam-cli COMMAND --help" for a command's options.
Exit status: 0 success, 1 bad input, 2 usage error, 130 interrupted.
`

type command struct {
	name    string
	summary string
	args    string
	run     func(c *cli, fs *flag.FlagSet, args []string) int
}

var commands = []command{
	{"diagnose", "Diagnose role confusion in an answers file.", "[--json] FILE", (*cli).diagnose},
	{"plan", "Print the 24-month hiring plan for an answers file.", "[--json] FILE", (*cli).plan},
	{"export", "Write the hiring plan as an Excel workbook.", "[--force] -o OUT.xlsx FILE  (or --dir DIR FILE... for a batch)", (*cli).export},
	{"batch", "Write one workbook per answers file, in parallel.", "[--force] [--workers N] [--progress auto|bar|lines] -o OUTDIR DIR|FILE...", (*cli).batch},
	{"questions", "Print the question bank the wizard asks.", "[--format text|markdown|csv|json]", (*cli).questions},
	{"version", "Print the version.", "", (*cli).version},
}

type cli struct {
	ctx            context.Context // done when the user interrupts
	stdin          io.Reader
	stdout, stderr io.Writer
	stderrTTY      bool              // standard error is a terminal: progress can redraw in place
	bar            io.Writer         // standard error unescaped, for the progress bar's own text only
	settings       *advisor.Settings // from --settings, or nil
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

// runContext runs the command line in args; it stops, leaving no
// temporary file behind, once ctx is done. Everything it prints goes
// through a termWriter, so that no name or file name drives the terminal.
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	out, errOut := &termWriter{w: stdout}, &termWriter{w: stderr}
	defer out.flush()
	defer errOut.flush()
	c := &cli{ctx: ctx, stdin: stdin, stdout: out, stderr: errOut, bar: stderr, stderrTTY: isTerminal(stderr)}
	stdout, stderr = out, errOut
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	case "--version", "-version":
		args[0] = "version"
	}
	for _, cmd := range commands {
		if cmd.name == args[0] {
			fs := flag.NewFlagSet(cmd.name, flag.ContinueOnError)
			fs.SetOutput(stderr)
			if wantsHelp(args[1:]) {
				fs.SetOutput(stdout) // asked-for help is output, not an error
			}
			fs.Usage = func() {
				fmt.Fprintf(fs.Output(), "%s\n\nUsage: salesteam-cli %s %s\n", cmd.summary, cmd.name, cmd.args)
				fs.PrintDefaults()
			}
			return cmd.run(c, fs, args[1:])
		}
	}
	fmt.Fprintf(stderr, "salesteam-cli: unknown command %q\n\n%s", args[0], usage)
	return exitUsage
}

func wantsHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}

// parse parses flags and checks the number of positional arguments.
func parse(fs *flag.FlagSet, args []string, want int) ([]string, int, bool) {
	args, err := interleave(fs, args)
	if err != nil {
		fmt.Fprintf(fs.Output(), "salesteam-cli %s: %v\n", fs.Name(), err)
		fs.Usage()
		return nil, exitUsage, false
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, exitOK, false
		}
		return nil, exitUsage, false
	}
	if want >= 0 && fs.NArg() != want {
		what := "no arguments"
		if want == 1 {
			what = "one answers file"
		}
		fmt.Fprintf(fs.Output(), "salesteam-cli %s: takes %s, got %d argument(s)\n", fs.Name(), what, fs.NArg())
		fs.Usage()
		return nil, exitUsage, false
	}
	return fs.Args(), exitOK, true
}

// interleave moves flags after positional arguments to the front, so that
// "plan FILE --json" works as well as "plan --json FILE". A flag that takes
// a value but is last, or followed by another flag, is an error: else
// "export FILE --dir" would take the "--" that ends the flags as the folder.
func interleave(fs *flag.FlagSet, args []string) ([]string, error) {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			pos = append(pos, args[i+1:]...)
			i = len(args)
		case strings.HasPrefix(a, "-") && a != "-":
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if f := fs.Lookup(name); f != nil && !strings.Contains(a, "=") && !isBool(f) {
				if i+1 == len(args) || strings.HasPrefix(args[i+1], "-") && args[i+1] != "-" {
					return nil, fmt.Errorf("%s needs a value", a)
				}
				i++
				flags = append(flags, args[i])
			}
		default:
			pos = append(pos, a)
		}
	}
	return append(append(flags, "--"), pos...), nil
}

func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// load reads and plans one answers file ("-" for standard input),
// reporting errors on stderr.
func (c *cli) load(path string) (advisor.Plan, bool) {
	var a advisor.Answers
	var err error
	if path == "-" {
		a, err = advisor.Load(c.stdin)
		path = "standard input"
	} else {
		a, err = advisor.LoadFile(path)
	}
	if err == nil {
		var p advisor.Plan
		if p, err = advisor.AdviseWith(a, c.options()); err == nil {
			return p, true
		}
	}
	fmt.Fprintf(c.stderr, "salesteam-cli: %s: %v\n", path, describe(err))
	return advisor.Plan{}, false
}

// describe spells out a validation error one problem per line.
func describe(err error) string {
	var ve *advisor.ValidationError
	if errors.As(err, &ve) && len(ve.Problems) > 1 {
		var b strings.Builder
		fmt.Fprintf(&b, "%d problems:", len(ve.Problems))
		for _, p := range ve.Problems {
			b.WriteString("\n  " + p.String())
		}
		return b.String()
	}
	return err.Error()
}

func (c *cli) writeJSON(v any) int {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // "Pixel & Pine", not "Pixel \u0026 Pine"
	if err := enc.Encode(v); err != nil {
		fmt.Fprintf(c.stderr, "salesteam-cli: %v\n", err)
		return exitInput
	}
	c.stdout.Write(jsonSafe(buf.Bytes()))
	return exitOK
}

func (c *cli) diagnose(fs *flag.FlagSet, args []string) int {
	return c.report(fs, args, "print the machine-readable report (docs/answers-format.md)",
		func(p advisor.Plan) any { return advisor.NewReport(p) }, writeDiagnosis)
}

func (c *cli) plan(fs *flag.FlagSet, args []string) int {
	return c.report(fs, args, "print the plan as JSON", func(p advisor.Plan) any { return p }, writePlan)
}

// report runs a command that reads one answers file and prints what the
// advisor makes of it, as text for people or, with --json, for tools.
func (c *cli) report(fs *flag.FlagSet, args []string, jsonHelp string, asJSON func(advisor.Plan) any, text func(io.Writer, advisor.Plan)) int {
	wantJSON := fs.Bool("json", false, jsonHelp)
	settings := settingsFlag(fs)
	files, code, ok := parse(fs, args, 1)
	if !ok {
		return code
	}
	if !c.useSettings(*settings) {
		return exitInput
	}
	p, ok := c.load(files[0])
	if !ok {
		return exitInput
	}
	if *wantJSON {
		return c.writeJSON(asJSON(p))
	}
	text(c.stdout, p)
	return exitOK
}

func (c *cli) questions(fs *flag.FlagSet, args []string) int {
	asJSON := fs.Bool("json", false, "print the question bank as JSON (the same as --format json)")
	format := fs.String("format", "text", "text, markdown (a workshop handout), csv or json")
	if _, code, ok := parse(fs, args, 0); !ok {
		return code
	}
	if *asJSON {
		*format = "json"
	}
	switch *format {
	case "json":
		return c.writeJSON(struct {
			Questions []advisor.Question    `json:"questions"`
			Symptoms  []advisor.SymptomInfo `json:"symptoms"`
		}{advisor.Questions(), advisor.SymptomBank()})
	case "text":
		writeQuestions(c.stdout)
	case "markdown":
		writeQuestionsMarkdown(c.stdout)
	case "csv":
		if err := writeQuestionsCSV(c.stdout); err != nil {
			fmt.Fprintf(c.stderr, "salesteam-cli: %v\n", err)
			return exitInput
		}
	default:
		fmt.Fprintf(c.stderr, "salesteam-cli questions: --format is text, markdown, csv or json (got %s)\n", *format)
		fs.Usage()
		return exitUsage
	}
	return exitOK
}

// settingsFlag adds --settings to a command.
func settingsFlag(fs *flag.FlagSet) *string {
	return fs.String("settings", "", "a settings file (JSON: assumptions and thresholds) to advise with instead of the shipped defaults")
}

// useSettings reads the settings file, if one was named.
func (c *cli) useSettings(path string) bool {
	if path == "" {
		return true
	}
	data, err := advisor.ReadFile(path)
	var s advisor.Settings
	if err == nil {
		err = advisor.DecodeSettings(data, &s)
	}
	if err == nil {
		err = s.Validate()
	}
	if err != nil {
		fmt.Fprintf(c.stderr, "salesteam-cli: settings %s: %v\n", path, describe(err))
		return false
	}
	c.settings = &s
	return true
}

// options are what every command advises with.
func (c *cli) options() advisor.Options { return advisor.Options{Settings: c.settings} }

func (c *cli) version(fs *flag.FlagSet, args []string) int {
	if _, code, ok := parse(fs, args, 0); !ok {
		return code
	}
	fmt.Fprintln(c.stdout, "salesteam-cli", Version)
	return exitOK
}

// Version is the app's version (assets.Version, kept equal to
// FyneApp.toml); a build may still set it with -ldflags "-X main.Version=...".
var Version = assets.Version

// isTerminal reports whether w is a terminal, where a progress bar can
// redraw itself in place.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
