package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

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
	if dir := filepath.Dir(out); !isDir(dir) {
		fmt.Fprintf(c.stderr, "salesteam-cli: cannot write %s: the folder %s does not exist\n", out, dir)
		return exitInput
	}
	p, ok := c.load(in)
	if !ok {
		return exitInput
	}
	if err := xlsx.WriteFile(out, p, force, xlsx.Options{AppVersion: Version}); err != nil {
		if errors.Is(err, os.ErrExist) {
			fmt.Fprintf(c.stderr, "salesteam-cli: %s already exists; use --force to replace it\n", out)
		} else {
			fmt.Fprintf(c.stderr, "salesteam-cli: writing %s: %v\n", out, err)
		}
		return exitInput
	}
	fmt.Fprintf(c.stdout, "%s: wrote %s\n", in, out)
	return exitOK
}

// exportBatch writes one workbook per answers file; a bad file is reported
// and skipped, and the exit status says whether any failed.
func (c *cli) exportBatch(files []string, dir string, force bool) int {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(c.stderr, "salesteam-cli: %v\n", err)
		return exitInput
	}
	status := exitOK
	seen := map[string]string{}
	for _, in := range files {
		name := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in)) + ".xlsx"
		if prev, dup := seen[name]; dup {
			fmt.Fprintf(c.stderr, "salesteam-cli: %s and %s would both be written to %s; skipping %s\n", prev, in, name, in)
			status = exitInput
			continue
		}
		seen[name] = in
		if c.exportOne(in, filepath.Join(dir, name), force) != exitOK {
			status = exitInput
		}
	}
	return status
}

func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}
