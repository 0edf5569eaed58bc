package export

import (
	"errors"
	"fmt"
	"image"
	"image/draw"
	"io"
	"math"
	"strconv"
	"time"

	"pathmap/board"
)

// Limits of the PNG export. A picture beyond them would take gigabytes of
// memory and minutes to encode, and most viewers could not open it anyway.
const (
	// MaxPNGScale is the largest scale PNG accepts.
	MaxPNGScale = 8.0
	// MaxPNGSide is the most pixels a PNG may have on either side: beyond
	// 16,384 many viewers, browsers and slide tools refuse or blank a
	// picture, and a handout nobody can open is worse than a refusal that
	// names a scale that works.
	MaxPNGSide = 16384
	// MaxPNGPixels is the most pixels a PNG may have in all (200 Mpx, 800 MB
	// while drawing).
	MaxPNGPixels = 200_000_000
)

// errNoBoard is returned for a nil board instead of a crash.
var errNoBoard = errors.New("there is no board to export")

// pngDPI is the resolution a PNG declares at scale 1: a board unit is a
// pixel of a 96-dpi screen, so a picture prints at the size it shows at
// 100% whatever its scale.
const pngDPI = 96.0

// pngMargin is the white border around the map in the PNG, in map units.
const pngMargin = 20.0

// pngExtraWidth is what the PNG adds to the width of the board's bounds:
// the label column, the padding at both ends of the bands and both margins.
const pngExtraWidth = labelWidth + 2*sidePad + 2*pngMargin

// PNGSize returns the pixel size of the picture MapPNG draws of b at scale:
//
//	minX, minY, maxX, maxY := b.Bounds()
//	width  = ceil((maxX - minX + 234) * scale)
//	height = ceil((maxY - minY + 40 + header) * scale)
//
// 234 is the lane-name column (170), a 12-unit gap at each end of the lanes
// and a 20-unit margin on each side; 40 is the margins above and below.
// header is the title line and the legend over the lanes: 44 + 36 per row
// of the legend + 16, which is 96 when the six lanes' legend fits one row
// (a board about ten events wide) and more on a narrower board. For a
// board whose stickies all sit inside the lanes, maxY - minY is
// b.Height().
func PNGSize(b *board.Board, scale float64) (width, height int) {
	minX, minY, maxX, maxY := b.Bounds()
	w := maxX - minX + pngExtraWidth
	return int(math.Ceil(w * scale)),
		int(math.Ceil((maxY - minY + 2*pngMargin + pngHeaderHeight(w-2*pngMargin)) * scale))
}

// pngHeaderHeight is the height of the header over a map w units wide.
func pngHeaderHeight(w float64) float64 {
	fonts, err := loadFonts()
	if err != nil {
		return 0 // MapPNG fails on the same error
	}
	return layoutHeader(fonts, w).H
}

// PNGOptions tunes MapPNG and ActionsPNG.
type PNGOptions struct {
	// Scale is pixels per board unit: 1 is the editor at 100%, 2 suits a
	// printout or a high-density screen. Zero means 1.
	Scale float64
	// Fonts finds the font for characters NotoSans lacks; nil searches the
	// machine's font folders (SystemFallback).
	Fonts FontSearch
	// Created is the date shown on the picture; zero means now.
	Created time.Time
}

func (o PNGOptions) created() time.Time {
	if o.Created.IsZero() {
		return time.Now()
	}
	return o.Created
}

func (o PNGOptions) fallback() *Fallback {
	if o.Fonts == nil {
		return SystemFallback()
	}
	return o.Fonts()
}

// checkPNG refuses a scale or picture size PNG cannot make, before anything
// is drawn or written. what names the picture ("map", "action list"); w and
// h are its size in board units, so a refusal can name a scale that fits.
func checkPNG(what string, scale, w, h float64) error {
	if !(scale > 0 && scale <= MaxPNGScale) { // also refuses NaN
		return fmt.Errorf("scale %g is out of range: it must be more than 0 and at most %g", scale, MaxPNGScale)
	}
	pw, ph := int(math.Ceil(w*scale)), int(math.Ceil(h*scale))
	if pw > MaxPNGSide || ph > MaxPNGSide {
		side, n := "wide", pw
		if ph > pw {
			side, n = "high", ph
		}
		// The largest tenth of a scale inside both limits.
		fit := math.Floor(min(float64(MaxPNGSide)/max(w, h), math.Sqrt(MaxPNGPixels/(w*h)))*10) / 10
		use := "use the PDF"
		if fit >= 0.1 {
			use = fmt.Sprintf("use scale %g or the PDF", fit)
		}
		return fmt.Errorf("the %s at scale %g would be %s px %s; viewers stop at %s px; %s",
			what, scale, thousands(n), side, thousands(MaxPNGSide), use)
	}
	if pw*ph > MaxPNGPixels {
		return fmt.Errorf("the %s at scale %g would be %s×%s px, more than the %d million pixels that can be exported: use a smaller scale or the PDF",
			what, scale, thousands(pw), thousands(ph), MaxPNGPixels/1_000_000)
	}
	return nil
}

// thousands writes n with commas, as a person reads a pixel count.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// PNG draws the map of b as a PNG picture at scale, with the fallback font
// found on the machine: MapPNG with default options.
func PNG(w io.Writer, b *board.Board, scale float64) error {
	if err := checkPNG("map", scale, 0, 0); err != nil {
		return err
	}
	return MapPNG(w, b, PNGOptions{Scale: scale})
}

// MapPNG draws the map of b as a PNG picture: lanes, event column guides,
// stickies with their text, owners and votes, and timing brackets, on
// white. The size is PNGSize. A scale outside (0, MaxPNGScale] or a picture
// beyond MaxPNGSide or MaxPNGPixels is refused with an error before
// anything is written to w. The picture is drawn in strips, so memory stays
// small whatever the board's size.
func MapPNG(w io.Writer, b *board.Board, opt PNGOptions) error {
	if b == nil {
		return errNoBoard
	}
	scale := opt.Scale
	if scale == 0 {
		scale = 1
	}
	fonts, err := loadFonts()
	if err != nil {
		return err
	}
	m := layoutMap(b)
	head := layoutHeader(fonts, m.W)
	if err := checkPNG("map", scale, m.W+2*pngMargin, m.H+2*pngMargin+head.H); err != nil {
		return err
	}
	pw, ph := PNGSize(b, scale)
	fb := opt.fallback()
	if !needsFallback(b, fonts, fb) {
		fb = nil
	}
	date := opt.created().Format("2 January 2006")
	return encodeStrips(w, pw, ph, pngDPI*scale, func() stripPainter {
		c := newPNGCanvas(fonts, fb)
		return func(dst *image.RGBA) error {
			c.img = dst
			draw.Draw(dst, dst.Rect, image.NewUniform(rgba(white)), image.Point{}, draw.Src)
			if err := c.drawHeader(head, b.Title, date, scale, pngMargin*scale, pngMargin*scale); err != nil {
				return err
			}
			return c.drawMap(m, scale, pngMargin*scale, (pngMargin+head.H)*scale)
		}
	})
}

// drawMap draws the map at scale pixels per map unit, its top-left corner
// at (offX, offY) pixels.
func (c *pngCanvas) drawMap(m mapLayout, scale, offX, offY float64) error {
	px := func(r rect) rect { return r.scaled(scale, offX, offY) }
	line := math.Max(1, math.Round(scale)) // lane borders stay visible at any scale
	for _, lb := range m.Lanes {
		band, label := px(lb.Band), px(lb.Label)
		c.fillRect(band, lb.Lane.Band())
		c.fillRect(label, labelFill(lb.Lane))
	}
	for _, x := range m.Guides {
		c.fillRect(rect{offX + x*scale - line/2, offY, line, m.H * scale}, guideColor)
	}
	for _, lb := range m.Lanes {
		band, label := px(lb.Band), px(lb.Label)
		c.strokeRect(band, line, laneLine)
		c.fillRect(rect{label.X + label.W - line/2, label.Y, line, label.H}, laneLine)
		if !c.visible(label) {
			continue
		}
		// The name column outlined in the lane's border pattern: the key
		// to the map's notes, in grayscale too.
		c.strokeLaneBorder(label.inset(3*scale), 0, pngBorder*scale, lb.Lane, labelFill(lb.Lane))
		if _, err := c.drawText(c.fonts.laneLabel(lb.Lane), label.inset(labelPad*scale), true, false, labelSize*scale, labelSize*scale, scale, lb.Lane.Ink()); err != nil {
			return err
		}
	}
	for _, sb := range m.Stickies {
		r := px(sb.Rect)
		if !c.visible(r) {
			continue
		}
		if err := c.drawSticky(sb.Sticky, r, scale); err != nil {
			return err
		}
	}
	for _, sp := range m.Spans {
		if r := px(sp.Rect); c.visible(r) {
			if err := c.drawSpan(sp.Label, r, scale); err != nil {
				return err
			}
		}
	}
	return nil
}

// guideColor is the faint line between event columns.
var guideColor = board.Color{R: 200, G: 200, B: 200}

// drawSticky draws a note in r (pixels): a rounded card filled with its
// lane's color and outlined in the lane's border pattern, its text
// centered inside and its owner, due date or votes at the bottom.
func (c *pngCanvas) drawSticky(s board.Sticky, r rect, scale float64) error {
	l := s.Lane
	radius := math.Min(cornerRadius*scale, math.Min(r.W, r.H)/2)
	border := c.strokeLaneBorder(r, radius, pngBorder*scale, l, l.Fill())
	// Paint the inside of the card with one exact color, so anti-aliasing
	// round-off never tints the note (tests compare pixels exactly).
	inner := r.inset(border)
	innerRadius := math.Max(0, radius-border)
	c.fillRectInside(rect{inner.X + innerRadius, inner.Y, inner.W - 2*innerRadius, inner.H}, l.Fill())
	c.fillRectInside(rect{inner.X, inner.Y + innerRadius, inner.W, inner.H - 2*innerRadius}, l.Fill())
	area := textArea(r, stickyPad*scale)
	if foot := board.Badge(s); foot != "" {
		size := textSize * footerScale * scale
		lines := len(fitText(foot, area.W, 2*size*lineSpacing, size, size, size, c.measure(true)).Lines)
		var footArea rect
		area, footArea = splitFooter(area, size, max(1, lines))
		if _, err := c.drawText(foot, footArea, true, true, size, size, size, l.Ink()); err != nil {
			return err
		}
	}
	_, err := c.drawText(s.Text, area, false, true, textSize*scale, minTextSize*scale, shrinkStep*scale, l.Ink())
	return err
}

// drawSpan draws a timing bracket in r (pixels) with its label in a pill,
// as the editor shows it.
func (c *pngCanvas) drawSpan(label string, r rect, scale float64) error {
	ink := board.Timings.Ink()
	lw := math.Max(1, math.Round(2*scale))
	mid, in, tick := r.Y+r.H/2, spanInset*scale, spanTick*scale
	c.fillRect(rect{r.X + in, mid - lw/2, r.W - 2*in, lw}, ink)
	c.fillRect(rect{r.X + in - lw/2, mid - tick, lw, 2 * tick}, ink)
	c.fillRect(rect{r.X + r.W - in - lw/2, mid - tick, lw, 2 * tick}, ink)
	if label == "" {
		return nil
	}
	size := spanLabel * scale
	m := c.measure(true)
	label = ellipsize(label, r.W-2*in-size, func(s string) float64 { return m(size, s) })
	tw := m(size, label)
	w, h := tw+size, size*1.35
	pill := rect{r.X + (r.W-w)/2, mid - h/2, w, h}
	border := math.Max(1, scale)
	c.fillRounded(pill, math.Min(8*scale, h/2), ink)
	c.fillRounded(pill.inset(border), math.Max(0, math.Min(8*scale, h/2)-border), white)
	return c.drawString(label, pill.X+(w-tw)/2, mid+size*0.36, true, size, ink)
}
