package export

import (
	"testing"
)

func TestPosterTile_NamesReadLikeAMapGrid(t *testing.T) {
	for _, c := range []struct {
		row, col int
		want     string
	}{{0, 0, "A1"}, {1, 2, "B3"}, {25, 0, "Z1"}, {26, 9, "AA10"}} {
		if got := (posterTile{Row: c.row, Col: c.col}).Name(); got != c.want {
			t.Errorf("row %d col %d: %q, want %q", c.row, c.col, got, c.want)
		}
	}
}
