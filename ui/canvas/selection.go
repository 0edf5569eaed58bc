package canvas

import (
	"pathmap/board"
)

// Selection is what is selected in one view: some stickies, or one timing
// span. It is held here only; the sticky and span widgets ask it whether
// they are selected, so a change cannot leave one of them behind.
type Selection struct {
	ids  map[int]bool
	span int // the selected timing span's id, 0 for none

	board   func() *board.Board // the board shown, for board order
	changed func()              // told after every change
}

func newSelection(b func() *board.Board, changed func()) *Selection {
	return &Selection{ids: map[int]bool{}, board: b, changed: changed}
}

// IDs returns the ids of the selected stickies in board order.
func (s *Selection) IDs() []int {
	var ids []int
	for _, st := range s.board().Stickies {
		if s.ids[st.ID] {
			ids = append(ids, st.ID)
		}
	}
	return ids
}

// One returns the id of the one selected sticky, or 0 when none or several
// are selected.
func (s *Selection) One() int {
	if len(s.ids) != 1 {
		return 0
	}
	for id := range s.ids {
		return id
	}
	return 0
}

// Has reports whether sticky id is selected.
func (s *Selection) Has(id int) bool { return s.ids[id] }

// Set selects exactly the given stickies (and no span).
func (s *Selection) Set(ids ...int) {
	s.ids = make(map[int]bool, len(ids))
	for _, id := range ids {
		s.ids[id] = true
	}
	s.span = 0
	s.changed()
}

// Span is the selected timing span's id, 0 when none is.
func (s *Selection) Span() int { return s.span }

// SetSpan selects timing span id alone.
func (s *Selection) SetSpan(id int) {
	s.ids = map[int]bool{}
	s.span = id
	s.changed()
}

// Toggle adds sticky id to the selection, or takes it out.
func (s *Selection) Toggle(id int) {
	ids := s.IDs()
	if s.ids[id] {
		ids = without(ids, id)
	} else {
		ids = append(ids, id)
	}
	s.Set(ids...)
}

func without(ids []int, id int) []int {
	out := ids[:0:0]
	for _, x := range ids {
		if x != id {
			out = append(out, x)
		}
	}
	return out
}

// AddInRect adds the stickies touching the board rectangle: the rubber
// band.
func (s *Selection) AddInRect(x0, y0, x1, y1 float64) {
	ids := s.IDs()
	for _, st := range s.board().Stickies {
		if st.X < x1 && x0 < st.X+st.W && st.Y < y1 && y0 < st.Y+st.H && !s.ids[st.ID] {
			ids = append(ids, st.ID)
		}
	}
	s.Set(ids...)
}

// prune forgets stickies not in seen and a span board b no longer has,
// and reports whether a sticky went; it tells no one, the view does.
func (s *Selection) prune(seen map[int]bool, b *board.Board) (gone bool) {
	for id := range s.ids {
		if !seen[id] {
			delete(s.ids, id)
			gone = true
		}
	}
	if s.span != 0 && b.SpanIndex(s.span) < 0 {
		s.span = 0
	}
	return gone
}

// reset forgets everything without telling: a new board is shown.
func (s *Selection) reset() { s.ids, s.span = map[int]bool{}, 0 }

// box is the board rectangle around the selected stickies; ok is false
// when none is selected.
func (s *Selection) box() (x0, y0, x1, y1 float64, ok bool) {
	b := s.board()
	for _, id := range s.IDs() {
		st, found := b.Sticky(id)
		if !found {
			continue
		}
		if !ok {
			x0, y0, x1, y1, ok = st.X, st.Y, st.X+st.W, st.Y+st.H, true
			continue
		}
		x0, y0, x1, y1 = min(x0, st.X), min(y0, st.Y), max(x1, st.X+st.W), max(y1, st.Y+st.H)
	}
	return x0, y0, x1, y1, ok
}
