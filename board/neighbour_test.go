package board

import (
	"reflect"
	"testing"
)

// navBoard has three events; under the first a system and two stacked pain
// points, under the second a team, under the third a system.
func navBoard() *Board {
	b := New()
	b.Stickies = nil
	pitch := StickyWidth + ColumnGap
	add := func(id int, l Lane, col int, row int) {
		b.Stickies = append(b.Stickies, Sticky{ID: id, Lane: l, Text: "s", X: float64(col) * pitch,
			Y: b.LaneTop(l) + LanePad + float64(row)*(StickyHeight+LanePad), W: StickyWidth, H: StickyHeight})
	}
	add(1, Events, 0, 0)
	add(2, Events, 1, 0)
	add(3, Events, 2, 0)
	add(4, Systems, 0, 0)
	add(5, PainPoints, 0, 0)
	add(6, PainPoints, 0, 1)
	add(7, Teams, 1, 0)
	add(8, Systems, 2, 0)
	b.FitLanes()
	return b
}

func TestNeighbour_ArrowsFollowColumnsAndLanes(t *testing.T) {
	b := navBoard()
	cases := []struct {
		from int
		d    Direction
		want int
	}{
		{1, Right, 2}, {2, Right, 3}, {3, Right, 0}, {2, Left, 1}, {1, Left, 0},
		{1, Down, 4}, {4, Down, 5}, {5, Down, 6}, {6, Down, 0}, {6, Up, 5}, {4, Up, 1}, {1, Up, 0},
		{2, Down, 7}, {7, Up, 2}, {7, Down, 0},
		{4, Right, 8}, {8, Left, 4}, // the next column with a system, skipping the one without
		{6, Right, 0}, {7, Left, 0}, // no sticky of that lane that way
	}
	for _, c := range cases {
		got, ok := b.Neighbour(c.from, c.d)
		if got != c.want || ok != (c.want != 0) {
			t.Errorf("from %d going %d: got %d (%v), want %d", c.from, c.d, got, ok, c.want)
		}
	}
}

func TestEventsThrough_ShiftClickSelectsTheRunBetween(t *testing.T) {
	b := navBoard()
	if got := b.EventsThrough([]int{1}, 3); !reflect.DeepEqual(got, []int{1, 2, 3}) {
		t.Fatalf("first then Shift+click on the last: %v", got)
	}
	if got := b.EventsThrough([]int{3, 4}, 1); !reflect.DeepEqual(got, []int{4, 1, 2, 3}) {
		t.Fatalf("backwards, keeping a system: %v", got)
	}
	if got := b.EventsThrough([]int{4}, 2); !reflect.DeepEqual(got, []int{4, 2}) {
		t.Fatalf("no event selected yet: %v", got)
	}
	if got := b.EventsThrough([]int{1}, 7); !reflect.DeepEqual(got, []int{1, 7}) {
		t.Fatalf("a team is added alone: %v", got)
	}
}
