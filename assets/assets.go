// Package assets embeds the app's icon and reference data as plain bytes, so
// that the domain can read them without depending on the GUI toolkit.
package assets

import _ "embed"

// ReferenceJSON holds the default salary bands and planning benchmarks, each
// with its source and year (see docs/reference-data.md).
//
//go:embed reference.json
var ReferenceJSON []byte

// Icon is the app icon, a 512x512 PNG.
//
//go:embed icon.png
var Icon []byte
