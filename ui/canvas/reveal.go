package canvas

import (
	"pathmap/board"
)

// RevealChange brings what an undo or redo changed into view, when none of
// it is in view already: the facilitator keeps their place while the
// change is on screen, and sees it when it happened out of sight. The view
// moves as little as needed, to the changed sticky nearest the middle.
// before is a copy of the board from before the change, after the board
// now.
func (p *Viewport) RevealChange(before, after *board.Board) {
	boxes := changedStickies(before, after)
	if len(boxes) == 0 {
		return
	}
	vx0, vy0, vx1, vy1 := p.VisibleRect()
	for _, r := range boxes {
		if r.X < vx1 && r.X+r.W > vx0 && r.Y < vy1 && r.Y+r.H > vy0 {
			return
		}
	}
	mx, my := (vx0+vx1)/2, (vy0+vy1)/2
	best, dist := boxes[0], -1.0
	for _, r := range boxes {
		dx, dy := r.X+r.W/2-mx, r.Y+r.H/2-my
		if d := dx*dx + dy*dy; dist < 0 || d < dist {
			best, dist = r, d
		}
	}
	p.autoFit = false
	p.ScrollIntoView(best.X, best.Y, best.W, best.H)
}

// boardRect is a rectangle in board coordinates.
type boardRect struct{ X, Y, W, H float64 }

// changedStickies lists where the stickies that differ between before and
// after are now, or were, for those that are gone.
func changedStickies(before, after *board.Board) []boardRect {
	var out []boardRect
	was := make(map[int]board.Sticky, len(before.Stickies))
	for _, s := range before.Stickies {
		was[s.ID] = s
	}
	for _, s := range after.Stickies {
		if old, ok := was[s.ID]; !ok || old != s {
			out = append(out, boardRect{s.X, s.Y, s.W, s.H})
		}
		delete(was, s.ID)
	}
	for _, s := range before.Stickies {
		if _, gone := was[s.ID]; gone {
			out = append(out, boardRect{s.X, s.Y, s.W, s.H})
		}
	}
	return out
}
