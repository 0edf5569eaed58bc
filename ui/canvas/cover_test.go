package canvas

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pathmap/board"
)

// drawnSpans lists the labels of the span brackets the view hands to the
// painter.
func drawnSpans(v *BoardView) []string {
	var out []string
	for _, o := range test.WidgetRenderer(v).Objects() {
		if sw, ok := o.(*SpanWidget); ok {
			out = append(out, sw.span.Label)
		}
	}
	return out
}

// A pile of events pasted in one place shows only its top one, so only it
// is drawn and given badges; one selected in the pile shows its outline.
func TestBoardView_PileOfStickiesDrawsOnlyWhatShows(t *testing.T) {
	b := laneBoard(
		board.Sticky{Lane: board.Events, Text: "Pile 1", X: 10},
		board.Sticky{Lane: board.Events, Text: "Pile 2", X: 10},
		board.Sticky{Lane: board.Events, Text: "Pile 3", X: 10},
		board.Sticky{Lane: board.Events, Text: "Half over the pile", X: 100},
		board.Sticky{Lane: board.Events, Text: "Alone", X: 600},
	)
	b.Spans = []board.Span{{ID: 1, From: 1, To: 5, Label: "2d"}, {ID: 2, From: 2, To: 5, Label: "2d"}, {ID: 3, From: 3, To: 5, Label: "3d"}}
	v, _ := newTestView(t, b)
	v.vp.zoom, v.vp.offX, v.vp.offY, v.vp.autoFit = 1, 0, 0, false
	v.Relayout()
	if got := fmt.Sprint(drawnEvents(v)); got != "[Pile 3 Half over the pile Alone]" {
		t.Errorf("the view draws %s; want the pile's top, the one half over it and the one alone", got)
	}
	// The spans from each sticky of the pile to "Alone" lie on one
	// another; the two alike are drawn once, the other label shows.
	if got := fmt.Sprint(drawnSpans(v)); got != "[2d 3d]" {
		t.Errorf("the view draws the spans %s; want one 2d and the 3d", got)
	}
	f := test.WidgetRenderer(v).(*boardRenderer).frame(v.Size())
	if len(f.Spans) != 3 || len(f.Stickies) != 3 {
		t.Errorf("the overlays are told of %d spans and %d stickies; want all 3 spans in view and the 3 stickies seen", len(f.Spans), len(f.Stickies))
	}

	v.sel.Set(1)
	v.Relayout()
	if got := fmt.Sprint(drawnEvents(v)); got != "[Pile 1 Pile 3 Half over the pile Alone]" {
		t.Errorf("with the pile's bottom sticky selected the view draws %s; want its outline too", got)
	}
	v.sel.SetSpan(1)
	v.Relayout()
	if got := fmt.Sprint(drawnSpans(v)); got != "[2d 2d 3d]" {
		t.Errorf("with the lower of two alike spans selected the view draws %s; want both", got)
	}
	// A click on the pile still lands on its top sticky.
	v.Resize(fyne.NewSize(1200, 700))
	top := v.widgets[3]
	if o := test.WidgetRenderer(v).Objects(); indexOf(o, top) < indexOf(o, v.widgets[1]) {
		t.Error("the selected sticky at the bottom of the pile is drawn over its top")
	}
}

func indexOf(list []fyne.CanvasObject, o fyne.CanvasObject) int {
	for i, x := range list {
		if x == o {
			return i
		}
	}
	return -1
}
