package ui

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	fcanvas "fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
	"pathmap/ui/canvas"
)

// Marker colors: a dark slate pill reads on every lane color and on a
// washed-out projector; amber and red are kept for what needs action.
var (
	markSlate = color.NRGBA{R: 0x37, G: 0x47, B: 0x4f, A: 0xff}
	markWhite = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
	markPaper = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xee}
	markAmber = color.NRGBA{R: 0x8a, G: 0x52, B: 0x00, A: 0xff}
	markRed   = color.NRGBA{R: 0xb7, G: 0x1c, B: 0x1c, A: 0xff}
	markVote  = color.NRGBA{R: 0x0d, G: 0x47, B: 0xa1, A: 0xff}
)

// minMarkerZoom: further out the stickies are too small to carry markers
// without being covered by them.
const minMarkerZoom = 0.3

// aidMarker is a small pill on the board: a duplicate group's count, a
// past-tense suggestion, a vote tally, a blank area's "?", a bottleneck.
// Most do something when clicked.
type aidMarker struct {
	widget.BaseWidget
	text           string
	fill, ink, rim color.Color
	textSize       float32
	italic         bool
	onTap          func()
	onSecondary    func()
	// anchor is the screen box of what the marker is about (its sticky,
	// its timing): a marker may be cut by the view's edge only with it.
	anchor box
}

func newAidMarker() *aidMarker {
	m := &aidMarker{}
	m.ExtendBaseWidget(m)
	return m
}

// set changes what the marker shows and redraws it only when that changed.
func (m *aidMarker) set(text string, fill, ink, rim color.Color, size float32, italic bool) {
	if m.text == text && m.fill == fill && m.ink == ink && m.rim == rim && m.textSize == size && m.italic == italic {
		return
	}
	m.text, m.fill, m.ink, m.rim, m.textSize, m.italic = text, fill, ink, rim, size, italic
	m.Refresh()
}

// Tapped runs the marker's action.
func (m *aidMarker) Tapped(*fyne.PointEvent) {
	if m.onTap != nil {
		m.onTap()
	}
}

// TappedSecondary runs the marker's second action (taking a vote back).
func (m *aidMarker) TappedSecondary(*fyne.PointEvent) {
	if m.onSecondary != nil {
		m.onSecondary()
	}
}

// Cursor shows a hand over markers that do something, so the facilitator
// sees they can be clicked.
func (m *aidMarker) Cursor() desktop.Cursor {
	if m.onTap != nil {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

func (m *aidMarker) style() fyne.TextStyle { return fyne.TextStyle{Bold: !m.italic, Italic: m.italic} }

// MinSize is the text with room around it.
func (m *aidMarker) MinSize() fyne.Size { return markerSize(m.text, m.textSize, m.italic) }

// markerSize is the size of a marker showing text in type size ts.
func markerSize(text string, ts float32, italic bool) fyne.Size {
	t := fyne.MeasureText(text, ts, fyne.TextStyle{Bold: !italic, Italic: italic})
	return fyne.NewSize(t.Width+ts, t.Height+ts*0.3)
}

// CreateRenderer implements fyne.Widget.
func (m *aidMarker) CreateRenderer() fyne.WidgetRenderer {
	r := &markerRenderer{m: m, bg: fcanvas.NewRectangle(color.Transparent), label: fcanvas.NewText("", color.Black)}
	r.label.Alignment = fyne.TextAlignCenter
	r.Refresh()
	return r
}

type markerRenderer struct {
	m     *aidMarker
	bg    *fcanvas.Rectangle
	label *fcanvas.Text
}

func (r *markerRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	r.bg.CornerRadius = size.Height / 2
	r.label.Resize(size)
}

func (r *markerRenderer) MinSize() fyne.Size { return r.m.MinSize() }

func (r *markerRenderer) Refresh() {
	m := r.m
	r.bg.FillColor, r.bg.StrokeColor, r.bg.StrokeWidth = m.fill, m.rim, 0
	if m.rim != nil {
		r.bg.StrokeWidth = 1.5
	}
	r.label.Text, r.label.Color, r.label.TextSize, r.label.TextStyle = m.text, m.ink, m.textSize, m.style()
	r.Layout(m.Size())
	r.bg.Refresh()
	r.label.Refresh()
}

func (r *markerRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.bg, r.label} }

func (r *markerRenderer) Destroy() {}

// markerSet hands out pooled markers during one layout, so panning reuses
// widgets instead of making new ones every frame.
type markerSet struct {
	pool  []*aidMarker
	used  int
	shown []fyne.CanvasObject
}

func (ms *markerSet) next() *aidMarker {
	if ms.used == len(ms.pool) {
		ms.pool = append(ms.pool, newAidMarker())
	}
	m := ms.pool[ms.used]
	ms.used++
	m.onTap, m.onSecondary = nil, nil
	return m
}

// placeMarker puts a marker at pos with its natural size, or the given width.
func placeMarker(m *aidMarker, pos fyne.Position, width float32) {
	size := m.MinSize()
	if width > 0 {
		size.Width = width
	}
	m.Resize(size)
	m.Move(pos)
	m.Show()
}

// LayoutOverlay places the aids' markers over the stickies in view, the
// blank columns and the timing spans, and returns them for drawing. The
// board renderer calls it after placing the stickies; the markers are drawn
// above them, below the lane names. Every marker goes where it covers no
// words and no other marker (badges.go), the most telling ones first.
func (a *aids) LayoutOverlay(f *canvas.Frame) []fyne.CanvasObject {
	ms := &a.markers
	ms.used = 0
	size := f.Size
	a.room = newBadgeRoom(f)
	a.layoutVotingBanner(f)
	if f.Zoom >= minMarkerZoom {
		a.layoutSpanMarkers(f)
		a.layoutLeadTotal(size)
		a.layoutStickyMarkers(f)
		a.layoutBlankMarkers(size)
	}
	shown := ms.shown[:0:0]
	for _, m := range ms.pool[:ms.used] {
		shown = append(shown, m)
	}
	ms.shown = shown
	a.layoutDeferred(size)
	return ms.shown
}

// newBadgeRoom is the room for badges in the view as f has just laid it
// out: the words of the stickies and timing spans in view are kept clear.
func newBadgeRoom(f *canvas.Frame) *badgeRoom {
	size := f.Size
	room := &badgeRoom{view: box{board.LabelWidth, 0, size.Width - board.LabelWidth, size.Height}}
	for _, p := range f.Stickies {
		for _, b := range p.Ink {
			room.text = append(room.text, box(b))
		}
	}
	for _, sp := range f.Spans {
		room.text = append(room.text, box(sp.Label))
	}
	return room
}

// placeBadge shows m with text where the room has space for it, trying
// the spots in order at its own type size, then smaller; then the same
// with each shorter wording in alts.
func (a *aids) placeBadge(m *aidMarker, anchor box, text string, fill, ink, rim color.Color, ts float32, italic bool, spots func(fyne.Size) []fyne.Position, alts ...string) {
	for i, t := range append([]string{text}, alts...) {
		measure := func(s float32) fyne.Size { return markerSize(t, s, italic) }
		pos, s, b, free := a.room.try(anchor, badgeSizes(ts), measure, spots)
		if !free && i < len(alts) {
			continue
		}
		a.room.take(b)
		m.set(t, fill, ink, rim, s, italic)
		m.anchor = anchor
		placeMarker(m, pos, 0)
		return
	}
}

// TapSticky is a click on a sticky: in voting mode a vote (a secondary
// click takes one back), which the view then does not treat as a
// selection.
func (a *aids) TapSticky(id int, mods fyne.KeyModifier, secondary bool) bool {
	if secondary {
		if a.voting {
			a.voteTap(id, fyne.KeyModifierShift)
		}
		return a.voting
	}
	return a.voteTap(id, mods)
}

func (a *aids) textSize() float32 { return min(max(13*a.view.Viewport().Zoom(), 11), 18) }

// Places a badge may take on a sticky's edge, best first: half over the
// edge, as a pin, where it is seen with its sticky; then inside the corner;
// then just outside it.
func lowerEdgeSpots(pos fyne.Position, sz fyne.Size, z float32) func(fyne.Size) []fyne.Position {
	return func(m fyne.Size) []fyne.Position {
		right, bottom := pos.X+sz.Width, pos.Y+sz.Height
		return []fyne.Position{
			{X: right - m.Width + 4*z, Y: bottom - m.Height/2},
			{X: right - m.Width, Y: bottom - m.Height},
			{X: right - m.Width, Y: bottom},
			{X: pos.X - 4*z, Y: bottom - m.Height/2},
			{X: pos.X, Y: bottom - m.Height},
			{X: pos.X, Y: bottom},
			{X: right, Y: bottom - m.Height},
			{X: right - m.Width, Y: pos.Y},
			{X: right - m.Width, Y: pos.Y - m.Height},
			{X: pos.X - m.Width, Y: bottom - m.Height},
		}
	}
}

func upperEdgeSpots(pos fyne.Position, sz fyne.Size, z float32) func(fyne.Size) []fyne.Position {
	return func(m fyne.Size) []fyne.Position {
		right := pos.X + sz.Width
		return []fyne.Position{
			{X: right - m.Width + 4*z, Y: pos.Y - m.Height/2},
			{X: right - m.Width, Y: pos.Y},
			{X: right - m.Width, Y: pos.Y - m.Height},
			{X: pos.X - 4*z, Y: pos.Y - m.Height/2},
			{X: pos.X, Y: pos.Y},
			{X: right, Y: pos.Y},
			{X: right - m.Width, Y: pos.Y + sz.Height - m.Height},
		}
	}
}

func (a *aids) layoutStickyMarkers(f *canvas.Frame) {
	ts, z := a.textSize(), f.Zoom
	// Votes first: they are what the room is looking at while voting.
	for _, p := range f.Stickies {
		if p.Sticky.Votes <= 0 || (a.tallyHidden != nil && a.tallyHidden()) {
			continue
		}
		id := p.Sticky.ID
		m := a.markers.next()
		m.onTap = func() { a.view.TapSticky(id, 0) }
		m.onSecondary = func() { a.voteOn(id, -1) }
		a.placeBadge(m, boxAt(p.Pos, p.Size), voteText(p.Sticky.Votes), markVote, markWhite, nil, ts, false, lowerEdgeSpots(p.Pos, p.Size, z), fmt.Sprintf("● %d", p.Sticky.Votes))
	}
	for _, p := range f.Stickies {
		s := p.Sticky
		pos, sz := p.Pos, p.Size
		anchor := boxAt(pos, sz)
		if lp, ok := a.leadSticky[s.ID]; ok {
			m := a.markers.next()
			text, fill := leadMarkText(lp)
			m.onTap = a.ShowLeadTime
			a.placeBadge(m, anchor, text, fill, markWhite, nil, ts, false, upperEdgeSpots(pos, sz, z))
		}
		if g, ok := a.groupOf[s.ID]; ok && !a.hidden {
			m := a.markers.next()
			ids := a.groups[g].IDs
			m.onTap = func() { a.ShowMerge(ids) }
			a.placeBadge(m, anchor, fmt.Sprintf("≈ %d alike", len(ids)), markSlate, markWhite, nil, ts, false, upperEdgeSpots(pos, sz, z))
		}
		if sug, ok := a.hints[s.ID]; ok && !a.hidden {
			a.layoutTenseHint(s.ID, sug, pos, sz, ts)
		}
	}
}

// layoutTenseHint puts the suggestion on the event's lower edge, with an
// "×" to dismiss it, or below the event when the edge would cover its last
// line; a click on the suggestion applies it.
func (a *aids) layoutTenseHint(id int, sug string, pos fyne.Position, sz fyne.Size, ts float32) {
	x := a.markers.next()
	x.onTap = func() { a.DismissTenseHint(id) }
	m := a.markers.next()
	m.onTap = func() { a.ApplyTenseHint(id) }
	text := sug + "?"
	// The suggestion may reach into the gap between columns: it is the
	// one marker whose words matter.
	gap := float32(board.ColumnGap) * a.view.Viewport().Zoom()
	shown := func(s float32) (string, float32, fyne.Size) {
		xs := markerSize("×", s, false)
		room := sz.Width + gap - xs.Width - 2
		t := text
		if markerSize(t, s, true).Width > room {
			t = canvas.Ellipsize(text, room-s, s)
		}
		w := min(markerSize(t, s, true).Width, room)
		return t, w, xs
	}
	measure := func(s float32) fyne.Size {
		_, w, xs := shown(s)
		return fyne.NewSize(w+2+xs.Width, xs.Height)
	}
	spots := func(b fyne.Size) []fyne.Position {
		x0 := pos.X + (sz.Width-b.Width)/2
		bottom := pos.Y + sz.Height
		return []fyne.Position{{X: x0, Y: bottom - b.Height/2}, {X: x0, Y: bottom}, {X: x0, Y: bottom - b.Height}}
	}
	anchor := boxAt(pos, sz)
	p, s, b, _ := a.room.try(anchor, badgeSizes(ts), measure, spots)
	t, w, xs := shown(s)
	if !readableHint(text, t) {
		// Cut to a few letters ("Busi…") the suggestion says nothing: a
		// small mark says there is one, and a click shows it whole.
		t = compactTenseHint
		measure = func(s float32) fyne.Size {
			xs := markerSize("×", s, false)
			return fyne.NewSize(markerSize(t, s, true).Width+2+xs.Width, xs.Height)
		}
		p, s, b, _ = a.room.try(anchor, badgeSizes(ts), measure, spots)
		w, xs = markerSize(t, s, true).Width, markerSize("×", s, false)
		m.onTap = func() { a.showTenseHint(id) }
	}
	a.room.take(b)
	m.anchor, x.anchor = anchor, anchor
	m.set(t, markPaper, markAmber, markAmber, s, true)
	x.set("×", markPaper, markAmber, markAmber, s, false)
	placeMarker(m, p, w)
	placeMarker(x, fyne.NewPos(p.X+w+2, p.Y), xs.Width)
}

// compactTenseHint stands for a past-tense suggestion too long to read
// at this zoom; a click shows it.
const compactTenseHint = "-ed?"

// readableHint reports whether shown, the suggestion full as it fits on
// the board, still reads: whole, or cut to no less than half of it and a
// dozen letters.
func readableHint(full, shown string) bool {
	if shown == full {
		return true
	}
	n := len([]rune(strings.TrimSuffix(shown, "…")))
	return n >= 12 && n*2 >= len([]rune(full))
}

// showTenseHint shows an event's past-tense suggestion whole, to apply
// or dismiss: the compact mark's click, when the board is zoomed out.
func (a *aids) showTenseHint(id int) {
	sug, ok := a.hints[id]
	if !ok {
		return
	}
	s, _ := a.ws.Document().Board().Sticky(id)
	msg := widget.NewLabel(fmt.Sprintf("Events read best in the past tense.\n\n“%s” could read:\n“%s”", s.Text, sug))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm("Past tense", "Use it", "Not now", msg, func(use bool) {
		if use {
			a.ApplyTenseHint(id)
		}
	}, a.win)
	d.Resize(fyne.NewSize(420, 220))
	d.Show()
}

func voteText(n int) string {
	if n <= 5 {
		dots := ""
		for i := 0; i < n; i++ {
			dots += "●"
		}
		return dots
	}
	return fmt.Sprintf("● %d", n)
}

func leadMarkText(p board.TimingPart) (string, color.Color) {
	if p.Err != nil {
		return "? not a duration", markAmber
	}
	return fmt.Sprintf("bottleneck %.0f%%", p.Share*100), markRed
}

// layoutSpanMarkers flags bottleneck and unreadable timing spans above
// their brackets, or along them where that is taken, inside the view.
func (a *aids) layoutSpanMarkers(f *canvas.Frame) {
	ts := a.textSize()
	view := a.room.view
	for _, sw := range f.Spans {
		p, ok := a.leadSpan[sw.Span.ID]
		if !ok {
			continue
		}
		m := a.markers.next()
		text, fill := leadMarkText(p)
		m.onTap = a.ShowLeadTime
		sp0, ss := sw.Pos, sw.Size
		// Along the part of the bracket in view, middle first, then
		// higher up the lane.
		x0, x1 := max(sp0.X, view.X), min(sp0.X+ss.Width, view.X+view.W)
		anchor := box{x0, sp0.Y, max(x1-x0, 0), ss.Height}
		a.placeBadge(m, anchor, text, fill, markWhite, nil, ts, false, func(m fyne.Size) []fyne.Position {
			xs := []float32{(x0 + x1 - m.Width) / 2, x0, x1 - m.Width}
			var out []fyne.Position
			for k := float32(0); k < 4; k++ {
				for _, x := range xs {
					out = append(out, fyne.NewPos(max(min(x, view.X+view.W-m.Width), view.X), sp0.Y-m.Height+4-k*(m.Height+2)))
				}
			}
			return out
		})
	}
}

// layoutBlankMarkers puts a "?" in the Questions & actions lane of each
// blank column; a click adds the question sticky there.
func (a *aids) layoutBlankMarkers(size fyne.Size) {
	if a.hidden {
		return
	}
	v := a.view.Viewport()
	b := a.ws.Document().Board()
	ts := a.textSize()
	y := b.LaneTop(board.Actions) + board.LanePad
	for _, bl := range a.blanks {
		pos := v.ToScreen(bl.Event.X, y)
		col := float32(bl.Event.W) * v.Zoom()
		if pos.X+col < board.LabelWidth || pos.X > size.Width {
			continue
		}
		m := a.markers.next()
		id := bl.Event.ID
		m.onTap = func() { a.AskAboutBlank(id) }
		text := blankLabel(bl)
		// Keep the marker inside its column so neighbours never overlap.
		s := ts
		if w := markerSize(text, s, false).Width; w > col {
			s = s * col / w * 0.95
		}
		a.placeBadge(m, box{pos.X, pos.Y, col, float32(board.StickyHeight) * v.Zoom()}, text, markPaper, markAmber, markAmber, s, false, func(m fyne.Size) []fyne.Position {
			return []fyne.Position{pos, pos.AddXY(0, m.Height+2), pos.AddXY(0, 2*(m.Height+2))}
		})
	}
}

// blankLabel is what a blank's marker says, for tests and help.
func blankLabel(bl board.Blank) string { return "?  no " + bl.Missing() }

// layoutLeadTotal writes the path's lead time on the board, in the
// Timings lane right of the last event, so it shows in presenter mode too,
// where the status bar is hidden.
func (a *aids) layoutLeadTotal(size fyne.Size) {
	if len(a.lead.Parts) == 0 {
		return
	}
	b := a.ws.Document().Board()
	last, ok := b.LastInLane(board.Events)
	if !ok {
		return
	}
	v := a.view.Viewport()
	pos := v.ToScreen(last.X+last.W+board.ColumnGap, b.LaneTop(board.Timings)+board.LanePad)
	m := a.markers.next()
	text := "Lead time " + board.FormatDuration(a.lead.Total, a.lead.Settings)
	if a.lead.Unreadable > 0 {
		text += " + ?"
	}
	m.onTap = a.ShowLeadTime
	// The total stays in view while the board pans: it rests against the
	// view's edge when the end of the map is off-screen, and steps down the
	// lane past any timing it would cover.
	laneBottom := v.ToScreen(0, b.LaneTop(board.Timings)+b.LaneHeight(board.Timings)).Y
	anchor := box{board.LabelWidth, pos.Y, size.Width - board.LabelWidth, laneBottom - pos.Y}
	a.placeBadge(m, anchor, text, markSlate, markWhite, nil, a.textSize()*1.2, false, func(ms fyne.Size) []fyne.Position {
		// Right of the last event, or against the view's right edge, then
		// further left along the lane, each from the lane's top down.
		right := max(size.Width-ms.Width-12, board.LabelWidth+8)
		xs := []float32{max(min(pos.X, right), board.LabelWidth+8), right}
		for x := right - ms.Width/3; x >= board.LabelWidth+8; x -= ms.Width / 3 {
			xs = append(xs, x)
		}
		var out []fyne.Position
		for _, x := range xs {
			for y := pos.Y; y+ms.Height <= laneBottom; y += ms.Height / 2 {
				out = append(out, fyne.NewPos(x, y))
			}
		}
		return append(out, fyne.NewPos(xs[0], pos.Y))
	})
}

// layoutVotingBanner keeps a reminder in the corner of the board while
// dot-voting is on; clicking it ends voting.
func (a *aids) layoutVotingBanner(f *canvas.Frame) {
	text := a.votingText()
	if text == "" || (a.statusShown != nil && a.statusShown()) {
		return // the status bar says it (voting_banner.go)
	}
	// The status bar is hidden (presenter mode): the banner goes on the
	// board, where it covers no sticky if it can.
	m := a.markers.next()
	m.set(text, markVote, markWhite, nil, 15, false)
	m.onTap = a.ToggleVoting
	ms := m.MinSize()
	placeMarker(m, bannerSpot(f, ms), 0)
	a.room.take(boxAt(m.Position(), ms))
}

// votingText is the voting banner's wording, "" when not voting.
func (a *aids) votingText() string {
	if !a.voting {
		return ""
	}
	b := a.ws.Document().Board()
	cast := votesText(board.VotesCast(b))
	if budget := board.VoteBudget(b.Settings); budget > 0 {
		cast = fmt.Sprintf("%d of %d votes", board.VotesCast(b), budget)
	}
	return "Dot-voting · " + cast + " · click here to stop"
}

// bannerSpot is where a banner of size ms goes on the board: the lowest,
// then rightmost place that covers no sticky in view; the bottom right
// when every place does.
func bannerSpot(f *canvas.Frame, ms fyne.Size) fyne.Position {
	const pad = 12
	size := f.Size
	var stickies []box
	for _, p := range f.Stickies {
		stickies = append(stickies, boxAt(p.Pos, p.Size))
	}
	for y := size.Height - ms.Height - pad; y >= pad; y -= 20 {
		for x := size.Width - ms.Width - pad; x >= board.LabelWidth+pad; x -= 40 {
			b := box{x, y, ms.Width, ms.Height}
			clear := true
			for _, s := range stickies {
				if b.overlaps(s) {
					clear = false
					break
				}
			}
			if clear {
				return fyne.NewPos(x, y)
			}
		}
	}
	return fyne.NewPos(size.Width-ms.Width-pad, size.Height-ms.Height-pad)
}

func votesText(n int) string {
	if n == 1 {
		return "1 vote"
	}
	return fmt.Sprintf("%d votes", n)
}
