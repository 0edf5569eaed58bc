package canvas

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"pathmap/board"
)

// dragTo presses on sticky sw at its middle and drags it, pointer step by
// pointer step, through the view positions path; it leaves the button
// down. It returns where in the sticky the pointer holds it.
func dragTo(sw *StickyWidget, path ...fyne.Position) fyne.Position {
	grab := fyne.NewPos(sw.Size().Width/2, sw.Size().Height/2)
	sw.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: grab}, Button: desktop.MouseButtonPrimary})
	prev := sw.Position().Add(grab)
	for _, p := range path {
		sw.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: p.Subtract(sw.Position())}, Dragged: fyne.NewDelta(p.X-prev.X, p.Y-prev.Y)})
		prev = p
	}
	return grab
}

func TestDrag_StickyHeldAtTheRightEdgeScrollsTheBoardAndStaysUnderThePointer(t *testing.T) {
	v, ws := largeWorkshopView(t, fyne.NewSize(1280, 690))
	v.vp.ZoomAt(1/v.vp.zoom, fyne.NewPos(labelWidth, 0))
	var scheduled []func()
	v.scroll.after = func(_ time.Duration, f func()) { scheduled = append(scheduled, f) }
	s := stickyWithText(t, ws, "Jira")
	sw := v.widgets[s.ID]
	start := sw.Position()
	edge := fyne.NewPos(v.Size().Width-10, start.Y+sw.Size().Height/2)
	grab := dragTo(sw, start.AddXY(200, 20), edge)
	if len(scheduled) == 0 {
		t.Fatal("a sticky dragged to the view's right edge did not start scrolling")
	}
	offX := v.vp.offX
	// The pointer is held still at the edge: the board keeps scrolling.
	for i := 0; i < 60 && len(scheduled) > 0; i++ {
		f := scheduled[0]
		scheduled = scheduled[1:]
		f()
	}
	if moved := (v.vp.offX - offX) * v.vp.zoom; moved < 60*dragScrollMax*0.7 {
		t.Fatalf("60 steps at the edge scrolled the board %v px", moved)
	}
	if at := sw.Position().Add(grab); abs32(at.X-edge.X) > 1 || abs32(at.Y-edge.Y) > 1 {
		t.Errorf("the dragged sticky is held at %v; the pointer is at %v", at, edge)
	}
	sw.DragEnd()
	got, _ := ws.Document().Board().Sticky(s.ID)
	if got.X < s.X+1000 {
		t.Errorf("the sticky dropped at x %v, barely past where it started (%v)", got.X, s.X)
	}
	if ev, ok := ws.Document().Board().EventOf(got); !ok || ev.X != got.X {
		t.Errorf("the sticky dropped at x %v, not in an event column (%v)", got.X, ev.X)
	}
	if len(scheduled) > 0 {
		dropped := v.vp.offX
		scheduled[0]()
		if v.vp.offX != dropped || len(scheduled) > 1 {
			t.Error("scrolling went on after the drop")
		}
	}
	ws.Document().Undo()
	if back, _ := ws.Document().Board().Sticky(s.ID); back.X != s.X || back.Y != s.Y {
		t.Errorf("one undo put the sticky at %v,%v; it was at %v,%v", back.X, back.Y, s.X, s.Y)
	}
}

func TestDrag_DraggedStickyIsDrawnAboveTheLaneNames(t *testing.T) {
	v, ws := largeWorkshopView(t, fyne.NewSize(1280, 690))
	v.scroll.after = func(time.Duration, func()) {}
	s := stickyWithText(t, ws, "Jira")
	sw := v.widgets[s.ID]
	dragTo(sw, sw.Position().AddXY(-20, 0), fyne.NewPos(labelWidth/2, sw.Position().Y+10))
	objs := test.WidgetRenderer(v).Objects()
	stickyAt, nameAt := -1, -1
	for i, o := range objs {
		if o == sw {
			stickyAt = i
		}
		if o == test.WidgetRenderer(v).(*boardRenderer).names[board.Systems].box {
			nameAt = i
		}
	}
	if stickyAt < 0 {
		t.Fatal("the dragged sticky is not drawn while over the lane names")
	}
	if stickyAt < nameAt {
		t.Errorf("the dragged sticky is drawn at %d, under the lane names at %d", stickyAt, nameAt)
	}
	sw.DragEnd()
	objs = test.WidgetRenderer(v).Objects()
	for i, o := range objs {
		if o == sw && i > nameAt {
			t.Error("after the drop the sticky is still drawn over the lane names")
		}
	}
}

func TestDrag_DropBetweenColumnsSnapsIntoTheNearestInOneUndo(t *testing.T) {
	v, ws := newTestView(t, laneBoard(
		board.Sticky{Lane: board.Events, Text: "Build"}, board.Sticky{Lane: board.Events, Text: "Test"},
		board.Sticky{Lane: board.Events, Text: "Release"}, board.Sticky{Lane: board.PainPoints, Text: "Slow builds"}))
	v.scroll.after = func(time.Duration, func()) {}
	b := ws.Document().Board()
	events := b.InLane(board.Events)
	s := stickyWithText(t, ws, "Slow builds")
	sw := v.widgets[s.ID]
	// Carry it 60 % of the way to the next column: it lands in that one.
	step := float32(events[1].X-events[0].X) * v.vp.zoom
	mid := sw.Position().AddXY(sw.Size().Width/2, sw.Size().Height/2)
	dragTo(sw, mid.AddXY(10, 0), mid.AddXY(step*0.6, 0))
	sw.DragEnd()
	got, _ := ws.Document().Board().Sticky(s.ID)
	if got.X != events[1].X {
		t.Errorf("dropped between the first two columns, the sticky rests at x %v; want the nearer column at %v", got.X, events[1].X)
	}
	ws.Document().Undo()
	if back, _ := ws.Document().Board().Sticky(s.ID); back.X != s.X {
		t.Errorf("one undo left the sticky at x %v, not %v", back.X, s.X)
	}
}
