package canvas

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"

	"pathmap/board"
)

// testViewport shows b in a view of the given size, counting changes.
func testViewport(b *board.Board, size fyne.Size) (*Viewport, *int) {
	changes := 0
	p := newViewport(func() *board.Board { return b }, func() fyne.Size { return size }, func() { changes++ })
	return p, &changes
}

func TestViewport_ZoomAtKeepsThePointUnderThePointer(t *testing.T) {
	var events []board.Sticky
	for i := range 12 {
		events = append(events, ev(fmt.Sprintf("Step %d", i)))
	}
	// A board larger than the view, so the zoom is not held back at its
	// edges.
	p, changes := testViewport(laneBoard(events...), fyne.NewSize(1000, 700))
	at := fyne.NewPos(600, 300)
	bx, by := p.ToBoard(at)
	p.ZoomAt(1.5, at)
	x, y := p.ToBoard(at)
	if d := (x-bx)*(x-bx) + (y-by)*(y-by); d > 0.01 {
		t.Fatalf("the board point under the pointer moved from (%v,%v) to (%v,%v)", bx, by, x, y)
	}
	if p.Zoom() != 1.5 || *changes != 1 {
		t.Fatalf("zoom %v after one zoom step, %d changes told", p.Zoom(), *changes)
	}
	for range 40 {
		p.ZoomIn()
	}
	if p.Zoom() != maxZoom {
		t.Fatalf("zooming in without end reached %v, want the limit %v", p.Zoom(), float32(maxZoom))
	}
}

func TestViewport_FitLanesFillsTheHeightAndPanKeepsTheBoardInView(t *testing.T) {
	b := laneBoard(ev("Commit"), ev("Build"), ev("Deploy"))
	size := fyne.NewSize(1000, 700)
	p, _ := testViewport(b, size)
	p.FitLanes()
	if got := float32(b.Height()) * p.Zoom(); got < size.Height-1 || got > size.Height+1 {
		t.Fatalf("fitted lanes are %v px high in a %v px view", got, size.Height)
	}
	if !p.autoFit {
		t.Fatal("a view fitted to the lanes must stay fitted until panned")
	}
	p.Pan(-1e6, -1e6)
	if p.autoFit {
		t.Fatal("a pan must end the fitting")
	}
	_, _, maxX, _ := b.Bounds()
	if left := p.ToScreen(maxX, 0).X; left < labelWidth {
		t.Fatalf("after a huge pan the board's right edge is at %v px, left of the lane names", left)
	}
}

func TestViewport_ScrollIntoViewShowsTheRectangle(t *testing.T) {
	b := laneBoard()
	size := fyne.NewSize(800, 600)
	p, _ := testViewport(b, size)
	p.ScrollIntoView(5000, 100, board.StickyWidth, board.StickyHeight)
	l, r := p.ToScreen(5000, 100), p.ToScreen(5000+board.StickyWidth, 100+board.StickyHeight)
	if l.X < labelWidth || r.X > size.Width || l.Y < 0 || r.Y > size.Height {
		t.Fatalf("the rectangle is drawn from %v to %v in a %v view", l, r, size)
	}
}

func ev(text string) board.Sticky { return board.Sticky{Lane: board.Events, Text: text} }

func TestViewport_FitLanesKeepsTheColumnInTheMiddle(t *testing.T) {
	v, _ := largeWorkshopView(t, fyne.NewSize(1024, 340))
	vp := v.Viewport()
	size := v.Size()
	mid := fyne.NewPos(labelWidth+(size.Width-labelWidth)/2, size.Height/2)
	vp.ZoomAt(1.4, mid)
	// The facilitator is discussing the middle of the map.
	minX, _, maxX, _ := v.Document().Board().Bounds()
	x0, _ := vp.ToBoard(mid)
	vp.Pan(-float32((minX+maxX)/2-x0)*vp.Zoom(), 0)
	x, _ := vp.ToBoard(mid)
	if x < minX+1000 {
		t.Fatalf("the test needs the view in the middle of the map, not at board x %.0f", x)
	}
	vp.FitLanes() // Ctrl+9
	if got, _ := vp.ToBoard(mid); got < x-5 || got > x+5 {
		t.Fatalf("Ctrl+9 moved the middle of the view from board x %.0f to %.0f", x, got)
	}
	if h := float32(v.Document().Board().Height()) * vp.Zoom(); h < size.Height-1 || h > size.Height+1 {
		t.Fatalf("Ctrl+9 left the lanes %v px high in a %v px view", h, size.Height)
	}
	// Fitted, a window made wider keeps the same middle too.
	v.Resize(fyne.NewSize(1280, 340))
	mid2 := fyne.NewPos(labelWidth+(1280-labelWidth)/2, 170)
	if got, _ := vp.ToBoard(mid2); got < x-5 || got > x+5 {
		t.Fatalf("a resize moved the middle of the fitted view from board x %.0f to %.0f", x, got)
	}
}

// A new window passes through sizes before it settles; a board shown at
// its start must still show its start when the window has its final size.
func TestViewport_NewWindowGrowingKeepsTheBoardsStartInView(t *testing.T) {
	v, _ := largeWorkshopView(t, fyne.NewSize(400, 200))
	vp := v.Viewport()
	for _, s := range []fyne.Size{{Width: 700, Height: 300}, {Width: 1280, Height: 560}, {Width: 1440, Height: 700}} {
		v.Resize(s)
		minX, _, _, _ := v.Document().Board().Bounds()
		if left := vp.ToScreen(minX, 0).X; left < labelWidth || left > labelWidth+40 {
			t.Fatalf("at %v the board's first column starts at %v px; the lane names end at %v", s, left, labelWidth)
		}
	}
}
