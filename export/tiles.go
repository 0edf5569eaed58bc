package export

import (
	"fmt"
	"math"
)

// A poster is the map at a legible size cut into page-sized tiles. Each
// tile repeats a strip (the overlap) of its left and upper neighbours, so
// the pages can be trimmed and taped together without a gap even when a
// printer does not print to the exact edge.

// posterTile is one page of a poster: the part of the map it shows, in mm
// of the full-size poster.
type posterTile struct {
	Row, Col   int
	X, Y, W, H float64
}

// Name is the tile's label as printed: row letter and column number, like a
// map grid ("A1", "B3"), short enough to write on the back of a page.
func (t posterTile) Name() string {
	return fmt.Sprintf("%s%d", rowName(t.Row), t.Col+1)
}

// rowName is A … Z, then AA, AB … for very tall posters.
func rowName(r int) string {
	s := ""
	for r >= 0 {
		s = string(rune('A'+r%26)) + s
		r = r/26 - 1
	}
	return s
}

// posterGrid is the layout of a poster.
type posterGrid struct {
	Rows, Cols int
	Overlap    float64
	Scale      float64      // mm per map unit, set by the PDF
	Tiles      []posterTile // row by row, left to right: the print order
}

// planPoster cuts a poster of w×h mm into tiles of at most pageW×pageH mm
// that overlap by overlap mm. Pages are filled evenly, so the last column
// is not a sliver.
func planPoster(w, h, pageW, pageH, overlap float64) posterGrid {
	count := func(total, page float64) int {
		if total <= page {
			return 1
		}
		return int(math.Ceil((total - overlap) / (page - overlap)))
	}
	g := posterGrid{Cols: count(w, pageW), Rows: count(h, pageH), Overlap: overlap}
	// Each tile's step is the same; the last tile ends exactly at the edge.
	stepX, stepY := 0.0, 0.0
	if g.Cols > 1 {
		stepX = (w - overlap) / float64(g.Cols)
	}
	if g.Rows > 1 {
		stepY = (h - overlap) / float64(g.Rows)
	}
	tw, th := math.Min(w, stepX+overlap), math.Min(h, stepY+overlap)
	if g.Cols == 1 {
		tw = w
	}
	if g.Rows == 1 {
		th = h
	}
	for r := 0; r < g.Rows; r++ {
		for c := 0; c < g.Cols; c++ {
			g.Tiles = append(g.Tiles, posterTile{Row: r, Col: c, X: float64(c) * stepX, Y: float64(r) * stepY, W: tw, H: th})
		}
	}
	return g
}
