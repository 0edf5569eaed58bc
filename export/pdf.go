package export

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"pathmap/board"
)

// This file holds every gofpdf call of pathmap, so moving to gofpdf's
// maintained successor (codeberg.org/go-pdf/fpdf, same API) is a change of
// the import line above.

// PDFOptions tunes PDF; the zero value is fine.
type PDFOptions struct {
	// Created is the creation date written into the PDF and shown in its
	// header; zero means now. Tests pass a fixed date so the same board gives
	// the same PDF bytes.
	Created time.Time
}

// Page geometry of the PDF in millimetres: A4 landscape.
const (
	pageMargin   = 12.0 // left, right and top
	headerHeight = 8.0  // title and date line
	mapTop       = pageMargin + headerHeight + 3
	footerSpace  = 14.0 // kept free at the bottom for the page number
	minTextPt    = 5.0  // smallest sticky text: still readable on paper
	minLabelPt   = 7.0  // smallest lane name
	ptToMM       = 25.4 / 72
)

// The font family names registered with gofpdf.
const (
	family = "noto"
	bold   = "B"
)

// PDF writes b as a printable A4 landscape document: page 1 is the map fit
// to the page, page 2 (and more if needed) lists the questions & actions and
// the pain points, each with the event it sits under: the workshop's to-do
// list. A map too long to read on one page (beyond about 12 columns) is
// printed in parts over several pages before the list. Text is NotoSans, embedded and subset, so accents and Greek print
// correctly; characters NotoSans lacks (CJK, emoji) print as empty boxes.
func PDF(w io.Writer, b *board.Board, opt PDFOptions) (err error) {
	// gofpdf panics on some inputs; an export must fail with an error, never
	// take the workshop's open board down with it.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot make the PDF: %v", r)
		}
	}()
	if b == nil {
		return errNoBoard
	}
	fonts, err := loadFonts()
	if err != nil {
		return err
	}
	created := opt.Created
	if created.IsZero() {
		created = time.Now()
	}
	b = pdfSafe(b)
	d := newPDFDoc(b.Title, created, fonts)
	d.pdf.AddPage()
	d.drawMap(layoutMap(b))
	d.drawHandout(handoutSections(b))
	if err := d.pdf.Error(); err != nil {
		return fmt.Errorf("cannot make the PDF: %w", err)
	}
	return d.pdf.Output(w)
}

// missingGlyph stands in for characters gofpdf cannot take. NotoSans has no
// glyph for it either, so it prints as the same empty box as any other
// character the font lacks, and as the PNG shows it.
const missingGlyph = '\u25A1' // □

// pdfSafe returns b with every character beyond the Basic Multilingual Plane
// (emoji, mostly) replaced by missingGlyph: gofpdf v1.16.2 indexes a
// 65,536-entry width table by rune and panics on them. b is not changed.
func pdfSafe(b *board.Board) *board.Board {
	safe := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r > 0xFFFF {
				return missingGlyph
			}
			return r
		}, s)
	}
	c := b.Clone()
	c.Title = safe(c.Title)
	for i := range c.Stickies {
		c.Stickies[i].Text = safe(c.Stickies[i].Text)
	}
	return c
}

// pdfDoc is a PDF being written.
type pdfDoc struct {
	pdf          *gofpdf.Fpdf
	fonts        *fontSet
	pageW, pageH float64
	isBold       bool         // the font in use, restored after a page break
	size         float64      // its size in mm
	continued    *listSection // the list being written, named again on a new page
}

func newPDFDoc(title string, created time.Time, fonts *fontSet) *pdfDoc {
	pdf := gofpdf.New("L", "mm", "A4", "")
	d := &pdfDoc{pdf: pdf, fonts: fonts}
	d.pageW, d.pageH = pdf.GetPageSize()
	pdf.SetCompression(true)
	// A fixed date and sorted catalogs make the output depend on the board
	// alone: the same board gives the same bytes.
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(created)
	pdf.SetModificationDate(created)
	pdf.SetTitle(title, true)
	pdf.SetCreator("pathmap", true)
	pdf.SetMargins(pageMargin, pageMargin, pageMargin)
	// Page breaks are placed by drawHandout, which keeps an item together.
	pdf.SetAutoPageBreak(false, 0)
	// gofpdf writes into the font bytes it is given while subsetting (it pads
	// tables in place): give it a copy, not Fyne's font, which the UI and
	// other exports read at the same time.
	pdf.AddUTF8FontFromBytes(family, "", bytes.Clone(fonts.Regular))
	pdf.AddUTF8FontFromBytes(family, bold, bytes.Clone(fonts.Bold))
	pdf.AliasNbPages("{nb}")
	date := created.Format("2 January 2006")
	pdf.SetHeaderFunc(func() { d.header(title, date) })
	pdf.SetFooterFunc(d.footer)
	return d
}

// header puts the board's title and the date at the top of every page, so a
// loose printed page still says which workshop it is from.
func (d *pdfDoc) header(title, date string) {
	p := d.pdf
	baseline := pageMargin + 5
	d.font(false, 10*ptToMM)
	p.SetTextColor(80, 80, 80)
	dateW := p.GetStringWidth(date)
	p.Text(d.pageW-pageMargin-dateW, baseline, date)
	d.font(true, 13*ptToMM)
	p.SetTextColor(0, 0, 0)
	if title == "" {
		title = board.DefaultTitle
	}
	title = ellipsize(title, d.pageW-2*pageMargin-dateW-8, p.GetStringWidth)
	p.Text(pageMargin, baseline, title)
	p.SetDrawColor(int(laneLine.R), int(laneLine.G), int(laneLine.B))
	p.SetLineWidth(0.2)
	p.Line(pageMargin, pageMargin+headerHeight, d.pageW-pageMargin, pageMargin+headerHeight)
}

// footer numbers the pages: "pathmap · page 1 of 2".
func (d *pdfDoc) footer() {
	p := d.pdf
	d.font(false, 8*ptToMM)
	p.SetTextColor(110, 110, 110)
	s := fmt.Sprintf("pathmap · page %d of {nb}", p.PageNo())
	// The width of "{nb}" stands in for the page count, close enough to center.
	p.Text((d.pageW-p.GetStringWidth(s))/2, d.pageH-8, s)
}

// font selects the regular or bold face at size mm.
func (d *pdfDoc) font(isBold bool, size float64) {
	style := ""
	if isBold {
		style = bold
	}
	d.pdf.SetFont(family, style, size/ptToMM)
	d.isBold, d.size = isBold, size
}

// measure is a measureFunc for the current font family and style, in mm. It
// computes widths from the font's metrics instead of changing the font size,
// which would write a size change into the page for every probe.
func (d *pdfDoc) measure(size float64, s string) float64 {
	return float64(d.pdf.GetStringSymbolWidth(s)) * size / 1000
}

func (d *pdfDoc) setFill(c board.Color) { d.pdf.SetFillColor(int(c.R), int(c.G), int(c.B)) }
func (d *pdfDoc) setDraw(c board.Color) { d.pdf.SetDrawColor(int(c.R), int(c.G), int(c.B)) }
func (d *pdfDoc) setText(c board.Color) { d.pdf.SetTextColor(int(c.R), int(c.G), int(c.B)) }

// drawMap draws the map as large as fits between header and footer, or in
// parts over several pages when one page would make it unreadable
// (planParts).
func (d *pdfDoc) drawMap(m mapLayout) {
	availW, availH := d.pageW-2*pageMargin, d.pageH-mapTop-footerSpace
	s, parts := planParts(m, availW, availH, func(s float64) bool { return d.stickiesFit(m, s) })
	for i, part := range parts {
		if i > 0 {
			d.pdf.AddPage()
		}
		x0 := pageMargin
		if len(parts) == 1 {
			x0 += (availW - m.W*s) / 2
		}
		d.drawMapPart(m, part, s, x0)
		if len(parts) > 1 {
			d.font(false, 9*ptToMM)
			d.pdf.SetTextColor(90, 90, 90)
			d.pdf.Text(pageMargin, mapTop+m.H*s+5, fmt.Sprintf("Map, part %d of %d", i+1, len(parts)))
		}
	}
}

// stickiesFit reports whether every sticky's text fits whole at scale s.
func (d *pdfDoc) stickiesFit(m mapLayout, s float64) bool {
	d.font(false, textSize*s)
	for _, sb := range m.Stickies {
		area := textArea(sb.Rect.scaled(s, 0, 0), stickyPad*s)
		if fitText(sb.Sticky.Text, area.W, area.H, textSize*s, minTextPt*ptToMM, shrinkStep*s, d.measure).Clipped {
			return false
		}
	}
	return true
}

// drawMapPart draws the lane names and the part of the map between
// part.From and part.To at scale s (mm per map unit), its left edge at x0.
func (d *pdfDoc) drawMapPart(m mapLayout, part mapPart, s, x0 float64) {
	p := d.pdf
	dy := mapTop
	dx := x0 + (labelWidth-part.From)*s // where map x = 0 would be
	bandW := (labelWidth + part.To - part.From) * s
	for _, lb := range m.Lanes {
		label := lb.Label.scaled(s, x0, dy)
		d.setFill(lb.Lane.Band())
		p.Rect(x0, label.Y, bandW, label.H, "F")
		d.setFill(labelFill(lb.Lane))
		p.Rect(label.X, label.Y, label.W, label.H, "F")
	}
	// Borders after all fills, so no band paints over its neighbour's line.
	p.SetLineWidth(0.2)
	d.setDraw(laneLine)
	for _, lb := range m.Lanes {
		label := lb.Label.scaled(s, x0, dy)
		p.Rect(x0, label.Y, bandW, label.H, "D")
		p.Line(label.X+label.W, label.Y, label.X+label.W, label.Y+label.H)
	}
	for _, lb := range m.Lanes {
		label := lb.Label.scaled(s, x0, dy)
		d.setText(lb.Lane.Ink())
		// Lane names stay readable however small a wide board makes the map.
		size := math.Max(labelSize*s, minLabelPt*ptToMM)
		d.drawText(d.fonts.laneLabel(lb.Lane), label.inset(labelPad*s), true, false, size, size, s)
	}
	// Stickies cut by the part's edges (only where stickies overlap all
	// along) must not spill over the lane names or the margin.
	p.ClipRect(x0+labelWidth*s, dy, (part.To-part.From)*s, m.H*s, false)
	defer p.ClipEnd()
	for _, sb := range m.Stickies {
		if sb.Rect.X+sb.Rect.W <= part.From || sb.Rect.X >= part.To {
			continue
		}
		r := sb.Rect.scaled(s, dx, dy)
		l := sb.Sticky.Lane
		d.setFill(l.Fill())
		d.setDraw(l.Ink())
		p.SetLineWidth(math.Max(0.12, s))
		radius := math.Min(cornerRadius*s, math.Min(r.W, r.H)/2)
		d.roundedRect(r, radius)
		d.setText(l.Ink())
		d.drawText(sb.Sticky.Text, textArea(r, stickyPad*s), false, true, textSize*s, minTextPt*ptToMM, shrinkStep*s)
	}
}

// drawText fits text into area, starting at size start and shrinking by step
// down to minSize (all in mm), and draws it in the current text color.
func (d *pdfDoc) drawText(text string, area rect, isBold, center bool, start, minSize, step float64) {
	d.font(isBold, start)
	fit := fitText(text, area.W, area.H, start, minSize, step, d.measure)
	if len(fit.Lines) == 0 {
		return
	}
	d.font(isBold, fit.Size)
	for _, line := range placeLines(fit, area, center, d.measure) {
		d.pdf.Text(line.X, line.Baseline, line.Text)
	}
}

// Handout page type sizes, in mm.
const (
	handoutTitle   = 16 * ptToMM
	handoutHeading = 13 * ptToMM
	handoutBody    = 11 * ptToMM
	handoutUnder   = 9 * ptToMM
	handoutIndent  = 8.0 // text starts right of the color swatch
	swatchSize     = 4.0
)

// drawHandout lists the questions & actions and the pain points.
func (d *pdfDoc) drawHandout(sections []listSection) {
	p := d.pdf
	p.AddPage()
	y := mapTop + 2
	d.font(true, handoutTitle)
	p.SetTextColor(0, 0, 0)
	p.Text(pageMargin, y+baselineDrop*handoutTitle, "Actions and questions")
	y += handoutTitle*lineSpacing + 4
	textW := d.pageW - 2*pageMargin - handoutIndent
	for _, sec := range sections {
		d.continued = nil
		y = d.ensureRoom(y, handoutHeading*lineSpacing+handoutBody*lineSpacing*2)
		y = d.heading(y, sec.Lane, sec.Lane.Name())
		d.continued = &sec
		if len(sec.Items) == 0 {
			d.font(false, handoutBody)
			p.SetTextColor(110, 110, 110)
			p.Text(pageMargin+handoutIndent, y+baselineDrop*handoutBody, "None yet.")
			y += handoutBody*lineSpacing + 4
			continue
		}
		for _, it := range sec.Items {
			d.font(false, handoutBody)
			lines := board.Wrap(it.Text, textW, func(s string) float64 { return d.measure(handoutBody, s) })
			var under []string
			if it.Under != "" {
				d.font(false, handoutUnder)
				under = board.Wrap("under: "+it.Under, textW, func(s string) float64 { return d.measure(handoutUnder, s) })
			}
			h := float64(len(lines))*handoutBody*lineSpacing + float64(len(under))*handoutUnder*lineSpacing
			y = d.ensureRoom(y, h)
			d.swatch(sec.Lane, pageMargin+1, y+handoutBody*0.25, swatchSize)
			d.font(false, handoutBody)
			p.SetTextColor(0, 0, 0)
			for _, line := range lines {
				y = d.ensureRoom(y, handoutBody*lineSpacing)
				p.Text(pageMargin+handoutIndent, y+baselineDrop*handoutBody, line)
				y += handoutBody * lineSpacing
			}
			d.font(false, handoutUnder)
			p.SetTextColor(90, 90, 90)
			for _, line := range under {
				y = d.ensureRoom(y, handoutUnder*lineSpacing)
				p.Text(pageMargin+handoutIndent, y+baselineDrop*handoutUnder, line)
				y += handoutUnder * lineSpacing
			}
			y += 2.5
		}
		y += 3
	}
	d.continued = nil
}

// heading writes a section heading, a swatch of the lane's colors before
// it, and returns where the section's items start.
func (d *pdfDoc) heading(y float64, l board.Lane, text string) float64 {
	y += 2
	d.swatch(l, pageMargin, y+handoutHeading*0.2, swatchSize+1)
	d.font(true, handoutHeading)
	d.pdf.SetTextColor(0, 0, 0)
	d.pdf.Text(pageMargin+handoutIndent, y+baselineDrop*handoutHeading, text)
	return y + handoutHeading*lineSpacing + 2
}

// ensureRoom starts a new page when h mm do not fit below y, and returns
// where to continue. Something taller than a page starts at the top of one
// and breaks line by line. A list cut by the page break gets its heading
// again, "(continued)", so a loose page still says what it lists. The font
// and color survive the new page's header and footer.
func (d *pdfDoc) ensureRoom(y, h float64) float64 {
	top := mapTop + 2
	if y+h <= d.pageH-footerSpace || y <= top {
		return y
	}
	isBold, size := d.isBold, d.size
	r, g, b := d.pdf.GetTextColor()
	d.pdf.AddPage()
	y = top
	if d.continued != nil {
		y = d.heading(y, d.continued.Lane, d.continued.Lane.Name()+" (continued)")
	}
	d.font(isBold, size)
	d.pdf.SetTextColor(r, g, b)
	return y
}

// swatch draws a small note in lane l's colors, tying a list entry to the map.
func (d *pdfDoc) swatch(l board.Lane, x, y, size float64) {
	d.setFill(l.Fill())
	d.setDraw(l.Ink())
	d.pdf.SetLineWidth(0.2)
	d.roundedRect(rect{x, y, size, size}, size/5)
}

// roundedRect fills r in the fill color and outlines it in the draw color,
// corners rounded by radius. gofpdf's own RoundedRect opens a graphics state
// it never closes: after a few dozen stickies that breaks clipping and goes
// past the nesting depth PDF readers accept.
func (d *pdfDoc) roundedRect(r rect, radius float64) {
	p := d.pdf
	k := radius * (1 - 0.5523) // control-point distance of a quarter circle
	x0, y0, x1, y1 := r.X, r.Y, r.X+r.W, r.Y+r.H
	p.MoveTo(x0+radius, y0)
	p.LineTo(x1-radius, y0)
	p.CurveBezierCubicTo(x1-k, y0, x1, y0+k, x1, y0+radius)
	p.LineTo(x1, y1-radius)
	p.CurveBezierCubicTo(x1, y1-k, x1-k, y1, x1-radius, y1)
	p.LineTo(x0+radius, y1)
	p.CurveBezierCubicTo(x0+k, y1, x0, y1-k, x0, y1-radius)
	p.LineTo(x0, y0+radius)
	p.CurveBezierCubicTo(x0, y0+k, x0+k, y0, x0+radius, y0)
	p.ClosePath()
	p.DrawPath("FD")
}
