package ui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
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
func (m *aidMarker) MinSize() fyne.Size {
	t := fyne.MeasureText(m.text, m.textSize, m.style())
	return fyne.NewSize(t.Width+m.textSize, t.Height+m.textSize*0.3)
}

// CreateRenderer implements fyne.Widget.
func (m *aidMarker) CreateRenderer() fyne.WidgetRenderer {
	r := &markerRenderer{m: m, bg: canvas.NewRectangle(color.Transparent), label: canvas.NewText("", color.Black)}
	r.label.Alignment = fyne.TextAlignCenter
	r.Refresh()
	return r
}

type markerRenderer struct {
	m     *aidMarker
	bg    *canvas.Rectangle
	label *canvas.Text
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
// above them, below the lane names.
func (a *aids) LayoutOverlay(r *boardRenderer, size fyne.Size) []fyne.CanvasObject {
	ms := &a.markers
	ms.used = 0
	if r.v.zoom >= minMarkerZoom {
		a.layoutStickyMarkers(r)
		a.layoutSpanMarkers(r)
		a.layoutBlankMarkers(size)
		a.layoutLeadTotal(size)
	}
	a.layoutVotingBanner(size)
	shown := ms.shown[:0:0]
	for _, m := range ms.pool[:ms.used] {
		shown = append(shown, m)
	}
	ms.shown = shown
	return shown
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

func (a *aids) textSize() float32 { return min(max(13*a.w.view.zoom, 11), 18) }

func (a *aids) layoutStickyMarkers(r *boardRenderer) {
	v := r.v
	dragged := map[*stickyWidget]bool{}
	for _, w := range v.dragGroup {
		dragged[w] = true
	}
	ts, z := a.textSize(), v.zoom
	for _, o := range r.visible {
		sw, ok := o.(*stickyWidget)
		if !ok || dragged[sw] {
			continue
		}
		s := sw.sticky
		pos, sz := sw.Position(), sw.Size()
		if g, ok := a.groupOf[s.ID]; ok && !a.hidden {
			m := a.markers.next()
			m.set(fmt.Sprintf("≈ %d alike", len(a.groups[g].IDs)), markSlate, markWhite, nil, ts, false)
			ids := a.groups[g].IDs
			m.onTap = func() { a.w.ShowMerge(ids) }
			placeMarker(m, fyne.NewPos(pos.X+sz.Width-m.MinSize().Width+4*z, pos.Y-m.MinSize().Height/2), 0)
		}
		if sug, ok := a.hints[s.ID]; ok && !a.hidden {
			a.layoutTenseHint(s.ID, sug, pos, sz, ts)
		}
		if s.Votes > 0 && !a.w.room.hidesTallies() {
			m := a.markers.next()
			m.set(voteText(s.Votes), markVote, markWhite, nil, ts, false)
			id := s.ID
			m.onTap = func() { a.w.view.tapStickyOrVote(id, 0) }
			m.onSecondary = func() { a.w.voteOn(id, -1) }
			// On the lower edge, so the tally never covers the text.
			ms := m.MinSize()
			placeMarker(m, fyne.NewPos(pos.X+sz.Width-ms.Width+4*z, pos.Y+sz.Height-ms.Height/2), 0)
		}
		if p, ok := a.leadSticky[s.ID]; ok {
			m := a.markers.next()
			text, fill := leadMarkText(p)
			m.set(text, fill, markWhite, nil, ts, false)
			m.onTap = a.w.ShowLeadTime
			placeMarker(m, fyne.NewPos(pos.X+sz.Width-m.MinSize().Width+4*z, pos.Y-m.MinSize().Height/2), 0)
		}
	}
}

// layoutTenseHint puts the suggestion on the event's lower edge, with an
// "×" to dismiss it; a click on the suggestion applies it.
func (a *aids) layoutTenseHint(id int, sug string, pos fyne.Position, sz fyne.Size, ts float32) {
	x := a.markers.next()
	x.set("×", markPaper, markAmber, markAmber, ts, false)
	x.onTap = func() { a.w.DismissTenseHint(id) }
	xs := x.MinSize()
	m := a.markers.next()
	text := sug + "?"
	m.set(text, markPaper, markAmber, markAmber, ts, true)
	// The suggestion may reach into the gap between columns: it is the
	// one marker whose words matter.
	room := sz.Width + float32(board.ColumnGap)*a.w.view.zoom - xs.Width - 2
	if m.MinSize().Width > room {
		m.set(ellipsize(text, room-ts, ts), markPaper, markAmber, markAmber, ts, true)
	}
	m.onTap = func() { a.w.ApplyTenseHint(id) }
	w := min(m.MinSize().Width, room)
	y := pos.Y + sz.Height - xs.Height/2
	placeMarker(m, fyne.NewPos(pos.X+(sz.Width-w-xs.Width-2)/2, y), w)
	placeMarker(x, fyne.NewPos(pos.X+(sz.Width-w-xs.Width-2)/2+w+2, y), 0)
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
// their brackets.
func (a *aids) layoutSpanMarkers(r *boardRenderer) {
	b := a.w.Document().Board()
	ts := a.textSize()
	for i, sp := range b.Spans {
		p, ok := a.leadSpan[sp.ID]
		if !ok || i >= len(r.spans) || !r.spans[i].Visible() {
			continue
		}
		sw := r.spans[i]
		m := a.markers.next()
		text, fill := leadMarkText(p)
		m.set(text, fill, markWhite, nil, ts, false)
		m.onTap = a.w.ShowLeadTime
		ms := m.MinSize()
		placeMarker(m, fyne.NewPos(sw.Position().X+(sw.Size().Width-ms.Width)/2, sw.Position().Y-ms.Height+4), 0)
	}
}

// layoutBlankMarkers puts a "?" in the Questions & actions lane of each
// blank column; a click adds the question sticky there.
func (a *aids) layoutBlankMarkers(size fyne.Size) {
	if a.hidden {
		return
	}
	v := a.w.view
	b := a.w.Document().Board()
	ts := a.textSize()
	y := b.LaneTop(board.Actions) + board.LanePad
	for _, bl := range a.blanks {
		pos := v.toScreen(bl.Event.X, y)
		if pos.X+float32(bl.Event.W)*v.zoom < labelWidth || pos.X > size.Width {
			continue
		}
		m := a.markers.next()
		m.set(blankLabel(bl), markPaper, markAmber, markAmber, ts, false)
		// Keep the marker inside its column so neighbours never overlap.
		if col := float32(bl.Event.W) * v.zoom; m.MinSize().Width > col {
			m.set(blankLabel(bl), markPaper, markAmber, markAmber, ts*col/m.MinSize().Width*0.95, false)
		}
		id := bl.Event.ID
		m.onTap = func() { a.w.AskAboutBlank(id) }
		placeMarker(m, pos, 0)
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
	b := a.w.Document().Board()
	events := b.InLane(board.Events)
	if len(events) == 0 {
		return
	}
	last := events[len(events)-1]
	v := a.w.view
	pos := v.toScreen(last.X+last.W+board.ColumnGap, b.LaneTop(board.Timings)+board.LanePad)
	m := a.markers.next()
	text := "Lead time " + board.FormatDuration(a.lead.Total, a.lead.Settings)
	if a.lead.Unreadable > 0 {
		text += " + ?"
	}
	m.set(text, markSlate, markWhite, nil, a.textSize()*1.2, false)
	m.onTap = a.w.ShowLeadTime
	// The total stays in view while the board pans: it rests against the
	// view's edge when the end of the map is off-screen.
	ms := m.MinSize()
	pos.X = max(min(pos.X, size.Width-ms.Width-12), labelWidth+8)
	placeMarker(m, pos, 0)
}

// layoutVotingBanner keeps a reminder in the corner of the board while
// dot-voting is on; clicking it ends voting.
func (a *aids) layoutVotingBanner(size fyne.Size) {
	if !a.voting {
		return
	}
	m := a.markers.next()
	b := a.w.Document().Board()
	cast := votesText(board.VotesCast(b))
	if budget := board.VoteBudget(b.Settings); budget > 0 {
		cast = fmt.Sprintf("%d of %d votes", board.VotesCast(b), budget)
	}
	m.set("Dot-voting · "+cast+" · click here to stop", markVote, markWhite, nil, 15, false)
	m.onTap = a.w.ToggleVoting
	ms := m.MinSize()
	placeMarker(m, fyne.NewPos(size.Width-ms.Width-12, size.Height-ms.Height-12), 0)
}

func votesText(n int) string {
	if n == 1 {
		return "1 vote"
	}
	return fmt.Sprintf("%d votes", n)
}
