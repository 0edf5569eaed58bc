package canvas

import (
	"fyne.io/fyne/v2"

	"pathmap/board"
)

// panMargin is the blank screen space a pan or zoom may leave beyond the
// board's edge: enough to see that the edge is there, never so much that
// the board is lost.
const panMargin = 60

// contentBounds is the part of the board that must stay reachable: the
// lanes and every sticky, with the stickies being dragged where they are
// now and a sticky being typed where it will go.
func (v *BoardView) contentBounds() (x0, y0, x1, y1 float32) {
	minX, minY, maxX, maxY := v.ws.Document().Board().Bounds()
	x0, y0, x1, y1 = float32(minX), float32(min(minY, 0)), float32(maxX), float32(maxY)
	for _, w := range v.drag.group {
		s := w.sticky
		x, y := float32(s.X)+v.drag.dx, float32(s.Y)+v.drag.dy
		x0, y0 = min(x0, x), min(y0, y)
		x1, y1 = max(x1, x+float32(s.W)), max(y1, y+float32(s.H))
	}
	if st := v.editing; st != nil {
		x0, x1 = min(x0, float32(st.x)), max(x1, float32(st.x)+board.StickyWidth)
	}
	return x0, y0, x1, y1
}

// clampAxis limits the offset off of a view showing vis board units of
// content running from lo to hi: content that fits stays wholly in view;
// larger content may be panned until its edge, plus margin, reaches the
// view's edge, and no further.
func clampAxis(off, lo, hi, vis, margin float32) float32 {
	if hi-lo+2*margin <= vis {
		return min(max(off, hi+margin-vis), lo-margin)
	}
	return min(max(off, lo-margin), hi+margin-vis)
}

// clampPan keeps the board in view after a pan or zoom: no pan, drag or
// zoom can leave the view on empty space, or the lanes and their names
// out of sight.
func (p *Viewport) clampPan() {
	size := p.size()
	if size.Width <= labelWidth || size.Height <= 0 {
		return
	}
	x0, y0, x1, y1 := p.content()
	visW, visH := (size.Width-labelWidth)/p.zoom, size.Height/p.zoom
	margin := panMargin / p.zoom
	p.offX = clampAxis(p.offX, x0, x1, visW, margin)
	p.offY = clampAxis(p.offY, y0, y1, visH, margin)
}

// zoomAnchor is the screen point the zoom keys zoom around: the middle of
// the selection (brought into view when it is off-screen), else the middle
// of the part of the board in view, so zooming in never pushes the board
// away.
func (p *Viewport) zoomAnchor() fyne.Position {
	size := p.size()
	inView := func(at fyne.Position) fyne.Position {
		return fyne.NewPos(min(max(at.X, labelWidth), size.Width), min(max(at.Y, 0), size.Height))
	}
	if sx0, sy0, sx1, sy1, found := p.focus(); found {
		mid := fyne.NewPos(labelWidth+(size.Width-labelWidth)/2, size.Height/2)
		at := p.ToScreen((sx0+sx1)/2, (sy0+sy1)/2)
		if at != inView(at) {
			// Off-screen: bring it to the middle first.
			p.offX = float32(sx0+sx1)/2 - (mid.X-labelWidth)/p.zoom
			p.offY = float32(sy0+sy1)/2 - mid.Y/p.zoom
			return mid
		}
		return at
	}
	// The middle of the board's part of the view.
	x0, y0, x1, y1 := p.content()
	tl := inView(p.ToScreen(float64(x0), float64(y0)))
	br := inView(p.ToScreen(float64(x1), float64(y1)))
	return fyne.NewPos((tl.X+br.X)/2, (tl.Y+br.Y)/2)
}

// zoomKey zooms by factor with the keys, around zoomAnchor. When the top
// of the board (the Events lane and its name) was in view, it stays in
// view: a zoom that would push it up out of sight is moved down as little
// as needed, so the event names are never cut; with the lanes fitted to
// the height this zooms from the top edge. A selection the move would push
// out of view is then brought back, as little as needed.
func (p *Viewport) zoomKey(factor float32) {
	_, y0, _, _ := p.content()
	top := p.ToScreen(0, float64(y0)).Y
	if top < -0.5 || top >= p.size().Height {
		p.ZoomAt(factor, p.zoomAnchor())
		return
	}
	offY := p.offY
	at := p.zoomAnchor()
	// zoomAnchor may have panned to an off-screen selection: keep only its
	// move across here.
	p.offY = offY
	p.ZoomAt(factor, at)
	if p.offY <= y0 {
		return
	}
	p.offY = y0
	p.clampPan()
	if sx0, sy0, sx1, sy1, found := p.focus(); found {
		_, vy0, _, vy1 := p.VisibleRect()
		if sy1 <= vy0 || sy0 >= vy1 {
			p.ScrollIntoView(sx0, sy0, sx1-sx0, sy1-sy0)
			return
		}
	}
	p.changed()
}
