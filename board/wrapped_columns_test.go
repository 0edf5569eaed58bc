package board

import (
	"math/rand"
	"testing"
	"unicode"
)

func TestEventFinder_AgreesWithEventAt(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for round := 0; round < 200; round++ {
		b := &Board{}
		for i := range rng.Intn(12) {
			// Few distinct positions and widths, so columns overlap, share
			// edges and tie on distance.
			b.Stickies = append(b.Stickies, Sticky{ID: i + 1, Lane: Events,
				X: float64(rng.Intn(8) * 50), Y: float64(rng.Intn(3) * 90), W: float64(60 + rng.Intn(3)*40), H: 80})
		}
		events := b.InLane(Events)
		f := newEventFinder(events)
		for x := -60.0; x < 600; x += 5 {
			want, wok := EventAt(events, x)
			got, gok := f.at(x)
			if wok != gok || want.ID != got.ID {
				t.Fatalf("round %d, x %.0f: finder says %d (%v), EventAt %d (%v); events %+v", round, x, got.ID, gok, want.ID, wok, events)
			}
		}
	}
}

func TestSpaceAt_AgreesWithUnicode(t *testing.T) {
	for r := rune(0); r < 0x3100; r++ {
		s := string(r)
		if space, n := spaceAt(s, 0); space != unicode.IsSpace(r) || n != len(s) {
			t.Errorf("spaceAt(%U) = %v, %d; unicode.IsSpace says %v, length %d", r, space, n, unicode.IsSpace(r), len(s))
		}
	}
}
