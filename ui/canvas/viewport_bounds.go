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
	for _, w := range v.dragGroup {
		s := w.sticky
		x, y := float32(s.X)+v.dragDX, float32(s.Y)+v.dragDY
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
func (v *BoardView) clampPan() {
	size := v.Size()
	if size.Width <= labelWidth || size.Height <= 0 {
		return
	}
	x0, y0, x1, y1 := v.contentBounds()
	visW, visH := (size.Width-labelWidth)/v.zoom, size.Height/v.zoom
	margin := panMargin / v.zoom
	v.offX = clampAxis(v.offX, x0, x1, visW, margin)
	v.offY = clampAxis(v.offY, y0, y1, visH, margin)
}

// zoomAnchor is the screen point the zoom keys zoom around: the middle of
// the selection (brought into view when it is off-screen), else the middle
// of the part of the board in view, so zooming in never pushes the board
// away.
func (v *BoardView) zoomAnchor() fyne.Position {
	size := v.Size()
	inView := func(p fyne.Position) fyne.Position {
		return fyne.NewPos(min(max(p.X, labelWidth), size.Width), min(max(p.Y, 0), size.Height))
	}
	b := v.ws.Document().Board()
	var sx0, sy0, sx1, sy1 float64
	found := false
	for _, id := range v.Selection() {
		s, ok := b.Sticky(id)
		if !ok {
			continue
		}
		if !found {
			sx0, sy0, sx1, sy1, found = s.X, s.Y, s.X+s.W, s.Y+s.H, true
			continue
		}
		sx0, sy0, sx1, sy1 = min(sx0, s.X), min(sy0, s.Y), max(sx1, s.X+s.W), max(sy1, s.Y+s.H)
	}
	if found {
		mid := fyne.NewPos(labelWidth+(size.Width-labelWidth)/2, size.Height/2)
		at := v.ToScreen((sx0+sx1)/2, (sy0+sy1)/2)
		if at != inView(at) {
			// Off-screen: bring it to the middle first.
			v.offX = float32(sx0+sx1)/2 - (mid.X-labelWidth)/v.zoom
			v.offY = float32(sy0+sy1)/2 - mid.Y/v.zoom
			return mid
		}
		return at
	}
	// The middle of the board's part of the view.
	x0, y0, x1, y1 := v.contentBounds()
	tl := inView(v.ToScreen(float64(x0), float64(y0)))
	br := inView(v.ToScreen(float64(x1), float64(y1)))
	return fyne.NewPos((tl.X+br.X)/2, (tl.Y+br.Y)/2)
}
