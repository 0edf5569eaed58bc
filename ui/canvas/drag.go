package canvas

import (
	"sort"

	"fyne.io/fyne/v2"

	"pathmap/board"
)

// stickyDrag is the selection being moved with the pointer in one view.
// The board only changes when the drag ends, so a whole drag is one undo
// step; until then the view draws the group offset by (dx, dy).
type stickyDrag struct {
	v      *BoardView
	group  []*StickyWidget
	dx, dy float32 // board units dragged so far
}

// dragged reports whether w moves with the pointer.
func (d *stickyDrag) dragged() map[*StickyWidget]bool {
	m := make(map[*StickyWidget]bool, len(d.group))
	for _, w := range d.group {
		m[w] = true
	}
	return m
}

// start begins moving the selection with the pointer; a sticky that is
// not selected is selected alone first.
func (d *stickyDrag) start(w *StickyWidget) {
	v := d.v
	v.FinishEdit()
	if !v.sel.Has(w.sticky.ID) {
		v.sel.Set(w.sticky.ID)
	}
	d.group = d.group[:0]
	for _, id := range v.sel.IDs() {
		if g := v.widgets[id]; g != nil {
			d.group = append(d.group, g)
		}
	}
	d.dx, d.dy = 0, 0
	v.Relayout()
}

// by moves the dragged group by a screen delta. Only the dragged widgets
// move, so the work does not grow with the size of the board.
func (d *stickyDrag) by(delta fyne.Delta) {
	vp := d.v.vp
	d.dx += delta.DX / vp.zoom
	d.dy += delta.DY / vp.zoom
	for _, w := range d.group {
		s := w.sticky
		w.Move(vp.ToScreen(s.X+float64(d.dx), s.Y+float64(d.dy)))
	}
}

// drop ends a drag: each sticky snaps into the lane under its center and
// stacks below any sticky it covers there. The whole drag is one undo step.
func (d *stickyDrag) drop() {
	v := d.v
	group := d.group
	dx, dy := float64(d.dx), float64(d.dy)
	d.group, d.dx, d.dy = nil, 0, 0
	if len(group) == 0 {
		return
	}
	// Place from the top down so stacked stickies keep their order.
	ids := make([]int, 0, len(group))
	for _, w := range group {
		ids = append(ids, w.sticky.ID)
	}
	b := v.ws.Document().Board()
	idx := b.Indexes()
	sort.SliceStable(ids, func(i, j int) bool {
		return b.Stickies[idx[ids[i]]].Y < b.Stickies[idx[ids[j]]].Y
	})
	name := "Move stickies"
	if len(ids) == 1 {
		s, _ := b.Sticky(ids[0])
		name = "Move sticky"
		lane, _, _ := b.Snap(s.X+dx, s.Y+dy, s.W, s.H)
		if lane != s.Lane {
			name = "Move sticky to " + lane.Name()
		} else if lane == board.Events {
			d.dropEvent(s, dx)
			return
		}
	}
	cmd := board.Edit(b, name, nil, func(nb *board.Board) {
		idx := nb.Indexes()
		for _, id := range ids {
			i := idx[id]
			s := nb.Stickies[i]
			nb.Stickies[i].Lane, nb.Stickies[i].X, nb.Stickies[i].Y = nb.Snap(s.X+dx, s.Y+dy, s.W, s.H)
		}
		// Every sticky but an event lands in the event column nearest
		// it, never between two.
		for _, id := range ids {
			if s := &nb.Stickies[idx[id]]; s.Lane != board.Events {
				s.X = nb.SnapToColumn(s.X, s.W)
			}
		}
		nb.UnstackGroup(ids)
	})
	if cmd == nil {
		v.sync()
		return
	}
	v.Apply(cmd)
}

// dropEvent ends the drag of one event along the Events lane. Dropped past
// a neighbour it takes its place in the order, and the stickies under each
// event move with their event. Otherwise it moves along the lane as far as
// its neighbours leave room; events never stack, they are one row.
func (d *stickyDrag) dropEvent(s board.Sticky, dx float64) {
	v := d.v
	b := v.ws.Document().Board()
	cmd := board.Edit(b, "Reorder events", nil, func(nb *board.Board) {
		if nb.MoveEventColumn(s.ID, s.X+dx+s.W/2) {
			return
		}
		x := s.X + dx
		for _, e := range nb.InLane(board.Events) {
			if e.ID == s.ID {
				continue
			}
			if x < e.X+e.W && e.X < x+s.W { // would cover a neighbour
				return
			}
		}
		nb.Stickies[nb.Index(s.ID)].X = x
	})
	if cmd == nil {
		v.sync()
		return
	}
	v.Apply(cmd)
}
