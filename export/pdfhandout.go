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

// colTop is where a column's text starts, below the page header.
const colTop = mapTop + 2

// handoutStyle is how tightly the action list is set, and where a section
// is made to start on a page of its own.
type handoutStyle struct {
	// Gap multiplies the space between items, groups and sections; Lead
	// the distance between lines.
	Gap, Lead float64
	// BreakBefore is the section that starts a new page, or -1.
	BreakBefore int
}

var looseStyle = handoutStyle{Gap: 1, Lead: 1, BreakBefore: -1}

// handoutEnd is how the action list came out: its pages, and what its
// last page holds.
type handoutEnd struct {
	Pages int
	// LastCol is the last page's last column used (0 left, 1 right), Used
	// how far down it is filled, mm.
	LastCol int
	Used    float64
	// Sections is how many sections have text on the last page; First is
	// the first of them.
	Sections, First int
	// Starts lists the page each section's heading is on, from 1.
	Starts []int
}

// short reports whether the last page is a waste of paper: a few lines, or
// one short section alone, in its left column, after other pages.
func (e handoutEnd) short(colH float64) bool {
	if e.Pages < 2 || e.LastCol > 0 {
		return false
	}
	return e.Used < 0.15*colH || (e.Sections == 1 && e.Used < 0.5*colH)
}

// drawHandout writes the action list on pages of its own, set so that its
// last page is never a few lines or one short section alone: when it would
// be, the list is set more tightly to save the page, or else the sections
// before it move to the last page with it.
func (d *pdfDoc) drawHandout(h handout) {
	d.flowHandout(h, d.planHandout(h))
}

// planHandout chooses the style of the action list by setting it on a page
// that prints nothing (pdfDoc.dry), as often as it takes.
func (d *pdfDoc) planHandout(h handout) handoutStyle {
	_, ht := d.paper.landscape() // the list's pages are landscape
	return planStyle(func(st handoutStyle) handoutEnd {
		dry := &pdfDoc{fonts: d.fonts, fb: d.fb, paper: d.paper, dry: true}
		return dry.flowHandout(h, st)
	}, ht-footerSpace-colTop)
}

// planStyle chooses the style for a list that run sets, columns colH mm
// high: loose unless that ends on a short page; then tighter if that
// saves the page, else loose or tighter with the last sections kept
// together on the last page.
func planStyle(run func(handoutStyle) handoutEnd, colH float64) handoutStyle {
	end := run(looseStyle)
	if !end.short(colH) {
		return looseStyle
	}
	// Set more tightly, to save the last page: less space between entries
	// first, then between lines too. The type keeps its size.
	styles := []handoutStyle{looseStyle, {Gap: 0.5, Lead: 1, BreakBefore: -1}, {Gap: 0.25, Lead: 0.9, BreakBefore: -1}}
	for _, st := range styles[1:] {
		if e := run(st); e.Pages < end.Pages && !e.short(colH) {
			return st
		}
	}
	// Or keep the last sections together on the last page: start the
	// section continued onto it, or the one before the first that starts
	// there, on a page of its own, then one more, while the pages stay as
	// many.
	for _, st := range styles {
		e0 := run(st)
		if !e0.short(colH) {
			return st
		}
		from := e0.First
		if e0.Starts[from] == e0.Pages {
			from-- // the first section on the last page starts there: move the one before it too
		}
		for s := from; s >= 0 && s > from-3; s-- {
			st.BreakBefore = s
			e := run(st)
			if e.Pages > e0.Pages {
				break
			}
			if !e.short(colH) {
				return st
			}
		}
	}
	return looseStyle
}

// flowHandout sets the action list h in style st and says how it ended.
func (d *pdfDoc) flowHandout(h handout, st handoutStyle) handoutEnd {
	d.addPage()
	d.col = 0
	end := handoutEnd{Starts: make([]int, len(h.Sections)), First: -1}
	page := func() int { return d.pages() }
	onLast, lastPage := map[int]bool{}, 0
	mark := func(s int) { // section s has text on the current page
		if p := page(); p != lastPage {
			lastPage, onLast = p, map[int]bool{}
		}
		onLast[s] = true
	}
	lead := lineSpacing * st.Lead
	y := colTop
	d.font(true, handoutTitle)
	d.textRGB(0, 0, 0)
	d.text(pageMargin, y+baselineDrop*handoutTitle, "Action list")
	y += handoutTitle*lead + 4*st.Gap
	textW := d.colW() - handoutIndent
	wrap := func(text string, size float64, isBold bool) []string {
		d.font(isBold, size)
		return board.Wrap(text, textW, func(s string) float64 { return d.measure(size, s) })
	}
	for si, sec := range h.Sections {
		d.continued = nil
		if si == st.BreakBefore && y > colTop {
			d.col = 1 // the next ensureRoom starts a page
			y = d.ensureRoom(y, d.pageH)
		}
		// Keep a heading with its first group title and first items.
		y = d.ensureRoom(y, handoutHeading*lead+handoutGroup*lead+(handoutBody+handoutUnder)*lead*2+8*st.Gap)
		y = d.heading(y, sec.Lane, sec.Title, st)
		end.Starts[si] = page()
		mark(si)
		d.continued = &sec
		if sec.isEmpty() {
			d.font(false, handoutBody)
			d.textRGB(110, 110, 110)
			d.text(d.colX()+handoutIndent, y+baselineDrop*handoutBody, sec.Empty)
			y += handoutBody*lead + 4*st.Gap
			continue
		}
		for _, g := range sec.Groups {
			if len(g.Items) == 0 {
				continue
			}
			if g.Title != "" {
				// Keep a group's title with its first item.
				y = d.ensureRoom(y, handoutGroup*lead+handoutBody*lead*2)
				mark(si)
				d.font(true, handoutGroup)
				d.textRGB(50, 50, 50)
				for _, line := range wrap(g.Title, handoutGroup, true) {
					d.text(d.colX()+handoutIndent, y+baselineDrop*handoutGroup, line)
					y += handoutGroup * lead
				}
				y += 1 * st.Gap
			}
			for _, it := range g.Items {
				lines := wrap(it.Text, handoutBody, false)
				var under []string
				if it.Detail != "" {
					under = wrap(it.Detail, handoutUnder, false)
				}
				h := float64(len(lines))*handoutBody*lead + float64(len(under))*handoutUnder*lead
				y = d.ensureRoom(y, h)
				mark(si)
				d.swatch(it.Lane, d.colX()+handoutIndent-swatchSize-2, y+handoutBody*0.3, swatchSize-1)
				d.font(false, handoutBody)
				d.textRGB(0, 0, 0)
				for _, line := range lines {
					y = d.ensureRoom(y, handoutBody*lead)
					mark(si)
					d.text(d.colX()+handoutIndent, y+baselineDrop*handoutBody, line)
					y += handoutBody * lead
				}
				d.font(false, handoutUnder)
				d.textRGB(80, 80, 80)
				for _, line := range under {
					y = d.ensureRoom(y, handoutUnder*lead)
					mark(si)
					d.text(d.colX()+handoutIndent, y+baselineDrop*handoutUnder, line)
					y += handoutUnder * lead
				}
				y += 2 * st.Gap
			}
			y += 2 * st.Gap
		}
		y += 3 * st.Gap
	}
	d.continued = nil
	end.Pages, end.LastCol, end.Used = page(), d.col, y-colTop
	end.Sections = len(onLast)
	for s := range onLast {
		if end.First < 0 || s < end.First {
			end.First = s
		}
	}
	return end
}

// heading writes a section heading, a swatch of the lane's colors before
// it, and returns where the section's items start.
func (d *pdfDoc) heading(y float64, l board.Lane, text string, st handoutStyle) float64 {
	y += 2 * st.Gap
	d.swatch(l, d.colX(), y+handoutHeading*0.2, swatchSize+1)
	d.font(true, handoutHeading)
	d.textRGB(0, 0, 0)
	d.text(d.colX()+handoutIndent, y+baselineDrop*handoutHeading, text)
	return y + handoutHeading*lineSpacing*st.Lead + 2*st.Gap
}

// ensureRoom starts a new page when h mm do not fit below y, and returns
// where to continue: the next column, or the next page. Something taller
// than a page starts at the top of one and breaks line by line. A list cut
// by the page break gets its heading again, "(continued)", so a loose page
// still says what it lists. The font and color survive the new page's
// header and footer.
func (d *pdfDoc) ensureRoom(y, h float64) float64 {
	if y+h <= d.pageH-footerSpace || y <= colTop {
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
	y = colTop
	if d.continued != nil {
		y = d.heading(y, d.continued.Lane, d.continued.Title+" (continued)", looseStyle)
	}
	d.font(isBold, size)
	d.textRGB(r, g, b)
	return y
}
