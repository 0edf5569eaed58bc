package canvas

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pathmap/board"
)

func TestBoardView_DrawsOnlyStickiesInView(t *testing.T) {
	v, ws := sampleView(t)
	v.vp.ZoomAt(2, fyne.NewPos(board.LabelWidth, 0))
	r := test.WidgetRenderer(v).(*boardRenderer)
	drawn := 0
	for _, o := range r.Objects() {
		if _, ok := o.(*StickyWidget); ok {
			drawn++
		}
	}
	if drawn == 0 || drawn >= len(ws.Document().Board().Stickies) {
		t.Fatalf("%d of %d stickies drawn at 200%%; want only those in view", drawn, len(ws.Document().Board().Stickies))
	}
	labelsOnTop := r.Objects()[len(r.Objects())-4]
	if labelsOnTop != r.rules[board.Actions] {
		t.Fatal("lane names must be drawn above the stickies so they stay readable while panning")
	}
	v.vp.Pan(-300, 0)
	if r.strips[board.Events].Position().X != 0 {
		t.Fatal("the lane name column moved while panning")
	}
}
