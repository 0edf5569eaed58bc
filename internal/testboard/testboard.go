// Package testboard builds small boards for the tests of the packages that
// show them. Tests only; the app never uses it.
package testboard

import "pathmap/board"

// InLanes is a board with the given stickies, numbered from 1, each at its
// lane's top, one column apart in the order given per lane unless it has
// an x.
func InLanes(stickies ...board.Sticky) *board.Board {
	b := board.New()
	b.Stickies = nil
	col := map[board.Lane]int{}
	for i, s := range stickies {
		s.ID = i + 1
		if s.X == 0 {
			s.X = float64(col[s.Lane]) * (board.StickyWidth + board.ColumnGap)
		}
		col[s.Lane]++
		s.Y, s.W, s.H = b.LaneTop(s.Lane)+board.LanePad, board.StickyWidth, board.StickyHeight
		b.Stickies = append(b.Stickies, s)
	}
	return b
}
