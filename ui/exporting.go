package ui

import (
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"pathmap/board"
	"pathmap/export"
)

// ExportPDF asks where to write the printable PDF (map and action list).
func (w *Window) ExportPDF() {
	w.exportTo(".pdf", func(out io.Writer, b *board.Board) error {
		return export.PDF(out, b, export.PDFOptions{})
	})
}

// ExportPNG asks where to write a picture of the map.
func (w *Window) ExportPNG() {
	w.exportTo(".png", func(out io.Writer, b *board.Board) error { return export.PNG(out, b, 2) })
}

// exportTo writes a copy of the board off the UI goroutine, so a big board
// does not freeze the window, and says where the file went.
func (w *Window) exportTo(ext string, write func(io.Writer, *board.Board) error) {
	w.view.finishEdit()
	snapshot := w.doc.Board().Clone()
	w.saveDialog(w.defaultName(ext), ext, func(path string) {
		go func() {
			err := export.WriteFile(path, func(out io.Writer) error { return write(out, snapshot) })
			fyne.Do(func() {
				if err != nil {
					w.ShowError(err)
					return
				}
				dialog.ShowInformation("Exported", "Saved to "+path, w.win)
			})
		}()
	})
}
