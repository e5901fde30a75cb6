package assets

import (
	"os"
	"regexp"
	"testing"
)

// TestVersionMatchesFyneApp keeps Version equal to FyneApp.toml's, which
// names the version of the packaged app.
func TestVersionMatchesFyneApp(t *testing.T) {
	toml, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^\s*Version\s*=\s*"([^"]*)"`).FindSubmatch(toml)
	if m == nil {
		t.Fatal("FyneApp.toml has no Version line")
	}
	if got := string(m[1]); got != Version {
		t.Errorf("FyneApp.toml says version %q, assets.Version is %q: keep them equal", got, Version)
	}
}
