// Package assets holds the files pathmap carries inside its binary: the app
// icon and the sample board. Embedding them keeps the app working offline
// and from any folder.
package assets

import _ "embed"

// Icon is the app icon, a 256×256 PNG.
//
//go:embed icon.png
var Icon []byte

// SampleBoard is a filled-in example map in the .pathmap format, written by
// `pathmap sample` and opened by `make run`.
//
//go:embed sample.pathmap
var SampleBoard []byte
