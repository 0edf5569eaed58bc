package board

import (
	"reflect"
	"testing"

	"pathmap/assets"
)

func noOverlaps(t *testing.T, b *Board) {
	t.Helper()
	for i, a := range b.Stickies {
		if a.Y < b.LaneTop(a.Lane) || a.Y+a.H > b.LaneTop(a.Lane)+b.LaneHeight(a.Lane) {
			t.Errorf("sticky %d %q sticks out of lane %s", a.ID, a.Text, a.Lane.Name())
		}
		for _, c := range b.Stickies[i+1:] {
			if overlaps(a, c) {
				t.Errorf("stickies %d %q and %d %q overlap", a.ID, a.Text, c.ID, c.Text)
			}
		}
	}
}

func TestFitLanes_TallStickyGrowsLaneAndMovesLowerLanes(t *testing.T) {
	b := New()
	b.Stickies = append(b.Stickies,
		Sticky{ID: 3, Lane: Systems, Text: "tall", X: 0, Y: b.LaneTop(Systems) + LanePad, W: StickyWidth, H: 300},
		Sticky{ID: 4, Lane: Teams, Text: "below", X: 0, Y: b.LaneTop(Teams) + LanePad, W: StickyWidth, H: StickyHeight})
	b.FitLanes()
	if h := b.LaneHeight(Systems); h != 300+2*LanePad {
		t.Fatalf("systems lane is %v high, want %v", h, 300+2*LanePad)
	}
	noOverlaps(t, b)
	if s, _ := b.Sticky(4); s.Y != b.LaneTop(Teams)+LanePad {
		t.Fatalf("the Teams sticky did not move down with its lane: y=%v, lane top %v", s.Y, b.LaneTop(Teams))
	}
}

func TestTidy_StacksColumnsUnderTheirEventsWithoutOverlaps(t *testing.T) {
	b, err := Decode(assets.SampleBoard)
	if err != nil {
		t.Fatal(err)
	}
	// Pile three systems on one spot under the third event, and scatter the events.
	third := b.InLane(Events)[2]
	for i := 0; i < 3; i++ {
		b.Stickies = append(b.Stickies, Sticky{ID: 100 + i, Lane: Systems, Text: "pile", X: third.X + 5, Y: b.LaneTop(Systems) + LanePad, W: StickyWidth, H: StickyHeight})
	}
	for i := range b.Stickies {
		if b.Stickies[i].Lane == Events {
			b.Stickies[i].X += float64(i * 37 % 90)
		}
	}
	order := func() []string {
		var out []string
		for _, e := range b.InLane(Events) {
			out = append(out, e.Text)
		}
		return out
	}
	before := order()
	columnOf := map[int]int{}
	for _, s := range b.Stickies {
		e, _ := b.EventOf(s)
		columnOf[s.ID] = e.ID
	}
	b.Tidy()
	noOverlaps(t, b)
	if !reflect.DeepEqual(order(), before) {
		t.Fatalf("tidy changed the order of events: %q → %q", before, order())
	}
	events := b.InLane(Events)
	for i := 1; i < len(events); i++ {
		if d := events[i].X - events[i-1].X; d != StickyWidth+ColumnGap {
			t.Fatalf("events %d and %d are %v apart, want an even %v", i-1, i, d, StickyWidth+ColumnGap)
		}
	}
	for _, s := range b.Stickies {
		if e, _ := b.EventOf(s); e.ID != columnOf[s.ID] {
			t.Errorf("sticky %d %q moved from event %d's column to %d's", s.ID, s.Text, columnOf[s.ID], e.ID)
		}
	}
	if b.LaneHeight(Systems) < RowsHeight(4) {
		t.Fatalf("systems lane %v high cannot hold the stack of four", b.LaneHeight(Systems))
	}
}

func TestEdit_IsOneUndoStepThatRestoresEverything(t *testing.T) {
	d := NewDocument(New(), nil)
	before := d.Board().Clone()
	tall := Sticky{ID: 9, Lane: Systems, Text: "a lot of text", X: 0, Y: d.Board().LaneTop(Systems) + LanePad, W: StickyWidth, H: 260}
	cmd := Edit(d.Board(), "Add sticky", []Command{AddSticky{tall}}, nil)
	d.Apply(cmd)
	if d.Board().LaneHeight(Systems) <= DefaultLaneHeight {
		t.Fatal("adding a tall sticky did not grow its lane")
	}
	after := d.Board().Clone()
	d.Undo()
	if !reflect.DeepEqual(d.Board(), before) {
		t.Fatalf("undo left %+v, want %+v", d.Board(), before)
	}
	d.Redo()
	if !reflect.DeepEqual(d.Board(), after) {
		t.Fatal("redo did not restore the edit")
	}
	if Edit(d.Board(), "nothing", nil, nil) != nil {
		t.Fatal("an edit that changes nothing should give no command")
	}
}

func TestUnstack_DroppedStickyGoesBelowTheOneItCovers(t *testing.T) {
	b := New()
	top := b.LaneTop(Teams) + LanePad
	b.Stickies = append(b.Stickies,
		Sticky{ID: 3, Lane: Teams, X: 0, Y: top, W: StickyWidth, H: StickyHeight},
		Sticky{ID: 4, Lane: Teams, X: 20, Y: top + 10, W: StickyWidth, H: StickyHeight})
	b.Unstack(4)
	b.FitLanes()
	noOverlaps(t, b)
}

func TestMove_EventOutOfEventsLaneTakesItsSpansAndUndoRestoresThem(t *testing.T) {
	for _, name := range []string{"MoveSticky", "Relayout"} {
		d := NewDocument(New(), nil)
		d.Apply(AddSpan{Span{ID: 1, From: 1, To: 2, Label: "3d"}})
		before := d.Board().Clone()
		var cmd Command = &MoveSticky{ID: 2, Lane: Teams, X: 0, Y: d.Board().LaneTop(Teams) + LanePad}
		if name == "Relayout" {
			cmd = Edit(d.Board(), "Move", nil, func(nb *Board) {
				i := nb.Index(2)
				nb.Stickies[i].Lane, nb.Stickies[i].Y = Teams, nb.LaneTop(Teams)+LanePad
			})
		}
		d.Apply(cmd)
		if len(d.Board().Spans) != 0 {
			t.Fatalf("%s: the span still points at a sticky that is no event", name)
		}
		data, _ := Encode(d.Board())
		if _, err := Decode(data); err != nil {
			t.Fatalf("%s: board after the move does not load: %v", name, err)
		}
		d.Undo()
		if !reflect.DeepEqual(d.Board().Spans, before.Spans) {
			t.Fatalf("%s: undo did not bring the span back: %v", name, d.Board().Spans)
		}
	}
}

func TestMoveEventColumn_ReordersEventsAndTheirStickiesGoAlong(t *testing.T) {
	b, err := Decode(assets.SampleBoard)
	if err != nil {
		t.Fatal(err)
	}
	staging := b.InLane(Events)[4] // "Deployed to staging"
	under := map[int]int{}         // sticky → its event, before
	for _, s := range b.Stickies {
		e, _ := b.EventOf(s)
		under[s.ID] = e.ID
	}
	// Drop it just right of the center of the next event ("Security scan signed off").
	next := b.InLane(Events)[5]
	if !b.MoveEventColumn(staging.ID, next.X+next.W/2+10) {
		t.Fatal("dragging an event past its neighbour did not reorder")
	}
	events := b.InLane(Events)
	if events[4].ID != next.ID || events[5].ID != staging.ID {
		t.Fatalf("order after the move: %q, %q", events[4].Text, events[5].Text)
	}
	for _, s := range b.Stickies {
		if e, _ := b.EventOf(s); e.ID != under[s.ID] {
			t.Errorf("%q left its event's column", s.Text)
		}
	}
	noOverlaps(t, b)
	if b.MoveEventColumn(staging.ID, events[5].X+events[5].W/2) {
		t.Fatal("a drop that keeps the order reported a reorder")
	}
}
