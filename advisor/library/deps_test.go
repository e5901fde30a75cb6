package library_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestLibraryIsPure: the library is domain, like advisor: it imports
// neither the GUI toolkit nor the Excel library, directly or not.
func TestLibraryIsPure(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	out, err := exec.Command(goTool, "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.HasPrefix(pkg, "fyne.io/") || strings.Contains(pkg, "excelize") {
			t.Errorf("the library depends on %s", pkg)
		}
	}
}
