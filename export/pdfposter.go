package export

import (
	"fmt"
	"math"
	"strings"
)

// The poster: the map at a legible size over several pages (tiles.go
// plans them), an overview page first as the assembly plan.

// drawPoster prints the overview page, then one page per poster tile.
func (d *pdfDoc) drawPoster(m mapLayout) {
	area := d.mapArea()
	g := planPoster(m.W*posterScale, m.H*posterScale, area.W, area.H, posterOverlap)
	// Enlarge the map until it fills those pages: the same paper, larger
	// text. (A hair under, so rounding never adds a page.)
	scale := 0.999 * math.Min((float64(g.Cols)*(area.W-posterOverlap)+posterOverlap)/m.W,
		(float64(g.Rows)*(area.H-posterOverlap)+posterOverlap)/m.H)
	scale = math.Max(scale, posterScale)
	g = planPoster(m.W*scale, m.H*scale, area.W, area.H, posterOverlap)
	g.Scale = scale
	d.addPage()
	d.drawFit(m, &g)
	for _, t := range g.Tiles {
		d.addPage()
		// Set after AddPage, which prints the previous page's footer.
		d.footNote = fmt.Sprintf("Poster page %s (row %d of %d, column %d of %d)", t.Name(), t.Row+1, g.Rows, t.Col+1, g.Cols)
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
		// Map point (0, 0) lands so that the tile's corner is the area's.
		x0, y0 := area.X-t.X, area.Y-t.Y
		vis := rect{t.X / scale, t.Y / scale, t.W / scale, t.H / scale}
		d.drawMapAt(m, scale, x0, y0, vis)
		d.drawCutMarks(g, t, area)
	}
}

// drawCutMarks marks where a poster page is trimmed: a dashed line across
// the map at the end of the strip it shares with its left (upper)
// neighbour, with ticks in the margin and the neighbour's name, so pages
// go together without guessing.
func (d *pdfDoc) drawCutMarks(g posterGrid, t posterTile, area rect) {
	d.lineWidth(0.3)
	d.drawRGB(40, 40, 40)
	d.font(false, 7*ptToMM)
	d.textRGB(40, 40, 40)
	if t.Col > 0 {
		x := area.X + g.Overlap
		d.line(x, area.Y-3, x, area.Y-0.5)
		d.line(x, area.Y+t.H+0.5, x, area.Y+t.H+3)
		d.dash(2, 1.5)
		d.lineWidth(0.15)
		d.line(x, area.Y, x, area.Y+t.H)
		d.dash()
		d.lineWidth(0.3)
	}
	if t.Row > 0 {
		y := area.Y + g.Overlap
		d.line(area.X-3, y, area.X-0.5, y)
		d.line(area.X+t.W+0.5, y, area.X+t.W+3, y)
		d.dash(2, 1.5)
		d.lineWidth(0.15)
		d.line(area.X, y, area.X+t.W, y)
		d.dash()
	}
	// Corner marks at the outer corners of the tile's map area.
	d.lineWidth(0.2)
	for _, c := range [][2]float64{{area.X, area.Y}, {area.X + t.W, area.Y}, {area.X, area.Y + t.H}, {area.X + t.W, area.Y + t.H}} {
		dx, dy := 1.0, 1.0
		if c[0] > area.X {
			dx = -1
		}
		if c[1] > area.Y {
			dy = -1
		}
		d.line(c[0]-dx*4, c[1], c[0]-dx*1, c[1])
		d.line(c[0], c[1]-dy*4, c[0], c[1]-dy*1)
	}
}

// drawGridOverview outlines each poster page's part on the overview map,
// with its name, as the assembly plan. The overview's lane names are wider
// by widened map units than the poster's.
func (d *pdfDoc) drawGridOverview(g *posterGrid, s, x0, y0, widened float64) {
	// ox maps a poster x (mm) to the overview page.
	ox := func(x float64) float64 {
		u := x / g.Scale
		if u < labelWidth {
			return x0 + u*(labelWidth+widened)/labelWidth*s
		}
		return x0 + (u+widened)*s
	}
	k := s / g.Scale // overview mm per poster mm, vertically
	d.lineWidth(0.35)
	d.drawRGB(30, 30, 30)
	for _, t := range g.Tiles {
		left, right := ox(t.X), ox(t.X+t.W)
		r := rect{left, y0 + t.Y*k, right - left, t.H * k}
		d.strokeRect(r)
		size := math.Min(14*ptToMM, r.H/3)
		d.font(true, size)
		name := t.Name()
		w := d.measure(size, name) + size*0.8
		d.whiteBox(rect{r.X + r.W/2 - w/2, r.Y + r.H/2 - size*0.75, w, size * 1.5}, 0.85)
		d.textRGB(0, 0, 0)
		d.text(r.X+r.W/2-d.measure(size, name)/2, r.Y+r.H/2+size*0.35, name)
	}
}
