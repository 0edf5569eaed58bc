package board

import (
	"reflect"
	"testing"
	"time"
)

func fixedClock() Clock {
	t := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)
	return func() time.Time { t = t.Add(time.Second); return t }
}

func TestNew_StartsWithStartAndFinalEvents(t *testing.T) {
	b := New()
	events := b.InLane(Events)
	if len(events) != 2 || events[0].Text != StartEvent || events[1].Text != FinalEvent {
		t.Fatalf("new board events = %+v, want %q then %q", events, StartEvent, FinalEvent)
	}
	if len(b.Stickies) != 2 {
		t.Fatalf("new board has %d stickies, want only the two events", len(b.Stickies))
	}
}

func TestDocument_EveryEditUndoesAndRedoes(t *testing.T) {
	d := NewDocument(New(), fixedClock())
	before := d.Board().Clone()
	id := d.Board().NextID()
	edits := []Command{
		AddSticky{Sticky{ID: id, Lane: Systems, Text: "Jenkins", X: 10, Y: New().LaneTop(Systems) + LanePad, W: StickyWidth, H: StickyHeight}},
		&EditText{ID: id, Text: "Jenkins CI"},
		&MoveSticky{ID: id, Lane: PainPoints, X: 400, Y: New().LaneTop(PainPoints) + LanePad},
		&SetTitle{Title: "Checkout"},
		&DeleteSticky{ID: 1},
	}
	var states []*Board
	for _, c := range edits {
		d.Apply(c)
		states = append(states, d.Board().Clone())
	}
	if _, ok := d.Board().Sticky(1); ok {
		t.Fatal("sticky 1 still on the board after DeleteSticky")
	}
	for i := len(edits) - 1; i >= 0; i-- {
		if !d.Undo() {
			t.Fatalf("undo %d reported nothing to undo", i)
		}
		want := before
		if i > 0 {
			want = states[i-1]
		}
		if !reflect.DeepEqual(d.Board(), want) {
			t.Fatalf("after undoing %s: board = %+v, want %+v", edits[i].Name(), d.Board(), want)
		}
	}
	if d.Undo() {
		t.Fatal("undo past the first edit reported success")
	}
	for i := range edits {
		if !d.Redo() {
			t.Fatalf("redo %d reported nothing to redo", i)
		}
		if !reflect.DeepEqual(d.Board(), states[i]) {
			t.Fatalf("after redoing %s: board = %+v, want %+v", edits[i].Name(), d.Board(), states[i])
		}
	}
}

func TestDocument_DeleteUndoRestoresDrawingOrder(t *testing.T) {
	d := NewDocument(New(), nil)
	d.Apply(AddSticky{Sticky{ID: 3, Lane: Teams, Text: "Ops", W: 1, H: 1}})
	d.Apply(&DeleteSticky{ID: 1})
	d.Undo()
	if got := []int{d.Board().Stickies[0].ID, d.Board().Stickies[1].ID, d.Board().Stickies[2].ID}; !reflect.DeepEqual(got, []int{1, 2, 3}) {
		t.Fatalf("order after undoing delete = %v, want [1 2 3]", got)
	}
}

func TestDocument_DirtyFollowsSavedRevision(t *testing.T) {
	d := NewDocument(New(), nil)
	if d.Dirty() {
		t.Fatal("new document is dirty")
	}
	d.Apply(&EditText{ID: 1, Text: "Idea had"})
	if !d.Dirty() {
		t.Fatal("edited document is not dirty")
	}
	d.MarkSaved()
	if d.Dirty() {
		t.Fatal("saved document is dirty")
	}
	d.Undo()
	if !d.Dirty() {
		t.Fatal("undo after save should make the document differ from the file")
	}
	d.Redo()
	if d.Dirty() {
		t.Fatal("redo back to the saved state should be clean")
	}
	d.Undo()
	d.Apply(&EditText{ID: 1, Text: "Other"})
	if !d.Dirty() {
		t.Fatal("a new branch of history must not look saved")
	}
}

func TestDocument_NewEditClearsRedo(t *testing.T) {
	d := NewDocument(New(), nil)
	d.Apply(&EditText{ID: 1, Text: "a"})
	d.Undo()
	d.Apply(&EditText{ID: 1, Text: "b"})
	if d.CanRedo() || d.Redo() {
		t.Fatal("redo still possible after a new edit")
	}
}

func TestDocument_NotifiesListenersAndUsesClock(t *testing.T) {
	d := NewDocument(New(), fixedClock())
	calls := 0
	d.OnChange(func() { calls++ })
	d.Apply(&EditText{ID: 1, Text: "x"})
	d.Undo()
	d.Redo()
	if calls != 3 {
		t.Fatalf("listener called %d times, want 3", calls)
	}
	if d.Changed().IsZero() || d.Changed().Year() != 2026 {
		t.Fatalf("Changed() = %v, want the injected clock's time", d.Changed())
	}
}

func TestSnap_DropsIntoLaneUnderCenter(t *testing.T) {
	b := New()
	b.LaneHeights[Teams] = RowsHeight(3) // a grown lane shifts those below
	cases := []struct {
		y    float64
		want Lane
	}{
		{-500, Events},
		{b.LaneTop(Systems) + 5, Systems},
		{b.LaneTop(Teams) + 2*StickyHeight, Teams},
		{b.LaneTop(PainPoints) - StickyHeight/2 + 1, PainPoints}, // center just inside pain points
		{b.LaneTop(Actions) + 5000, Actions},
	}
	for _, c := range cases {
		lane, _, y := b.Snap(42, c.y, StickyWidth, StickyHeight)
		if lane != c.want {
			t.Errorf("Snap(y=%v) lane = %v, want %v", c.y, lane.Name(), c.want.Name())
		}
		if y < b.LaneTop(lane) || y+StickyHeight > b.LaneTop(lane)+b.LaneHeight(lane) {
			t.Errorf("Snap(y=%v) y = %v, sticky sticks out of lane %v", c.y, y, lane.Name())
		}
	}
}

func TestFreeSpot_RightOfLastStickyInLane(t *testing.T) {
	b := New()
	x, y := b.FreeSpot(Events)
	last := b.InLane(Events)[1]
	if x <= last.X+last.W || b.LaneAt(y) != Events {
		t.Fatalf("FreeSpot(Events) = (%v,%v), want right of %v in the events lane", x, y, last.X+last.W)
	}
	x, y = b.FreeSpot(Timings)
	if x != 0 || b.LaneAt(y+1) != Timings {
		t.Fatalf("FreeSpot(empty Timings) = (%v,%v), want the lane's start", x, y)
	}
}

func TestDocument_ChangeWithoutUndoIsSavedButNotUndone(t *testing.T) {
	d := NewDocument(New(), nil)
	d.Apply(&EditText{ID: 1, Text: "a"})
	d.MarkSaved()
	d.ChangeWithoutUndo(func(b *Board) { b.Title = "Timer ran" })
	if !d.Dirty() {
		t.Fatal("an untracked change must still ask to be saved")
	}
	d.Undo()
	if d.Board().Title != "Timer ran" {
		t.Fatal("undo reverted a change that is not an edit")
	}
	d.MarkSaved()
	if d.Dirty() {
		t.Fatal("saved document still dirty")
	}
}
