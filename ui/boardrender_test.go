package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pathmap/board"
)

// drawnEvents lists the texts of the event stickies the board view hands
// to the painter, in drawing order.
func drawnEvents(w *Window) []string {
	var out []string
	for _, o := range test.WidgetRenderer(w.view).Objects() {
		if sw, ok := o.(*stickyWidget); ok && sw.sticky.Lane == board.Events {
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
	w := aidWindow(t, events...)
	v := w.view
	// One event column every 300 board units, 550 units in view at 100 %:
	// two events show, and a 600-unit pan shows two others.
	v.zoom, v.offX, v.offY, v.autoFit = 1, 0, 0, false
	v.Resize(fyne.NewSize(labelWidth+550, 760))
	v.layoutAll()
	if got := drawnEvents(w); fmt.Sprint(got) != "[Step 0 Step 1]" {
		t.Fatalf("before the pan the view draws %q; want Step 0 and Step 1", got)
	}
	v.Pan(-600, 0)
	if got := drawnEvents(w); fmt.Sprint(got) != "[Step 2 Step 3]" {
		t.Fatalf("after panning two columns right the view draws %q; want Step 2 and Step 3, not stale copies", got)
	}
	v.Pan(300, 0)
	if got := drawnEvents(w); fmt.Sprint(got) != "[Step 1 Step 2]" {
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
	w := aidWindow(t, events...)
	w.aids.ToggleHints()
	v := w.view
	v.zoom, v.offX, v.offY, v.autoFit = 1, 0, 0, false
	v.Resize(fyne.NewSize(labelWidth+550, 760))
	v.layoutAll()
	test.AssertObjectRendersToMarkup(t, "pan_swap_before.xml", v)
	v.Pan(-600, 0)
	if got := drawnEvents(w); fmt.Sprint(got) != "[Deployed to stage 2 Deployed to stage 3]" {
		t.Fatalf("after the pan the view draws %q", got)
	}
	test.AssertObjectRendersToMarkup(t, "pan_swap_after.xml", v)
}
