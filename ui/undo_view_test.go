package ui

import (
	"testing"

	"fyne.io/fyne/v2"

	"pathmap/board"
)

// middleColumn is the board x shown in the middle of the board view.
func middleColumn(w *Window) float64 {
	size := w.view.Size()
	x, _ := w.view.Viewport().ToBoard(fyne.NewPos(board.LabelWidth+(size.Width-board.LabelWidth)/2, size.Height/2))
	return x
}

// onScreen reports whether sticky s is drawn at least partly in view.
func onScreen(w *Window, s board.Sticky) bool {
	x0, y0, x1, y1 := w.view.Viewport().VisibleRect()
	return s.X < x1 && s.X+s.W > x0 && s.Y < y1 && s.Y+s.H > y0
}

// visibleSticky is a sticky of lane l wholly in view, nearest the middle.
func visibleSticky(t *testing.T, w *Window, l board.Lane) board.Sticky {
	t.Helper()
	x0, _, x1, _ := w.view.Viewport().VisibleRect()
	mid := (x0 + x1) / 2
	var best board.Sticky
	for _, s := range w.Document().Board().InLane(l) {
		if s.X > x0 && s.X+s.W < x1 && (best.ID == 0 || abs(s.X-mid) < abs(best.X-mid)) {
			best = s
		}
	}
	if best.ID == 0 {
		t.Fatalf("no sticky of lane %v in view", l)
	}
	return best
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

func TestUndo_KeepsTheViewWhereTheFacilitatorIs(t *testing.T) {
	w := largeWorkshopWindow(t, fyne.NewSize(1024, 576))
	vp := w.view.Viewport()
	vp.FitLanes()
	start := middleColumn(w)
	minX, _, maxX, _ := w.Document().Board().Bounds()
	vp.Pan(-float32((minX+maxX)/2-start)*vp.Zoom(), 0)
	x := middleColumn(w)
	if x < start+500 {
		t.Fatalf("the test needs the view in the middle of the map, not at board x %.0f", x)
	}
	vp.FitLanes() // Ctrl+9 in the middle of the map: fitted, and still there
	if got := middleColumn(w); abs(got-x) > 5 {
		t.Fatalf("Ctrl+9 moved the middle of the view from board x %.0f to %.0f", x, got)
	}

	// A change in view that makes a lane taller, undone: the view refits
	// its height but stays on the same columns.
	s := visibleSticky(t, w, board.Teams)
	w.Document().Apply(board.Edit(w.Document().Board(), "Move", nil, func(nb *board.Board) {
		nb.Stickies[nb.Index(s.ID)].Y += 400
	}))
	w.edits.Undo()
	if got := middleColumn(w); abs(got-x) > 5 {
		t.Fatalf("Undo of a change in view moved the middle of the view from board x %.0f to %.0f", x, got)
	}

	// A change now out of sight, undone: it is brought into view.
	e := visibleSticky(t, w, board.Events)
	w.Document().Apply(&board.EditText{ID: e.ID, Text: "Renamed far away"})
	vp.ZoomAt(2.5, fyne.NewPos(board.LabelWidth, 0))
	vp.PanTo(float32(minX), 0)
	if onScreen(w, e) {
		t.Fatal("the test needs the edited event out of view")
	}
	w.edits.Undo()
	if !onScreen(w, e) {
		t.Fatal("Undo of a change out of sight left it out of view")
	}
}
