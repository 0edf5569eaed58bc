package export

import (
	"pathmap/board"
)

// Action list page type sizes, in mm.
const (
	handoutTitle   = 16 * ptToMM
	handoutHeading = 13 * ptToMM
	handoutGroup   = 11 * ptToMM
	handoutBody    = 11 * ptToMM
	handoutUnder   = 9 * ptToMM
	handoutIndent  = 8.0 // text starts right of the color swatch
	swatchSize     = 4.0
	handoutGap     = 12.0 // between the two columns
)

// The action list is set in two columns: landscape lines as long as the
// page read badly, and the list takes half the pages.

// colW is the width of a column.
func (d *pdfDoc) colW() float64 { return (d.pageW - 2*pageMargin - handoutGap) / 2 }

// colX is the left edge of the current column.
func (d *pdfDoc) colX() float64 { return pageMargin + float64(d.col)*(d.colW()+handoutGap) }

// drawHandout writes the action list on pages of its own.
func (d *pdfDoc) drawHandout(h handout) {
	d.addPage()
	d.col = 0
	y := mapTop + 2
	d.font(true, handoutTitle)
	d.textRGB(0, 0, 0)
	d.text(pageMargin, y+baselineDrop*handoutTitle, "Action list")
	y += handoutTitle*lineSpacing + 4
	textW := d.colW() - handoutIndent
	wrap := func(text string, size float64, isBold bool) []string {
		d.font(isBold, size)
		return board.Wrap(text, textW, func(s string) float64 { return d.measure(size, s) })
	}
	for _, sec := range h.Sections {
		d.continued = nil
		// Keep a heading with its first group title and first items.
		y = d.ensureRoom(y, handoutHeading*lineSpacing+handoutGroup*lineSpacing+(handoutBody+handoutUnder)*lineSpacing*2+8)
		y = d.heading(y, sec.Lane, sec.Title)
		d.continued = &sec
		if sec.isEmpty() {
			d.font(false, handoutBody)
			d.textRGB(110, 110, 110)
			d.text(d.colX()+handoutIndent, y+baselineDrop*handoutBody, sec.Empty)
			y += handoutBody*lineSpacing + 4
			continue
		}
		for _, g := range sec.Groups {
			if len(g.Items) == 0 {
				continue
			}
			if g.Title != "" {
				// Keep a group's title with its first item.
				y = d.ensureRoom(y, handoutGroup*lineSpacing+handoutBody*lineSpacing*2)
				d.font(true, handoutGroup)
				d.textRGB(50, 50, 50)
				for _, line := range wrap(g.Title, handoutGroup, true) {
					d.text(d.colX()+handoutIndent, y+baselineDrop*handoutGroup, line)
					y += handoutGroup * lineSpacing
				}
				y += 1
			}
			for _, it := range g.Items {
				lines := wrap(it.Text, handoutBody, false)
				var under []string
				if it.Detail != "" {
					under = wrap(it.Detail, handoutUnder, false)
				}
				h := float64(len(lines))*handoutBody*lineSpacing + float64(len(under))*handoutUnder*lineSpacing
				y = d.ensureRoom(y, h)
				d.swatch(it.Lane, d.colX()+handoutIndent-swatchSize-2, y+handoutBody*0.3, swatchSize-1)
				d.font(false, handoutBody)
				d.textRGB(0, 0, 0)
				for _, line := range lines {
					y = d.ensureRoom(y, handoutBody*lineSpacing)
					d.text(d.colX()+handoutIndent, y+baselineDrop*handoutBody, line)
					y += handoutBody * lineSpacing
				}
				d.font(false, handoutUnder)
				d.textRGB(80, 80, 80)
				for _, line := range under {
					y = d.ensureRoom(y, handoutUnder*lineSpacing)
					d.text(d.colX()+handoutIndent, y+baselineDrop*handoutUnder, line)
					y += handoutUnder * lineSpacing
				}
				y += 2
			}
			y += 2
		}
		y += 3
	}
	d.continued = nil
}

// heading writes a section heading, a swatch of the lane's colors before
// it, and returns where the section's items start.
func (d *pdfDoc) heading(y float64, l board.Lane, text string) float64 {
	y += 2
	d.swatch(l, d.colX(), y+handoutHeading*0.2, swatchSize+1)
	d.font(true, handoutHeading)
	d.textRGB(0, 0, 0)
	d.text(d.colX()+handoutIndent, y+baselineDrop*handoutHeading, text)
	return y + handoutHeading*lineSpacing + 2
}

// ensureRoom starts a new page when h mm do not fit below y, and returns
// where to continue: the next column, or the next page. Something taller than a page starts at the top of one
// and breaks line by line. A list cut by the page break gets its heading
// again, "(continued)", so a loose page still says what it lists. The font
// and color survive the new page's header and footer.
func (d *pdfDoc) ensureRoom(y, h float64) float64 {
	top := mapTop + 2
	if y+h <= d.pageH-footerSpace || y <= top {
		return y
	}
	isBold, size := d.isBold, d.size
	r, g, b := d.textColor()
	if d.col == 0 {
		d.col = 1
	} else {
		d.addPage()
		d.col = 0
	}
	y = top
	if d.continued != nil {
		y = d.heading(y, d.continued.Lane, d.continued.Title+" (continued)")
	}
	d.font(isBold, size)
	d.textRGB(r, g, b)
	return y
}
