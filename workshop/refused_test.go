package workshop

import (
	"testing"

	"pathmap/board"
)

func TestSession_ARoomEditPastALimitIsRefusedAndHeardOf(t *testing.T) {
	b := board.New()
	id := b.NextID()
	b.Stickies = append(b.Stickies, board.Sticky{ID: id, Lane: board.Events, Text: "far right",
		X: board.MaxCoordinate - 10, Y: board.LanePad, W: board.StickyWidth, H: board.StickyHeight})
	s, _ := newTestSession(t, Options{Board: b})
	heard := make(chan error, 1)
	onOwner(s, func() { s.OnRefused(func(err error) { heard <- err }) })
	<-s.Apply(board.SourceRoom, &board.MoveSticky{ID: id, Lane: board.Events, X: board.MaxCoordinate + 50})
	select {
	case err := <-heard:
		if _, ok := err.(*board.LimitError); !ok {
			t.Fatalf("heard %T %v, want a *board.LimitError", err, err)
		}
	default:
		t.Fatal("a room edit past x = 1,000,000 was not reported")
	}
	var x float64
	onOwner(s, func() { st, _ := s.Document().Board().Sticky(id); x = st.X })
	if x != board.MaxCoordinate-10 {
		t.Fatalf("the refused room edit moved the sticky to x = %g", x)
	}
}
