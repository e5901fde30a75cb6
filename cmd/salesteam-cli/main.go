// Command salesteam-cli diagnoses answers files, prints hiring plans and the
// question bank, and exports plans to Excel, without a display.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
