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

// PDFOptions tunes PDF; the zero value is an A4 handout with the map fit
// to one page.
type PDFOptions struct {
	// Created is the creation date written into the PDF and shown in its
	// header; zero means now. Tests pass a fixed date so the same board gives
	// the same PDF bytes.
	Created time.Time
	// Paper is the sheet size; "" is A4.
	Paper Paper
	// Poster prints the map at a legible size tiled over several pages,
	// with overlaps and cut marks, to tape together into a wall poster,
	// after an overview page showing how the pages fit. Otherwise the map
	// is fit to one page.
	Poster bool
	// Fonts finds the font for characters NotoSans lacks; nil searches the
	// machine's font folders (SystemFallback).
	Fonts FontSearch
}

func (o PDFOptions) fallback() *Fallback {
	if o.Fonts == nil {
		return SystemFallback()
	}
	return o.Fonts()
}

// Page geometry of the PDF in millimetres.
const (
	pageMargin   = 12.0 // left, right and top
	headerHeight = 8.0  // title and date line
	mapTop       = pageMargin + headerHeight + 3
	footerSpace  = 14.0 // kept free at the bottom for the page number
	minTextPt    = 6.0  // smallest sticky text: still readable on paper
	minLabelPt   = 7.0  // smallest lane name
	// minLabelColumn (mm) is the narrowest lane-name column: "Questions &
	// actions" in two lines at minLabelPt.
	minLabelColumn = 21.0
	ptToMM         = 25.4 / 72
	// posterScale (mm per map unit) prints the editor's smallest sticky
	// text at minTextPt, so whatever the editor shows whole prints whole;
	// the usual 17-unit text comes out at 10 pt, readable from a step back.
	posterScale = minTextPt * ptToMM / minTextSize
	// posterOverlap is the strip each poster page repeats from its left
	// and upper neighbours: room for tape and for imperfect cutting.
	posterOverlap = 10.0
)

// The font family names registered with gofpdf.
const (
	family   = "noto"
	fbFamily = "fallback"
	bold     = "B"
)

// PDF writes b as a printable landscape document: the map, fit to one page
// or as a poster over several (opt.Poster), then the action list: actions
// with owner, due date and event, open questions, pain points by event
// ranked by votes, systems and teams by event, timings, the agenda's
// planned against actual times and the follow-up. Text is NotoSans,
// embedded and subset; characters it lacks are drawn with opt.Fonts'
// fallback font, and those that no font has print as empty boxes
// (Unprintable lists them, so the caller can warn).
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
	if opt.Paper == "" {
		opt.Paper = A4
	}
	if _, err := ParsePaper(string(opt.Paper)); err != nil {
		return err
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
	fb := opt.fallback()
	if !needsFallback(b, fonts, fb) {
		fb = nil
	}
	d := newPDFDoc(b.Title, created, opt.Paper, fonts, fb)
	if opt.Poster {
		d.drawPoster(b)
	} else {
		d.drawWrappedFit(b)
	}
	d.drawHandout(handoutOf(b, created))
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
		c.Stickies[i].Owner = safe(c.Stickies[i].Owner)
		c.Stickies[i].Due = safe(c.Stickies[i].Due)
	}
	for i := range c.Spans {
		c.Spans[i].Label = safe(c.Spans[i].Label)
	}
	for i := range c.Agenda.Steps {
		c.Agenda.Steps[i].Title = safe(c.Agenda.Steps[i].Title)
	}
	c.Agenda.FollowUp.Note = safe(c.Agenda.FollowUp.Note)
	return c
}

// pdfDoc is a PDF being written.
type pdfDoc struct {
	pdf          *gofpdf.Fpdf
	fonts        *fontSet
	fb           *Fallback // nil when no text needs it
	pageW, pageH float64
	paper        Paper
	isBold       bool         // the font in use, restored after a page break
	size         float64      // its size in mm
	continued    *listSection // the list being written, named again on a new page
	footNote     string       // printed left of the page number on this page
	col          int          // the action list's column: 0 left, 1 right
	// dry sets text on pages that are counted but not made, nothing
	// printed: to try how the action list comes out (planHandout).
	dry      bool
	dryPages int
}

// pages is the number of pages so far.
func (d *pdfDoc) pages() int {
	if d.dry {
		return d.dryPages
	}
	return d.pdf.PageNo()
}

func newPDFDoc(title string, created time.Time, paper Paper, fonts *fontSet, fb *Fallback) *pdfDoc {
	w, h := paper.landscape()
	pdf := gofpdf.NewCustom(&gofpdf.InitType{OrientationStr: "L", UnitStr: "mm", Size: gofpdf.SizeType{Wd: h, Ht: w}})
	d := &pdfDoc{pdf: pdf, fonts: fonts, fb: fb, paper: paper}
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
	// Round joins: a rounded note's outline closes where it starts, and a
	// mitred join there can print as a spike off the corner.
	pdf.SetLineJoinStyle("round")
	// Page breaks are placed by drawHandout, which keeps an item together.
	pdf.SetAutoPageBreak(false, 0)
	// gofpdf writes into the font bytes it is given while subsetting (it pads
	// tables in place): give it a copy, not Fyne's font, which the UI and
	// other exports read at the same time.
	pdf.AddUTF8FontFromBytes(family, "", bytes.Clone(fonts.Regular))
	pdf.AddUTF8FontFromBytes(family, bold, bytes.Clone(fonts.Bold))
	if fb != nil {
		pdf.AddUTF8FontFromBytes(fbFamily, "", bytes.Clone(fb.Data))
	}
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
	d.pageW, d.pageH = p.GetPageSize() // the new page's: the map page may be portrait
	baseline := pageMargin + 5
	d.font(false, 10*ptToMM)
	p.SetTextColor(80, 80, 80)
	dateW := d.measure(d.size, date)
	d.text(d.pageW-pageMargin-dateW, baseline, date)
	d.font(true, 13*ptToMM)
	p.SetTextColor(0, 0, 0)
	if title == "" {
		title = board.DefaultTitle
	}
	title = ellipsize(title, d.pageW-2*pageMargin-dateW-8, func(s string) float64 { return d.measure(d.size, s) })
	d.text(pageMargin, baseline, title)
	p.SetDrawColor(int(laneLine.R), int(laneLine.G), int(laneLine.B))
	p.SetLineWidth(0.2)
	p.Line(pageMargin, pageMargin+headerHeight, d.pageW-pageMargin, pageMargin+headerHeight)
}

// footer numbers the pages: "pathmap · page 1 of 2", after the page's
// note (a poster page's place in the poster) if any.
func (d *pdfDoc) footer() {
	p := d.pdf
	d.pageW, d.pageH = p.GetPageSize() // the page being closed
	d.font(false, 8*ptToMM)
	p.SetTextColor(110, 110, 110)
	s := fmt.Sprintf("pathmap · page %d of {nb}", p.PageNo())
	// The width of "{nb}" stands in for the page count, close enough.
	p.Text(d.pageW-pageMargin-p.GetStringWidth(s), d.pageH-8, s)
	if d.footNote != "" {
		d.font(true, 9*ptToMM)
		p.SetTextColor(60, 60, 60)
		d.text(pageMargin, d.pageH-8, d.footNote)
		d.footNote = ""
	}
}

// font selects the regular or bold face at size mm.
func (d *pdfDoc) font(isBold bool, size float64) {
	d.isBold, d.size = isBold, size
	if d.dry {
		return
	}
	style := ""
	if isBold {
		style = bold
	}
	d.pdf.SetFont(family, style, size/ptToMM)
}

// measure is a measureFunc for the current style, in mm, counting each
// character in the font that draws it. It works from the fonts' width
// tables instead of changing the PDF's font, which would write a font
// change into the page for every probe.
func (d *pdfDoc) measure(size float64, s string) float64 {
	return d.fonts.width(s, d.isBold, d.fb, size)
}

// text writes s with its left end at the baseline (x, y) in the current
// style, switching to the fallback font for the characters only it has:
// gofpdf draws a whole string in one font and has no fallback of its own.
func (d *pdfDoc) text(x, y float64, s string) {
	if d.dry {
		return
	}
	if d.fb == nil {
		d.pdf.Text(x, y, s)
		return
	}
	isBold, size := d.isBold, d.size
	for _, r := range d.fonts.runs(s, isBold, d.fb) {
		if r.Fallback {
			d.pdf.SetFont(fbFamily, "", size/ptToMM)
		} else {
			d.font(isBold, size)
		}
		d.pdf.Text(x, y, r.Text)
		x += d.measure(size, r.Text)
	}
	d.font(isBold, size)
}

func (d *pdfDoc) setFill(c board.Color) { d.pdf.SetFillColor(int(c.R), int(c.G), int(c.B)) }
func (d *pdfDoc) setDraw(c board.Color) { d.pdf.SetDrawColor(int(c.R), int(c.G), int(c.B)) }
func (d *pdfDoc) setText(c board.Color) { d.pdf.SetTextColor(int(c.R), int(c.G), int(c.B)) }

// mapArea is the part of a page the map may use, in mm.
func (d *pdfDoc) mapArea() rect {
	return rect{pageMargin, mapTop, d.pageW - 2*pageMargin, d.pageH - mapTop - footerSpace}
}

// lanePen sets the line style of lane l's sticky borders (borderOf): each
// lane its own dash pattern and weight, so a grayscale print still tells
// lanes apart.
func (d *pdfDoc) lanePen(l board.Lane, s float64) {
	d.setDraw(l.Ink())
	w := math.Max(0.2, math.Min(0.5, 1.2*s))
	lb := borderOf(l)
	d.pdf.SetLineWidth(w * lb.Weight)
	if lb.Round {
		d.pdf.SetLineCapStyle("round")
	}
	if lb.Dash != nil {
		d.pdf.SetDashPattern(lb.Dash, 0)
	}
}

// noDash goes back to solid lines with square ends.
func (d *pdfDoc) noDash() {
	d.pdf.SetDashPattern([]float64{}, 0)
	d.pdf.SetLineCapStyle("butt")
}

// drawText fits text into area, starting at size start and shrinking by step
// down to minSize (all in mm), draws it in the current text color and
// reports whether it had to be cut short.
func (d *pdfDoc) drawText(text string, area rect, isBold, center bool, start, minSize, step float64) bool {
	d.font(isBold, start)
	fit := fitText(text, area.W, area.H, start, minSize, step, d.measure)
	if len(fit.Lines) == 0 {
		return strings.TrimSpace(text) != ""
	}
	d.font(isBold, fit.Size)
	for _, line := range placeLines(fit, area, center, d.measure) {
		d.text(line.X, line.Baseline, line.Text)
	}
	return fit.Clipped
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

// The few page operations the action list and the poster need, so that
// they, too, leave every gofpdf call in this file.

func (d *pdfDoc) addPage()                    { d.addPageOriented(false) }
func (d *pdfDoc) line(x1, y1, x2, y2 float64) { d.pdf.Line(x1, y1, x2, y2) }
func (d *pdfDoc) lineWidth(w float64)         { d.pdf.SetLineWidth(w) }
func (d *pdfDoc) drawRGB(r, g, b int)         { d.pdf.SetDrawColor(r, g, b) }
func (d *pdfDoc) strokeRect(r rect)           { d.pdf.Rect(r.X, r.Y, r.W, r.H, "D") }

// addPageOriented starts a page of the handout's paper, upright when
// portrait, and takes its size.
func (d *pdfDoc) addPageOriented(portrait bool) {
	w, h := d.paper.landscape()
	if d.dry {
		d.dryPages++
		d.pageW, d.pageH = w, h
		if portrait {
			d.pageW, d.pageH = h, w
		}
		return
	}
	orient := "L"
	if portrait {
		orient = "P"
	}
	d.pdf.AddPageFormat(orient, gofpdf.SizeType{Wd: h, Ht: w})
	d.pageW, d.pageH = d.pdf.GetPageSize()
}

// fillRect fills r in color c.
func (d *pdfDoc) fillRect(r rect, c board.Color) {
	d.setFill(c)
	d.pdf.Rect(r.X, r.Y, r.W, r.H, "F")
}

// clip limits drawing to r until unclip.
func (d *pdfDoc) clip(r rect) { d.pdf.ClipRect(r.X, r.Y, r.W, r.H, false) }
func (d *pdfDoc) unclip()     { d.pdf.ClipEnd() }

// dash sets a dash pattern in mm; none for solid lines.
func (d *pdfDoc) dash(pattern ...float64) {
	if pattern == nil {
		pattern = []float64{}
	}
	d.pdf.SetDashPattern(pattern, 0)
}

// whiteBox fills r with white at the given opacity, behind a label.
func (d *pdfDoc) whiteBox(r rect, alpha float64) {
	d.pdf.SetFillColor(255, 255, 255)
	d.pdf.SetAlpha(alpha, "Normal")
	d.pdf.Rect(r.X, r.Y, r.W, r.H, "F")
	d.pdf.SetAlpha(1, "Normal")
}
func (d *pdfDoc) textRGB(r, g, b int) {
	if !d.dry {
		d.pdf.SetTextColor(r, g, b)
	}
}

func (d *pdfDoc) textColor() (r, g, b int) {
	if d.dry {
		return 0, 0, 0
	}
	return d.pdf.GetTextColor()
}

// swatch draws a small note in lane l's colors and border, tying a list
// entry to the map.
func (d *pdfDoc) swatch(l board.Lane, x, y, size float64) {
	if d.dry {
		return
	}
	d.setFill(l.Fill())
	d.lanePen(l, 0.15)
	d.roundedRect(rect{x, y, size, size}, size/5)
	d.noDash()
}
