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
)

// Save writes the board to its file, or asks for one when it has none. Text
// being typed into a sticky is kept first: Ctrl+S mid-edit saves it too.
func (w *Window) Save() {
	w.view.finishEdit()
	if w.ws.Path() == "" {
		w.SaveAs()
		return
	}
	w.saveChecked(w.ws.Path(), nil)
}

// saveChecked saves to path and then runs then (when not nil). When path is
// the board's own file and another program changed or deleted it since
// pathmap read it, it asks first: overwrite, save as, or cancel.
func (w *Window) saveChecked(path string, then func()) {
	if path == w.ws.Path() && w.ws.ChangedOnDisk() {
		w.askOverwrite(path, then)
		return
	}
	w.writeBoard(path, then)
}

// writeBoard writes the board to path and, once it is there, runs then
// (when not nil). On failure (full disk, read-only folder) the board stays
// in memory, unchanged and still marked unsaved, a recovery copy is kept,
// and the facilitator can retry or save elsewhere.
func (w *Window) writeBoard(path string, then func()) {
	w.ws.Save(path, func(err error) {
		if err != nil {
			dialog.ShowError(errors.New("Could not save the board.\n"+err.Error()+"\nYour board is still open; try Save As to save it somewhere else."), w.win)
			return
		}
		if then != nil {
			then()
		}
	})
}

// SaveAs asks where to save the board and saves it there.
func (w *Window) SaveAs() {
	w.view.finishEdit()
	w.saveDialog(w.defaultName(board.Extension), board.Extension, func(path string) { w.writeBoard(path, nil) })
}

// saveDialog asks where to write a file with the given extension, which is
// added when the name typed lacks it, and asks before replacing a file.
//
// It asks for a folder and a name rather than using Fyne's file-save dialog:
// that dialog creates (and so empties) the chosen file before pathmap writes
// it, which would lose the previous board and its .bak on a failed save.
func (w *Window) saveDialog(name, ext string, then func(path string)) {
	folder := newDialogEntry()
	folder.SetText(w.saveFolder())
	file := newDialogEntry()
	file.SetText(name)
	choose := widget.NewButton("Choose…", func() {
		fd := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
			if err == nil && l != nil {
				folder.SetText(l.Path())
			}
		}, w.win)
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
			w.ShowError(fmt.Errorf("%s is not a folder; choose another one", dir))
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
				}, w.win)
			return
		}
		then(path)
	}, w.win)
	file.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(640, 220))
	d.Show()
	w.win.Canvas().Focus(file)
}

// saveFolder is where Save As starts: the board's own folder, else the
// Documents folder, else home.
func (w *Window) saveFolder() string {
	if w.ws.Path() != "" {
		return filepath.Dir(w.ws.Path())
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

// defaultName suggests a file name from the board's file or title.
func (w *Window) defaultName(ext string) string {
	if w.ws.Path() != "" {
		return strings.TrimSuffix(filepath.Base(w.ws.Path()), filepath.Ext(w.ws.Path())) + ext
	}
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, w.Document().Board().Title)
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

// OpenPath loads the board at path into this window. A file that is no
// readable board is reported and left alone, and the current board stays
// open. A damaged board is repaired in memory and the repairs are shown; the
// file changes only when the facilitator saves.
func (w *Window) OpenPath(path string) error {
	b, repairs, err := board.LoadWithReport(path)
	if err != nil {
		dialog.ShowError(errors.New("Could not open the board.\n"+err.Error()), w.win)
		return err
	}
	w.setDocument(board.NewDocument(b, w.ws.Clock()), path)
	if len(repairs) > 0 {
		w.ShowRepairs(path, repairs)
	}
	return nil
}

// ShowRepairs reports what was repaired while loading the board from path
// and marks the board unsaved, so that saving writes the repaired version.
// Until the facilitator saves, autosave keeps only a recovery copy: opening
// a file must never change it.
func (w *Window) ShowRepairs(path string, repairs []board.Repair) {
	w.ws.Hold("repaired")
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
	d := dialog.NewCustom("Board repaired", "OK", content, w.win)
	d.Show()
}

// NewBoard replaces the board with a new one holding the start and final
// events, after asking about unsaved changes.
func (w *Window) NewBoard() {
	w.view.finishEdit()
	w.whenChangesHandled(func() {
		w.ws.NewBoard()
	})
}

// Quit closes the app. A named board is saved first, as autosave would;
// otherwise (untitled, or saving needs a decision) it asks Save, Don't save or
// Cancel. Only after that answer is the recovery copy deleted. A running
// timer is paused first, with its time booked.
func (w *Window) Quit() {
	w.view.finishEdit()
	// Pause a running timer before the last save, so that the board reopens
	// with the time actually spent, not the days since as overtime.
	board.PauseTimerOnQuit(w.Document())
	w.ws.Flush(func(safe bool) {
		if safe {
			w.quitNow()
			return
		}
		w.whenChangesHandled(w.quitNow)
	})
}

func (w *Window) quitNow() {
	w.closeRoomNow()
	w.ws.Quitting()
	w.quit()
}

// RenameBoard asks for a new board title.
func (w *Window) RenameBoard() {
	w.view.finishEdit()
	e := newDialogEntry()
	e.SetText(w.Document().Board().Title)
	d := dialog.NewForm("Rename board", "Rename", "Cancel", []*widget.FormItem{widget.NewFormItem("Title", e)},
		func(ok bool) {
			title := strings.TrimSpace(e.Text)
			if ok && title != "" && title != w.Document().Board().Title {
				w.Document().Apply(&board.SetTitle{Title: title})
			}
		}, w.win)
	e.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(520, 160))
	d.Show()
	w.win.Canvas().Focus(e)
}

// whenChangesHandled runs next right away when the board is saved; otherwise
// it asks Save, Don't save or Cancel first. Nothing is thrown away unasked.
func (w *Window) whenChangesHandled(next func()) {
	if !w.Document().Dirty() {
		next()
		return
	}
	var d dialog.Dialog
	save := newButton("Save", true, func() {
		d.Hide()
		if w.ws.Path() == "" {
			w.saveDialog(w.defaultName(board.Extension), board.Extension, func(path string) {
				w.writeBoard(path, next)
			})
			return
		}
		w.saveChecked(w.ws.Path(), next)
	})
	discard := newButton("Don't save", false, func() { d.Hide(); next() })
	cancel := newButton("Cancel", false, func() { d.Hide() })
	d = newQuestion("Unsaved changes", "The board has changes that are not saved yet.\nSave them first?", w.win, cancel, discard, save)
	d.Show()
}

// textLimitReached says, where the facilitator looks for the save state,
// why the sticky takes no more text; note, when not empty, says what was
// cut from a paste.
func (w *Window) textLimitReached(note string) {
	if note != "" {
		w.state.SetText(note)
		return
	}
	w.state.SetText(fmt.Sprintf("A sticky holds at most %s characters", groupThousands(board.MaxTextLength)))
}

func groupThousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
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
