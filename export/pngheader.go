package export

import (
	"math"

	"pathmap/board"
)

// The map picture opens with a header, as the PDF's pages do: the board's
// title and the export's date, so a picture pasted into a chat or a slide
// still says which workshop it is from, and a legend, each lane's note in
// its color and border pattern beside its name, so a reader who never saw
// the board, or sees it in grayscale, can tell the lanes apart.

// Header geometry, in map units.
const (
	headTitleSize = 26.0 // the board's title, bold
	headDateSize  = 15.0 // the date, right-aligned on the title's line
	headTitleLine = 44.0 // the title line and the rule under it
	legendSize    = 15.0 // lane names in the legend
	legendSwatchW = 40.0 // a lane's note in the legend
	legendSwatchH = 24.0
	legendRow     = 36.0 // the height of one row of the legend
	legendItemGap = 32.0 // space between two legend entries
	legendTextGap = 9.0  // space between a note and its lane name
	headGap       = 16.0 // space between the legend and the lanes
)

// headerRule is the gray of the line under the title.
var headerRule = board.Color{R: 150, G: 150, B: 150}

// legendEntry is one lane in the legend, relative to the header's top-left.
type legendEntry struct {
	Lane   board.Lane
	Label  string
	Swatch rect    // the note in the lane's color and border
	TextX  float64 // left end of the name's baseline
	TextY  float64
}

// pngHeader is the header above a map of width W (map units): its height
// and its legend entries.
type pngHeader struct {
	W, H   float64
	Legend []legendEntry
}

// layoutHeader places the header over a map w units wide: the legend flows
// in rows as wide as the map, so a narrow board gets a taller header and
// never a wider picture.
func layoutHeader(fonts *fontSet, w float64) pngHeader {
	h := pngHeader{W: w}
	x, row := 0.0, 0
	for _, l := range board.AllLanes() {
		label := fonts.laneLabel(l)
		width := legendSwatchW + legendTextGap + fonts.width(label, false, nil, legendSize)
		if x > 0 && x+width > w {
			x, row = 0, row+1
		}
		top := headTitleLine + float64(row)*legendRow
		h.Legend = append(h.Legend, legendEntry{
			Lane: l, Label: label,
			Swatch: rect{x, top + (legendRow-legendSwatchH)/2, legendSwatchW, legendSwatchH},
			TextX:  x + legendSwatchW + legendTextGap,
			TextY:  top + legendRow/2 + legendSize*0.36,
		})
		x += width + legendItemGap
	}
	h.H = headTitleLine + float64(row+1)*legendRow + headGap
	return h
}

// drawHeader draws h at scale, its top-left at (x0, y0) pixels: the title
// (ellipsized to leave room for the date), the date, a rule and the legend.
func (c *pngCanvas) drawHeader(h pngHeader, title, date string, scale, x0, y0 float64) error {
	if !c.visible(rect{x0, y0, h.W * scale, h.H * scale}) {
		return nil
	}
	if title == "" {
		title = board.DefaultTitle
	}
	baseline := y0 + headTitleSize*scale
	ds := headDateSize * scale
	dateW := c.measure(false)(ds, date)
	if err := c.drawString(date, x0+h.W*scale-dateW, baseline, false, ds, listGray); err != nil {
		return err
	}
	// A long title on a narrow map gets smaller type, down to 60%, before
	// it loses its end: the header's height stays the same whatever the
	// title, so PNGSize need not know it.
	mt := c.measure(true)
	title = oneLine(title)
	room := h.W*scale - dateW - headDateSize*scale
	ts := headTitleSize * scale
	for ts > 0.6*headTitleSize*scale && mt(ts, title) > room {
		ts -= scale
	}
	title = ellipsize(title, room, func(s string) float64 { return mt(ts, s) })
	if err := c.drawString(title, x0, baseline, true, ts, listInk); err != nil {
		return err
	}
	c.fillRect(rect{x0, y0 + (headTitleLine-10)*scale, h.W * scale, math.Max(1, scale)}, headerRule)
	for _, e := range h.Legend {
		sw := e.Swatch.scaled(scale, x0, y0)
		radius := cornerRadius * scale * 0.7
		c.strokeLaneBorder(sw, radius, pngBorder*scale, e.Lane, e.Lane.Fill())
		if err := c.drawString(e.Label, x0+e.TextX*scale, y0+e.TextY*scale, false, legendSize*scale, e.Lane.Ink()); err != nil {
			return err
		}
	}
	return nil
}
