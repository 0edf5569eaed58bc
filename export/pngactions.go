package export

import (
	"image"
	"image/draw"
	"io"
	"math"

	"pathmap/board"
)

// The action list as a picture: for a chat message or a slide, where a PDF
// is one click too many. It is one column, as long as the list needs.

// Action list picture geometry, in units (pixels at scale 1).
const (
	listWidth   = 900.0
	listMargin  = 28.0
	listIndent  = 26.0
	listTitle   = 26.0
	listHeading = 20.0
	listSub     = 16.0
	listBody    = 16.0
	listDetail  = 13.0
)

// listOp is one thing to draw on the action list picture: a line of text,
// or a lane swatch when Swatch is set.
type listOp struct {
	X, Y   float64 // text: left end of the baseline; swatch: top-left corner
	Text   string
	Size   float64
	Bold   bool
	Ink    board.Color
	Swatch bool
	Lane   board.Lane
	Block  int // ops of one block (a heading, an entry) stay in one column
}

var (
	listInk  = board.Color{R: 0, G: 0, B: 0}
	listGray = board.Color{R: 90, G: 90, B: 90}
)

// layoutList places the action list h at scale 1 and returns what to draw
// and the picture's height.
func layoutList(h handout, fonts *fontSet, fb *Fallback, date string) ([]listOp, float64) {
	var ops []listOp
	y := listMargin
	block := 0
	line := func(x float64, text string, size float64, isBold bool, ink board.Color) {
		for _, l := range board.Wrap(text, listWidth-listMargin-x, func(s string) float64 { return fonts.width(s, isBold, fb, size) }) {
			ops = append(ops, listOp{X: x, Y: y + size, Text: l, Size: size, Bold: isBold, Ink: ink, Block: block})
			y += size * lineSpacing
		}
	}
	title := h.Title
	if title == "" {
		title = board.DefaultTitle
	}
	line(listMargin, title+": action list", listTitle, true, listInk)
	line(listMargin, date, listDetail, false, listGray)
	y += 10
	for _, sec := range h.Sections {
		y += 8
		block++
		ops = append(ops, listOp{X: listMargin, Y: y + listHeading*0.2, Size: listHeading * 0.8, Swatch: true, Lane: sec.Lane, Block: block})
		line(listMargin+listIndent, sec.Title, listHeading, true, listInk)
		y += 4
		if sec.isEmpty() {
			line(listMargin+listIndent, sec.Empty, listBody, false, listGray)
			continue
		}
		for _, g := range sec.Groups {
			if len(g.Items) == 0 {
				continue
			}
			if g.Title != "" {
				y += 4
				block++
				line(listMargin+listIndent, g.Title, listSub, true, board.Color{R: 50, G: 50, B: 50})
			}
			for _, it := range g.Items {
				if g.Title == "" || it != g.Items[0] { // a group title stays with its first entry
					block++
				}
				ops = append(ops, listOp{X: listMargin + listIndent - 18, Y: y + listBody*0.35, Size: listBody * 0.7, Swatch: true, Lane: it.Lane, Block: block})
				line(listMargin+listIndent, it.Text, listBody, false, listInk)
				if it.Detail != "" {
					line(listMargin+listIndent, it.Detail, listDetail, false, listGray)
				}
				y += 5
			}
		}
	}
	return ops, y + listMargin
}

// ActionsPNG draws the action list of b (the same list as the PDF's) as a
// PNG picture listWidth×scale pixels wide and as tall as the list needs.
// A scale outside (0, MaxPNGScale] or a picture beyond MaxPNGSide or
// MaxPNGPixels is refused with an error before anything is written.
func ActionsPNG(w io.Writer, b *board.Board, opt PNGOptions) error {
	if b == nil {
		return errNoBoard
	}
	scale := opt.Scale
	if scale == 0 {
		scale = 1
	}
	if err := checkPNG("action list", scale, 0, 0); err != nil {
		return err
	}
	fonts, err := loadFonts()
	if err != nil {
		return err
	}
	fb := opt.fallback()
	if !needsFallback(b, fonts, fb) {
		fb = nil
	}
	now := opt.created()
	ops, height := layoutList(handoutOf(b, now), fonts, fb, now.Format("2 January 2006"))
	ops, width, height := flowColumns(ops, height)
	if err := checkPNG("action list", scale, width, height); err != nil {
		return err
	}
	pw, ph := int(math.Ceil(width*scale)), int(math.Ceil(height*scale))
	return encodeStrips(w, pw, ph, pngDPI*scale, func() stripPainter {
		c := newPNGCanvas(fonts, fb)
		return func(dst *image.RGBA) error {
			c.img = dst
			draw.Draw(dst, dst.Rect, image.NewUniform(rgba(white)), image.Point{}, draw.Src)
			for _, op := range ops {
				if op.Swatch {
					r := rect{op.X * scale, op.Y * scale, op.Size * scale, op.Size * scale}
					c.fillRounded(r, r.W/5, op.Lane.Ink())
					c.fillRounded(r.inset(math.Max(1, scale)), r.W/5-math.Max(1, scale), op.Lane.Fill())
					continue
				}
				if err := c.drawString(op.Text, op.X*scale, op.Y*scale, op.Bold, op.Size*scale, op.Ink); err != nil {
					return err
				}
			}
			return nil
		}
	})
}

// flowColumns sets a long list in side-by-side columns, so the action list
// of a huge board is a wide picture any viewer opens instead of one too
// tall to make. A list up to about twice as tall as wide stays one column.
// It returns the ops moved and the picture's size.
func flowColumns(ops []listOp, height float64) ([]listOp, float64, float64) {
	cols := int(math.Round(math.Sqrt(height / (2 * listWidth))))
	if cols <= 1 || len(ops) == 0 {
		return ops, listWidth, height
	}
	target := height / float64(cols)
	out := make([]listOp, 0, len(ops))
	col, shift, tallest := 0, 0.0, 0.0
	for i := 0; i < len(ops); {
		j := i
		for j < len(ops) && ops[j].Block == ops[i].Block {
			j++
		}
		top, bottom := ops[i].Y-ops[i].Size, ops[j-1].Y
		if bottom-shift > target && top-shift > listMargin+listTitle*3 {
			col++
			shift = top - listMargin
		}
		for _, op := range ops[i:j] {
			op.X += float64(col) * listWidth
			op.Y -= shift
			tallest = math.Max(tallest, op.Y+op.Size)
			out = append(out, op)
		}
		i = j
	}
	return out, float64(col+1) * listWidth, tallest + listMargin
}
