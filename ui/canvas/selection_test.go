package canvas

import (
	"fmt"
	"testing"

	"pathmap/board"
)

func testSelection(b *board.Board) (*Selection, *int) {
	changes := 0
	return newSelection(func() *board.Board { return b }, func() { changes++ }), &changes
}

func TestSelection_IDsInBoardOrderAndOneOnlyWhenSingle(t *testing.T) {
	b := laneBoard(ev("Commit"), ev("Build"), ev("Deploy"))
	s, changes := testSelection(b)
	s.Set(3, 1)
	if got := fmt.Sprint(s.IDs()); got != "[1 3]" {
		t.Fatalf("IDs = %s, want board order [1 3]", got)
	}
	if s.One() != 0 {
		t.Fatal("One must be 0 while two stickies are selected")
	}
	s.Toggle(3)
	if s.One() != 1 || s.Has(3) {
		t.Fatalf("after Shift+click on 3 the selection is %v", s.IDs())
	}
	s.Toggle(2)
	if got := fmt.Sprint(s.IDs()); got != "[1 2]" {
		t.Fatalf("after Shift+click on 2 the selection is %s", got)
	}
	if *changes != 3 {
		t.Fatalf("%d changes told for 3 changes", *changes)
	}
}

func TestSelection_ASpanIsSelectedAlone(t *testing.T) {
	b := laneBoard(ev("Commit"), ev("Build"))
	b.Spans = []board.Span{{ID: 7, From: 1, To: 2, Label: "2d"}}
	s, _ := testSelection(b)
	s.Set(1, 2)
	s.SetSpan(7)
	if len(s.IDs()) != 0 || s.Span() != 7 {
		t.Fatalf("selecting a span left stickies %v selected, span %d", s.IDs(), s.Span())
	}
	s.Set(1)
	if s.Span() != 0 {
		t.Fatal("selecting a sticky left the span selected")
	}
}

func TestSelection_PruneForgetsWhatTheBoardLost(t *testing.T) {
	b := laneBoard(ev("Commit"), ev("Build"), ev("Deploy"))
	b.Spans = []board.Span{{ID: 7, From: 1, To: 2, Label: "2d"}}
	s, _ := testSelection(b)
	s.Set(1, 2)
	if s.prune(map[int]bool{1: true, 2: true, 3: true}, b) {
		t.Fatal("prune reported a loss when nothing went")
	}
	if !s.prune(map[int]bool{1: true, 3: true}, b) || fmt.Sprint(s.IDs()) != "[1]" {
		t.Fatalf("after sticky 2 went the selection is %v", s.IDs())
	}
	s.SetSpan(7)
	b.Spans = nil
	s.prune(map[int]bool{1: true, 3: true}, b)
	if s.Span() != 0 {
		t.Fatal("a deleted span stays selected")
	}
}

func TestSelection_RubberBandAddsWhatItTouches(t *testing.T) {
	b := laneBoard(ev("Commit"), ev("Build"), ev("Deploy"))
	s, _ := testSelection(b)
	s.Set(3)
	first := b.Stickies[0]
	s.AddInRect(first.X+10, first.Y+10, first.X+20, first.Y+20)
	if got := fmt.Sprint(s.IDs()); got != "[1 3]" {
		t.Fatalf("rubber band over the first event gave %s, want [1 3]", got)
	}
}
