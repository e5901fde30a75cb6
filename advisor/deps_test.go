package advisor

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDomainIsPure: the domain imports neither the GUI toolkit nor the Excel
// library, directly or through any dependency. (advisor/xlsx, the workbook
// adapter, lives below it and is the one importer of excelize.)
func TestDomainIsPure(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	out, err := exec.Command(goTool, "list", "-deps", ".", "../assets").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.HasPrefix(pkg, "fyne.io/") || strings.Contains(pkg, "excelize") {
			t.Errorf("the domain depends on %s", pkg)
		}
	}
}
