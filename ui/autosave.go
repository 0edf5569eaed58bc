package ui

import (
	"errors"
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2/dialog"

	"pathmap/board"
)

// Autosave itself lives in the workshop session (workshop/autosave.go);
// the window supplies what only it knows — the text being typed — and tells
// the facilitator when autosave needs a decision.

// autosaveFailed tells the facilitator, once, that autosave could not
// write the board's file.
func (f *fileKeeper) autosaveFailed(err error, recoveryKept bool) {
	where := "A recovery copy was kept; pathmap offers it when it starts next."
	if !recoveryKept {
		where = "No recovery copy could be written either."
	}
	dialog.ShowError(errors.New("Autosave could not save the board.\n"+err.Error()+"\n"+where+
		"\nYour board is still open; use Save As to save it somewhere else."), f.win)
}

// askOverwrite asks what to do when the board's file was changed, replaced
// or deleted by another program since pathmap read it: saving blindly would
// destroy someone's work, not saving would leave the board only in memory.
func (f *fileKeeper) askOverwrite(path string, then func()) {
	name := filepath.Base(path)
	what := fmt.Sprintf("“%s” was changed by another program since pathmap opened or saved it.", name)
	if !board.StampOf(path).Exists {
		what = fmt.Sprintf("“%s” was deleted or moved by another program since pathmap opened or saved it.", name)
	}
	msg := what + "\nOverwrite replaces it with the board on screen"
	if board.StampOf(path).Exists {
		msg += " (its current version is kept as " + name + ".bak)"
	}
	msg += ".\nYour board stays open either way; until you choose, pathmap keeps a recovery copy\ninstead of saving to the file."
	var d dialog.Dialog
	overwrite := newButton("Overwrite", true, func() {
		d.Hide()
		f.writeBoard(path, then)
	})
	saveAs := newButton("Save as…", false, func() {
		d.Hide()
		f.saveDialog(suggestName(f.ws, board.Extension), board.Extension, func(p string) {
			f.writeBoard(p, then)
		})
	})
	cancel := newButton("Cancel", false, func() { d.Hide() })
	d = newQuestion("The file changed on disk", msg, f.win, cancel, saveAs, overwrite)
	d.Show()
}

// askSaveElsewhere asks, once, where to save a board whose file must not
// be rewritten (made read-only on purpose, or no regular file): autosave
// leaves such a file alone and keeps a recovery copy until then.
func (f *fileKeeper) askSaveElsewhere(path string, err error) {
	msg := fmt.Sprintf("pathmap does not rewrite “%s”:\n%v\n"+
		"Save as… keeps the board in a new file. Until then your changes are kept in a recovery copy.",
		filepath.Base(path), err)
	var d dialog.Dialog
	saveAs := newButton("Save as…", true, func() {
		d.Hide()
		f.saveDialog(suggestName(f.ws, board.Extension), board.Extension, func(p string) { f.writeBoard(p, nil) })
	})
	later := newButton("Not now", false, func() { d.Hide() })
	d = newQuestion("The board's file cannot be written", msg, f.win, later, saveAs)
	d.Show()
}
