package canvas

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"pathmap/board"
)

func TestLaneName_StaysReadableZoomedFarOut(t *testing.T) {
	v, _ := largeWorkshopView(t, fyne.NewSize(1024, 340))
	r := test.WidgetRenderer(v).(*boardRenderer)
	b := v.Document().Board()
	for _, zoom := range []float32{1, 0.55, 0.35} {
		v.vp.ZoomAt(zoom/v.vp.zoom, fyne.NewPos(labelWidth, 0))
		r.Layout(v.Size())
		drawn := map[fyne.CanvasObject]bool{}
		for _, o := range r.Objects() {
			drawn[o] = true
		}
		for _, l := range board.AllLanes() {
			n := r.names[l]
			text, ts := n.Text()
			if !drawn[n.box] || text != l.Name() {
				t.Errorf("at %.0f%% the %s lane's name reads %q (drawn %v)", zoom*100, l.Name(), text, drawn[n.box])
			}
			if ts < minLaneNameText {
				t.Errorf("at %.0f%% the %s lane's name is set in %v px type", zoom*100, l.Name(), ts)
			}
			if h := float32(b.LaneHeight(l)) * v.vp.zoom; n.box.Size().Height > h {
				t.Errorf("at %.0f%% the %s lane's name is %.0f px high in a %.0f px lane",
					zoom*100, l.Name(), n.box.Size().Height, h)
			}
			if n.box.Position().X+n.box.Size().Width > labelWidth {
				t.Errorf("the %s lane's name runs past the name column", l.Name())
			}
			for _, line := range n.box.Objects {
				if w := fyne.MeasureText(line.(*canvas.Text).Text, ts, fyne.TextStyle{Bold: true}).Width; w > n.box.Size().Width+1 {
					t.Errorf("a line of the %s lane's name is %.0f px wide in a %.0f px column", l.Name(), w, n.box.Size().Width)
				}
			}
		}
	}
}
