package export

import (
	"fmt"
	"math"
	"strings"

	"pathmap/board"
)

// The poster: the wrapped map at a legible size over several pages
// (tiles.go plans them), an overview page first as the assembly plan.

// drawPoster prints the overview page, then one page per poster tile.
func (d *pdfDoc) drawPoster(b *board.Board) {
	g := choosePoster(b, d.paper, wrapMeasure(d.fonts, d.fb))
	l := g.Layout
	d.drawPosterOverview(g)
	area := tileArea(d.paper, g.Portrait)
	s := g.Scale
	for _, t := range g.Tiles {
		d.addPageOriented(g.Portrait)
		// Set after the new page, whose start prints the previous footer.
		d.footNote = fmt.Sprintf("Poster page %s (row %d of %d, column %d of %d), text %.1f pt",
			t.Name(), t.Row+1, g.Rows, t.Col+1, g.Cols, s/ptToMM)
		var over []string
		if t.Col > 0 {
			over = append(over, posterTile{Row: t.Row, Col: t.Col - 1}.Name())
		}
		if t.Row > 0 {
			over = append(over, posterTile{Row: t.Row - 1, Col: t.Col}.Name())
		}
		if len(over) > 0 {
			d.footNote += ": trim at the dashed line, lay over " + strings.Join(over, " and ")
		}
		x0, y0 := area.X-t.X*s, area.Y-t.Y*s
		d.drawWrapped(l, s, x0, y0, len(l.Bands), rect{t.X, t.Y, t.W, t.H})
		d.drawCutMarks(t, rect{area.X, area.Y, t.W * s, t.H * s})
	}
}

// drawPosterOverview prints the whole poster small, each page's part
// outlined and named, as the plan for putting the pages together.
func (d *pdfDoc) drawPosterOverview(g posterGrid) {
	l := g.Layout
	bestS, portrait := 0.0, false
	for _, p := range []bool{false, true} {
		a := pageArea(d.paper, p)
		if s := math.Min(a.W/l.W, a.H/l.H); s > bestS*1.0001 {
			bestS, portrait = s, p
		}
	}
	d.addPageOriented(portrait)
	area := pageArea(d.paper, portrait)
	s := bestS
	x0 := area.X + (area.W-l.W*s)/2
	d.drawWrapped(l, s, x0, area.Y, len(l.Bands), rect{0, 0, l.W, l.H})
	d.lineWidth(0.35)
	d.drawRGB(30, 30, 30)
	for _, t := range g.Tiles {
		r := rect{x0 + t.X*s, area.Y + t.Y*s, t.W * s, t.H * s}
		d.strokeRect(r)
		size := math.Min(14*ptToMM, r.H/3)
		d.font(true, size)
		name := t.Name()
		w := d.measure(size, name) + size*0.8
		d.whiteBox(rect{r.X + r.W/2 - w/2, r.Y + r.H/2 - size*0.75, w, size * 1.5}, 0.85)
		d.textRGB(0, 0, 0)
		d.text(r.X+r.W/2-d.measure(size, name)/2, r.Y+r.H/2+size*0.35, name)
	}
	note := fmt.Sprintf("Poster of %d pages (%d rows × %d columns), sticky text at %.1f pt: the pages after this one, in the order shown. "+
		"Trim each page along the dashed lines at its left and top edges and lay it over its neighbour.",
		len(g.Tiles), g.Rows, g.Cols, g.Scale/ptToMM)
	if g.Cut {
		note += " A lane stacked taller than a page is cut between pages."
	}
	d.font(false, 8.5*ptToMM)
	d.textRGB(70, 70, 70)
	y := area.Y + l.H*s + 3
	for _, line := range board.Wrap(note, area.W, func(t string) float64 { return d.measure(d.size, t) }) {
		d.text(area.X, y+d.size, line)
		y += d.size * lineSpacing
	}
}

// drawCutMarks marks where a poster page is trimmed: a dashed line along
// the edge it shares with its left (upper) neighbour, ticks in the margin,
// and corner marks, so pages go together without guessing.
func (d *pdfDoc) drawCutMarks(t posterTile, r rect) {
	d.lineWidth(0.3)
	d.drawRGB(40, 40, 40)
	if t.Col > 0 {
		d.line(r.X, r.Y-3, r.X, r.Y-0.5)
		d.line(r.X, r.Y+r.H+0.5, r.X, r.Y+r.H+3)
		d.dash(2, 1.5)
		d.lineWidth(0.15)
		d.line(r.X, r.Y, r.X, r.Y+r.H)
		d.dash()
		d.lineWidth(0.3)
	}
	if t.Row > 0 {
		d.line(r.X-3, r.Y, r.X-0.5, r.Y)
		d.line(r.X+r.W+0.5, r.Y, r.X+r.W+3, r.Y)
		d.dash(2, 1.5)
		d.lineWidth(0.15)
		d.line(r.X, r.Y, r.X+r.W, r.Y)
		d.dash()
	}
	d.lineWidth(0.2)
	for _, c := range [][2]float64{{r.X, r.Y}, {r.X + r.W, r.Y}, {r.X, r.Y + r.H}, {r.X + r.W, r.Y + r.H}} {
		dx, dy := 1.0, 1.0
		if c[0] > r.X {
			dx = -1
		}
		if c[1] > r.Y {
			dy = -1
		}
		d.line(c[0]-dx*4, c[1], c[0]-dx*1, c[1])
		d.line(c[0], c[1]-dy*4, c[0], c[1]-dy*1)
	}
}
