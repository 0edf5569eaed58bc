package board

import "testing"

func TestBoard_SnapToColumnPicksTheNearestEventColumn(t *testing.T) {
	b := New()
	b.Stickies = []Sticky{
		{ID: 1, Lane: Events, X: 0, Y: 12, W: StickyWidth, H: StickyHeight},
		{ID: 2, Lane: Events, X: 188, Y: 12, W: StickyWidth, H: StickyHeight},
		{ID: 3, Lane: Events, X: 376, Y: 12, W: StickyWidth, H: StickyHeight},
	}
	for _, c := range []struct {
		x, want float64
		why     string
	}{
		{0, 0, "in a column already"},
		{100, 188, "more than half over the second column"},
		{80, 0, "more than half over the first column"},
		{-300, 0, "left of every event"},
		{900, 376, "right of the final event"},
		{290, 376, "between the second and third, nearer the third"},
	} {
		if got := b.SnapToColumn(c.x, StickyWidth); got != c.want {
			t.Errorf("dropped at x %v (%s): snapped to %v, want %v", c.x, c.why, got, c.want)
		}
	}
	b.Stickies = nil
	if got := b.SnapToColumn(123, StickyWidth); got != 123 {
		t.Errorf("with no events the drop moved to %v", got)
	}
}
