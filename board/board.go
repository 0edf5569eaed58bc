package board

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// Sticky is one note on the board. X and Y are its top-left corner in board
// coordinates; W and H its size.
type Sticky struct {
	ID   int
	Lane Lane
	Text string
	X, Y float64
	W, H float64

	// Owner and Due turn a Questions & actions sticky into an action: who
	// finds out, and by when (a date as YYYY-MM-DD). Empty when not set.
	Owner string
	Due   string
	// Votes counts dot-votes, used to rank pain points.
	Votes int
	// HintDismissed hides the past-tense hint on this event: the
	// facilitator decided its wording is fine (tense.go).
	HintDismissed bool
	// FromRoom marks a sticky a participant sent from their phone, so the
	// board can show it came from the room.
	FromRoom bool
	// Author is the nickname the participant gave, "" when anonymous.
	Author string
}

// Span is a timing over one or more consecutive events, drawn as a bracket
// in the Timings lane: a duration ("2h", "3d", "1w") or a T-shirt size.
type Span struct {
	ID int
	// From and To are the ids of the first and last event stickies covered.
	From, To int
	Label    string
}

// Center is the middle of the sticky in board coordinates.
func (s Sticky) Center() (x, y float64) { return s.X + s.W/2, s.Y + s.H/2 }

// Board is a path-to-production map: a title and the stickies on it.
// Change it through a Document so every edit can be undone.
type Board struct {
	Title    string
	Stickies []Sticky
	Spans    []Span
	// LaneHeights are the heights of the lane bands; 0 means
	// DefaultLaneHeight. Lanes grow when stickies are stacked in them.
	LaneHeights [LaneCount]float64
	// Agenda is the session's plan and timer (agenda.go, timer.go).
	Agenda Agenda
	// Settings are the facilitation aids' choices (settings.go).
	Settings Settings
}

// LaneHeight is the height of lane l's band.
func (b *Board) LaneHeight(l Lane) float64 {
	if !l.Valid() || b.LaneHeights[l] <= 0 {
		return DefaultLaneHeight
	}
	return b.LaneHeights[l]
}

// LaneTop is the y coordinate of the top of lane l's band.
func (b *Board) LaneTop(l Lane) float64 {
	top := 0.0
	for i := Lane(0); i < l && i < LaneCount; i++ {
		top += b.LaneHeight(i)
	}
	return top
}

// Height is the height of all six lanes together.
func (b *Board) Height() float64 { return b.LaneTop(LaneCount) }

// LaneAt returns the lane whose band contains y; above the first lane it is
// the first, below the last it is the last.
func (b *Board) LaneAt(y float64) Lane {
	if y != y || y < 0 { // NaN or above the board
		return Events
	}
	top := 0.0
	for _, l := range AllLanes() {
		top += b.LaneHeight(l)
		if y < top {
			return l
		}
	}
	return Actions
}

// Start and final events of every new board, as the workshop's first step asks.
const (
	StartEvent = "Story picked up from backlog"
	FinalEvent = "Customer used the new feature"
)

// DefaultTitle is the title of a new board.
const DefaultTitle = "Path to production"

// New returns a board holding only the workshop's start and final events.
func New() *Board {
	b := &Board{Title: DefaultTitle, Agenda: DefaultAgenda()}
	b.Stickies = append(b.Stickies,
		Sticky{ID: 1, Lane: Events, Text: StartEvent, W: StickyWidth, H: StickyHeight},
		Sticky{ID: 2, Lane: Events, Text: FinalEvent, W: StickyWidth, H: StickyHeight},
	)
	b.Stickies[0].X, b.Stickies[0].Y = 0, LanePad
	b.Stickies[1].X, b.Stickies[1].Y = 4*(StickyWidth+ColumnGap), LanePad
	return b
}

// Clone returns a deep copy of b.
func (b *Board) Clone() *Board {
	c := *b
	c.Stickies = append([]Sticky(nil), b.Stickies...)
	c.Spans = append([]Span(nil), b.Spans...)
	c.Agenda = b.Agenda.Clone()
	return &c
}

// Index returns the position of the sticky with the given id, or -1.
func (b *Board) Index(id int) int {
	for i := range b.Stickies {
		if b.Stickies[i].ID == id {
			return i
		}
	}
	return -1
}

// Indexes maps every sticky's id to its position, for edits that touch
// many stickies: looking each up with Index would cost n² on a big board.
func (b *Board) Indexes() map[int]int {
	m := make(map[int]int, len(b.Stickies))
	for i, s := range b.Stickies {
		m[s.ID] = i
	}
	return m
}

// Sticky returns the sticky with the given id.
func (b *Board) Sticky(id int) (Sticky, bool) {
	if i := b.Index(id); i >= 0 {
		return b.Stickies[i], true
	}
	return Sticky{}, false
}

// NextID returns an id no sticky on the board uses yet.
func (b *Board) NextID() int {
	max := 0
	for _, s := range b.Stickies {
		if s.ID > max {
			max = s.ID
		}
	}
	return max + 1
}

// InLane returns the stickies of one lane ordered left to right, then top to
// bottom: the reading order of the map.
func (b *Board) InLane(l Lane) []Sticky {
	n := 0
	for i := range b.Stickies {
		if b.Stickies[i].Lane == l {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	// The sort moves small keys, not whole stickies, and keeps the board's
	// order among stickies in the same place by comparing indexes too:
	// a stable sort of 100,000 stickies moved each one many times.
	type key struct {
		x, y float64
		i    int
	}
	keys := make([]key, 0, n)
	for i := range b.Stickies {
		if s := &b.Stickies[i]; s.Lane == l {
			keys = append(keys, key{s.X, s.Y, i})
		}
	}
	slices.SortFunc(keys, func(a, c key) int {
		if a.x != c.x {
			return cmp.Compare(a.x, c.x)
		}
		if a.y != c.y {
			return cmp.Compare(a.y, c.y)
		}
		return cmp.Compare(a.i, c.i)
	})
	out := make([]Sticky, len(keys))
	for k, key := range keys {
		out[k] = b.Stickies[key.i]
	}
	return out
}

// readingOrder orders stickies left to right, then top to bottom.
func readingOrder(a, c Sticky) int {
	if a.X != c.X {
		return cmp.Compare(a.X, c.X)
	}
	return cmp.Compare(a.Y, c.Y)
}

// LastInLane is the sticky InLane would list last, found without sorting
// the lane: the window asks for it on every frame.
func (b *Board) LastInLane(l Lane) (Sticky, bool) {
	var last Sticky
	found := false
	for _, s := range b.Stickies {
		if s.Lane == l && (!found || readingOrder(s, last) >= 0) {
			last, found = s, true
		}
	}
	return last, found
}

// Bounds returns the rectangle that holds every lane and sticky.
// The lanes always count, so an empty board still has the height of six lanes.
func (b *Board) Bounds() (minX, minY, maxX, maxY float64) {
	minX, minY, maxX, maxY = 0, 0, StickyWidth, b.Height()
	for _, s := range b.Stickies {
		minX = math.Min(minX, s.X)
		minY = math.Min(minY, s.Y)
		maxX = math.Max(maxX, s.X+s.W)
		maxY = math.Max(maxY, s.Y+s.H)
	}
	return
}

// Snap returns where a sticky dropped with its top-left corner at (x, y)
// comes to rest: in the lane under its center, fully inside that lane's band.
func (b *Board) Snap(x, y, w, h float64) (lane Lane, sx, sy float64) {
	lane = b.LaneAt(y + h/2)
	laneTop := b.LaneTop(lane)
	top, bottom := laneTop+LanePad, laneTop+b.LaneHeight(lane)-LanePad-h
	if bottom < top {
		bottom = top
	}
	sy = math.Max(top, math.Min(y, bottom))
	return lane, x, sy
}

// FreeSpot returns a place for a new sticky in lane l: right of the lane's
// rightmost sticky, or at the lane's start when it is empty.
func (b *Board) FreeSpot(l Lane) (x, y float64) {
	x, y = 0, b.LaneTop(l)+LanePad
	found := false
	for _, s := range b.Stickies {
		if s.Lane == l && (!found || s.X+s.W+ColumnGap > x) {
			x = s.X + s.W + ColumnGap
			found = true
		}
	}
	return x, y
}

// CleanText trims the blank space around a sticky's text; the lines inside
// are kept as typed.
func CleanText(s string) string { return strings.TrimSpace(s) }
