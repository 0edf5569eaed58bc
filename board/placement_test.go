package board

import "testing"

func eventTexts(b *Board) []string {
	var out []string
	for _, e := range b.InLane(Events) {
		out = append(out, e.Text)
	}
	return out
}

func TestPlaceNew_EventGoesInBeforeTheFinalEvent(t *testing.T) {
	b := New()
	d := NewDocument(b, nil)
	c, _ := AddAt(b, b.PlaceNew(Events, 0), []string{"Code reviewed"}, nil, "Add sticky")
	d.Apply(c)
	got := eventTexts(d.Board())
	if len(got) != 3 || got[1] != "Code reviewed" || got[2] != FinalEvent {
		t.Fatalf("events left to right = %q; want the new one before the final event", got)
	}
}

func TestPlaceNew_StickyGoesUnderTheSelectedEventAndStacks(t *testing.T) {
	b := New()
	d := NewDocument(b, nil)
	final := d.Board().InLane(Events)[1]
	for _, text := range []string{"Jenkins", "Argo CD"} {
		c, _ := AddAt(d.Board(), d.Board().PlaceNew(Systems, final.ID), []string{text}, nil, "Add sticky")
		d.Apply(c)
	}
	sys := d.Board().InLane(Systems)
	if len(sys) != 2 {
		t.Fatalf("systems lane holds %d stickies, want 2", len(sys))
	}
	for _, s := range sys {
		if ev, ok := d.Board().EventOf(s); !ok || ev.ID != final.ID {
			t.Fatalf("%q is under event %v, want the selected final event", s.Text, ev.Text)
		}
	}
	if overlaps(sys[0], sys[1]) {
		t.Fatalf("the second sticky covers the first: %+v and %+v", sys[0], sys[1])
	}
}

func TestPlaceNew_WithoutSelectionGoesToTheEndOfTheLane(t *testing.T) {
	b := New()
	d := NewDocument(b, nil)
	for _, text := range []string{"Slow builds", "Flaky tests"} {
		c, _ := AddAt(d.Board(), d.Board().PlaceNew(PainPoints, 0), []string{text}, nil, "Add sticky")
		d.Apply(c)
	}
	p := d.Board().InLane(PainPoints)
	if len(p) != 2 || p[1].X <= p[0].X || p[1].Text != "Flaky tests" {
		t.Fatalf("pain points = %+v; want the second right of the first", p)
	}
}

func TestPlaceNew_EventAfterTheSelectedEventShiftsTheColumnsRight(t *testing.T) {
	b := New()
	d := NewDocument(b, nil)
	start := d.Board().InLane(Events)[0]
	c, _ := AddAt(d.Board(), d.Board().PlaceNew(Events, 0), []string{"Merged"}, nil, "Add sticky")
	d.Apply(c)
	c, _ = AddAt(d.Board(), d.Board().PlaceNew(Events, start.ID), []string{"Reviewed"}, nil, "Add sticky")
	d.Apply(c)
	got := eventTexts(d.Board())
	want := []string{start.Text, "Reviewed", "Merged", FinalEvent}
	if len(got) != 4 || got[1] != want[1] || got[2] != want[2] || got[3] != want[3] {
		t.Fatalf("events = %q, want %q", got, want)
	}
}

func TestImportStickies_EventsGoInBeforeTheFinalEvent(t *testing.T) {
	b := New()
	d := NewDocument(b, nil)
	c, ids := ImportStickies(d.Board(), Events, []string{"Built", "Tested", "Deployed"}, nil)
	d.Apply(c)
	got := eventTexts(d.Board())
	if len(ids) != 3 || len(got) != 5 || got[1] != "Built" || got[3] != "Deployed" || got[4] != FinalEvent {
		t.Fatalf("events = %q; want the imported three in order before the final event", got)
	}
	if d.UndoName() != "Import 3 stickies" {
		t.Fatalf("undo is named %q", d.UndoName())
	}
}
