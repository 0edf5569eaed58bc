package export

import (
	"math"
	"testing"
)

func TestPlanPoster_TilesCoverThePosterWithOverlaps(t *testing.T) {
	for _, c := range []struct{ w, h, pageW, pageH float64 }{
		{1000, 300, 273, 173}, {273, 173, 273, 173}, {2000, 900, 396, 260}, {100, 50, 273, 173}, {274, 174, 273, 173},
	} {
		g := planPoster(c.w, c.h, c.pageW, c.pageH, 10)
		if len(g.Tiles) != g.Rows*g.Cols {
			t.Fatalf("%+v: %d tiles for %d×%d", c, len(g.Tiles), g.Rows, g.Cols)
		}
		for _, tile := range g.Tiles {
			if tile.W > c.pageW+1e-9 || tile.H > c.pageH+1e-9 {
				t.Errorf("%+v: tile %s is %g×%g, larger than the page", c, tile.Name(), tile.W, tile.H)
			}
		}
		last := g.Tiles[len(g.Tiles)-1]
		if math.Abs(last.X+last.W-c.w) > 1e-9 || math.Abs(last.Y+last.H-c.h) > 1e-9 {
			t.Errorf("%+v: the last tile ends at %g,%g, not the poster's corner", c, last.X+last.W, last.Y+last.H)
		}
		for i := 1; i < g.Cols; i++ {
			prev, cur := g.Tiles[i-1], g.Tiles[i]
			if got := prev.X + prev.W - cur.X; math.Abs(got-10) > 1e-9 {
				t.Errorf("%+v: columns %d and %d overlap by %g mm, want 10", c, i, i+1, got)
			}
		}
		if g.Rows > 1 {
			a, b := g.Tiles[0], g.Tiles[g.Cols]
			if got := a.Y + a.H - b.Y; math.Abs(got-10) > 1e-9 {
				t.Errorf("%+v: rows overlap by %g mm, want 10", c, got)
			}
		}
	}
	if g := planPoster(200, 100, 273, 173, 10); len(g.Tiles) != 1 {
		t.Errorf("a poster smaller than a page has %d tiles", len(g.Tiles))
	}
	if g := planPoster(1000, 300, 273, 173, 10); g.Cols != 4 || g.Rows != 2 {
		t.Errorf("1000×300 mm on 273×173: %d×%d, want 4 columns and 2 rows", g.Cols, g.Rows)
	}
}

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
