// Package export turns a board into files a workshop takes home: a printable
// PDF (the map and the list of actions and pain points) and a PNG picture of
// the map.
//
// Both exports draw the map from one layout (layout.go), so the PDF and
// the PNG place every band, label and sticky the same way, and wrap sticky
// text with board.Wrap exactly as the editor does. The package needs no
// display and no cgo: it runs in tests, in CI and from the command line.
//
// Every file is rendered in memory first; WriteFile then replaces the target
// atomically, so a failed export never leaves half a file.
package export
