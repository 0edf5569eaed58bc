package ui

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	fcanvas "fyne.io/fyne/v2/canvas"

	"pathmap/board"
	"pathmap/ui/canvas"
	"pathmap/workshop"
)

// roomArrival is how long a sticky just sent from a phone stands out on
// the board ("new from the room") before it keeps only a subtle mark.
const roomArrival = 8 * time.Second

// Colors of the room's marks: the arrival in a clear teal that no lane
// uses, the lasting mark faint, so a board full of room stickies stays
// calm.
var (
	roomNew      = color.NRGBA{R: 0x00, G: 0x79, B: 0x6b, A: 0xff}
	roomMarkFill = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xb0}
	roomMarkInk  = color.NRGBA{R: 0x37, G: 0x47, B: 0x4f, A: 0xd0}
)

// roomMarks draws, over the board view, what came from the room: a sticky
// that just arrived from a phone is outlined with "new from the room" and
// its author's nickname; later it keeps a small mark with the nickname
// (or "room" when anonymous). While the room hides the vote tallies it
// says so in the corner. It is an Overlay of the window's board view and
// also gives the right-click menu on stickies while the room is open
// (room_menu.go).
type roomMarks struct {
	ws   *workshop.Session
	view *canvas.BoardView
	room *roomHost
	// now and after are the clock and the timer that ends an arrival;
	// tests replace them.
	now   func() time.Time
	after func(time.Duration, func())

	seen    map[int]bool      // sticky ids already on the board
	arrived map[int]time.Time // room stickies that came in after the board was shown
	primed  bool              // seen holds the board as it was first shown

	markers  markerSet
	outlines []*fcanvas.Rectangle
	shown    []fyne.CanvasObject
	// placed is where each room sticky in view was drawn at the last
	// layout, for the right-click menu.
	placed map[int]canvas.PlacedSticky
}

// roomMarkTimer runs f on Fyne's goroutine after d; tests replace it,
// since their windows are gone by the time it fires.
var roomMarkTimer = func(d time.Duration, f func()) { time.AfterFunc(d, func() { fyne.Do(f) }) }

func newRoomMarks(ws *workshop.Session, view *canvas.BoardView, room *roomHost) *roomMarks {
	m := &roomMarks{ws: ws, view: view, room: room, now: ws.Now, after: roomMarkTimer, seen: map[int]bool{}, arrived: map[int]time.Time{}}
	ws.OnChange(m.boardChanged)
	ws.OnReplaced(func(*board.Document) {
		m.seen, m.arrived, m.primed = map[int]bool{}, map[int]time.Time{}, false
		m.boardChanged()
	})
	m.boardChanged()
	view.AddOverlay(m)
	return m
}

// boardChanged notes the room stickies that arrived with this change.
// Stickies on the board when it was opened are not news.
func (m *roomMarks) boardChanged() {
	b := m.ws.Document().Board()
	now := m.now()
	fresh := false
	for _, s := range b.Stickies {
		if m.seen[s.ID] {
			continue
		}
		m.seen[s.ID] = true
		if m.primed && s.FromRoom {
			m.arrived[s.ID] = now
			fresh = true
		}
	}
	m.primed = true
	if fresh {
		// The view may have drawn this change before hearing of it here.
		m.view.Refresh()
		// Redraw once the arrival is over, so the outline goes by itself.
		m.after(roomArrival, func() {
			if fyne.CurrentApp().Driver().CanvasForObject(m.view) != nil { // the window is still open
				m.view.Refresh()
			}
		})
	}
}

// isNew reports whether sticky id arrived from the room a moment ago.
func (m *roomMarks) isNew(id int) bool {
	t, ok := m.arrived[id]
	if ok && m.now().Sub(t) >= roomArrival {
		delete(m.arrived, id)
		return false
	}
	return ok
}

// LayoutOverlay marks the room stickies in view.
func (m *roomMarks) LayoutOverlay(f *canvas.Frame) []fyne.CanvasObject {
	size, zoom := f.Size, f.Zoom
	m.markers.used = 0
	outlines := 0
	shown := m.shown[:0]
	if m.placed == nil {
		m.placed = map[int]canvas.PlacedSticky{}
	}
	clear(m.placed)
	for _, p := range f.Stickies {
		m.placed[p.Sticky.ID] = p
	}
	if zoom >= minMarkerZoom {
		ts := min(max(12*zoom, 10), 16)
		for _, p := range f.Stickies {
			if !p.Sticky.FromRoom {
				continue
			}
			s, pos, sz := p.Sticky, p.Pos, p.Size
			if m.isNew(s.ID) {
				if outlines == len(m.outlines) {
					rect := fcanvas.NewRectangle(color.Transparent)
					rect.StrokeColor, rect.StrokeWidth = roomNew, 3
					m.outlines = append(m.outlines, rect)
				}
				rect := m.outlines[outlines]
				outlines++
				rect.CornerRadius = 8 * zoom
				rect.Move(pos.SubtractXY(4, 4))
				rect.Resize(sz.AddWidthHeight(8, 8))
				rect.Show()
				shown = append(shown, rect)
				mk := m.markers.next()
				m.fit(mk, sz.Width, roomNew, markWhite, ts, false, newFromRoom(s.Author)...)
				ms := mk.MinSize()
				// On the lower edge at the left, where the lasting mark
				// will be: the top carries the aids' badges.
				placeMarker(mk, fyne.NewPos(pos.X+2*zoom, pos.Y+sz.Height-ms.Height/2), 0)
				shown = append(shown, mk)
				continue
			}
			text := "room"
			if s.Author != "" {
				text = s.Author
			}
			mk := m.markers.next()
			m.fit(mk, sz.Width*0.6, roomMarkFill, roomMarkInk, ts*0.85, true, text)
			ms := mk.MinSize()
			// On the lower edge at the left: votes sit at the right.
			placeMarker(mk, fyne.NewPos(pos.X+6*zoom, pos.Y+sz.Height-ms.Height/2), 0)
			shown = append(shown, mk)
		}
	}
	if p := m.room.open; p != nil && m.room.hidesTallies() && board.VotesCast(m.ws.Document().Board()) > 0 {
		mk := m.markers.next()
		mk.set("Votes hidden from the room · click to show them", markVote, markWhite, nil, 15, false)
		mk.onTap = func() { p.r.RevealVotes(true) }
		ms := mk.MinSize()
		placeMarker(mk, fyne.NewPos(board.LabelWidth+12, size.Height-ms.Height-12), 0)
		shown = append(shown, mk)
	}
	m.shown = shown
	return shown
}

// TapSticky opens the room's menu on a right-click while the room is
// open (room_menu.go); a plain click is the view's.
func (m *roomMarks) TapSticky(id int, _ fyne.KeyModifier, secondary bool) bool {
	if !secondary || m.room.open == nil {
		return false
	}
	m.room.open.stickyMenu(id)
	return true
}

// compile-time check: the marks are an overlay of the board view.
var _ canvas.Overlay = (*roomMarks)(nil)

// newFromRoom are the words of an arrival's mark, longest first.
func newFromRoom(author string) []string {
	if author == "" {
		return []string{"new from the room", "new"}
	}
	return []string{"new from the room · " + author, "new · " + author}
}

// fit sets the first of texts that fits width on mk, else the last one
// cut short with "…", so marks never run over the next sticky.
func (m *roomMarks) fit(mk *aidMarker, width float32, fill, ink color.Color, ts float32, italic bool, texts ...string) {
	for _, t := range texts {
		mk.set(t, fill, ink, nil, ts, italic)
		if mk.MinSize().Width <= width {
			return
		}
	}
	last := texts[len(texts)-1]
	mk.set(canvas.Ellipsize(last, max(width-ts, ts), ts), fill, ink, nil, ts, italic)
}
