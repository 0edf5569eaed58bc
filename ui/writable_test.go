package ui

import (
	"os"
	"path/filepath"
	"testing"

	"pathmap/board"
	"pathmap/workshop"
)

func TestAutosave_AReadOnlyBoardAsksForSaveAsOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "final.pathmap")
	if err := board.Save(path, board.New()); err != nil {
		t.Fatal(err)
	}
	os.Chmod(path, 0o444)
	w, ft := newAutosaveWindow(t, path, t.TempDir())
	typeSticky(t, w, '1', "Built")
	ft.advance(workshop.AutosaveMax)
	top := w.win.Canvas().Overlays().Top()
	if top == nil || !containsText(top, "does not rewrite “final.pathmap”") || containsText(top, "Autosave could not save") {
		t.Fatal("a read-only board did not get one question offering Save as")
	}
	findButton(t, top, "Save as…")
}
