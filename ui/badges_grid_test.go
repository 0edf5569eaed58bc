package ui

import (
	"math/rand/v2"
	"testing"
)

// The grid must find every box a look at all of them finds: a badge
// placed over words the grid missed would hide them.
func TestBoxGrid_FindsEveryOverlapALookAtAllBoxesFinds(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	view := box{200, 0, 1080, 720}
	randomBox := func() box {
		// Some well off the view, some huge, most badge-sized.
		w, h := 10+rng.Float32()*120, 8+rng.Float32()*30
		if rng.IntN(20) == 0 {
			w, h = 2000*rng.Float32(), 1500*rng.Float32()
		}
		return box{-700 + rng.Float32()*2600, -500 + rng.Float32()*1700, w, h}
	}
	var list []box
	g := newBoxGrid(view)
	for round := 0; round < 40; round++ {
		for range 50 {
			list = append(list, randomBox())
		}
		g.sync(list)
		for range 200 {
			q := randomBox()
			var want, got []box
			for _, b := range list {
				if q.overlaps(b) {
					want = append(want, b)
				}
			}
			g.near(q, func(b box) bool {
				if q.overlaps(b) {
					got = append(got, b)
				}
				return true
			})
			if len(got) != len(want) {
				t.Fatalf("round %d: grid found %d boxes over %v, a look at all %d finds %d", round, len(got), q, len(list), len(want))
			}
		}
	}
	// A list replaced by another is indexed afresh.
	other := []box{{300, 300, 10, 10}}
	g.sync(other)
	n := 0
	g.near(box{0, 0, 2000, 2000}, func(box) bool { n++; return true })
	if n != 1 {
		t.Errorf("after the list was replaced by one box the grid holds %d", n)
	}
}
