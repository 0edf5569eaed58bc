package export

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io"
	"math"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"pathmap/board"
)

// Limits of the PNG export. A picture beyond them would take gigabytes of
// memory and minutes to encode, and most viewers could not open it anyway.
const (
	// MaxPNGScale is the largest scale PNG accepts.
	MaxPNGScale = 8.0
	// MaxPNGSide is the most pixels a PNG may have on either side: the
	// largest most browsers and image tools open. A 300-sticky board is 50
	// columns, 10,000 units, wide: 20,468 pixels at scale 2.
	MaxPNGSide = 32767
	// MaxPNGPixels is the most pixels a PNG may have in all (200 Mpx, 800 MB
	// while drawing).
	MaxPNGPixels = 200_000_000
)

// errNoBoard is returned for a nil board instead of a crash.
var errNoBoard = errors.New("there is no board to export")

// pngMargin is the white border around the map in the PNG, in map units.
const pngMargin = 20.0

// pngExtraWidth is what the PNG adds to the width of the board's bounds:
// the label column, the padding at both ends of the bands and both margins.
const pngExtraWidth = labelWidth + 2*sidePad + 2*pngMargin

// PNGSize returns the pixel size of the picture PNG draws of b at scale:
//
//	minX, minY, maxX, maxY := b.Bounds()
//	width  = ceil((maxX - minX + 234) * scale)
//	height = ceil((maxY - minY + 40) * scale)
//
// 234 is the lane-name column (170), a 12-unit gap at each end of the lanes
// and a 20-unit margin on each side; 40 is the margins above and below. For a
// board whose stickies all sit inside the lanes, maxY - minY is
// b.Height(), so the height is ceil((b.Height() + 40) * scale).
func PNGSize(b *board.Board, scale float64) (width, height int) {
	minX, minY, maxX, maxY := b.Bounds()
	return int(math.Ceil((maxX - minX + pngExtraWidth) * scale)),
		int(math.Ceil((maxY - minY + 2*pngMargin) * scale))
}

// PNG draws the map of b as a PNG picture: scale 1 is one pixel per board
// unit, as the editor shows the board at 100%; 2 suits a projector or a
// printout. The size is PNGSize. A scale outside (0, MaxPNGScale] or a
// picture beyond MaxPNGSide or MaxPNGPixels is refused with an error before
// anything is written to w.
func PNG(w io.Writer, b *board.Board, scale float64) error {
	if b == nil {
		return errNoBoard
	}
	if !(scale > 0 && scale <= MaxPNGScale) { // also refuses NaN
		return fmt.Errorf("scale %g is out of range: it must be more than 0 and at most %g", scale, MaxPNGScale)
	}
	pw, ph := PNGSize(b, scale)
	if pw > MaxPNGSide || ph > MaxPNGSide || pw*ph > MaxPNGPixels {
		return fmt.Errorf("the picture would be %d×%d pixels, more than the %d pixels a side and %d million pixels in all that can be exported: use a smaller scale",
			pw, ph, MaxPNGSide, MaxPNGPixels/1_000_000)
	}
	fonts, err := loadFonts()
	if err != nil {
		return err
	}
	img := image.NewRGBA(image.Rect(0, 0, pw, ph))
	c := &pngCanvas{img: img, scale: scale, off: pngMargin * scale, fonts: fonts, faces: map[faceKey]font.Face{}}
	if err := c.drawMap(layoutMap(b)); err != nil {
		return err
	}
	// Flat colors compress well even at the fastest level: the file is about
	// 10% larger than at the default, and encoding a third faster.
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	return enc.Encode(w, img)
}

// pngCanvas draws map-unit shapes onto an image.
type pngCanvas struct {
	img   *image.RGBA
	scale float64 // pixels per map unit
	off   float64 // margin in pixels
	fonts *fontSet
	faces map[faceKey]font.Face
	ras   vector.Rasterizer
}

type faceKey struct {
	bold bool
	size float64
}

// px maps a rectangle from map units to pixels.
func (c *pngCanvas) px(r rect) rect { return r.scaled(c.scale, c.off, c.off) }

func rgba(col board.Color) color.RGBA { return color.RGBA{col.R, col.G, col.B, 255} }

func (c *pngCanvas) drawMap(m mapLayout) error {
	draw.Draw(c.img, c.img.Bounds(), image.NewUniform(rgba(white)), image.Point{}, draw.Src)
	line := math.Max(1, math.Round(c.scale)) // lane borders stay visible at any scale
	for _, lb := range m.Lanes {
		band, label := c.px(lb.Band), c.px(lb.Label)
		c.fillRect(band, lb.Lane.Band())
		c.fillRect(label, labelFill(lb.Lane))
		c.strokeRect(band, line, laneLine)
		c.fillRect(rect{label.X + label.W - line/2, label.Y, line, label.H}, laneLine)
		if err := c.drawText(c.fonts.laneLabel(lb.Lane), label.inset(labelPad*c.scale), true, false, labelSize, labelSize, lb.Lane.Ink()); err != nil {
			return err
		}
	}
	for _, sb := range m.Stickies {
		if err := c.drawSticky(sb); err != nil {
			return err
		}
	}
	return nil
}

// drawSticky draws a note: a rounded card with a thin ink border, filled with
// its lane's color, its text centered inside.
func (c *pngCanvas) drawSticky(sb stickyBox) error {
	r := c.px(sb.Rect)
	l := sb.Sticky.Lane
	radius := math.Min(cornerRadius*c.scale, math.Min(r.W, r.H)/2)
	border := math.Max(1, c.scale)
	c.fillRounded(r, radius, l.Ink())
	inner := r.inset(border)
	innerRadius := math.Max(0, radius-border)
	c.fillRounded(inner, innerRadius, l.Fill())
	// Paint the inside of the card with one exact color, so anti-aliasing
	// round-off never tints the note (tests compare pixels exactly).
	c.fillRectInside(rect{inner.X + innerRadius, inner.Y, inner.W - 2*innerRadius, inner.H}, l.Fill())
	c.fillRectInside(rect{inner.X, inner.Y + innerRadius, inner.W, inner.H - 2*innerRadius}, l.Fill())
	return c.drawText(sb.Sticky.Text, textArea(r, stickyPad*c.scale), false, true, textSize, minTextSize, l.Ink())
}

// drawText wraps and fits text in area and draws it in ink. Sizes are in
// map units, so the picture at scale 1 wraps exactly like the editor at 100%.
func (c *pngCanvas) drawText(text string, area rect, bold, center bool, start, minSize float64, ink board.Color) error {
	var faceErr error
	measure := func(size float64, s string) float64 {
		f, err := c.face(bold, size)
		if err != nil {
			faceErr = err
			return 0
		}
		return float64(font.MeasureString(f, s)) / 64
	}
	fit := fitText(text, area.W, area.H, start*c.scale, minSize*c.scale, shrinkStep*c.scale, measure)
	lines := placeLines(fit, area, center, measure)
	if faceErr != nil {
		return faceErr
	}
	if len(lines) == 0 {
		return nil
	}
	face, err := c.face(bold, fit.Size)
	if err != nil {
		return err
	}
	d := font.Drawer{Dst: c.img, Src: image.NewUniform(rgba(ink)), Face: face}
	for _, p := range lines {
		d.Dot = fixed.Point26_6{X: fixed.Int26_6(math.Round(p.X * 64)), Y: fixed.Int26_6(math.Round(p.Baseline * 64))}
		d.DrawString(p.Text)
	}
	return nil
}

// face returns the font at size pixels, made once per size: making a face
// costs more than measuring with it.
func (c *pngCanvas) face(bold bool, size float64) (font.Face, error) {
	k := faceKey{bold, size}
	if f, ok := c.faces[k]; ok {
		return f, nil
	}
	ot := c.fonts.RegularOT
	if bold {
		ot = c.fonts.BoldOT
	}
	// No hinting: widths then scale exactly with size, as in the PDF.
	f, err := opentype.NewFace(ot, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
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

// fillRounded fills r with corners rounded by radius, anti-aliased.
func (c *pngCanvas) fillRounded(r rect, radius float64, col board.Color) {
	if r.W <= 0 || r.H <= 0 {
		return
	}
	// Rasterize only the card's bounding box: a rasterizer the size of the
	// whole picture would cost a float per pixel for every sticky.
	box := image.Rect(int(math.Floor(r.X)), int(math.Floor(r.Y)), int(math.Ceil(r.X+r.W)), int(math.Ceil(r.Y+r.H))).Intersect(c.img.Bounds())
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
