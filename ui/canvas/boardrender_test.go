package canvas

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pathmap/board"
)

// drawnEvents lists the texts of the event stickies the board view hands
// to the painter, in drawing order.
func drawnEvents(v *BoardView) []string {
	var out []string
	for _, o := range test.WidgetRenderer(v).Objects() {
		if sw, ok := o.(*StickyWidget); ok && sw.sticky.Lane == board.Events {
			out = append(out, sw.sticky.Text)
		}
	}
	return out
}

func TestBoardView_PanThatSwapsTheVisibleStickiesDrawsTheNewOnes(t *testing.T) {
	var events []board.Sticky
	for i := range 10 {
		events = append(events, board.Sticky{Lane: board.Events, Text: fmt.Sprintf("Step %d", i), X: float64(i) * 300})
	}
	v, _ := newTestView(t, laneBoard(events...))
	// One event column every 300 board units, 550 units in view at 100 %:
	// two events show, and a 600-unit pan shows two others.
	v.vp.zoom, v.vp.offX, v.vp.offY, v.vp.autoFit = 1, 0, 0, false
	v.Resize(fyne.NewSize(labelWidth+550, 760))
	v.Relayout()
	if got := drawnEvents(v); fmt.Sprint(got) != "[Step 0 Step 1]" {
		t.Fatalf("before the pan the view draws %q; want Step 0 and Step 1", got)
	}
	v.vp.Pan(-600, 0)
	if got := drawnEvents(v); fmt.Sprint(got) != "[Step 2 Step 3]" {
		t.Fatalf("after panning two columns right the view draws %q; want Step 2 and Step 3, not stale copies", got)
	}
	v.vp.Pan(300, 0)
	if got := drawnEvents(v); fmt.Sprint(got) != "[Step 1 Step 2]" {
		t.Fatalf("after panning one column back the view draws %q; want Step 1 and Step 2", got)
	}
}

// The pan that swaps which stickies are visible, keeping their count, is
// checked against the whole drawing too: the markup lists every object the
// view draws, so a stale sticky left on screen or a new one not drawn
// shows as a difference from the golden files in testdata/.
func TestBoardView_PanThatSwapsTheVisibleStickiesRendersAsGolden(t *testing.T) {
	var events []board.Sticky
	for i := range 6 {
		events = append(events, board.Sticky{Lane: board.Events, Text: fmt.Sprintf("Deployed to stage %d", i), X: float64(i) * 300})
	}
	b := board.New()
	b.Stickies = nil
	for i, e := range events {
		e.ID = i + 1
		e.Y, e.W, e.H = b.LaneTop(board.Events)+board.LanePad, board.StickyWidth, board.StickyHeight
		b.Stickies = append(b.Stickies, e)
	}
	v, _ := newTestView(t, b)
	v.vp.zoom, v.vp.offX, v.vp.offY, v.vp.autoFit = 1, 0, 0, false
	v.Resize(fyne.NewSize(labelWidth+550, 760))
	v.Relayout()
	test.AssertObjectRendersToMarkup(t, "pan_swap_before.xml", v)
	v.vp.Pan(-600, 0)
	if got := drawnEvents(v); fmt.Sprint(got) != "[Deployed to stage 2 Deployed to stage 3]" {
		t.Fatalf("after the pan the view draws %q", got)
	}
	test.AssertObjectRendersToMarkup(t, "pan_swap_after.xml", v)
}
