package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/salesteamadvisor/salesteam/advisor/safefile"
	"github.com/salesteamadvisor/salesteam/advisor/xlsx"
)

func (c *cli) export(fs *flag.FlagSet, args []string) int {
	out := fs.String("o", "", "the workbook to write (one answers file)")
	dir := fs.String("dir", "", "write one workbook per answers file into this folder (a batch)")
	force := fs.Bool("force", false, "replace existing workbooks")
	files, code, ok := parse(fs, args, -1)
	if !ok {
		return code
	}
	if *out != "" && isDir(*out) {
		fmt.Fprintf(c.stderr, "salesteam-cli: %s is a folder: name the workbook file, e.g. %s\n", *out, filepath.Join(*out, "plan.xlsx"))
		return exitInput
	}
	switch {
	case len(files) == 0:
		fmt.Fprintln(c.stderr, "salesteam-cli export: name at least one answers file")
	case (*out == "") == (*dir == ""):
		fmt.Fprintln(c.stderr, "salesteam-cli export: give either -o OUT.xlsx (one file) or --dir DIR (a batch)")
	case *out != "" && len(files) > 1:
		fmt.Fprintln(c.stderr, "salesteam-cli export: -o takes one answers file; use --dir DIR for several")
	case *out != "" && !strings.EqualFold(filepath.Ext(*out), ".xlsx"):
		fmt.Fprintf(c.stderr, "salesteam-cli export: the workbook's name must end in .xlsx (got %s)\n", *out)
	default:
		if *out != "" {
			return c.exportOne(files[0], *out, *force)
		}
		return c.exportBatch(files, *dir, *force)
	}
	fs.Usage()
	return exitUsage
}

func (c *cli) exportOne(in, out string, force bool) int {
	if msg := checkOutput(in, out); msg != "" {
		fmt.Fprintf(c.stderr, "salesteam-cli: %s\n", msg)
		return exitInput
	}
	p, ok := c.load(in)
	if !ok {
		return exitInput
	}
	// safefile: a failure or an interrupt leaves any old workbook as it
	// was; --force keeps its permissions, a new one gets the umask's.
	err := safefile.WriteContext(c.ctx, out, func(w io.Writer) error { return xlsx.Write(w, p, xlsx.Options{AppVersion: Version}) }, safefile.Options{NoClobber: !force})
	switch {
	case err == nil:
		fmt.Fprintf(c.stdout, "%s: wrote %s\n", in, out)
		return exitOK
	case c.ctx.Err() != nil:
		fmt.Fprintf(c.stderr, "salesteam-cli: interrupted; %s was not written\n", out)
		return exitInterrupted
	case errors.Is(err, os.ErrExist):
		fmt.Fprintf(c.stderr, "salesteam-cli: %s already exists; use --force to replace it\n", out)
	case errors.Is(err, safefile.ErrIsDir):
		fmt.Fprintf(c.stderr, "salesteam-cli: %s is a folder: a workbook cannot replace it\n", out)
	default:
		fmt.Fprintf(c.stderr, "salesteam-cli: cannot write %s: %v\n", out, err)
	}
	return exitInput
}

// checkOutput says what is wrong with writing the workbook of in at out
// before any work is done, or "".
func checkOutput(in, out string) string {
	dir := filepath.Dir(out)
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return fmt.Sprintf("cannot write %s: the folder %s does not exist", out, dir)
	case err == nil && !st.IsDir():
		return fmt.Sprintf("cannot write %s: %s is a file, not a folder", out, dir)
	}
	if in == "-" {
		return ""
	}
	src, err1 := os.Stat(in)
	dst, err2 := os.Stat(out)
	if err1 == nil && err2 == nil && os.SameFile(src, dst) {
		return fmt.Sprintf("%s is the answers file being read: name another file for the workbook", out)
	}
	return ""
}

// exportBatch writes one workbook per answers file; a bad file is reported
// and skipped, and the exit status says whether any failed.
func (c *cli) exportBatch(files []string, dir string, force bool) int {
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		fmt.Fprintf(c.stderr, "salesteam-cli: %s is a file, not a folder\n", dir)
		return exitInput
	}
	if err := os.MkdirAll(dir, 0o777); err != nil { // less the umask, as mkdir does
		fmt.Fprintf(c.stderr, "salesteam-cli: %v\n", err)
		return exitInput
	}
	status := exitOK
	seen := map[string]string{}
	for _, in := range files {
		if c.ctx.Err() != nil {
			fmt.Fprintln(c.stderr, "salesteam-cli: interrupted")
			return exitInterrupted
		}
		name := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in)) + ".xlsx"
		if prev, dup := seen[name]; dup {
			fmt.Fprintf(c.stderr, "salesteam-cli: %s and %s would both be written to %s; skipping %s\n", prev, in, name, in)
			status = exitInput
			continue
		}
		seen[name] = in
		switch c.exportOne(in, filepath.Join(dir, name), force) {
		case exitOK:
		case exitInterrupted:
			return exitInterrupted
		default:
			status = exitInput
		}
	}
	return status
}

func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}
