package ui

import (
	"os"
	"path/filepath"
	"testing"

	"pathmap/board"
	"pathmap/workshop"
)

func TestOpenPath_DamagedBoardOpensRepairedWithReportAndFileUntouched(t *testing.T) {
	rec := t.TempDir()
	w, ft := newAutosaveWindow(t, "", rec)
	path := filepath.Join(t.TempDir(), "damaged.pathmap")
	content := []byte(`{"format":"pathmap","version":2,"title":"Old","stickies":[
		{"id":1,"lane":"events","text":"Start","x":0,"y":12},
		{"id":12,"lane":"events","text":5,"x":200,"y":12},
		{"id":12,"lane":"ideas","text":"Twin","x":0,"y":0}]}`)
	os.WriteFile(path, content, 0o644)
	if err := w.files.OpenPath(path); err != nil {
		t.Fatalf("a repairable board did not open: %v", err)
	}
	top := w.win.Canvas().Overlays().Top()
	if top == nil || !containsText(top, "“damaged.pathmap” had 3 problems") ||
		!containsText(top, `sticky 12: text is not a string; kept "5" as its text`) ||
		!containsText(top, "The file itself is unchanged until you save") {
		t.Fatal("the repair report is missing or does not name the problems")
	}
	if got := stickiesIn(w, board.Actions); len(got) != 1 || got[0] != "Twin" {
		t.Fatalf("questions & actions = %q, want the sticky of the unknown lane there", got)
	}
	if !w.Document().Dirty() {
		t.Fatal("a repaired board is not marked unsaved, so Save would not write the repairs")
	}
	ft.advance(5 * workshop.AutosaveMax)
	if now, _ := os.ReadFile(path); string(now) != string(content) {
		t.Fatal("autosave wrote the repaired board over the file without being asked")
	}
	w.files.Save()
	if b, err := board.Load(path); err != nil || len(b.Stickies) != 3 {
		t.Fatalf("Save did not write the repaired board: %v", err)
	}
	if bak, _ := os.ReadFile(path + ".bak"); string(bak) != string(content) {
		t.Fatal("the damaged original was not kept as .bak")
	}
}
