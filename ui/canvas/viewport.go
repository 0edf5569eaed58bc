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

// ToScreen turns a board position into a position in the view. The lane-name
// column takes the left labelWidth pixels; the board is drawn right of it at
// (p − offset) × zoom.
func (v *BoardView) ToScreen(x, y float64) fyne.Position {
	return fyne.NewPos(labelWidth+(float32(x)-v.offX)*v.zoom, (float32(y)-v.offY)*v.zoom)
}

// ToBoard turns a position in the view into board coordinates.
func (v *BoardView) ToBoard(p fyne.Position) (x, y float64) {
	return float64((p.X-labelWidth)/v.zoom + v.offX), float64(p.Y/v.zoom + v.offY)
}

// Zoom is the current zoom factor (1 = 100%).
func (v *BoardView) Zoom() float32 { return v.zoom }

// ZoomAt multiplies the zoom by factor, keeping the board point under the
// screen position at still under it: zooming towards the mouse pointer.
func (v *BoardView) ZoomAt(factor float32, at fyne.Position) {
	bx, by := v.ToBoard(at)
	v.autoFit = false
	v.zoom = min(max(v.zoom*factor, minZoom), maxZoom)
	v.offX = float32(bx) - (at.X-labelWidth)/v.zoom
	v.offY = float32(by) - at.Y/v.zoom
	v.clampPan()
	v.viewChanged()
}

// ZoomIn zooms in one step around the selection, or the middle of the
// board in view (viewport_bounds.go).
func (v *BoardView) ZoomIn() { v.ZoomAt(zoomStep, v.zoomAnchor()) }

// ZoomOut zooms out one step around the selection, or the middle of the
// board in view.
func (v *BoardView) ZoomOut() { v.ZoomAt(1/zoomStep, v.zoomAnchor()) }

// FitBoard zooms and pans so the whole board is in view.
func (v *BoardView) FitBoard() {
	size := v.Size()
	v.autoFit = false
	if size.Width <= labelWidth || size.Height <= 0 {
		return
	}
	minX, _, maxX, maxY := v.ws.Document().Board().Bounds()
	w := float32(maxX-minX) + 2*fitMargin
	h := float32(maxY) + fitMargin
	v.zoom = min(max(min((size.Width-labelWidth)/w, size.Height/h), minZoom), maxZoom)
	v.offX = float32(minX) - fitMargin
	v.offY = 0
	v.viewChanged()
}

// FitLanes zooms so the six lanes fill the view's height, keeping the left
// edge of the board in view: the start-up view, with text as large as the
// lanes allow. It stays fitted as the window is resized until the next pan
// or zoom.
func (v *BoardView) FitLanes() {
	v.autoFit = true
	v.fitSize, v.fitHeight = v.Size(), v.ws.Document().Board().Height()
	if v.fitSize.Height <= 0 {
		return
	}
	minX, _, _, _ := v.ws.Document().Board().Bounds()
	v.zoom = min(max(v.fitSize.Height/float32(v.ws.Document().Board().Height()), minZoom), maxZoom)
	v.offX, v.offY = float32(minX)-fitMargin, 0
	v.viewChanged()
}

// PanTo shows board point (x, y) at the top left of the sticky area.
func (v *BoardView) PanTo(x, y float32) {
	v.autoFit = false
	v.offX, v.offY = x, y
	v.clampPan()
	v.viewChanged()
}

// Pan moves the view by dx, dy screen pixels.
func (v *BoardView) Pan(dx, dy float32) {
	v.autoFit = false
	v.offX -= dx / v.zoom
	v.offY -= dy / v.zoom
	v.clampPan()
	v.viewChanged()
}

// ScrollIntoView pans so that the board rectangle is visible.
func (v *BoardView) ScrollIntoView(x, y, w, h float64) {
	size := v.Size()
	visW, visH := (size.Width-labelWidth)/v.zoom, size.Height/v.zoom
	if visW <= 0 || visH <= 0 {
		return
	}
	margin := 20 / v.zoom
	if float32(x) < v.offX {
		v.offX = float32(x) - margin
	} else if float32(x+w) > v.offX+visW {
		v.offX = float32(x+w) - visW + margin
	}
	if float32(y) < v.offY {
		v.offY = float32(y) - margin
	} else if float32(y+h) > v.offY+visH {
		v.offY = float32(y+h) - visH + margin
	}
	v.viewChanged()
}

// viewChanged re-lays out after a pan or zoom and tells the window.
func (v *BoardView) viewChanged() {
	v.Relayout()
	if v.OnViewChange != nil {
		v.OnViewChange()
	}
}

// VisibleRect is the part of the board in view, in board coordinates.
func (v *BoardView) VisibleRect() (x0, y0, x1, y1 float64) {
	size := v.Size()
	x0, y0 = v.ToBoard(fyne.NewPos(labelWidth, 0))
	x1, y1 = v.ToBoard(fyne.NewPos(size.Width, size.Height))
	return
}

// laneAtScreen is the lane under a screen y.
func (v *BoardView) laneAtScreen(y float32) board.Lane {
	_, by := v.ToBoard(fyne.NewPos(labelWidth, y))
	return v.ws.Document().Board().LaneAt(by)
}
