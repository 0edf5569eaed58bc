package ui

import (
	"testing"

	"pathmap/board"
	"pathmap/workshop"
)

func TestWindow_AnEditPastALimitSaysWhyNothingHappened(t *testing.T) {
	b := board.New()
	id := b.NextID()
	b.Stickies = append(b.Stickies, board.Sticky{ID: id, Lane: board.Actions, Text: "far right",
		X: board.MaxCoordinate - 10, Y: board.LanePad, W: board.StickyWidth, H: board.StickyHeight})
	w := newTestWindowWith(t, workshop.Options{Board: b})
	// Dragged past x = 1,000,000, as a long lane allows on screen.
	w.Document().Apply(&board.MoveSticky{ID: id, Lane: board.Actions, X: board.MaxCoordinate + 50})
	if s, _ := w.Document().Board().Sticky(id); s.X != board.MaxCoordinate-10 {
		t.Fatalf("the refused move left the sticky at x = %g", s.X)
	}
	top := w.win.Canvas().Overlays().Top()
	if top == nil || !containsText(top, "This change was not made") || !containsText(top, "past the edge") {
		t.Fatal("the refused sticky vanished without a word to the facilitator")
	}
}
