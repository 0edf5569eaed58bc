package board

// Spot is where a new sticky goes: its lane and position, and for a new
// event the event it is inserted after.
type Spot struct {
	Lane Lane
	X, Y float64
	// InsertAfter is the event a new event goes in after (0: none). When
	// another event is in the way there, the columns from X rightwards move
	// one column right, so the new event gets a column of its own.
	InsertAfter int
}

// PlaceNew is where a new sticky in lane l goes, whoever adds it (the
// keyboard, an import, a phone in the room). selected is the sticky the
// facilitator has selected (0: none). The rules:
//   - under the selected sticky's event column, stacked under what is
//     already there; a new event goes right after the selected event;
//   - with nothing selected, at the right end of the lane;
//   - a new event goes in before the final event, which stays last, as the
//     method has the room brainstorm what happens in between.
func (b *Board) PlaceNew(l Lane, selected int) Spot {
	sp := Spot{Lane: l}
	sp.X, sp.Y = b.FreeSpot(l)
	ev, hasEvent := b.selectedEvent(selected)
	if l == Events && selected == 0 {
		if events := b.InLane(Events); len(events) >= 2 && events[len(events)-1].Text == FinalEvent {
			before := events[len(events)-2]
			sp.X, sp.InsertAfter = before.X+StickyWidth+ColumnGap, before.ID
		}
	}
	if !hasEvent {
		return sp
	}
	if l == Events {
		sp.X, sp.InsertAfter = ev.X+StickyWidth+ColumnGap, ev.ID
		return sp
	}
	sp.X = ev.X
	probe := Sticky{ID: -1, Lane: l, X: sp.X, Y: b.LaneTop(l) + LanePad, W: StickyWidth, H: StickyHeight}
	nb := b.Clone()
	nb.Stickies = append(nb.Stickies, probe)
	nb.Unstack(-1)
	p, _ := nb.Sticky(-1)
	sp.Y = p.Y
	return sp
}

// selectedEvent is the event whose column the selected sticky is in.
func (b *Board) selectedEvent(selected int) (Sticky, bool) {
	if selected == 0 {
		return Sticky{}, false
	}
	s, ok := b.Sticky(selected)
	if !ok {
		return s, false
	}
	return b.EventOf(s)
}

// AddAt returns the one undoable edit that adds a sticky for each text at
// spot, in a row from left to right, and the new stickies' ids. New events
// make room for themselves when another event is in the way; each sticky
// stacks under any it would cover. height, when not nil, sizes a sticky for
// its text. what names the edit for the Undo menu.
func AddAt(b *Board, spot Spot, texts []string, height func(Sticky) float64, what string) (Command, []int) {
	if !spot.Lane.Valid() || len(texts) == 0 {
		return nil, nil
	}
	pitch := StickyWidth + ColumnGap
	id := b.NextID()
	var cmds []Command
	var ids []int
	x := spot.X
	for _, t := range texts {
		s := Sticky{ID: id, Lane: spot.Lane, Text: t, X: x, Y: spot.Y, W: StickyWidth, H: StickyHeight}
		if height != nil {
			s.H = max(height(s), StickyHeight)
		}
		cmds = append(cmds, AddSticky{Sticky: s})
		ids = append(ids, id)
		id++
		x += pitch
	}
	cmd := Edit(b, what, cmds, func(nb *Board) {
		if spot.InsertAfter != 0 {
			insertColumns(nb, ids, spot.X)
		}
		for _, id := range ids {
			nb.Unstack(id)
		}
	})
	return named(cmd, what), ids
}

// insertColumns makes room for new events placed from x rightwards when
// another event is in the way: everything from x on moves right by as many
// columns as there are new stickies. A free gap is simply used.
func insertColumns(b *Board, ids []int, x float64) {
	pitch := StickyWidth + ColumnGap
	isNew := make(map[int]bool, len(ids))
	for _, id := range ids {
		isNew[id] = true
	}
	width := float64(len(ids))*pitch - ColumnGap
	blocked := false
	for _, e := range b.InLane(Events) {
		blocked = blocked || (!isNew[e.ID] && x < e.X+e.W && e.X < x+width)
	}
	if !blocked {
		return
	}
	for i := range b.Stickies {
		s := &b.Stickies[i]
		if !isNew[s.ID] && s.X+s.W/2 >= x {
			s.X += float64(len(ids)) * pitch
		}
	}
}
