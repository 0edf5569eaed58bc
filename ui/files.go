package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
	"pathmap/ui/canvas"
	"pathmap/workshop"
)

// fileKeeper keeps the board in its file: New, Open, Save, Save as, the
// questions before anything unsaved is dropped, and what autosave and
// recovery need from the facilitator (autosave.go, recovery.go). The
// saving itself is the workshop session's.
type fileKeeper struct {
	ws   *workshop.Session
	win  fyne.Window       // parent of its dialogs
	view *canvas.BoardView // to keep text being typed before a save
}

// Save writes the board to its file, or asks for one when it has none. Text
// being typed into a sticky is kept first: Ctrl+S mid-edit saves it too.
func (f *fileKeeper) Save() {
	f.view.FinishEdit()
	if f.ws.Path() == "" || f.ws.ReadOnly() {
		f.SaveAs()
		return
	}
	f.saveChecked(f.ws.Path(), nil)
}

// saveChecked saves to path and then runs then (when not nil). When path is
// the board's own file and another program changed or deleted it since
// pathmap read it, it asks first: overwrite, save as, or cancel.
func (f *fileKeeper) saveChecked(path string, then func()) {
	if path == f.ws.Path() && f.ws.ChangedOnDisk() {
		f.askOverwrite(path, then)
		return
	}
	f.writeBoard(path, then)
}

// writeBoard writes the board to path and, once it is there, runs then
// (when not nil). On failure (full disk, read-only folder) the board stays
// in memory, unchanged and still marked unsaved, a recovery copy is kept,
// and the facilitator can retry or save elsewhere.
func (f *fileKeeper) writeBoard(path string, then func()) {
	f.ws.Save(path, func(err error) {
		if err != nil {
			dialog.ShowError(errors.New("Could not save the board.\n"+err.Error()+"\nYour board is still open; try Save As to save it somewhere else."), f.win)
			return
		}
		if then != nil {
			then()
		}
	})
}

// SaveAs asks where to save the board and saves it there.
func (f *fileKeeper) SaveAs() {
	f.view.FinishEdit()
	f.saveDialog(suggestName(f.ws, board.Extension), board.Extension, func(path string) { f.writeBoard(path, nil) })
}

// saveDialog asks where to write a file with the given extension, which is
// added when the name typed lacks it, and asks before replacing a file.
//
// It asks for a folder and a name rather than using Fyne's file-save dialog:
// that dialog creates (and so empties) the chosen file before pathmap writes
// it, which would lose the previous board and its .bak on a failed save.
func (f *fileKeeper) saveDialog(name, ext string, then func(path string)) {
	folder := newDialogEntry()
	folder.SetText(saveFolder(f.ws.Path()))
	file := newDialogEntry()
	file.SetText(name)
	choose := widget.NewButton("Choose…", func() {
		fd := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
			if err == nil && l != nil {
				folder.SetText(l.Path())
			}
		}, f.win)
		if dir, err := storage.ListerForURI(storage.NewFileURI(folder.Text)); err == nil {
			fd.SetLocation(dir)
		}
		fd.Resize(fyne.NewSize(900, 600))
		fd.Show()
	})
	file.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" || strings.ContainsAny(s, `/\`) {
			return errors.New("type a file name without folders")
		}
		return nil
	}
	items := []*widget.FormItem{
		widget.NewFormItem("Folder", container.NewBorder(nil, nil, nil, choose, folder)),
		widget.NewFormItem("File name", file),
	}
	d := dialog.NewForm("Save as", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		dir := strings.TrimSpace(folder.Text)
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			dialog.ShowError(fmt.Errorf("%s is not a folder; choose another one", dir), f.win)
			return
		}
		path := filepath.Join(dir, strings.TrimSpace(file.Text))
		if !strings.EqualFold(filepath.Ext(path), ext) {
			path += ext
		}
		if _, err := os.Stat(path); err == nil {
			dialog.ShowConfirm("Replace file?", filepath.Base(path)+" already exists in "+dir+". Replace it?",
				func(yes bool) {
					if yes {
						then(path)
					}
				}, f.win)
			return
		}
		then(path)
	}, f.win)
	file.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(640, 220))
	d.Show()
	f.win.Canvas().Focus(file)
}

// saveFolder is where Save As starts: the board's own folder, else the
// Documents folder, else home.
func saveFolder(path string) string {
	if path != "" {
		return filepath.Dir(path)
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "."
	}
	if info, err := os.Stat(filepath.Join(home, "Documents")); err == nil && info.IsDir() {
		return filepath.Join(home, "Documents")
	}
	return home
}

// suggestName suggests a file name from the board's file or title.
func suggestName(ws *workshop.Session, ext string) string {
	if ws.Path() != "" {
		return strings.TrimSuffix(filepath.Base(ws.Path()), filepath.Ext(ws.Path())) + ext
	}
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, ws.Document().Board().Title)
	if strings.TrimSpace(name) == "" {
		name = "board"
	}
	return name + ext
}

// Open asks for a board file and opens it in this window.
func (f *fileKeeper) Open() {
	f.view.FinishEdit()
	f.whenChangesHandled(func() {
		d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
			if err != nil {
				dialog.ShowError(err, f.win)
				return
			}
			if rc == nil {
				return
			}
			path := rc.URI().Path()
			rc.Close()
			f.OpenPath(path)
		}, f.win)
		d.SetFilter(storage.NewExtensionFileFilter([]string{board.Extension}))
		d.Resize(fyne.NewSize(900, 600))
		d.Show()
	})
}

// OpenPath loads the board at path into this window. A file that is no
// readable board is reported and left alone, and the current board stays
// open. A damaged board is repaired in memory and the repairs are shown; the
// file changes only when the facilitator saves.
func (f *fileKeeper) OpenPath(path string) error {
	b, repairs, err := board.LoadWithReport(path)
	if err != nil {
		dialog.ShowError(errors.New("Could not open the board.\n"+err.Error()), f.win)
		return err
	}
	f.ws.Replace(board.NewDocument(b, f.ws.Clock()), path)
	if len(repairs) > 0 {
		f.ShowRepairs(path, repairs)
	}
	return nil
}

// ShowRepairs reports what was repaired while loading the board from path
// and marks the board unsaved, so that saving writes the repaired version.
// Until the facilitator saves, autosave keeps only a recovery copy: opening
// a file must never change it.
func (f *fileKeeper) ShowRepairs(path string, repairs []board.Repair) {
	f.ws.Hold("repaired")
	n := "1 problem"
	if len(repairs) > 1 {
		n = fmt.Sprintf("%d problems", len(repairs))
	}
	head := fmt.Sprintf("“%s” had %s. pathmap repaired them in the open board:", filepath.Base(path), n)
	tail := "The file itself is unchanged until you save. Save to keep the repaired board,\nor Save As to keep the original file as it is."
	list := widget.NewLabel(board.RepairSummary(repairs, 50))
	list.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(list)
	scroll.SetMinSize(fyne.NewSize(720, min(float32(16+30*len(repairs)), 360)))
	content := container.NewBorder(widget.NewLabel(head), widget.NewLabel(tail), nil, nil, scroll)
	d := dialog.NewCustom("Board repaired", "OK", content, f.win)
	d.Show()
}

// NewBoard replaces the board with a new one holding the start and final
// events, after asking about unsaved changes.
func (f *fileKeeper) NewBoard() {
	f.view.FinishEdit()
	f.whenChangesHandled(func() {
		f.ws.NewBoard()
	})
}

// Quit ends the workshop, then runs done to close the app. A named board
// is saved first, as autosave would; otherwise (untitled, or saving needs a
// decision) it asks Save, Don't save or Cancel, and done runs only after
// that answer. A running timer is paused first, with its time booked.
func (f *fileKeeper) Quit(done func()) {
	f.view.FinishEdit()
	// Pause a running timer before the last save, so that the board reopens
	// with the time actually spent, not the days since as overtime.
	board.PauseTimerOnQuit(f.ws.Document())
	f.ws.Flush(func(safe bool) {
		if safe {
			done()
			return
		}
		f.whenChangesHandled(done)
	})
}

// whenChangesHandled runs next right away when the board is saved; otherwise
// it asks Save, Don't save or Cancel first. Nothing is thrown away unasked.
func (f *fileKeeper) whenChangesHandled(next func()) {
	if !f.ws.Document().Dirty() {
		next()
		return
	}
	var d dialog.Dialog
	save := newButton("Save", true, func() {
		d.Hide()
		if f.ws.Path() == "" || f.ws.ReadOnly() {
			f.saveDialog(suggestName(f.ws, board.Extension), board.Extension, func(path string) {
				f.writeBoard(path, next)
			})
			return
		}
		f.saveChecked(f.ws.Path(), next)
	})
	discard := newButton("Don't save", false, func() { d.Hide(); next() })
	cancel := newButton("Cancel", false, func() { d.Hide() })
	d = newQuestion("Unsaved changes", "The board has changes that are not saved yet.\nSave them first?", f.win, cancel, discard, save)
	d.Show()
}

// newButton makes a dialog button; the one that keeps the work is
// highlighted.
func newButton(label string, primary bool, tapped func()) *widget.Button {
	b := widget.NewButton(label, tapped)
	if primary {
		b.Importance = widget.HighImportance
	}
	return b
}

// newQuestion is a dialog whose only way out is one of its buttons, so no
// answer is taken for granted.
func newQuestion(title, msg string, parent fyne.Window, buttons ...fyne.CanvasObject) dialog.Dialog {
	d := dialog.NewCustomWithoutButtons(title, widget.NewLabel(msg), parent)
	d.SetButtons(buttons)
	return d
}
