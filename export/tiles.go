package export

import (
	"fmt"
	"math"
	"sort"

	"pathmap/board"
)

// A poster is the wrapped map at a legible size cut into page-sized tiles.
// Seams fall in the gaps between event columns and between lane rows, so
// no sticky and no lane name is ever cut, and every row of pages starts
// with the lane names. Pages meet edge to edge: each is trimmed at its
// dashed edge and laid over its left (upper) neighbour's margin.

// posterTile is one page of a poster: the part of the layout it shows, in
// ems of the layout.
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

// posterGrid is the plan of a poster.
type posterGrid struct {
	Rows, Cols int
	Scale      float64 // mm per em: the sticky text size
	Portrait   bool
	Layout     board.WrappedLayout
	Tiles      []posterTile // row by row, left to right: the print order
	// Cut is true when a lane row taller than a page had to be cut
	// between its stickies' rows.
	Cut bool
}

// planPoster cuts layout l at s mm per em into tiles of at most areaW×areaH
// mm. ok is false when a column is wider or a lane row taller than a page.
func planPoster(l board.WrappedLayout, s, areaW, areaH float64) (g posterGrid, ok bool) {
	g = posterGrid{Scale: s, Layout: l}
	const eps = 1e-9
	// Vertical seams: in the middle of the gap after a column; every band
	// puts its k-th column at the same x.
	var xs []float64
	for _, c := range l.Columns {
		xs = append(xs, math.Min(l.W, c.X+c.W+board.WrapColumnGap/2))
	}
	xs = append(xs, l.W)
	sort.Float64s(xs)
	var cols [][2]float64
	for a := 0.0; a < l.W-eps; {
		b := -1.0
		for _, x := range xs {
			if x > a+eps && (x-a)*s <= areaW+eps {
				b = x
			}
		}
		if b < 0 {
			return g, false
		}
		cols = append(cols, [2]float64{a, b})
		a = b
	}
	// Horizontal seams: between lane rows, and in the gaps between bands.
	type row struct{ top, bottom float64 }
	var lanes []row
	for _, bd := range l.Bands {
		for _, ln := range board.AllLanes() {
			lanes = append(lanes, row{bd.Lanes[ln].Y, bd.Lanes[ln].Y + bd.Lanes[ln].H})
		}
	}
	var rows [][2]float64
	for i := 0; i < len(lanes); {
		top, j := lanes[i].top, i
		for j < len(lanes) && (lanes[j].bottom-top)*s <= areaH+eps {
			j++
		}
		if j == i {
			// One lane row taller than a page: cut it, as little as can be.
			g.Cut = true
			bottom := top + areaH/s
			rows = append(rows, [2]float64{top, bottom})
			lanes[i].top = bottom
			continue
		}
		rows = append(rows, [2]float64{top, lanes[j-1].bottom})
		i = j
	}
	g.Rows, g.Cols = len(rows), len(cols)
	for r, ry := range rows {
		for c, cx := range cols {
			t := posterTile{Row: r, Col: c, X: cx[0], Y: ry[0], W: cx[1] - cx[0], H: ry[1] - ry[0]}
			if tileHasContent(l, t) {
				g.Tiles = append(g.Tiles, t)
			}
		}
	}
	return g, !g.Cut
}

// tileHasContent reports whether any band reaches into t: the last band
// of a path is often shorter, and a page of empty lanes is paper wasted.
func tileHasContent(l board.WrappedLayout, t posterTile) bool {
	for _, bd := range l.Bands {
		if bd.Box.Y >= t.Y+t.H || bd.Box.Y+bd.Box.H <= t.Y {
			continue
		}
		last := l.Columns[bd.First+bd.Count-1]
		if t.X < last.X+last.W {
			return true
		}
	}
	return false
}

// Poster text sizes, in points: the least at which a poster is read from a
// step back, and the most worth using more paper for.
const (
	posterMinPt = 9.0
	posterMaxPt = 20.0
	posterStep  = 0.5
)

// choosePoster picks the orientation, band count and column width that
// print b at posterMinPt or more on the fewest pages, then the largest text
// those pages hold.
func choosePoster(b *board.Board, paper Paper, measure board.TextMeasure) posterGrid {
	layouts := board.WrapEvery(b, measure, board.WrapStyle{Uniform: true})
	var best posterGrid
	bestN := math.MaxInt
	var forced posterGrid
	forcedN := math.MaxInt
	for _, portrait := range []bool{false, true} {
		a := tileArea(paper, portrait)
		for _, l := range layouts {
			g, ok := planPoster(l, posterMinPt*ptToMM, a.W, a.H)
			g.Portrait = portrait
			n := len(g.Tiles)
			if !ok {
				if len(g.Tiles) > 0 && n < forcedN {
					forced, forcedN = g, n
				}
				continue
			}
			// Same pages, larger text: grow the text while the count holds.
			for pt := posterMinPt + posterStep; pt <= posterMaxPt+1e-9; pt += posterStep {
				bigger, ok := planPoster(l, pt*ptToMM, a.W, a.H)
				if !ok || len(bigger.Tiles) > n {
					break
				}
				bigger.Portrait = portrait
				g = bigger
			}
			if n < bestN || (n == bestN && g.Scale > best.Scale*1.0001) {
				best, bestN = g, n
			}
		}
	}
	if bestN == math.MaxInt {
		return forced
	}
	return best
}

// tileArea is the map's part of a poster page.
func tileArea(paper Paper, portrait bool) rect {
	w, h := paper.landscape()
	if portrait {
		w, h = h, w
	}
	return rect{pageMargin, mapTop, w - 2*pageMargin, h - mapTop - footerSpace}
}
