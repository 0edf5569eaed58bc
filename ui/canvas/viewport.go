package canvas

import (
	"fyne.io/fyne/v2"

	"pathmap/board"
)

// Zoom limits and steps.
const (
	minZoom  = 0.05
	maxZoom  = 4
	zoomStep = 1.25
	// fitMargin is the blank screen space kept around the board when fitting.
	fitMargin = 24
)

// Viewport is the part of the board one view shows, and how large: the
// zoom and the board point at the top left of the sticky area. Positions
// stay in board coordinates and are drawn at (p − offset) × zoom, so the
// view pans and zooms without touching the board. Each view has its own.
type Viewport struct {
	zoom float32
	offX float32 // board x shown at the left edge of the sticky area
	offY float32 // board y shown at the top of the view
	// autoFit keeps the lanes fitted to the view's height as the window is
	// resized, until the facilitator pans or zooms.
	autoFit bool
	fitSize fyne.Size
	// fitHeight is the board's height when it was fitted: a lane that grows
	// refits the view so the bottom lane never drops out of sight.
	fitHeight float64
	// fresh is set until a newly shown board is first fitted: only then
	// does fitting start at the board's left edge.
	fresh bool

	board   func() *board.Board // the board shown
	size    func() fyne.Size    // the view's size on screen
	changed func()              // told after every pan or zoom
	// content is the part of the board that must stay reachable
	// (viewport_bounds.go); focus is the selection's box, ok false when
	// nothing is selected. Both are the view's to say.
	content func() (x0, y0, x1, y1 float32)
	focus   func() (x0, y0, x1, y1 float64, ok bool)
}

func newViewport(b func() *board.Board, size func() fyne.Size, changed func()) *Viewport {
	p := &Viewport{zoom: 1, autoFit: true, fresh: true, board: b, size: size, changed: changed}
	p.content = func() (x0, y0, x1, y1 float32) {
		minX, minY, maxX, maxY := p.board().Bounds()
		return float32(minX), float32(min(minY, 0)), float32(maxX), float32(maxY)
	}
	p.focus = func() (x0, y0, x1, y1 float64, ok bool) { return }
	return p
}

// ToScreen turns a board position into a position in the view. The
// lane-name column takes the left labelWidth pixels; the board is drawn
// right of it at (p − offset) × zoom.
func (p *Viewport) ToScreen(x, y float64) fyne.Position {
	return fyne.NewPos(labelWidth+(float32(x)-p.offX)*p.zoom, (float32(y)-p.offY)*p.zoom)
}

// ToBoard turns a position in the view into board coordinates.
func (p *Viewport) ToBoard(at fyne.Position) (x, y float64) {
	return float64((at.X-labelWidth)/p.zoom + p.offX), float64(at.Y/p.zoom + p.offY)
}

// Zoom is the current zoom factor (1 = 100%).
func (p *Viewport) Zoom() float32 { return p.zoom }

// ZoomAt multiplies the zoom by factor, keeping the board point under the
// screen position at still under it: zooming towards the mouse pointer.
func (p *Viewport) ZoomAt(factor float32, at fyne.Position) {
	bx, by := p.ToBoard(at)
	p.autoFit = false
	p.zoom = min(max(p.zoom*factor, minZoom), maxZoom)
	p.offX = float32(bx) - (at.X-labelWidth)/p.zoom
	p.offY = float32(by) - at.Y/p.zoom
	p.clampPan()
	p.changed()
}

// ZoomIn zooms in one step around the selection, or the middle of the
// board in view, keeping the Events lane in view when it was
// (viewport_bounds.go).
func (p *Viewport) ZoomIn() { p.zoomKey(zoomStep) }

// ZoomOut zooms out one step around the selection, or the middle of the
// board in view.
func (p *Viewport) ZoomOut() { p.zoomKey(1 / zoomStep) }

// FitBoard zooms and pans so the whole board is in view.
func (p *Viewport) FitBoard() {
	size := p.size()
	p.autoFit = false
	if size.Width <= labelWidth || size.Height <= 0 {
		return
	}
	minX, _, maxX, maxY := p.board().Bounds()
	w := float32(maxX-minX) + 2*fitMargin
	h := float32(maxY) + fitMargin
	p.zoom = min(max(min((size.Width-labelWidth)/w, size.Height/h), minZoom), maxZoom)
	p.offX = float32(minX) - fitMargin
	p.offY = 0
	p.changed()
}

// FitLanes zooms so the six lanes fill the view's height: text as large
// as the lanes allow. A newly shown board starts at its left edge; after
// that the column in the middle of the view stays in the middle, so the
// facilitator keeps their place (Ctrl+9, a resize, a lane that grows). It
// stays fitted as the window is resized until the next pan or zoom.
func (p *Viewport) FitLanes() {
	b := p.board()
	// The middle of the view as it was last shown: a refit follows a
	// resize, so the old size says where the middle was.
	was := p.size()
	if p.autoFit && p.fitSize.Width > 0 {
		was = p.fitSize
	}
	midX, _ := p.ToBoard(fyne.NewPos(labelWidth+(was.Width-labelWidth)/2, 0))
	// A view showing the board's start keeps showing it: the first frames
	// of a new window come at sizes the window only passes through, and
	// their middle is not a place the facilitator chose.
	minX, _, _, _ := b.Bounds()
	atStart := p.offX <= float32(minX)-fitMargin+0.5
	p.autoFit = true
	p.fitSize, p.fitHeight = p.size(), b.Height()
	if p.fitSize.Height <= 0 {
		return
	}
	p.zoom = min(max(p.fitSize.Height/float32(b.Height()), minZoom), maxZoom)
	p.offY = 0
	if p.fresh || atStart || was.Width <= labelWidth {
		p.offX = float32(minX) - fitMargin
	} else {
		p.offX = float32(midX) - (p.fitSize.Width-labelWidth)/2/p.zoom
		p.clampPan()
	}
	p.fresh = false
	p.changed()
}

// refit fits the lanes to the view again while the view is fitted and its
// size or the board's height changed, and reports whether it did.
func (p *Viewport) refit() bool {
	size := p.size()
	if p.autoFit && (size != p.fitSize || p.board().Height() != p.fitHeight) && size.Height > 0 {
		p.FitLanes()
		return true
	}
	return false
}

// reset fits the next layout to the lanes again: a new board is shown.
func (p *Viewport) reset() { p.autoFit, p.fitSize, p.fresh = true, fyne.Size{}, true }

// PanTo shows board point (x, y) at the top left of the sticky area.
func (p *Viewport) PanTo(x, y float32) {
	p.autoFit = false
	p.offX, p.offY = x, y
	p.clampPan()
	p.changed()
}

// Pan moves the view by dx, dy screen pixels.
func (p *Viewport) Pan(dx, dy float32) {
	p.autoFit = false
	p.offX -= dx / p.zoom
	p.offY -= dy / p.zoom
	p.clampPan()
	p.changed()
}

// ScrollIntoView pans so that the board rectangle is visible.
func (p *Viewport) ScrollIntoView(x, y, w, h float64) {
	size := p.size()
	visW, visH := (size.Width-labelWidth)/p.zoom, size.Height/p.zoom
	if visW <= 0 || visH <= 0 {
		return
	}
	margin := 20 / p.zoom
	if float32(x) < p.offX {
		p.offX = float32(x) - margin
	} else if float32(x+w) > p.offX+visW {
		p.offX = float32(x+w) - visW + margin
	}
	if float32(y) < p.offY {
		p.offY = float32(y) - margin
	} else if float32(y+h) > p.offY+visH {
		p.offY = float32(y+h) - visH + margin
	}
	p.changed()
}

// VisibleRect is the part of the board in view, in board coordinates.
func (p *Viewport) VisibleRect() (x0, y0, x1, y1 float64) {
	size := p.size()
	x0, y0 = p.ToBoard(fyne.NewPos(labelWidth, 0))
	x1, y1 = p.ToBoard(fyne.NewPos(size.Width, size.Height))
	return
}
