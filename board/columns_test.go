package board

import "testing"

func TestEventOf_StickyBelongsToEventColumnAbove(t *testing.T) {
	b := New() // events at x=0 and x=800
	cases := []struct {
		x      float64
		want   int
		exists bool
	}{
		{10, 1, true},    // under the start event
		{400, 1, true},   // between the two: follows the earlier one
		{790, 2, true},   // its center is under the final event
		{-400, 0, false}, // left of every event
	}
	for _, c := range cases {
		s := Sticky{Lane: Systems, X: c.x, W: StickyWidth, H: StickyHeight}
		e, ok := b.EventOf(s)
		if ok != c.exists || (ok && e.ID != c.want) {
			t.Errorf("sticky at x=%v: event %d (%v), want %d (%v)", c.x, e.ID, ok, c.want, c.exists)
		}
	}
}

func TestEventAt_PicksColumnOrNearestLeft(t *testing.T) {
	ev := func(x float64, text string) Sticky {
		return Sticky{Lane: Events, Text: text, X: x, W: 100, H: 50}
	}
	events := []Sticky{ev(0, "first"), ev(200, "second"), ev(250, "overlapping"), ev(600, "last")}
	for _, c := range []struct {
		x    float64
		want string
	}{
		{50, "first"},        // inside
		{100, "first"},       // on the right edge
		{150, "first"},       // in a gap: the event to the left
		{270, "second"},      // inside two: the nearer center (250, not 300)
		{290, "overlapping"}, // inside two: the nearer center (300, not 250)
		{500, "overlapping"}, // far right of it, still the nearest left
		{5000, "last"},
	} {
		got, ok := EventAt(events, c.x)
		if !ok || got.Text != c.want {
			t.Errorf("x=%g: %q (%v), want %q", c.x, got.Text, ok, c.want)
		}
	}
	if _, ok := EventAt(events, -10); ok {
		t.Error("a sticky left of every event has no event")
	}
	if _, ok := EventAt(nil, 10); ok {
		t.Error("no events, yet one was found")
	}
}
