package canvas

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// countingOverlay counts how often the view asks it to place its objects.
type countingOverlay struct{ layouts int }

func (o *countingOverlay) LayoutOverlay(*Frame) []fyne.CanvasObject { o.layouts++; return nil }

func (o *countingOverlay) TapSticky(int, fyne.KeyModifier, bool) bool { return false }

// viewState is what a renderer must never change: the view's pan, zoom,
// fitting and selection, and what a sticky widget last drew.
type viewState struct {
	zoom, offX, offY float32
	autoFit          bool
	selected         int
	drawn            stickyLook
}

func stateOf(v *BoardView, w *StickyWidget) viewState {
	return viewState{v.vp.zoom, v.vp.offX, v.vp.offY, v.vp.autoFit, v.sel.One(), w.drawn}
}

// Fyne calls a renderer's Layout whenever the widget is resized; Layout
// must only place objects. Redrawing (a sticky's selection border, the
// aids' markers) belongs to Refresh, and neither may change the view.
func TestBoardRenderer_LayoutOnlyPlacesRefreshRedraws(t *testing.T) {
	v, _ := sampleView(t)
	o := &countingOverlay{}
	v.AddOverlay(o)
	r := test.WidgetRenderer(v).(*boardRenderer)
	const id = 10 // the Jira board, in view at the start
	sw := v.widgets[id]
	border := func() any { return test.WidgetRenderer(sw).(*stickyRenderer).bg.StrokeColor }
	if !drawnNow(r, sw) || border() == any(SelectionColor) {
		t.Fatal("the sticky must start in view and not selected")
	}
	// Select it while it is panned out of view: nothing redraws it there.
	offX := v.vp.offX
	v.vp.Pan(-4000, 0)
	if drawnNow(r, sw) {
		t.Fatal("the pan did not take the sticky out of view")
	}
	v.sel.Set(id)
	// Bring it back as a bare Layout would, without a Refresh.
	v.vp.offX = offX
	before, layouts := stateOf(v, sw), o.layouts
	r.Layout(v.Size())
	r.Layout(fyne.NewSize(800, 400)) // a view fitted to its height: no refit here
	r.Layout(v.Size())
	if !drawnNow(r, sw) {
		t.Fatal("Layout did not place the sticky back in view")
	}
	if after := stateOf(v, sw); after != before {
		t.Fatalf("Layout changed the view's state from %+v to %+v", before, after)
	}
	if border() == any(SelectionColor) {
		t.Fatal("Layout redrew the sticky (its selection border); only Refresh may")
	}
	if o.layouts != layouts {
		t.Fatalf("Layout had the overlays lay out %d times; they redraw markers, which only Refresh may", o.layouts-layouts)
	}
	r.Refresh()
	if border() != any(SelectionColor) {
		t.Fatal("Refresh did not draw the selected sticky's border")
	}
	if o.layouts != layouts+1 {
		t.Fatalf("Refresh laid the overlays out %d times, want once", o.layouts-layouts)
	}
	if stateOf(v, sw).zoom != before.zoom || stateOf(v, sw).selected != id {
		t.Fatal("Refresh changed the view's zoom or selection")
	}
}

// drawnNow reports whether the board renderer draws sticky w.
func drawnNow(r *boardRenderer, w *StickyWidget) bool {
	for _, o := range r.Objects() {
		if o == w {
			return true
		}
	}
	return false
}
