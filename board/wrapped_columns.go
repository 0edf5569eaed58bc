package board

import "sort"

// eventFinder answers EventAt for many x positions over the same events
// without scanning them all each time: a board of hundreds of columns
// asks once per column.
type eventFinder struct {
	events []Sticky // sorted by X, as InLane returns them
	maxW   float64
	// rightmost[k] is the index of the event with the rightmost right
	// edge among events[:k+1], the first one on ties.
	rightmost []int
}

func newEventFinder(events []Sticky) *eventFinder {
	f := &eventFinder{events: events, rightmost: make([]int, len(events))}
	for i, e := range events {
		f.maxW = max(f.maxW, e.W)
		f.rightmost[i] = i
		if i > 0 {
			if j := f.rightmost[i-1]; events[j].X+events[j].W >= e.X+e.W {
				f.rightmost[i] = j
			}
		}
	}
	return f
}

// at is EventAt(events, x): the event whose column holds x, nearest
// centre first, else the nearest event left of x.
func (f *eventFinder) at(x float64) (Sticky, bool) {
	// Events starting at or left of x; only they can hold it.
	k := sort.Search(len(f.events), func(i int) bool { return f.events[i].X > x })
	best, bestDist := -1, 0.0
	for i := k - 1; i >= 0 && f.events[i].X >= x-f.maxW; i-- {
		e := f.events[i]
		if x > e.X+e.W {
			continue
		}
		cx, _ := e.Center()
		d := cx - x
		if d < 0 {
			d = -d
		}
		// Walking right to left, so ties go to the leftmost as in EventAt.
		if best < 0 || d <= bestDist {
			best, bestDist = i, d
		}
	}
	if best >= 0 {
		return f.events[best], true
	}
	// None holds x: every event from the left up to x ends before it.
	if k == 0 {
		return Sticky{}, false
	}
	return f.events[f.rightmost[k-1]], true
}
