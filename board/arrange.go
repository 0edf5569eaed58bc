package board

import "sort"

// FitLanes sets every lane's height to hold its stickies (at least the
// default height) and moves the stickies of the lanes below along with their
// lane, so growing a lane never pushes its stickies into the next one.
func (b *Board) FitLanes() {
	oldTops := [LaneCount + 1]float64{}
	for _, l := range AllLanes() {
		oldTops[l] = b.LaneTop(l)
	}
	byLane := [LaneCount][]int{}
	for i, s := range b.Stickies {
		if s.Lane.Valid() {
			byLane[s.Lane] = append(byLane[s.Lane], i)
		}
	}
	top := 0.0
	for _, l := range AllLanes() {
		shift := top - oldTops[l]
		need := DefaultLaneHeight
		for _, i := range byLane[l] {
			s := &b.Stickies[i]
			s.Y += shift
			if s.Y < top+LanePad {
				s.Y = top + LanePad
			}
			if h := s.Y + s.H + LanePad - top; h > need {
				need = h
			}
		}
		need = b.withSpanStrip(l, need)
		b.LaneHeights[l] = 0
		if need != DefaultLaneHeight {
			b.LaneHeights[l] = need
		}
		top += need
	}
}

// withSpanStrip adds room for the timing brackets under the Timings lane's
// stickies when the board has spans.
func (b *Board) withSpanStrip(l Lane, need float64) float64 {
	if l == Timings && len(b.Spans) > 0 {
		return need + SpanStrip
	}
	return need
}

// overlaps reports whether two stickies' rectangles share any area.
func overlaps(a, b Sticky) bool {
	return a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H
}

// Unstack moves the sticky with the given id down below any sticky of its
// lane that it covers, so a sticky dropped on another stacks under it
// instead of hiding it. Call FitLanes afterwards to grow the lane.
func (b *Board) Unstack(id int) {
	i := b.Index(id)
	if i < 0 {
		return
	}
	for moved := true; moved; {
		moved = false
		for j, o := range b.Stickies {
			if j != i && o.Lane == b.Stickies[i].Lane && overlaps(b.Stickies[i], o) {
				b.Stickies[i].Y = o.Y + o.H + LaneGap
				moved = true
			}
		}
	}
}

// UnstackGroup is Unstack for stickies moved together: each is checked only
// against the stickies that did not move with it, whose places are settled,
// so moving a whole selection costs little even on a big board.
func (b *Board) UnstackGroup(ids []int) {
	inGroup := make(map[int]bool, len(ids))
	for _, id := range ids {
		inGroup[id] = true
	}
	if len(inGroup) == len(b.Stickies) {
		return // everything moved together: nothing new can overlap
	}
	idx := b.Indexes()
	for _, id := range ids {
		i, ok := idx[id]
		if !ok {
			continue
		}
		for moved := true; moved; {
			moved = false
			for _, o := range b.Stickies {
				if !inGroup[o.ID] && o.Lane == b.Stickies[i].Lane && overlaps(b.Stickies[i], o) {
					b.Stickies[i].Y = o.Y + o.H + LaneGap
					moved = true
				}
			}
		}
	}
}

// Tidy arranges the events evenly in their left-to-right order and stacks
// each column's stickies under their event, lane by lane, without overlaps.
// Stickies keep their lane and their order within a column.
func (b *Board) Tidy() {
	events := b.InLane(Events)
	column := map[int]int{} // sticky id → column number
	for i, e := range events {
		column[e.ID] = i
	}
	for _, s := range b.Stickies {
		if s.Lane == Events {
			continue
		}
		cx, _ := s.Center()
		if e, ok := EventAt(events, cx); ok {
			column[s.ID] = column[e.ID]
		} else {
			column[s.ID] = 0
		}
	}
	pitch := StickyWidth + ColumnGap
	top := 0.0
	for _, l := range AllLanes() {
		stacks := map[int][]int{} // column → indexes into b.Stickies
		for i, s := range b.Stickies {
			if s.Lane == l {
				stacks[column[s.ID]] = append(stacks[column[s.ID]], i)
			}
		}
		need := DefaultLaneHeight
		for col, idx := range stacks {
			sort.SliceStable(idx, func(a, c int) bool {
				sa, sc := b.Stickies[idx[a]], b.Stickies[idx[c]]
				if sa.Y != sc.Y {
					return sa.Y < sc.Y
				}
				return sa.X < sc.X
			})
			y := top + LanePad
			for _, i := range idx {
				s := &b.Stickies[i]
				s.X, s.Y = float64(col)*pitch, y
				y += s.H + LaneGap
			}
			if h := y - LaneGap + LanePad - top; h > need {
				need = h
			}
		}
		need = b.withSpanStrip(l, need)
		b.LaneHeights[l] = 0
		if need != DefaultLaneHeight {
			b.LaneHeights[l] = need
		}
		top += need
	}
}

// Placement is where a sticky is and how big: what Relayout changes.
type Placement struct {
	ID         int
	Lane       Lane
	X, Y, W, H float64
}

func placementOf(s Sticky) Placement { return Placement{s.ID, s.Lane, s.X, s.Y, s.W, s.H} }

// Relayout moves and resizes stickies and sets the lane heights, as one
// edit. It records only the stickies that change, so even a tidy-up of a big
// board costs little undo memory.
type Relayout struct {
	Moves       []Placement
	LaneHeights [LaneCount]float64
	What        string

	old       []Placement
	oldHeight [LaneCount]float64
	oldSpans  []Span
	dropped   bool
}

// NewRelayout describes the change from the layout of from to that of to,
// for the stickies present in both.
func NewRelayout(from, to *Board, what string) *Relayout {
	r := &Relayout{LaneHeights: to.LaneHeights, What: what}
	idx := make(map[int]int, len(from.Stickies))
	for i, s := range from.Stickies {
		idx[s.ID] = i
	}
	for _, s := range to.Stickies {
		if i, ok := idx[s.ID]; ok && placementOf(from.Stickies[i]) != placementOf(s) {
			r.Moves = append(r.Moves, placementOf(s))
		}
	}
	return r
}

// Empty reports whether the relayout changes nothing on b.
func (r *Relayout) Empty(b *Board) bool { return len(r.Moves) == 0 && r.LaneHeights == b.LaneHeights }

// Do applies the new placements.
func (r *Relayout) Do(b *Board) {
	r.old = r.old[:0]
	r.oldHeight = b.LaneHeights
	idx := b.Indexes()
	for _, m := range r.Moves {
		if i, ok := idx[m.ID]; ok {
			r.old = append(r.old, placementOf(b.Stickies[i]))
			place(&b.Stickies[i], m)
		}
	}
	b.LaneHeights = r.LaneHeights
	// An event dragged into another lane takes its timing spans with it.
	r.oldSpans, r.dropped = dropOrphanSpans(b)
}

// Undo puts every sticky back.
func (r *Relayout) Undo(b *Board) {
	idx := b.Indexes()
	for _, m := range r.old {
		if i, ok := idx[m.ID]; ok {
			place(&b.Stickies[i], m)
		}
	}
	b.LaneHeights = r.oldHeight
	if r.dropped {
		b.Spans = r.oldSpans
	}
}

// Name implements Command.
func (r *Relayout) Name() string { return r.What }

func place(s *Sticky, p Placement) { s.Lane, s.X, s.Y, s.W, s.H = p.Lane, p.X, p.Y, p.W, p.H }

// Edit turns a change worked out on a copy of the board into one undoable
// command: first the given commands (adding, deleting, retyping stickies),
// then whatever mutate does to positions and sizes, with the lanes fitted to
// their stickies afterwards. It returns nil when nothing would change.
func Edit(b *Board, what string, cmds []Command, mutate func(nb *Board)) Command {
	after := b.Clone()
	for _, c := range cmds {
		c.Do(after)
	}
	target := after.Clone()
	if mutate != nil {
		mutate(target)
	}
	target.FitLanes()
	r := NewRelayout(after, target, what)
	if !r.Empty(after) {
		cmds = append(cmds, r)
	}
	switch len(cmds) {
	case 0:
		return nil
	case 1:
		return cmds[0]
	}
	return &Batch{Cmds: cmds, What: what}
}

// MoveEventColumn moves an event to a new place in the left-to-right order,
// as when the facilitator drags it between two others (the method's "order
// events left to right"). The stickies under each event move with it, so a
// system stays with its step; the columns are laid out evenly from where the
// first one was. x is where the dragged event's center was dropped. It
// reports whether the order changed; when it did not, nothing moves.
func (b *Board) MoveEventColumn(id int, x float64) bool {
	events := b.InLane(Events)
	if len(events) < 2 {
		return false
	}
	owner := make(map[int]int, len(b.Stickies))
	for _, s := range b.Stickies {
		if s.Lane == Events {
			owner[s.ID] = s.ID
			continue
		}
		cx, _ := s.Center()
		if e, ok := EventAt(events, cx); ok {
			owner[s.ID] = e.ID
		}
	}
	var order []Sticky
	var moved Sticky
	found := false
	for _, e := range events {
		if e.ID == id {
			moved, found = e, true
		} else {
			order = append(order, e)
		}
	}
	if !found {
		return false
	}
	at := sort.Search(len(order), func(i int) bool { return order[i].X+order[i].W/2 > x })
	order = append(order[:at], append([]Sticky{moved}, order[at:]...)...)
	same := true
	for i := range order {
		same = same && order[i].ID == events[i].ID
	}
	if same {
		return false
	}
	pitch := StickyWidth + ColumnGap
	shift := make(map[int]float64, len(order))
	for i, e := range order {
		shift[e.ID] = events[0].X + float64(i)*pitch - e.X
	}
	for i := range b.Stickies {
		if ev, ok := owner[b.Stickies[i].ID]; ok {
			b.Stickies[i].X += shift[ev]
		}
	}
	return true
}
