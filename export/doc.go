// Package export turns a board into the handouts a workshop takes home: a
// printable PDF (the map fit to one page or as a tiled wall poster, then the
// action list), PNG pictures of the map and of the action list, and the
// action list as Markdown and CSV. Run writes any set of them at once, for
// the command line and the Export dialog alike.
//
// The PDF and the PNG draw the map from one layout (layout.go), so both
// place every band, label, sticky and timing bracket the same way, and wrap
// sticky text with board.Wrap as the editor does, measured with the same
// width tables. All formats list the same action list (actions.go). Every
// gofpdf call is in pdf.go. The package needs no display and no cgo: it
// runs in tests, in CI and from the command line.
//
// Every file is rendered in memory first (a PNG of any size in strips, so
// memory stays small); the files are then written atomically, so a failed
// export never leaves half a file.
package export
