package canvas

import (
	"time"

	"fyne.io/fyne/v2"
)

// Auto-scroll while dragging: a sticky carried near the view's edge scrolls
// the board that way, faster the closer it gets, for as long as it is held
// there, so a sticky can be carried along a map wider than the screen.
const (
	// dragEdge is how near the edge, in screen pixels, scrolling starts.
	dragEdge = 48
	// dragScrollMax is the most the board scrolls per step, in pixels.
	dragScrollMax = 24
	// dragScrollEvery is how often it scrolls while the pointer is held
	// still at the edge.
	dragScrollEvery = 30 * time.Millisecond
)

// dragScroller scrolls a board view while a sticky is dragged near its edge.
type dragScroller struct {
	v *BoardView
	// pointer is where the pointer is in the view.
	pointer fyne.Position
	// dragging is set from the first drag event to the drop.
	dragging bool
	// pending is set while a step is scheduled.
	pending bool
	// after runs f on the UI goroutine after d; tests replace it.
	after func(d time.Duration, f func())
}

func newDragScroller(v *BoardView) *dragScroller {
	return &dragScroller{v: v, after: func(d time.Duration, f func()) {
		time.AfterFunc(d, func() { fyne.Do(f) })
	}}
}

// track notes where the pointer is while dragging and starts scrolling
// when it is near an edge.
func (d *dragScroller) track(p fyne.Position) {
	d.pointer, d.dragging = p, true
	if dx, dy := d.speed(); (dx != 0 || dy != 0) && !d.pending {
		d.pending = true
		d.after(dragScrollEvery, d.tick)
	}
}

// tick is one scheduled step; it schedules the next while the pointer is
// still at the edge.
func (d *dragScroller) tick() {
	d.pending = false
	if d.step() {
		d.pending = true
		d.after(dragScrollEvery, d.tick)
	}
}

// stop ends scrolling: the sticky was dropped.
func (d *dragScroller) stop() { d.dragging = false }

// speed is how far to scroll per step, in screen pixels: positive dx shows
// more of the board to the right.
func (d *dragScroller) speed() (dx, dy float32) {
	size := d.v.Size()
	ramp := func(dist float32) float32 { // dist: pointer to edge, inward
		if dist >= dragEdge {
			return 0
		}
		return dragScrollMax * min(1, (dragEdge-dist)/dragEdge)
	}
	p := d.pointer
	dx = ramp(size.Width-p.X) - ramp(p.X-labelWidth)
	dy = ramp(size.Height-p.Y) - ramp(p.Y)
	return dx, dy
}

// step scrolls once and carries the dragged stickies along, so they stay
// under the pointer. It reports whether to go on: still dragging, at an
// edge, and the board moved.
func (d *dragScroller) step() bool {
	v, p := d.v, d.v.vp
	dx, dy := d.speed()
	if !d.dragging || len(v.drag.group) == 0 || (dx == 0 && dy == 0) {
		return false
	}
	ox, oy := p.offX, p.offY
	mx, my := dx/p.zoom, dy/p.zoom
	p.autoFit = false
	p.offX += mx
	p.offY += my
	v.drag.dx += mx
	v.drag.dy += my
	p.clampPan()
	// Where the clamp held the view back, the sticky stays with the
	// pointer instead of running ahead of it.
	v.drag.dx += (p.offX - ox) - mx
	v.drag.dy += (p.offY - oy) - my
	p.changed()
	return p.offX != ox || p.offY != oy
}
