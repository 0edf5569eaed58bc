package board

// Events are the spine of the map: each event defines a column, and a sticky
// in any other lane belongs to the event whose column it sits under. Exports,
// the canvas and the facilitation aids all use this one rule.

// EventOf returns the event whose column s sits in; an event is its own.
func (b *Board) EventOf(s Sticky) (Sticky, bool) {
	if s.Lane == Events {
		return s, true
	}
	cx, _ := s.Center()
	return EventAt(b.InLane(Events), cx)
}

// EventAt finds the event a sticky whose center is at x belongs to: the
// event whose horizontal span holds x (the closest by center if several do),
// else the nearest event ending left of x, since the map reads left to right
// and a sticky between two events follows the earlier one. Only a sticky
// left of every event has none. events must be in reading order (InLane).
func EventAt(events []Sticky, x float64) (Sticky, bool) {
	best, found := nearestCenter(events, x, func(e Sticky) bool { return e.X <= x && x <= e.X+e.W })
	if found {
		return best, true
	}
	for _, e := range events {
		if right := e.X + e.W; right < x && (!found || right > best.X+best.W) {
			best, found = e, true
		}
	}
	return best, found
}

// nearestCenter is the sticky of stickies, among those in says yes to (nil:
// all), whose centre is nearest x; the first of two as near.
func nearestCenter(stickies []Sticky, x float64, in func(Sticky) bool) (Sticky, bool) {
	best, found, bestDist := Sticky{}, false, 0.0
	for _, s := range stickies {
		if in != nil && !in(s) {
			continue
		}
		cx, _ := s.Center()
		d := cx - x
		if d < 0 {
			d = -d
		}
		if !found || d < bestDist {
			best, found, bestDist = s, true, d
		}
	}
	return best, found
}
