package export

import (
	"image"
	"math"

	"pathmap/board"
)

// Outlines in the lanes' border patterns (borderOf) for the PNG, so the
// picture, too, survives a grayscale printer.

// pngDashUnit is how many map units one mm of a laneBorder's dash pattern
// takes in the picture: a note is about six times as wide in map units as
// on the fit page in mm, so the dashes come out as many per side.
const pngDashUnit = 5.0

// pngBorder is the base width of a note's outline, in map units.
const pngBorder = 1.25

// pt is a point in pixels.
type pt struct{ X, Y float64 }

// roundedPath is the outline of r with corners of radius, as a closed
// polyline (the first point is not repeated), clockwise from the top left.
func roundedPath(r rect, radius float64) []pt {
	radius = math.Max(0, math.Min(radius, math.Min(r.W, r.H)/2))
	const steps = 6 // per quarter circle: smooth at any printed size
	var p []pt
	corner := func(cx, cy, from float64) {
		for i := 0; i <= steps; i++ {
			a := from + float64(i)*math.Pi/2/steps
			p = append(p, pt{cx + radius*math.Cos(a), cy + radius*math.Sin(a)})
		}
	}
	x0, y0, x1, y1 := r.X+radius, r.Y+radius, r.X+r.W-radius, r.Y+r.H-radius
	corner(x0, y0, math.Pi)     // top left
	corner(x1, y0, 3*math.Pi/2) // top right
	corner(x1, y1, 0)           // bottom right
	corner(x0, y1, math.Pi/2)   // bottom left
	return p
}

// dashPieces cuts the closed polyline path into the "on" pieces of
// pattern (pixels: on, off, on, off …), each a polyline of its own.
func dashPieces(path []pt, pattern []float64) [][]pt {
	total := 0.0
	for _, v := range pattern {
		total += v
	}
	if len(path) < 2 || total <= 0 {
		return [][]pt{append(append([]pt{}, path...), path[0])}
	}
	var pieces [][]pt
	var cur []pt
	idx, left := 0, pattern[0] // pattern element and what is left of it
	on := true
	if on {
		cur = []pt{path[0]}
	}
	for i := range path {
		a, b := path[i], path[(i+1)%len(path)]
		seg := math.Hypot(b.X-a.X, b.Y-a.Y)
		pos := 0.0
		for seg-pos > 1e-9 {
			step := math.Min(left, seg-pos)
			pos += step
			left -= step
			p := pt{a.X + (b.X-a.X)*pos/seg, a.Y + (b.Y-a.Y)*pos/seg}
			if on {
				cur = append(cur, p)
			}
			if left <= 1e-9 {
				if on {
					pieces = append(pieces, cur)
					cur = nil
				} else {
					cur = []pt{p}
				}
				on = !on
				idx = (idx + 1) % len(pattern)
				left = pattern[idx]
			}
		}
	}
	if on && len(cur) > 1 {
		pieces = append(pieces, cur)
	}
	return pieces
}

// strokeLaneBorder outlines r (pixels, corners of radius), filled with
// fill, in lane l's pattern, the line lying inside r, width base × the
// lane's weight, and returns that width.
func (c *pngCanvas) strokeLaneBorder(r rect, radius, base float64, l board.Lane, fill board.Color) float64 {
	lb := borderOf(l)
	width := math.Max(1, base*lb.Weight)
	if !c.visible(r) {
		return width
	}
	if lb.Dash == nil {
		// A solid line: the card in ink, its inside in fill, which only
		// rasterizes the corners.
		c.fillRounded(r, radius, l.Ink())
		c.fillRounded(r.inset(width), math.Max(0, radius-width), fill)
		return width
	}
	c.fillRounded(r, radius, fill)
	path := roundedPath(r.inset(width/2), math.Max(0, radius-width/2))
	var pattern []float64
	for _, v := range lb.Dash {
		pattern = append(pattern, v*pngDashUnit*base/pngBorder)
	}
	if lb.Round {
		// Keep dots apart by their own width whatever the scale.
		for i := 1; i < len(pattern); i += 2 {
			pattern[i] += width
		}
	}
	for _, piece := range dashPieces(path, pattern) {
		c.strokePolyline(piece, width, lb.Round, l.Ink())
	}
	return width
}

// strokePolyline draws the open polyline p, width pixels wide, with round
// ends when round. All its quads turn the same way, so where they overlap
// the rasterizer's coverage saturates instead of cancelling.
func (c *pngCanvas) strokePolyline(p []pt, width float64, round bool, col board.Color) {
	if len(p) == 0 {
		return
	}
	hw := width / 2
	if round && len(p) == 2 && math.Hypot(p[1].X-p[0].X, p[1].Y-p[0].Y) < 0.1*width {
		// A dot: at a few pixels a filled square reads as the round dot it
		// stands for, and costs a fraction of rasterizing a disc.
		mid := pt{(p[0].X + p[1].X) / 2, (p[0].Y + p[1].Y) / 2}
		c.fillRect(rect{mid.X - hw, mid.Y - hw, width, width}, col)
		return
	}
	if len(p) == 2 && !round && (math.Abs(p[0].X-p[1].X) < 1e-6 || math.Abs(p[0].Y-p[1].Y) < 1e-6) {
		// Most dashes lie along a straight side: a rectangle, filled
		// without the rasterizer, which is most of the time of a big board.
		x0, x1 := math.Min(p[0].X, p[1].X), math.Max(p[0].X, p[1].X)
		y0, y1 := math.Min(p[0].Y, p[1].Y), math.Max(p[0].Y, p[1].Y)
		if y1-y0 < 1e-6 {
			c.fillRect(rect{x0, y0 - hw, x1 - x0, width}, col)
		} else {
			c.fillRect(rect{x0 - hw, y0, width, y1 - y0}, col)
		}
		return
	}
	minX, minY, maxX, maxY := p[0].X, p[0].Y, p[0].X, p[0].Y
	for _, q := range p {
		minX, minY = math.Min(minX, q.X), math.Min(minY, q.Y)
		maxX, maxY = math.Max(maxX, q.X), math.Max(maxY, q.Y)
	}
	box := image.Rect(int(math.Floor(minX-hw-1)), int(math.Floor(minY-hw-1)), int(math.Ceil(maxX+hw+1)), int(math.Ceil(maxY+hw+1))).Intersect(c.img.Rect)
	if box.Empty() {
		return
	}
	ox, oy := float32(box.Min.X), float32(box.Min.Y)
	c.ras.Reset(box.Dx(), box.Dy())
	move := func(x, y float64) { c.ras.MoveTo(float32(x)-ox, float32(y)-oy) }
	line := func(x, y float64) { c.ras.LineTo(float32(x)-ox, float32(y)-oy) }
	for i := 0; i+1 < len(p); i++ {
		a, b := p[i], p[i+1]
		l := math.Hypot(b.X-a.X, b.Y-a.Y)
		if l < 1e-9 {
			continue
		}
		nx, ny := -(b.Y-a.Y)/l*hw, (b.X-a.X)/l*hw
		move(a.X+nx, a.Y+ny)
		line(b.X+nx, b.Y+ny)
		line(b.X-nx, b.Y-ny)
		line(a.X-nx, a.Y-ny)
		c.ras.ClosePath()
	}
	if round {
		for _, e := range []pt{p[0], p[len(p)-1]} {
			const n = 12
			move(e.X+hw, e.Y)
			for i := 1; i < n; i++ {
				a := -2 * math.Pi * float64(i) / n // the quads' way round
				line(e.X+hw*math.Cos(a), e.Y+hw*math.Sin(a))
			}
			c.ras.ClosePath()
		}
	}
	c.ras.Draw(c.img, box, image.NewUniform(rgba(col)), image.Point{})
}
