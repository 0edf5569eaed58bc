package ui

import (
	"fyne.io/fyne/v2"

	"pathmap/board"
	"pathmap/ui/canvas"
)

// Keyboard walking of the map: with something selected the arrow keys move
// the selection to the neighbouring sticky (board.Neighbour), so a
// facilitator can read along the path and add under each event without the
// mouse; with nothing selected they pan, as before. Ctrl+Left and
// Ctrl+Right move the selected event one place along the order.

// arrowDirections maps the arrow keys to directions on the map.
var arrowDirections = map[fyne.KeyName]board.Direction{
	fyne.KeyLeft: board.Left, fyne.KeyRight: board.Right, fyne.KeyUp: board.Up, fyne.KeyDown: board.Down,
}

// arrowSelect moves the selection of v one sticky along k and reports
// whether there was a selection to move. At the edge of the map the
// selection stays where it is.
func arrowSelect(v *canvas.BoardView, k fyne.KeyName) bool {
	d, ok := arrowDirections[k]
	ids := v.Selection().IDs()
	if !ok || len(ids) == 0 {
		return false
	}
	b := v.Document().Board()
	from := edgeOf(b, ids, d)
	if next, ok := b.Neighbour(from, d); ok {
		v.Selection().Set(next)
		if s, ok := b.Sticky(next); ok {
			v.Viewport().ScrollIntoView(s.X, s.Y, s.W, s.H)
		}
	}
	return true
}

// edgeOf is the selected sticky furthest in direction d: Right goes on
// from the last of a run of selected events.
func edgeOf(b *board.Board, ids []int, d board.Direction) int {
	best, bestV := ids[0], 0.0
	for i, id := range ids {
		s, ok := b.Sticky(id)
		if !ok {
			continue
		}
		x, y := s.Center()
		v := map[board.Direction]float64{board.Left: -x, board.Right: x, board.Up: -y, board.Down: y}[d]
		if i == 0 || v > bestV {
			best, bestV = id, v
		}
	}
	return best
}

// moveEventAlong moves the one selected event step places along the order
// (-1 earlier, +1 later), the stickies under each event moving with it, as
// one undo step. The map's start and end are where the facilitator puts
// them; nothing is moved past either end of the order.
func moveEventAlong(v *canvas.BoardView, step int) {
	id := v.Selection().One()
	b := v.Document().Board()
	s, ok := b.Sticky(id)
	if !ok || s.Lane != board.Events {
		return
	}
	events := b.InLane(board.Events)
	at := -1
	for i, e := range events {
		if e.ID == id {
			at = i
		}
	}
	to := at + step
	if at < 0 || to < 0 || to >= len(events) {
		return
	}
	// MoveEventColumn places the event by where its center is dropped: on
	// the neighbour's center puts it just past the neighbour, a little
	// before puts it just before.
	x := centerOf(events[to])
	if step < 0 {
		x--
	}
	name := "Move event later"
	if step < 0 {
		name = "Move event earlier"
	}
	v.Apply(board.Edit(b, name, nil, func(nb *board.Board) { nb.MoveEventColumn(id, x) }))
	if s, ok := v.Document().Board().Sticky(id); ok {
		v.Viewport().ScrollIntoView(s.X, s.Y, s.W, s.H)
	}
}

func centerOf(s board.Sticky) float64 {
	x, _ := s.Center()
	return x
}
