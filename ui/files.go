package ui

import (
	"errors"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
)

// Save writes the board to its file, or asks for one when it has none. Text
// being typed into a sticky is kept first: Ctrl+S mid-edit saves it too.
func (w *Window) Save() {
	w.view.finishEdit()
	if w.path == "" {
		w.SaveAs()
		return
	}
	w.saveTo(w.path)
}

// saveTo writes the board to path and reports whether it worked. On failure
// the board stays in memory, unchanged and still marked unsaved, so the
// facilitator can retry or save elsewhere.
func (w *Window) saveTo(path string) bool {
	if err := board.Save(path, w.doc.Board()); err != nil {
		dialog.ShowError(errors.New("Could not save the board.\n"+err.Error()+"\nYour board is still open; try Save As to save it somewhere else."), w.win)
		return false
	}
	w.path = path
	w.savedAt = w.clock()
	w.doc.MarkSaved()
	w.refreshChrome()
	return true
}

// SaveAs asks where to save the board and saves it there.
func (w *Window) SaveAs() {
	w.view.finishEdit()
	w.saveDialog(w.defaultName(board.Extension), board.Extension, func(path string) { w.saveTo(path) })
}

// saveDialog asks for a file to write with the given extension, which is
// added when the name typed lacks it.
func (w *Window) saveDialog(name, ext string, then func(path string)) {
	d := dialog.NewFileSave(func(uc fyne.URIWriteCloser, err error) {
		if err != nil {
			w.ShowError(err)
			return
		}
		if uc == nil {
			return
		}
		path := uc.URI().Path()
		uc.Close()
		if !strings.EqualFold(filepath.Ext(path), ext) {
			path += ext
		}
		then(path)
	}, w.win)
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	if w.path != "" {
		if dir, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(w.path))); err == nil {
			d.SetLocation(dir)
		}
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// defaultName suggests a file name from the board's file or title.
func (w *Window) defaultName(ext string) string {
	if w.path != "" {
		return strings.TrimSuffix(filepath.Base(w.path), filepath.Ext(w.path)) + ext
	}
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, w.doc.Board().Title)
	if strings.TrimSpace(name) == "" {
		name = "board"
	}
	return name + ext
}

// Open asks for a board file and opens it in this window.
func (w *Window) Open() {
	w.view.finishEdit()
	w.whenChangesHandled(func() {
		d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
			if err != nil {
				w.ShowError(err)
				return
			}
			if rc == nil {
				return
			}
			path := rc.URI().Path()
			rc.Close()
			w.OpenPath(path)
		}, w.win)
		d.SetFilter(storage.NewExtensionFileFilter([]string{board.Extension}))
		d.Resize(fyne.NewSize(900, 600))
		d.Show()
	})
}

// OpenPath loads the board at path into this window. A file that does not
// load is reported and left alone, and the current board stays open.
func (w *Window) OpenPath(path string) error {
	b, err := board.Load(path)
	if err != nil {
		dialog.ShowError(errors.New("Could not open the board.\n"+err.Error()), w.win)
		return err
	}
	w.setDocument(board.NewDocument(b, w.clock), path)
	return nil
}

// NewBoard replaces the board with a new one holding the start and final
// events, after asking about unsaved changes.
func (w *Window) NewBoard() {
	w.view.finishEdit()
	w.whenChangesHandled(func() {
		w.setDocument(board.NewDocument(board.New(), w.clock), "")
	})
}

// Quit closes the app, after asking about unsaved changes.
func (w *Window) Quit() {
	w.view.finishEdit()
	w.whenChangesHandled(w.quit)
}

// RenameBoard asks for a new board title.
func (w *Window) RenameBoard() {
	w.view.finishEdit()
	e := widget.NewEntry()
	e.SetText(w.doc.Board().Title)
	dialog.ShowForm("Rename board", "Rename", "Cancel", []*widget.FormItem{widget.NewFormItem("Title", e)},
		func(ok bool) {
			title := strings.TrimSpace(e.Text)
			if ok && title != "" && title != w.doc.Board().Title {
				w.doc.Apply(&board.SetTitle{Title: title})
			}
		}, w.win)
}

// whenChangesHandled runs next right away when the board is saved; otherwise
// it asks Save, Don't save or Cancel first. Nothing is thrown away unasked.
func (w *Window) whenChangesHandled(next func()) {
	if !w.doc.Dirty() {
		next()
		return
	}
	var d *dialog.CustomDialog
	save := widget.NewButton("Save", func() {
		d.Hide()
		if w.path == "" {
			w.saveDialog(w.defaultName(board.Extension), board.Extension, func(path string) {
				if w.saveTo(path) {
					next()
				}
			})
			return
		}
		if w.saveTo(w.path) {
			next()
		}
	})
	save.Importance = widget.HighImportance
	discard := widget.NewButton("Don't save", func() { d.Hide(); next() })
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	msg := widget.NewLabel("The board has changes that are not saved yet.\nSave them first?")
	d = dialog.NewCustomWithoutButtons("Unsaved changes", msg, w.win)
	d.SetButtons([]fyne.CanvasObject{cancel, discard, save})
	d.Show()
}
