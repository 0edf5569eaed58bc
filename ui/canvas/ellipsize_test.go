package canvas

import (
	"testing"

	"fyne.io/fyne/v2"
)

// A cut line keeps as much of its text as fits: no more (it would run
// past the edge), no less (words would go for nothing).
func TestEllipsize_KeepsTheLongestStartThatFits(t *testing.T) {
	line := "Deployed to staging after the nightly regression suite passed — Größe"
	width := func(s string) float32 { return fyne.MeasureText(s, 14, fyne.TextStyle{}).Width }
	for _, w := range []float32{0, 5, 40, 97, 180, 300, width(line + "…")} {
		got := Ellipsize(line, w, 14)
		kept := []rune(got[:len(got)-len("…")])
		if len(kept) > 0 && width(got) > w {
			t.Errorf("cut to %.0f px: %q is %.0f px wide", w, got, width(got))
		}
		if n := len(kept); n < len([]rune(line)) {
			if longer := string([]rune(line)[:n+1]) + "…"; width(longer) <= w {
				t.Errorf("cut to %.0f px: %q, though %q fits too", w, got, longer)
			}
		}
	}
}
