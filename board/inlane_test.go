package board

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// Stickies in one place keep the board's order: the reading order of a
// pile is the order they were stuck up in.
func TestBoard_InLaneIsReadingOrderAndKeepsTheBoardsOrderOfAPile(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 20 {
		b := &Board{}
		for i := range 500 {
			// Few places, so many stickies share one.
			b.Stickies = append(b.Stickies, Sticky{ID: i + 1, Lane: Lane(rng.IntN(2)), X: float64(rng.IntN(6) * 10), Y: float64(rng.IntN(4) * 10)})
		}
		var want []Sticky
		for _, s := range b.Stickies {
			if s.Lane == Events {
				want = append(want, s)
			}
		}
		slices.SortStableFunc(want, readingOrder)
		if got := b.InLane(Events); !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: InLane differs from the stable reading order", round)
		}
	}
}
