package canvas

import (
	"testing"

	"fyne.io/fyne/v2"

	"pathmap/board"
)

func TestBoardView_DrawsOnlyStickiesInView(t *testing.T) {
	v, ws := sampleView(t)
	v.ZoomAt(2, fyne.NewPos(board.LabelWidth, 0))
	drawn := 0
	for _, o := range v.renderer.Objects() {
		if _, ok := o.(*StickyWidget); ok {
			drawn++
		}
	}
	if drawn == 0 || drawn >= len(ws.Document().Board().Stickies) {
		t.Fatalf("%d of %d stickies drawn at 200%%; want only those in view", drawn, len(ws.Document().Board().Stickies))
	}
	labelsOnTop := v.renderer.Objects()[len(v.renderer.Objects())-4]
	if labelsOnTop != v.renderer.rules[board.Actions] {
		t.Fatal("lane names must be drawn above the stickies so they stay readable while panning")
	}
	v.Pan(-300, 0)
	if v.renderer.strips[board.Events].Position().X != 0 {
		t.Fatal("the lane name column moved while panning")
	}
}
