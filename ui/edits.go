package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
	"pathmap/ui/canvas"
	"pathmap/workshop"
)

// boardEdits are the Edit menu's commands that work on the board as a
// whole or on the text being typed: undo and redo, the clipboard, select
// all, tidy up and the board's title. While a sticky is being typed into,
// the text commands act on its text, as in any text field.
type boardEdits struct {
	ws        *workshop.Session
	win       fyne.Window // parent of the rename dialog
	view      *canvas.BoardView
	clipboard fyne.Clipboard
}

// editorShortcut passes a text shortcut to the open sticky editor and
// reports whether there was one. The menu sees Ctrl+C/V/A before the text
// box does, so while typing they must still act on the text.
func (e *boardEdits) editorShortcut(s fyne.Shortcut) bool {
	if !e.view.Editing() {
		return false
	}
	e.view.Editor().Entry.TypedShortcut(s)
	return true
}

// SelectAll selects every sticky (or all text, while typing in a sticky).
func (e *boardEdits) SelectAll() {
	if !e.editorShortcut(&fyne.ShortcutSelectAll{}) {
		e.view.SelectAll()
	}
}

// Copy copies the selected stickies (or the selected text while typing).
func (e *boardEdits) Copy() {
	if !e.editorShortcut(&fyne.ShortcutCopy{Clipboard: e.clipboard}) {
		e.view.Clipboard().Copy(e.clipboard)
	}
}

// Paste pastes copied stickies (or text while typing).
func (e *boardEdits) Paste() {
	if !e.editorShortcut(&fyne.ShortcutPaste{Clipboard: e.clipboard}) {
		e.view.Clipboard().Paste()
	}
}

// Undo reverts the last board edit. While a sticky is being edited it undoes
// typing in the text box instead, as any text field would.
// The view stays where it is unless the undone change is out of sight.
func (e *boardEdits) Undo() {
	if !e.editorShortcut(&fyne.ShortcutUndo{}) {
		e.revealing((*board.Document).Undo)
	}
}

// Redo repeats the last undone edit (or typing, while editing a sticky).
func (e *boardEdits) Redo() {
	if !e.editorShortcut(&fyne.ShortcutRedo{}) {
		e.revealing((*board.Document).Redo)
	}
}

// revealing runs an undo or redo on the document and then brings what it
// changed into view if none of it is on screen.
func (e *boardEdits) revealing(step func(*board.Document) bool) {
	d := e.ws.Document()
	before := d.Board().Clone()
	if step(d) {
		e.view.Viewport().RevealChange(before, d.Board())
	}
}

// Tidy arranges events evenly and stacks every column under its event
// (one undoable step).
func (e *boardEdits) Tidy() {
	e.view.FinishEdit()
	e.view.Apply(board.Edit(e.ws.Document().Board(), "Tidy up", nil, func(nb *board.Board) { nb.Tidy() }))
}

// RenameBoard asks for a new board title.
func (e *boardEdits) RenameBoard() {
	e.view.FinishEdit()
	t := newDialogEntry()
	t.SetText(e.ws.Document().Board().Title)
	d := dialog.NewForm("Rename board", "Rename", "Cancel", []*widget.FormItem{widget.NewFormItem("Title", t)},
		func(ok bool) {
			title := strings.TrimSpace(t.Text)
			if ok && title != "" && title != e.ws.Document().Board().Title {
				e.ws.Document().Apply(&board.SetTitle{Title: title})
			}
		}, e.win)
	t.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(520, 160))
	d.Show()
	e.win.Canvas().Focus(t)
}
