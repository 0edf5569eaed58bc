package room

import "pathmap/board"

// placeSticky returns the command that puts a sticky from the room on nb and
// applies it to nb, with the new sticky's id, so the next sticky of the same batch is placed after
// it. A sticky goes under the chosen event's column (an event goes right
// after it), else at the end of its lane; a new event goes before the final
// event, which stays last. Stickies that land on others are stacked below.
func placeSticky(nb *board.Board, s board.Sticky, under int) (board.Command, int) {
	s.ID = nb.NextID()
	s.W, s.H = board.StickyWidth, board.StickyHeight
	s.X, s.Y = nb.FreeSpot(s.Lane)
	insert := false
	events := nb.InLane(board.Events)
	if e, ok := nb.Sticky(under); ok && e.Lane == board.Events {
		if s.Lane == board.Events {
			s.X, insert = e.X+board.StickyWidth+board.ColumnGap, true
		} else {
			s.X = e.X
		}
	} else if s.Lane == board.Events && len(events) >= 2 && events[len(events)-1].Text == board.FinalEvent {
		before := events[len(events)-2]
		s.X, insert = before.X+board.StickyWidth+board.ColumnGap, true
	}
	cmd := board.Edit(nb, "Add sticky from the room", []board.Command{board.AddSticky{Sticky: s}}, func(b *board.Board) {
		if insert {
			insertColumn(b, s.ID, s.X)
		}
		b.Unstack(s.ID)
	})
	cmd.Do(nb)
	return cmd, s.ID
}

// insertColumn makes room for a new event at x when another event is in
// the way: everything from x rightwards moves one column right.
func insertColumn(b *board.Board, newID int, x float64) {
	pitch := board.StickyWidth + board.ColumnGap
	blocked := false
	for _, e := range b.InLane(board.Events) {
		blocked = blocked || (e.ID != newID && x < e.X+e.W && e.X < x+board.StickyWidth)
	}
	if !blocked {
		return
	}
	for i := range b.Stickies {
		if st := &b.Stickies[i]; st.ID != newID && st.X+st.W/2 >= x {
			st.X += pitch
		}
	}
}
