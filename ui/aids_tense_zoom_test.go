package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pathmap/board"
)

// tenseMarkers are the past-tense suggestions on the board (amber italic
// pills), without their "×".
func tenseMarkers(w *Window) []*aidMarker {
	var out []*aidMarker
	for _, o := range w.aids.markers.shown {
		if m, ok := o.(*aidMarker); ok && m.italic && m.ink == markAmber {
			out = append(out, m)
		}
	}
	return out
}

func TestAids_TenseHintZoomedOutIsAMarkNotAFewLetters(t *testing.T) {
	w := largeWorkshopWindow(t, fyne.NewSize(1024, 576))
	vp := w.view.Viewport()
	compact := 0
	for _, zoom := range []float32{0.35, 0.45, 0.55} {
		vp.ZoomAt(zoom/vp.Zoom(), fyne.NewPos(board.LabelWidth, 0))
		ms := tenseMarkers(w)
		if len(ms) == 0 {
			t.Fatalf("at %.0f%% no past-tense suggestion is shown", zoom*100)
		}
		for _, m := range ms {
			if m.text == compactTenseHint {
				compact++
				continue
			}
			if cut, ok := strings.CutSuffix(m.text, "…"); ok && len([]rune(cut)) < 12 {
				t.Errorf("at %.0f%% a suggestion is cut to %q", zoom*100, m.text)
			}
		}
	}
	if compact == 0 {
		t.Fatal("zoomed out to 35% no suggestion was shown as a compact mark")
	}
	// A click on the mark shows the suggestion whole, to apply.
	vp.ZoomAt(0.35/vp.Zoom(), fyne.NewPos(board.LabelWidth, 0))
	before := map[int]string{}
	for _, s := range w.Document().Board().InLane(board.Events) {
		before[s.ID] = s.Text
	}
	test.Tap(marker(t, w, compactTenseHint))
	dialogButton(t, w, "Use it").OnTapped()
	changed := 0
	for _, s := range w.Document().Board().InLane(board.Events) {
		if before[s.ID] != s.Text {
			changed++
		}
	}
	if changed != 1 || w.Document().UndoName() != "Use past tense" {
		t.Fatalf("using the suggestion from the mark changed %d events (last edit %q); want one",
			changed, w.Document().UndoName())
	}
}
