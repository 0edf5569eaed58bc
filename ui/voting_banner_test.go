package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// coveredStickies lists the stickies in view that marker m covers.
func coveredStickies(t *testing.T, w *Window, m *aidMarker) []string {
	var out []string
	mb := boxAt(m.Position(), m.Size())
	for _, p := range lastFrame(t, w).Stickies {
		if mb.overlaps(boxAt(p.Pos, p.Size)) {
			out = append(out, p.Sticky.Text)
		}
	}
	return out
}

func TestVotingBanner_CoversNoSticky(t *testing.T) {
	w := largeWorkshopWindow(t, fyne.NewSize(1024, 576))
	lastFrame(t, w)
	w.view.Viewport().FitLanes()
	w.TypedRune('v')
	if !strings.HasPrefix(w.aids.banner.Text(), "Dot-voting") {
		t.Fatalf("while voting the status bar says %q; want the voting banner", w.aids.banner.Text())
	}
	for _, o := range w.aids.markers.shown {
		if m := o.(*aidMarker); strings.HasPrefix(m.text, "Dot-voting") {
			t.Fatalf("the voting banner is on the board over %q; it belongs in the status bar", coveredStickies(t, w, m))
		}
	}
	test.Tap(w.aids.banner.button)
	if w.aids.Voting() || w.aids.banner.Text() != "" {
		t.Fatal("a click on the banner must stop voting and give the status bar back to the key hint")
	}

	// In presenter mode the status bar is gone: the banner is on the board,
	// clear of the stickies.
	w.session.TogglePresenter()
	defer w.session.TogglePresenter()
	w.TypedRune('v')
	var banner *aidMarker
	for _, o := range w.aids.markers.shown {
		if m := o.(*aidMarker); strings.HasPrefix(m.text, "Dot-voting") {
			banner = m
		}
	}
	if banner == nil {
		t.Fatalf("in presenter mode voting shows no banner; markers %q", markerTexts(w))
	}
	if c := coveredStickies(t, w, banner); len(c) > 0 {
		t.Fatalf("in presenter mode the voting banner covers %q", c)
	}
}
