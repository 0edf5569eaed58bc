package export

import (
	"errors"
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"pathmap/board"
)

// pngCanvas draws shapes and text onto one strip of a picture. Coordinates
// are pixels of the whole picture; the strip (img.Rect) clips. One canvas
// per goroutine: its caches are not safe to share.
type pngCanvas struct {
	img    *image.RGBA
	fonts  *fontSet
	fb     *Fallback
	faces  map[faceKey]font.Face
	glyphs map[glyphKey]*glyph
	ras    vector.Rasterizer
}

func newPNGCanvas(fonts *fontSet, fb *Fallback) *pngCanvas {
	return &pngCanvas{fonts: fonts, fb: fb, faces: map[faceKey]font.Face{}, glyphs: map[glyphKey]*glyph{}}
}

type faceKey struct {
	bold, fallback bool
	size           float64
}

// glyphKey names a rendered glyph: the font, the character and where it
// starts within a pixel, in quarters.
type glyphKey struct {
	face faceKey
	r    rune
	frac uint8
}

// glyph is a rendered character, kept because a board repeats few letters
// many times: rasterizing every one anew was most of the PNG's time.
type glyph struct {
	mask *image.Alpha // coverage, at (0, 0)
	off  image.Point  // mask's top-left relative to the pen
}

func rgba(col board.Color) color.RGBA { return color.RGBA{col.R, col.G, col.B, 255} }

// measure is the width of s at size pixels: the PDF's width tables, so
// both exports wrap at the same words and the drawn width is exactly the
// measured one.
func (c *pngCanvas) measure(bold bool) measureFunc {
	return func(size float64, s string) float64 { return c.fonts.width(s, bold, c.fb, size) }
}

// visible reports whether r (pixels) touches the strip.
func (c *pngCanvas) visible(r rect) bool {
	b := c.img.Rect
	return r.Y < float64(b.Max.Y) && r.Y+r.H > float64(b.Min.Y) && r.X < float64(b.Max.X) && r.X+r.W > float64(b.Min.X)
}

// drawText wraps and fits text in area, starting at size start and
// shrinking to minSize (pixels), and draws it in ink. It reports whether
// the text had to be cut.
func (c *pngCanvas) drawText(text string, area rect, bold, center bool, start, minSize, step float64, ink board.Color) (bool, error) {
	m := c.measure(bold)
	fit := fitText(text, area.W, area.H, start, minSize, step, m)
	for _, p := range placeLines(fit, area, center, m) {
		if err := c.drawString(p.Text, p.X, p.Baseline, bold, fit.Size, ink); err != nil {
			return fit.Clipped, err
		}
	}
	return fit.Clipped, nil
}

// drawString draws s with its left end on the baseline (x, y), each
// character in the font that has it.
func (c *pngCanvas) drawString(s string, x, y float64, bold bool, size float64, ink board.Color) error {
	if y-2*size > float64(c.img.Rect.Max.Y) || y+size < float64(c.img.Rect.Min.Y) {
		return nil // the line is outside this strip
	}
	src := image.NewUniform(rgba(ink))
	iy := int(math.Round(y))
	for _, r := range s {
		fallback := c.fonts.faceFor(r, bold, c.fb) == 1
		k := faceKey{bold && !fallback, fallback, size}
		q := int(math.Round(x * 4))
		ix, frac := q>>2, uint8(q&3)
		g, err := c.glyph(glyphKey{k, r, frac})
		if err != nil {
			return err
		}
		if g != nil {
			dr := g.mask.Rect.Add(g.off).Add(image.Pt(ix, iy))
			draw.DrawMask(c.img, dr, src, image.Point{}, g.mask, image.Point{}, draw.Over)
		}
		x += c.fonts.width(string(r), bold, c.fb, size)
	}
	return nil
}

// glyph renders (once) character k.r of face k.face at a pen position
// k.frac quarters of a pixel right of a whole pixel.
func (c *pngCanvas) glyph(k glyphKey) (*glyph, error) {
	if g, ok := c.glyphs[k]; ok {
		return g, nil
	}
	f, err := c.face(k.face)
	if err != nil {
		return nil, err
	}
	dr, mask, mp, _, ok := f.Glyph(fixed.Point26_6{X: fixed.Int26_6(k.frac) * 16}, k.r)
	var g *glyph
	if ok && !dr.Empty() {
		// The face reuses its mask buffer: keep a copy.
		a := image.NewAlpha(image.Rect(0, 0, dr.Dx(), dr.Dy()))
		draw.Draw(a, a.Rect, mask, mp, draw.Src)
		g = &glyph{mask: a, off: dr.Min}
	}
	c.glyphs[k] = g
	return g, nil
}

// face returns a font at a size, made once: making a face costs more than
// drawing with it.
func (c *pngCanvas) face(k faceKey) (font.Face, error) {
	if f, ok := c.faces[k]; ok {
		return f, nil
	}
	ot := c.fonts.RegularOT
	switch {
	case k.fallback && c.fb != nil:
		ot = c.fb.OT
	case k.bold:
		ot = c.fonts.BoldOT
	}
	// No hinting: widths then scale exactly with size, as in the PDF.
	f, err := opentype.NewFace(ot, &opentype.FaceOptions{Size: k.size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil, errors.New("cannot size the text font: " + err.Error())
	}
	c.faces[k] = f
	return f, nil
}

// fillRect fills r, snapped to whole pixels, so band edges stay crisp.
func (c *pngCanvas) fillRect(r rect, col board.Color) {
	b := image.Rect(int(math.Round(r.X)), int(math.Round(r.Y)), int(math.Round(r.X+r.W)), int(math.Round(r.Y+r.H)))
	draw.Draw(c.img, b, image.NewUniform(rgba(col)), image.Point{}, draw.Src)
}

// fillRectInside fills the whole pixels lying entirely inside r.
func (c *pngCanvas) fillRectInside(r rect, col board.Color) {
	b := image.Rect(int(math.Ceil(r.X)), int(math.Ceil(r.Y)), int(math.Floor(r.X+r.W)), int(math.Floor(r.Y+r.H)))
	draw.Draw(c.img, b, image.NewUniform(rgba(col)), image.Point{}, draw.Src)
}

// strokeRect draws the outline of r, width pixels wide, inside r.
func (c *pngCanvas) strokeRect(r rect, width float64, col board.Color) {
	c.fillRect(rect{r.X, r.Y, r.W, width}, col)
	c.fillRect(rect{r.X, r.Y + r.H - width, r.W, width}, col)
	c.fillRect(rect{r.X, r.Y, width, r.H}, col)
	c.fillRect(rect{r.X + r.W - width, r.Y, width, r.H}, col)
}

// fillRounded fills r with corners rounded by radius, anti-aliased. Only
// the four corners are rasterized; the rest is filled flat, which is what
// makes thousands of notes quick to draw.
func (c *pngCanvas) fillRounded(r rect, radius float64, col board.Color) {
	if r.W <= 0 || r.H <= 0 || !c.visible(r) {
		return
	}
	rad := math.Ceil(radius) + 1
	if 2*rad >= r.W || 2*rad >= r.H {
		c.rasterRounded(r, radius, col, r)
		return
	}
	c.fillRectInside(rect{r.X + rad, r.Y, r.W - 2*rad, r.H}, col)
	c.fillRectInside(rect{r.X, r.Y + rad, r.W, r.H - 2*rad}, col)
	// Each corner box, and the partly covered pixels along the edges.
	x0, y0, x1, y1 := r.X, r.Y, r.X+r.W, r.Y+r.H
	for _, box := range []rect{
		{x0, y0, rad, rad}, {x1 - rad, y0, rad, rad}, {x0, y1 - rad, rad, rad}, {x1 - rad, y1 - rad, rad, rad},
		{x0 + rad, y0, r.W - 2*rad, 1}, {x0 + rad, y1 - 1, r.W - 2*rad, 1},
		{x0, y0 + rad, 1, r.H - 2*rad}, {x1 - 1, y0 + rad, 1, r.H - 2*rad},
	} {
		c.rasterRounded(r, radius, col, box)
	}
}

// rasterRounded draws the part of the rounded rectangle r inside clip.
func (c *pngCanvas) rasterRounded(r rect, radius float64, col board.Color, clip rect) {
	box := image.Rect(int(math.Floor(clip.X)), int(math.Floor(clip.Y)), int(math.Ceil(clip.X+clip.W)), int(math.Ceil(clip.Y+clip.H))).Intersect(c.img.Rect)
	if box.Empty() {
		return
	}
	ox, oy := float32(box.Min.X), float32(box.Min.Y)
	x0, y0 := float32(r.X)-ox, float32(r.Y)-oy
	x1, y1 := x0+float32(r.W), y0+float32(r.H)
	k := float32(radius * (1 - 0.5523)) // control-point distance of a quarter circle
	rd := float32(radius)
	c.ras.Reset(box.Dx(), box.Dy())
	c.ras.MoveTo(x0+rd, y0)
	c.ras.LineTo(x1-rd, y0)
	c.ras.CubeTo(x1-k, y0, x1, y0+k, x1, y0+rd)
	c.ras.LineTo(x1, y1-rd)
	c.ras.CubeTo(x1, y1-k, x1-k, y1, x1-rd, y1)
	c.ras.LineTo(x0+rd, y1)
	c.ras.CubeTo(x0+k, y1, x0, y1-k, x0, y1-rd)
	c.ras.LineTo(x0, y0+rd)
	c.ras.CubeTo(x0, y0+k, x0+k, y0, x0+rd, y0)
	c.ras.ClosePath()
	c.ras.Draw(c.img, box, image.NewUniform(rgba(col)), image.Point{})
}
