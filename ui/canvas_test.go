package ui

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	fcanvas "fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"pathmap/assets"
	"pathmap/board"
	"pathmap/ui/canvas"
)

// sampleWindow opens the built-in sample board.
func sampleWindow(t *testing.T) *Window {
	t.Helper()
	w := newTestWindow(t, "")
	b, err := board.Decode(assets.SampleBoard)
	if err != nil {
		t.Fatal(err)
	}
	w.ws.Replace(board.NewDocument(b, nil), "")
	w.view.Resize(fyne.NewSize(1200, 700))
	return w
}

// firstSpanWidget is the first timing span's bracket the view draws.
func firstSpanWidget(t *testing.T, v *canvas.BoardView) *canvas.SpanWidget {
	t.Helper()
	for _, o := range test.WidgetRenderer(v).Objects() {
		if sw, ok := o.(*canvas.SpanWidget); ok {
			return sw
		}
	}
	t.Fatal("the view draws no timing span")
	return nil
}

// drawnTexts lists the texts a widget draws and shows.
func drawnTexts(o fyne.Widget) []string {
	var out []string
	for _, c := range test.WidgetRenderer(o).Objects() {
		if t, ok := c.(*fcanvas.Text); ok && t.Visible() && t.Text != "" {
			out = append(out, t.Text)
		}
	}
	return out
}

func eventNamed(t *testing.T, w *Window, text string) board.Sticky {
	t.Helper()
	for _, s := range w.Document().Board().InLane(board.Events) {
		if s.Text == text {
			return s
		}
	}
	t.Fatalf("no event %q", text)
	return board.Sticky{}
}

func TestBoardView_ZoomAtCursorKeepsPointUnderCursor(t *testing.T) {
	w := sampleWindow(t)
	v := w.view
	at := fyne.NewPos(700, 300)
	bx, by := v.Viewport().ToBoard(at)
	v.Modifiers = func() fyne.KeyModifier { return fyne.KeyModifierShortcutDefault }
	v.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: at}, Scrolled: fyne.Delta{DY: 10}})
	if v.Viewport().Zoom() <= 0.5 || w.zoomLabel.Text == "" {
		t.Fatalf("zoom = %v", v.Viewport().Zoom())
	}
	x2, y2 := v.Viewport().ToBoard(at)
	if d := (x2-bx)*(x2-bx) + (y2-by)*(y2-by); d > 0.01 {
		t.Fatalf("the board point under the cursor moved from (%v,%v) to (%v,%v)", bx, by, x2, y2)
	}
	before := v.Viewport().Zoom()
	w.TypedShortcut(ctrl(fyne.KeyMinus))
	if v.Viewport().Zoom() >= before {
		t.Fatal("Ctrl+- did not zoom out")
	}
	v.Viewport().FitBoard()
	minX, _, maxX, _ := w.Document().Board().Bounds()
	left, right := v.Viewport().ToScreen(minX, 0).X, v.Viewport().ToScreen(maxX, 0).X
	if left < board.LabelWidth || right > v.Size().Width {
		t.Fatalf("Fit whole board shows the board from %v to %v px; the view is %v wide", left, right, v.Size().Width)
	}
}

func TestSelection_ShiftClickGroupDragIsOneUndoStep(t *testing.T) {
	w := sampleWindow(t)
	v := w.view
	a, b := v.StickyWidget(10), v.StickyWidget(11) // two systems
	test.Tap(a)
	b.MouseDown(&desktop.MouseEvent{Modifier: fyne.KeyModifierShift})
	test.Tap(b)
	if got := v.Selection().IDs(); len(got) != 2 {
		t.Fatalf("selection after Shift+click = %v, want two stickies", got)
	}
	before := w.Document().Board().Clone()
	// A column and a bit to the right: each lands in the next column.
	step := float32(board.StickyWidth+board.ColumnGap) + 30
	for i := 0; i < 5; i++ {
		a.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: step / 5 * v.Viewport().Zoom(), DY: 0}})
	}
	a.DragEnd()
	var moved []float64
	for _, id := range []int{10, 11} {
		old, _ := before.Sticky(id)
		now, _ := w.Document().Board().Sticky(id)
		want := before.SnapToColumn(old.X+float64(step), old.W)
		if now.X != want || want == old.X || now.Lane != old.Lane {
			t.Fatalf("sticky %d moved from x %v to %v, want the next column at %v in the same lane", id, old.X, now.X, want)
		}
		moved = append(moved, now.X-old.X)
	}
	if moved[0] != moved[1] {
		t.Fatalf("the two selected stickies moved by %v and %v; a group drag moves them together", moved[0], moved[1])
	}
	w.edits.Undo()
	for _, id := range []int{10, 11} {
		old, _ := before.Sticky(id)
		now, _ := w.Document().Board().Sticky(id)
		if now != old {
			t.Fatalf("one undo left sticky %d at %+v, want %+v", id, now, old)
		}
	}
}

func TestSelection_RubberBandSelectAllCopyPasteDuplicateDelete(t *testing.T) {
	w := sampleWindow(t)
	v := w.view
	n := len(w.Document().Board().Stickies)
	// Shift+drag over the first column of every lane.
	first := v.Viewport().ToScreen(0, 0)
	v.MouseDown(&desktop.MouseEvent{Modifier: fyne.KeyModifierShift})
	start := first.AddXY(-5, 2)
	v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: start.AddXY(10, 10)}, Dragged: fyne.Delta{DX: 10, DY: 10}})
	v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: start.AddXY(60, 650)}, Dragged: fyne.Delta{DX: 50, DY: 640}})
	v.DragEnd()
	sel := v.Selection().IDs()
	if len(sel) < 2 {
		t.Fatalf("rubber band selected %v, want the stickies of the first column", sel)
	}
	w.edits.Copy()
	w.edits.Paste()
	if got := len(w.Document().Board().Stickies); got != n+len(sel) {
		t.Fatalf("after paste %d stickies, want %d", got, n+len(sel))
	}
	w.edits.Undo()
	if got := len(w.Document().Board().Stickies); got != n {
		t.Fatalf("undoing a paste left %d stickies, want %d", got, n)
	}
	w.edits.SelectAll()
	if got := len(v.Selection().IDs()); got != n {
		t.Fatalf("Ctrl+A selected %d of %d", got, n)
	}
	w.TypedShortcut(ctrl(fyne.KeyD))
	if got := len(w.Document().Board().Stickies); got != 2*n {
		t.Fatalf("duplicate of all gave %d stickies, want %d", got, 2*n)
	}
	w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if got := len(w.Document().Board().Stickies); got != n {
		t.Fatalf("deleting the duplicates left %d stickies, want %d", got, n)
	}
	w.edits.Undo()
	w.edits.Undo()
	if got := len(w.Document().Board().Stickies); got != n {
		t.Fatalf("undo of delete then duplicate left %d stickies, want %d", got, n)
	}
}

func TestSpan_AddOverNeighbouringEventsEditAndDelete(t *testing.T) {
	w := sampleWindow(t)
	v := w.view
	a := eventNamed(t, w, "Pull request reviewed and merged")
	b := eventNamed(t, w, "CI pipeline passed")
	v.Selection().Set(a.ID, b.ID)
	run, err := w.actions.selectedEventRun()
	if err != nil || len(run) != 2 {
		t.Fatalf("selected run = %v, %v", run, err)
	}
	w.view.Apply(board.Edit(w.Document().Board(), "Add timing", []board.Command{board.AddSpan{Span: board.Span{ID: 1, From: a.ID, To: b.ID, Label: "2d"}}}, nil))
	if len(w.Document().Board().Spans) != 1 || w.Document().Board().LaneHeight(board.Timings) <= board.DefaultLaneHeight {
		t.Fatalf("spans %v; the timings lane must grow to hold the bracket", w.Document().Board().Spans)
	}
	sw := firstSpanWidget(t, v)
	if !sw.Visible() || sw.Size().Width < float32(b.X+b.W-a.X)*v.Viewport().Zoom()-1 {
		t.Fatalf("span bracket is %v wide, want it across both columns", sw.Size().Width)
	}
	test.Tap(sw)
	w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if len(w.Document().Board().Spans) != 0 {
		t.Fatal("Delete did not remove the selected span")
	}
	w.edits.Undo()
	if len(w.Document().Board().Spans) != 1 {
		t.Fatal("undo did not restore the span")
	}
	v.Selection().Set(eventNamed(t, w, board.StartEvent).ID, b.ID)
	if _, err := w.actions.selectedEventRun(); err == nil {
		t.Fatal("a span over events with others between them was accepted")
	}
	for _, ok := range []string{"2d", "4h", "30m", "1w", "3 days", "1-3d", "S", "M", "XL", "up to 1 week"} {
		if err := w.actions.validSpanLabel(ok); err != nil {
			t.Errorf("%q refused: %v", ok, err)
		}
	}
	for _, bad := range []string{"", "soon", "2x", "d2"} {
		if w.actions.validSpanLabel(bad) == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestAction_OwnerAndDueShowOnStickyAndUndo(t *testing.T) {
	w := sampleWindow(t)
	var action board.Sticky
	for _, s := range w.Document().Board().InLane(board.Actions) {
		action = s
		break
	}
	w.actions.setAction(action.ID, "Priya", "2026-12-04")
	s, _ := w.Document().Board().Sticky(action.ID)
	if s.Owner != "Priya" || s.Due != "2026-12-04" {
		t.Fatalf("action = %+v", s)
	}
	if got := drawnTexts(w.view.StickyWidget(action.ID)); !slices.Contains(got, "Priya · due 4 Dec") {
		t.Fatalf("the sticky does not show its owner and due date; it shows %q", got)
	}
	w.edits.Undo()
	if s, _ := w.Document().Board().Sticky(action.ID); s.Owner != "" || s.Due != "" {
		t.Fatalf("undo left %+v", s)
	}
}

func TestAddSticky_GoesUnderSelectedEventColumn(t *testing.T) {
	w := sampleWindow(t)
	v := w.view
	ci := eventNamed(t, w, "CI pipeline passed")
	v.Selection().Set(ci.ID)
	typeSticky(t, w, '3', "QA team")
	var added board.Sticky
	for _, s := range w.Document().Board().InLane(board.Teams) {
		if s.Text == "QA team" {
			added = s
		}
	}
	if e, _ := w.Document().Board().EventOf(added); e.ID != ci.ID {
		t.Fatalf("new team sticky sits under %q, want %q", e.Text, ci.Text)
	}
	// A new event goes right after the selected one, in a column of its own.
	v.Selection().Set(ci.ID)
	typeSticky(t, w, '1', "Artifact published")
	var texts []string
	for _, e := range w.Document().Board().InLane(board.Events) {
		texts = append(texts, e.Text)
	}
	joined := strings.Join(texts, " | ")
	if !strings.Contains(joined, "CI pipeline passed | Artifact published | Deployed to staging") {
		t.Fatalf("events = %s", joined)
	}
	if e, _ := w.Document().Board().EventOf(added); e.ID != ci.ID {
		t.Fatal("inserting an event moved the QA team out of its column")
	}
	noOverlap(t, w.Document().Board())
}

func noOverlap(t *testing.T, b *board.Board) {
	t.Helper()
	for i, a := range b.Stickies {
		for _, c := range b.Stickies[i+1:] {
			if a.Lane == c.Lane && a.X < c.X+c.W && c.X < a.X+a.W && a.Y < c.Y+c.H && c.Y < a.Y+a.H {
				t.Fatalf("%q and %q overlap", a.Text, c.Text)
			}
		}
	}
}

func TestTidy_IsOneUndoStep(t *testing.T) {
	w := sampleWindow(t)
	b := w.Document().Board()
	// Drop a second system onto Jira board: it stacks below, the lane grows.
	jira, _ := b.Sticky(10)
	typeSticky(t, w, '2', "Confluence")
	added := b.Stickies[len(b.Stickies)-1]
	w.view.Selection().Set(added.ID)
	sw := w.view.StickyWidget(added.ID)
	sw.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: float32(jira.X-added.X) * w.view.Viewport().Zoom(), DY: 0}})
	sw.DragEnd()
	noOverlap(t, w.Document().Board())
	if w.Document().Board().LaneHeight(board.Systems) <= board.DefaultLaneHeight {
		t.Fatal("stacking two stickies did not grow the lane")
	}
	// Knock an event out of line so there is something to tidy.
	ci := eventNamed(t, w, "CI pipeline passed")
	w.Document().Apply(&board.MoveSticky{ID: ci.ID, Lane: board.Events, X: ci.X + 60, Y: ci.Y})
	before := w.Document().Board().Clone()
	w.edits.Tidy()
	noOverlap(t, w.Document().Board())
	if s, _ := w.Document().Board().Sticky(ci.ID); s.X != ci.X {
		t.Fatalf("tidy left the event at x=%v, want it back in line at %v", s.X, ci.X)
	}
	w.edits.Undo()
	if got := w.Document().Board(); !reflect.DeepEqual(got, before) {
		t.Fatal("one undo of tidy did not restore the board")
	}
}

// At "fit whole board" a 60-sticky board on a 1920×1080 projector must show
// sticky text at 18 px or more.
func TestFitBoard_SixtyStickiesReadableOnProjector(t *testing.T) {
	a := test.NewTempApp(t)
	w := NewWindow(a, "", bigBoard(60))
	w.win.Resize(fyne.NewSize(1920, 1080))
	w.view.Viewport().FitBoard()
	t.Logf("view %v", w.view.Size())
	if px := w.view.Viewport().Zoom() * board.StickyTextSize; px < 18 {
		t.Fatalf("at fit zoom %.2f sticky text is %.1f px, want ≥ 18", w.view.Viewport().Zoom(), px)
	}
	minX, _, maxX, maxY := w.Document().Board().Bounds()
	if r := w.view.Viewport().ToScreen(maxX, maxY); w.view.Viewport().ToScreen(minX, 0).X < board.LabelWidth || r.X > w.view.Size().Width || r.Y > w.view.Size().Height {
		t.Fatal("fit does not show the whole board")
	}
}

// The method's step 3, "order events left to right": dragging an event past
// its neighbour swaps their columns, and the stickies under each stay with
// their event, in one undo step.
func TestSticky_DraggingAnEventReordersColumns(t *testing.T) {
	w := sampleWindow(t)
	v := w.view
	staging := eventNamed(t, w, "Deployed to staging")
	scan := eventNamed(t, w, "Security scan signed off")
	before := w.Document().Board().Clone()
	sw := v.StickyWidget(staging.ID)
	dx := float32(scan.X+scan.W/2+10-(staging.X+staging.W/2)) * v.Viewport().Zoom()
	for i := 0; i < 4; i++ {
		sw.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: dx / 4}})
	}
	sw.DragEnd()
	b := w.Document().Board()
	var order []string
	for _, e := range b.InLane(board.Events) {
		order = append(order, e.Text)
	}
	if !strings.Contains(strings.Join(order, "|"), "Security scan signed off|Deployed to staging") {
		t.Fatalf("events after the drag: %q", order)
	}
	for _, s := range before.Stickies {
		was, _ := before.EventOf(s)
		now, _ := b.EventOf(func() board.Sticky { x, _ := b.Sticky(s.ID); return x }())
		if was.ID != now.ID {
			t.Errorf("%q moved from %q's column to %q's", s.Text, was.Text, now.Text)
		}
	}
	noOverlap(t, b)
	w.edits.Undo()
	if !reflect.DeepEqual(w.Document().Board().Stickies, before.Stickies) {
		t.Fatal("one undo did not restore the order")
	}
}
