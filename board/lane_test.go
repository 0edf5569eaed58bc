package board

import (
	"math"
	"testing"
)

// luminance is the WCAG relative luminance of c.
func luminance(c Color) float64 {
	ch := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(c.R) + 0.7152*ch(c.G) + 0.0722*ch(c.B)
}

func contrast(a, b Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// Sticky text must be readable from the back of a room on a washed-out
// projector: WCAG AAA (7:1) for every lane.
func TestLanes_StickyTextContrastIsAtLeastAAA(t *testing.T) {
	for _, l := range AllLanes() {
		if c := contrast(l.Ink(), l.Fill()); c < 7 {
			t.Errorf("%s: text on sticky contrast %.2f:1, want ≥ 7:1", l.Name(), c)
		}
		if c := contrast(l.Ink(), l.Band()); c < 7 {
			t.Errorf("%s: text on lane band contrast %.2f:1, want ≥ 7:1", l.Name(), c)
		}
	}
}

func TestLanes_HaveDistinctNamesKeysAndColors(t *testing.T) {
	seen := map[any]Lane{}
	for _, l := range AllLanes() {
		for _, v := range []any{l.Name(), l.Key(), l.Fill()} {
			if o, dup := seen[v]; dup {
				t.Errorf("lanes %s and %s share %v", o.Name(), l.Name(), v)
			}
			seen[v] = l
		}
		if back, ok := LaneFromKey(l.Key()); !ok || back != l {
			t.Errorf("lane key %q does not map back", l.Key())
		}
	}
}
