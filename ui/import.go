package ui

import (
	"fmt"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
	"pathmap/ui/canvas"
	"pathmap/workshop"
)

// maxImportFile caps a text file read for import; a sticky list is a few
// kilobytes, and anything far bigger is the wrong file.
const maxImportFile = 1 << 20

// importer adds a list of stickies, pasted or read from a text file, to a
// lane of the window's board.
type importer struct {
	ws   *workshop.Session
	win  fyne.Window       // parent of the dialogs
	view *canvas.BoardView // selects and shows what was imported
}

// importForm is the import dialog's content, kept for tests.
type importForm struct {
	text   *dialogEntry
	lane   *dialogSelect
	dialog *dialog.CustomDialog
}

// ShowImport asks for a list of stickies (one per line, pasted or read from
// a text file) and the lane they go to, and adds them at the end of that
// lane as one undoable step.
func (im *importer) Show() *importForm {
	im.view.FinishEdit()
	f := &importForm{text: newDialogMultiLineEntry()}
	f.text.SetPlaceHolder("One sticky per line, e.g.\nDeployed to staging\nCode reviewed\n…")
	f.text.SetMinRowsVisible(10)
	var names []string
	for _, l := range board.AllLanes() {
		names = append(names, l.Name())
	}
	f.lane = newDialogSelect(names, nil)
	f.lane.SetSelected(im.ws.Document().Board().Agenda.Lane().Name())
	if f.lane.Selected == "" {
		f.lane.SetSelected(board.Events.Name())
	}
	fromFile := widget.NewButton("From file…", func() { im.fromFile(f) })
	hint := widget.NewLabel("Blank lines are skipped; bullets and numbers at the start of a line are removed.")
	hint.Importance = widget.LowImportance
	form := container.NewBorder(container.NewBorder(nil, nil, widget.NewLabel("Into lane"), fromFile, f.lane), hint, nil, nil, f.text)
	importBtn := widget.NewButton("Import", func() {
		if im.importText(f.text.Text, f.laneChosen()) {
			f.dialog.Hide()
		}
	})
	importBtn.Importance = widget.HighImportance
	f.dialog = dialog.NewCustomWithoutButtons("Import stickies", form, im.win)
	f.dialog.SetButtons([]fyne.CanvasObject{widget.NewButton("Cancel", func() { f.dialog.Hide() }), importBtn})
	f.dialog.Resize(fyne.NewSize(620, 520))
	f.dialog.Show()
	im.win.Canvas().Focus(f.text)
	return f
}

func (f *importForm) laneChosen() board.Lane {
	for _, l := range board.AllLanes() {
		if l.Name() == f.lane.Selected {
			return l
		}
	}
	return board.Events
}

// importText adds one sticky per line of text to lane l and reports whether
// it did; a problem is shown and the dialog stays open.
func (im *importer) importText(text string, l board.Lane) bool {
	lines, err := board.ParseImport(text)
	if err != nil {
		dialog.ShowInformation("Import stickies", err.Error(), im.win)
		return false
	}
	cmd, ids := board.ImportStickies(im.ws.Document().Board(), l, lines, canvas.StickyHeightFor)
	im.view.Apply(cmd)
	im.view.Selection().Set(ids...)
	if s, ok := im.ws.Document().Board().Sticky(ids[0]); ok {
		im.view.Viewport().ScrollIntoView(s.X, s.Y, s.W, s.H)
	}
	return true
}

// importFromFile reads a text file into the import box, to check before
// importing.
func (im *importer) fromFile(f *importForm) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			if err != nil {
				dialog.ShowError(err, im.win)
			}
			return
		}
		defer r.Close()
		data, err := io.ReadAll(io.LimitReader(r, maxImportFile+1))
		if err != nil {
			dialog.ShowError(fmt.Errorf("%s: %v", r.URI().Name(), err), im.win)
			return
		}
		if len(data) > maxImportFile {
			dialog.ShowError(fmt.Errorf("%s is larger than 1 MB: not a list of stickies", r.URI().Name()), im.win)
			return
		}
		f.text.SetText(string(data))
	}, im.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".txt", ".md", ".csv", ".text"}))
	d.Show()
}
