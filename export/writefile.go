package export

import (
	"bytes"
	"errors"
	"io"

	"pathmap/board"
)

// WriteFile saves an export to path. write renders into memory first, and
// only a complete result replaces the file, atomically
// (board.WriteFileAtomic): an export that fails halfway, or a full disk,
// never leaves half a PDF behind nor destroys the previous export at path.
// Errors read like the board store's: "OUT.pdf: <problem>".
//
//	err := export.WriteFile("map.pdf", func(w io.Writer) error {
//		return export.PDF(w, b, export.PDFOptions{})
//	})
func WriteFile(path string, write func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		var fe *board.FileError
		if errors.As(err, &fe) && fe.Path == path {
			return err // already names the file
		}
		return &board.FileError{Path: path, Err: err}
	}
	return board.WriteFileAtomic(path, buf.Bytes())
}
