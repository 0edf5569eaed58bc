package ui

import (
	"testing"

	"pathmap/board"
)

func TestImport_DialogAddsOneStickyPerLineToTheChosenLaneInOneUndo(t *testing.T) {
	w := aidWindow(t, ev("Code reviewed"), board.Sticky{Lane: board.Systems, Text: "GitHub"})
	f := w.importer.Show()
	f.text.SetText("- Argo CD\n\n* Vault\r\n3. Jira\n")
	f.lane.SetSelected(board.Systems.Name())
	dialogButton(t, w, "Import").OnTapped()
	got := stickiesIn(w, board.Systems)
	if len(got) != 4 || got[1] != "Argo CD" || got[3] != "Jira" {
		t.Fatalf("systems after import = %q; want GitHub then the three imported, in order", got)
	}
	if len(w.view.Selection().IDs()) != 3 {
		t.Fatalf("%d stickies selected; the imported ones should be, to move them as a group", len(w.view.Selection().IDs()))
	}
	if w.win.Canvas().Overlays().Top() != nil {
		t.Fatal("the import dialog stayed open")
	}
	w.edits.Undo()
	if got := stickiesIn(w, board.Systems); len(got) != 1 {
		t.Fatalf("one undo left %q", got)
	}
}

func TestImport_EmptyListSaysWhatToDo(t *testing.T) {
	w := aidWindow(t, ev("Code reviewed"))
	f := w.importer.Show()
	f.text.SetText("\n   \n")
	dialogButton(t, w, "Import").OnTapped()
	if len(w.Document().Board().Stickies) != 1 || w.Document().CanUndo() {
		t.Fatal("an empty import changed the board")
	}
	var texts []string
	collectText(w.win.Canvas().Overlays().Top(), &texts)
	found := false
	for _, s := range texts {
		if s == "there is nothing to import: write one sticky per line" {
			found = true
		}
	}
	if !found {
		t.Fatalf("no message saying what to do; dialog says %q", texts)
	}
}
