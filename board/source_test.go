package board

import (
	"testing"
	"time"
)

func roomSticky(b *Board, text string) Command {
	c, _ := AddAt(b, b.PlaceNew(PainPoints, 0), []string{text}, nil, "Add sticky")
	return c
}

func texts(b *Board) map[string]bool {
	out := map[string]bool{}
	for _, s := range b.Stickies {
		out[s.Text] = true
	}
	return out
}

func TestSource_UndoTakesBackOnlyTheFacilitatorsOwnEdits(t *testing.T) {
	d := NewDocument(New(), func() time.Time { return time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC) })
	mine, _ := AddAt(d.Board(), d.Board().PlaceNew(Systems, 0), []string{"Jenkins"}, nil, "Add sticky")
	d.ApplyFrom(SourceFacilitator, mine)
	d.ApplyFrom(SourceRoom, roomSticky(d.Board(), "Flaky tests"))
	if d.UndoName() != "Add sticky" {
		t.Fatalf("undo offers %q, want the facilitator's sticky", d.UndoName())
	}
	if !d.Undo() {
		t.Fatal("the facilitator's own sticky could not be undone")
	}
	got := texts(d.Board())
	if got["Jenkins"] || !got["Flaky tests"] {
		t.Fatalf("after Ctrl+Z the board holds %v; want the room's sticky kept and the facilitator's gone", got)
	}
	if d.CanUndo() {
		t.Fatalf("undo still offers %q: the room's sticky must not be on the undo stack", d.UndoName())
	}
	if !d.Dirty() {
		t.Fatal("a board with a sticky from the room that was never saved counts as saved")
	}
}

func TestSource_DeletingARoomStickyIsAnUndoableFacilitatorEdit(t *testing.T) {
	d := NewDocument(New(), nil)
	d.ApplyFrom(SourceRoom, roomSticky(d.Board(), "Manual sign-off"))
	s := d.Board().InLane(PainPoints)[0]
	d.ApplyFrom(SourceFacilitator, &DeleteSticky{ID: s.ID})
	if texts(d.Board())["Manual sign-off"] {
		t.Fatal("the room's sticky was not deleted")
	}
	if !d.Undo() || !texts(d.Board())["Manual sign-off"] {
		t.Fatal("undoing the deletion did not bring the room's sticky back")
	}
	if d.CanUndo() {
		t.Fatal("after undoing the deletion there is still something to undo; the room's add must not be")
	}
}

func TestSource_RoomEditClearsRedoSoNoIDIsUsedTwice(t *testing.T) {
	d := NewDocument(New(), nil)
	mine, _ := AddAt(d.Board(), d.Board().PlaceNew(PainPoints, 0), []string{"Waiting for CAB"}, nil, "Add sticky")
	d.Apply(mine)
	d.Undo()
	d.ApplyFrom(SourceRoom, roomSticky(d.Board(), "No test data"))
	d.Redo()
	seen := map[int]bool{}
	for _, s := range d.Board().Stickies {
		if seen[s.ID] {
			t.Fatalf("sticky id %d is used twice after a redo over a room edit", s.ID)
		}
		seen[s.ID] = true
	}
}

func TestSource_SavedRoomEditMakesTheBoardClean(t *testing.T) {
	d := NewDocument(New(), nil)
	d.ApplyFrom(SourceRoom, roomSticky(d.Board(), "Slow builds"))
	d.MarkSaved()
	if d.Dirty() {
		t.Fatal("the board is still unsaved after a save")
	}
}
