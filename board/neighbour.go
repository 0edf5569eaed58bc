package board

import "math"

// Direction is where an arrow key points on the map.
type Direction int

// The four arrow keys.
const (
	Left Direction = iota
	Right
	Up
	Down
)

// Neighbour returns the sticky the arrow key d leads to from sticky id, and
// false when there is none that way. Left and right keep to the sticky's
// lane: an event goes to the previous or next event in the order, another
// sticky to the nearest column that has one in its lane, at the nearest
// height. Up and down keep to the sticky's event column and go to the
// nearest sticky above or below it, across lanes.
func (b *Board) Neighbour(id int, d Direction) (int, bool) {
	s, ok := b.Sticky(id)
	if !ok {
		return 0, false
	}
	switch d {
	case Left, Right:
		return b.sideways(s, d == Right)
	default:
		return b.vertical(s, d == Down)
	}
}

func (b *Board) sideways(s Sticky, right bool) (int, bool) {
	sign := -1.0
	if right {
		sign = 1
	}
	if s.Lane == Events {
		events := b.InLane(Events)
		for i, e := range events {
			if e.ID != s.ID {
				continue
			}
			if j := i + int(sign); j >= 0 && j < len(events) {
				return events[j].ID, true
			}
			return 0, false
		}
		return 0, false
	}
	cx, cy := s.Center()
	// The nearest column that way with a sticky in this lane, then the
	// sticky in it nearest in height: columns are a pitch apart, stacks a
	// sticky's height.
	nearest := math.Inf(1)
	for _, o := range b.Stickies {
		if ox, _ := o.Center(); o.Lane == s.Lane && o.ID != s.ID && (ox-cx)*sign > 1 {
			nearest = math.Min(nearest, (ox-cx)*sign)
		}
	}
	best, bestDY := 0, math.Inf(1)
	for _, o := range b.Stickies {
		ox, oy := o.Center()
		dx := (ox - cx) * sign
		if o.Lane != s.Lane || o.ID == s.ID || dx <= 1 || dx > nearest+StickyWidth/2 {
			continue
		}
		if dy := math.Abs(oy - cy); dy < bestDY {
			best, bestDY = o.ID, dy
		}
	}
	return best, best != 0
}

func (b *Board) vertical(s Sticky, down bool) (int, bool) {
	sign := -1.0
	if down {
		sign = 1
	}
	events := b.InLane(Events)
	col, hasCol := EventAt(events, centerX(s))
	if s.Lane == Events {
		col, hasCol = s, true
	}
	_, cy := s.Center()
	best, bestDY := 0, math.Inf(1)
	for _, o := range b.Stickies {
		if o.ID == s.ID {
			continue
		}
		_, oy := o.Center()
		dy := (oy - cy) * sign
		if dy <= 1 || dy >= bestDY {
			continue
		}
		same := o.X < s.X+s.W && s.X < o.X+o.W // side by side with s
		if hasCol {
			if o.Lane == Events {
				same = o.ID == col.ID
			} else if oc, ok := EventAt(events, centerX(o)); ok {
				same = oc.ID == col.ID
			}
		}
		if same {
			best, bestDY = o.ID, dy
		}
	}
	return best, best != 0
}

func centerX(s Sticky) float64 {
	x, _ := s.Center()
	return x
}

// EventsThrough returns ids with the events from the earliest event among
// them through event id, or from id through the latest, whichever widens
// the run: Shift+click on a second event selects the events between, so
// that a timing can cover them. Stickies in other lanes among ids are
// kept; without an event among ids, id is simply added.
func (b *Board) EventsThrough(ids []int, id int) []int {
	events := b.InLane(Events)
	pos := make(map[int]int, len(events))
	for i, e := range events {
		pos[e.ID] = i
	}
	at, isEvent := pos[id]
	first, last := -1, -1
	var out []int
	for _, x := range ids {
		if p, ok := pos[x]; ok {
			if first < 0 || p < first {
				first = p
			}
			last = max(last, p)
			continue
		}
		if x != id {
			out = append(out, x)
		}
	}
	if !isEvent || first < 0 {
		return append(ids[:len(ids):len(ids)], id)
	}
	first, last = min(first, at), max(last, at)
	for _, e := range events[first : last+1] {
		out = append(out, e.ID)
	}
	return out
}
