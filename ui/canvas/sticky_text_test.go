package canvas

import (
	"testing"

	"fyne.io/fyne/v2"

	"pathmap/board"
)

func within(a, b Box) bool {
	return a.X >= b.X && a.Y >= b.Y && a.X+a.W <= b.X+b.W && a.Y+a.H <= b.Y+b.H
}

func TestStickyText_InkIsInsideTheSticky(t *testing.T) {
	s := board.Sticky{Lane: board.Actions, Text: "Automate the regression suite: which parts first?", Owner: "Priya", Due: "2025-12-04", W: board.StickyWidth, H: board.StickyHeight}
	for _, zoom := range []float32{0.37, 1, 2} {
		size := fyne.NewSize(float32(s.W)*zoom, float32(s.H)*zoom)
		lt := layoutStickyText(s, size, zoom)
		ink := lt.ink()
		if len(ink) != len(lt.lines)+1 {
			t.Fatalf("at %v: %d ink boxes for %d lines and a footer", zoom, len(ink), len(lt.lines))
		}
		for _, b := range ink {
			if !within(b, Box{0, 0, size.Width, size.Height}) || b.W <= 0 {
				t.Errorf("at %v: words at %+v outside the %v sticky", zoom, b, size)
			}
		}
	}
}
