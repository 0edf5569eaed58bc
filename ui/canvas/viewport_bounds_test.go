package canvas

import (
	"testing"

	"fyne.io/fyne/v2"
)

// boardInView is how much of the board's lanes the view shows, in screen
// pixels across and down, and how much it could show at this zoom.
func boardInView(v *BoardView) (across, down, wantAcross, wantDown float32) {
	x0, y0, x1, y1 := v.contentBounds()
	tl, br := v.vp.ToScreen(float64(x0), float64(y0)), v.vp.ToScreen(float64(x1), float64(y1))
	size := v.Size()
	across = min(br.X, size.Width) - max(tl.X, labelWidth)
	down = min(br.Y, size.Height) - max(tl.Y, 0)
	wantAcross = min(br.X-tl.X, size.Width-labelWidth) - panMargin - 1
	wantDown = min(br.Y-tl.Y, size.Height) - panMargin - 1
	return
}

func assertBoardInView(t *testing.T, v *BoardView, after string) {
	t.Helper()
	a, d, wa, wd := boardInView(v)
	if a < wa || d < wd {
		t.Fatalf("after %s at %.0f%% the view shows %.0f×%.0f px of the board; it could show %.0f×%.0f",
			after, v.vp.zoom*100, a, d, wa+panMargin+1, wd+panMargin+1)
	}
}

func TestViewport_ZoomInAfterFitBoardKeepsTheBoardAndLanesInView(t *testing.T) {
	v, _ := largeWorkshopView(t, fyne.NewSize(1280, 690))
	v.vp.FitBoard() // Ctrl+0: the wide map leaves the lower view empty
	for i := 0; i < 8; i++ {
		v.vp.ZoomIn() // Ctrl+=
		assertBoardInView(t, v, "Ctrl+0 then Ctrl+=")
	}
	if top := v.vp.ToScreen(0, 0).Y; top > v.Size().Height/2 {
		t.Fatalf("the Events lane starts %v px down a %v px view", top, v.Size().Height)
	}
	for i := 0; i < 12; i++ {
		v.vp.ZoomOut()
		assertBoardInView(t, v, "Ctrl+-")
	}
}

func TestViewport_ArrowsWheelAndDragStopAtTheBoardsEdge(t *testing.T) {
	v, _ := largeWorkshopView(t, fyne.NewSize(1280, 690))
	v.vp.ZoomAt(1/v.vp.zoom, fyne.NewPos(labelWidth, 0)) // 100 %: the board is larger than the view
	// What the arrow keys do: a pan of 120 px each press.
	for _, k := range []struct {
		name   string
		dx, dy float32
	}{{"Right", -120, 0}, {"Down", 0, -120}, {"Left", 120, 0}, {"Up", 0, 120}} {
		for i := 0; i < 300; i++ {
			v.vp.Pan(k.dx, k.dy)
		}
		assertBoardInView(t, v, "300 × "+k.name)
	}
	for i := 0; i < 300; i++ {
		v.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -120)})
	}
	assertBoardInView(t, v, "300 wheel turns")
	x := v.vp.offX
	v.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -120)})
	if v.vp.offX != x {
		t.Fatal("the wheel still pans past the board's end")
	}
	for i := 0; i < 100; i++ {
		v.Dragged(&fyne.DragEvent{Dragged: fyne.NewDelta(80, 80)})
	}
	v.DragEnd()
	assertBoardInView(t, v, "dragging the board far right and down")
}

func TestViewport_ZoomKeysZoomAroundTheSelection(t *testing.T) {
	v, ws := largeWorkshopView(t, fyne.NewSize(1280, 690))
	s := stickyWithText(t, ws, "Pull request opened")
	v.sel.Set(s.ID)
	before := v.vp.ToScreen(s.X+s.W/2, s.Y+s.H/2)
	v.vp.ZoomIn()
	after := v.vp.ToScreen(s.X+s.W/2, s.Y+s.H/2)
	// It stays in place across; down, it moves only as far as keeping the
	// Events lane's top in view needs.
	if d := before.Subtract(after); d.X*d.X > 4 || after.Y < before.Y-2 || after.Y > before.Y+before.Y*(zoomStep-1)+2 {
		t.Errorf("the selected sticky moved from %v to %v on Ctrl+=; zoom must keep it in place", before, after)
	}
	if top := v.vp.ToScreen(0, 0).Y; top < 0 {
		t.Errorf("Ctrl+= around a selected event pushed the Events lane %.0f px out of view", -top)
	}
	// Selected but off-screen: zooming brings it into view.
	v.vp.Pan(-3000, 0)
	v.vp.ZoomIn()
	p := v.vp.ToScreen(s.X+s.W/2, s.Y+s.H/2)
	if p.X < labelWidth || p.X > v.Size().Width || p.Y < 0 || p.Y > v.Size().Height {
		t.Errorf("after Ctrl+= the selected sticky is at %v, out of the %v view", p, v.Size())
	}
}

func TestViewport_ZoomInAfterFitLanesKeepsTheEventsLaneInView(t *testing.T) {
	// The board area of a 1024×576 window under the menu, toolbar and prompt.
	v, ws := largeWorkshopView(t, fyne.NewSize(1024, 340))
	v.vp.FitLanes() // Ctrl+9
	for i := 0; i < 4; i++ {
		v.vp.ZoomIn() // Ctrl+=
		if top := v.vp.ToScreen(0, 0).Y; top < 0 {
			t.Fatalf("after Ctrl+9 and %d × Ctrl+= at %.0f%% the Events lane starts %.0f px above the view",
				i+1, v.vp.zoom*100, -top)
		}
	}
	// With a pain point selected, the zoom still starts from the top, and
	// the pain point stays in view.
	v.vp.FitLanes()
	s := stickyWithText(t, ws, "Pull request opened")
	v.sel.Set(s.ID)
	v.vp.ZoomIn()
	if top := v.vp.ToScreen(0, 0).Y; top < 0 {
		t.Fatalf("with a sticky selected Ctrl+= pushed the Events lane %.0f px above the view", -top)
	}
	p := v.vp.ToScreen(s.X+s.W/2, s.Y+s.H/2)
	if p.X < labelWidth || p.X > v.Size().Width || p.Y < 0 || p.Y > v.Size().Height {
		t.Errorf("after Ctrl+= the selected sticky is at %v, out of the %v view", p, v.Size())
	}
}
