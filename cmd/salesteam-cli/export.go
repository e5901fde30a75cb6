package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/salesteamadvisor/salesteam/advisor"
	"github.com/salesteamadvisor/salesteam/advisor/safefile"
	"github.com/salesteamadvisor/salesteam/advisor/xlsx"
)

func (c *cli) export(fs *flag.FlagSet, args []string) int {
	out := fs.String("o", "", "the workbook to write (one answers file)")
	dir := fs.String("dir", "", "write one workbook per answers file into this folder (a batch)")
	force := fs.Bool("force", false, "replace existing workbooks")
	settings := settingsFlag(fs)
	files, code, ok := parse(fs, args, -1)
	if !ok {
		return code
	}
	if !c.useSettings(*settings) {
		return exitInput
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
	switch err := c.writeWorkbook(out, p, force); {
	case err == nil:
		fmt.Fprintf(c.stdout, "%s: wrote %s\n", in, out)
		return exitOK
	case c.ctx.Err() != nil:
		fmt.Fprintf(c.stderr, "salesteam-cli: interrupted; %s was not written\n", out)
		return exitInterrupted
	default:
		fmt.Fprintf(c.stderr, "salesteam-cli: %v\n", err)
	}
	return exitInput
}

// writeWorkbook writes a plan's workbook through safefile: a failure or an
// interrupt leaves any old workbook as it was; --force keeps its
// permissions, a new one gets the umask's. The error says what is wrong
// in an owner's words.
func (c *cli) writeWorkbook(out string, p advisor.Plan, force bool) error {
	return c.writeXLSX(out, force, func(w io.Writer) error { return xlsx.Write(w, p, xlsx.Options{AppVersion: Version}) })
}

// writeXLSX writes a workbook to out in one piece, refusing to replace a
// file unless forced.
func (c *cli) writeXLSX(out string, force bool, write func(io.Writer) error) error {
	err := safefile.WriteContext(c.ctx, out, write, safefile.Options{NoClobber: !force})
	switch {
	case err == nil:
		return nil
	case errors.Is(err, os.ErrExist):
		return fmt.Errorf("%s already exists; use --force to replace it", out)
	case errors.Is(err, safefile.ErrIsDir):
		return fmt.Errorf("%s is a folder: a workbook cannot replace it", out)
	}
	return fmt.Errorf("cannot write %s: %w", out, err)
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

// exportBatch is the batch command by another name: one workbook per
// answers file, in parallel, a line of progress per file.
func (c *cli) exportBatch(files []string, dir string, force bool) int {
	return c.runBatch(files, dir, batchOptions{force: force, workers: runtime.NumCPU()})
}

func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}
