package board

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"time"
	"unicode/utf8"
)

// Repair is one problem found in a board file together with what loading did
// about it, so a facilitator can tell exactly what changed.
type Repair struct {
	Where   string // e.g. "sticky 12"; empty for the whole file
	Problem string // e.g. "text is not a string"
	Fix     string // e.g. "the sticky was kept with no text"
}

// String reads "sticky 12: text is not a string; the sticky was kept with no text".
func (r Repair) String() string {
	return (&FormatError{Where: r.Where, Problem: r.Problem}).Error() + "; " + r.Fix
}

// Err is the problem alone, as strict loading (Load, the export command)
// reports it.
func (r Repair) Err() error { return &FormatError{Where: r.Where, Problem: r.Problem} }

// Repaired is returned next to a board that loaded only after repairs. It is
// an error so that callers that want a flawless file (export) can refuse it
// in one line, while the window shows the whole report.
type Repaired struct {
	Path    string
	Repairs []Repair
}

// Error names the file, the first problem and how many more there are.
func (e *Repaired) Error() string {
	msg := e.Path + ": " + e.Repairs[0].Err().Error()
	if n := len(e.Repairs) - 1; n == 1 {
		msg += " (and 1 more problem)"
	} else if n > 1 {
		msg += fmt.Sprintf(" (and %d more problems)", n)
	}
	return msg
}

// repairs collects what was fixed while decoding, in file order.
type repairs []Repair

func (rs *repairs) add(where, fix, format string, args ...any) {
	*rs = append(*rs, Repair{Where: where, Problem: fmt.Sprintf(format, args...), Fix: fix})
}

// pendingSticky is a decoded sticky that still needs an id or a place once
// every sound sticky is known, so repairs never collide with them.
type pendingSticky struct {
	index    int // in b.Stickies
	needID   bool
	needSpot bool
}

// decodeStickies reads every sticky it can. A sticky that is not an object at
// all is dropped; any other damage is repaired and reported.
func decodeStickies(raw []json.RawMessage, b *Board, rs *repairs) []pendingSticky {
	var pending []pendingSticky
	seen := map[int]bool{}
	for i, r := range raw {
		s, ok := soundSticky(r)
		var p pendingSticky
		if !ok {
			s, p, ok = decodeSticky(r, i, rs)
		}
		if !ok {
			continue
		}
		if !p.needID {
			if seen[s.ID] {
				p.needID = true
				rs.add(fmt.Sprintf("sticky %d", s.ID), "the later one got a new id", "id %d is used by another sticky too", s.ID)
			}
			seen[s.ID] = true
		}
		p.index = len(b.Stickies)
		b.Stickies = append(b.Stickies, s)
		if p.needID || p.needSpot {
			pending = append(pending, p)
		}
	}
	return pending
}

// placePending gives repaired stickies fresh ids and free places, after the
// lane heights are known: to the right of the sound stickies of their lane,
// in a row, as a facilitator would stick them up.
func placePending(b *Board, pending []pendingSticky) {
	unplaced := map[int]bool{}
	for _, p := range pending {
		if p.needSpot {
			unplaced[p.index] = true
		}
	}
	var right [LaneCount]float64
	for i, s := range b.Stickies {
		if !unplaced[i] {
			right[s.Lane] = math.Max(right[s.Lane], s.X+s.W+ColumnGap)
		}
	}
	used := map[int]bool{}
	for _, s := range b.Stickies {
		used[s.ID] = true
	}
	next := b.NextID()
	for _, p := range pending {
		s := &b.Stickies[p.index]
		if p.needID {
			for next > math.MaxInt32 || used[next] {
				// Ids above the largest a file holds wrap to the first free one.
				if next > math.MaxInt32 {
					next = 1
				} else {
					next++
				}
			}
			s.ID = next
			used[next] = true
		}
		if p.needSpot {
			x := right[s.Lane]
			if x > maxCoordinate-s.W {
				x = 0 // the lane is full to the edge; overlap beats vanishing
			}
			s.X, s.Y = x, math.Min(b.LaneTop(s.Lane)+LanePad, maxCoordinate)
			right[s.Lane] = x + s.W + ColumnGap
		}
	}
}

// looseSticky reads a sticky in one pass; nil fields are missing or null.
type looseSticky struct {
	ID     *float64 `json:"id"`
	Lane   *string  `json:"lane"`
	Text   *string  `json:"text"`
	X      *float64 `json:"x"`
	Y      *float64 `json:"y"`
	W      *float64 `json:"w"`
	H      *float64 `json:"h"`
	Owner  *string  `json:"owner"`
	Due    *string  `json:"due"`
	Votes  *float64 `json:"votes"`
	From   *string  `json:"from"`
	Author *string  `json:"author"`
}

// soundSticky is the fast path for the common case, a sticky that needs no
// repair: one struct decode instead of a map and a decode per field. It
// accepts exactly what decodeSticky accepts without a repair; anything else
// (a wrong type, a null, a value out of range) goes to decodeSticky, which
// says what is wrong.
func soundSticky(r json.RawMessage) (Sticky, bool) {
	var l looseSticky
	if json.Unmarshal(r, &l) != nil {
		return Sticky{}, false
	}
	if (l.W == nil || l.H == nil || l.Owner == nil || l.Due == nil || l.Votes == nil || l.From == nil || l.Author == nil) && bytes.Contains(r, []byte("null")) {
		return Sticky{}, false // a null optional field is a problem, a missing one is not
	}
	return l.sound()
}

// sound is the sticky l reads as, if it needs no repair; l was read from
// JSON without a null in it.
func (l *looseSticky) sound() (Sticky, bool) {
	if l.ID == nil || l.Lane == nil || l.Text == nil || l.X == nil || l.Y == nil {
		return Sticky{}, false
	}
	id := *l.ID
	lane, ok := LaneFromKey(*l.Lane)
	if !ok || id != math.Trunc(id) || id < 1 || id > math.MaxInt32 || utf8.RuneCountInString(*l.Text) > MaxTextLength {
		return Sticky{}, false
	}
	s := Sticky{ID: int(id), Lane: lane, Text: *l.Text, X: round2(*l.X), Y: round2(*l.Y), W: StickyWidth, H: StickyHeight}
	if math.Abs(s.X) > maxCoordinate || math.Abs(s.Y) > maxCoordinate {
		return Sticky{}, false
	}
	if l.W != nil {
		s.W = round2(*l.W)
	}
	if l.H != nil {
		s.H = round2(*l.H)
	}
	if s.W <= 0 || s.H <= 0 || s.W > maxSize || s.H > maxSize {
		return Sticky{}, false
	}
	if l.Owner != nil {
		if utf8.RuneCountInString(*l.Owner) > maxShortText {
			return Sticky{}, false
		}
		s.Owner = *l.Owner
	}
	if l.Due != nil && *l.Due != "" {
		if _, err := time.Parse(time.DateOnly, *l.Due); err != nil || utf8.RuneCountInString(*l.Due) > maxShortText {
			return Sticky{}, false
		}
		s.Due = *l.Due
	}
	if l.Votes != nil {
		v := *l.Votes
		if v != math.Trunc(v) || v < 0 || v > MaxVotes {
			return Sticky{}, false
		}
		s.Votes = int(v)
	}
	if l.From != nil && *l.From != "" {
		if *l.From != FromRoomKey {
			return Sticky{}, false
		}
		s.FromRoom = true
	}
	if l.Author != nil {
		if utf8.RuneCountInString(*l.Author) > maxShortText {
			return Sticky{}, false
		}
		s.Author = *l.Author
	}
	return s, true
}

func decodeSticky(r json.RawMessage, index int, rs *repairs) (Sticky, pendingSticky, bool) {
	where := fmt.Sprintf("sticky #%d in the list", index+1)
	var p pendingSticky
	var m map[string]json.RawMessage
	if err := json.Unmarshal(r, &m); err != nil || m == nil {
		rs.add(where, "it was left out", "is not an object")
		return Sticky{}, p, false
	}
	s := Sticky{W: StickyWidth, H: StickyHeight}
	var id float64
	if err := field(m, "id", &id); err != nil {
		rs.add(where, "it got a new id", "id %s", err)
		p.needID = true
	} else if id != math.Trunc(id) || id < 1 || id > math.MaxInt32 {
		rs.add(where, "it got a new id", "id %v is not a positive whole number", id)
		p.needID = true
	} else {
		s.ID = int(id)
		where = fmt.Sprintf("sticky %d", s.ID)
	}

	var lane string
	toActions := "it was moved to " + Actions.Name()
	if err := field(m, "lane", &lane); err != nil {
		rs.add(where, toActions, "lane %s", err)
		s.Lane, p.needSpot = Actions, true
	} else if l, ok := LaneFromKey(lane); !ok {
		rs.add(where, toActions, "lane %q is not one of %s", clip(lane, 40), laneKeys())
		s.Lane, p.needSpot = Actions, true
	} else {
		s.Lane = l
	}
	s.Text = textField(m, "text", where, MaxTextLength, rs)

	for _, c := range []struct {
		name string
		v    *float64
	}{{"x", &s.X}, {"y", &s.Y}} {
		if err := field(m, c.name, c.v); err == nil {
			*c.v = round2(*c.v)
		} else {
			if !p.needSpot {
				rs.add(where, "it was placed at a free spot in its lane", "%s %s", c.name, err)
			}
			p.needSpot = true
		}
	}
	if !p.needSpot && (math.Abs(s.X) > maxCoordinate || math.Abs(s.Y) > maxCoordinate) {
		rs.add(where, "it was placed at a free spot in its lane", "position (%g, %g) is outside the board (at most ±1,000,000)", s.X, s.Y)
		p.needSpot = true
	}
	decodeSize(m, &s, where, rs)
	s.Owner = textField(m, "owner", where, maxShortText, rs)
	if due := textField(m, "due", where, maxShortText, rs); due != "" {
		if _, err := time.Parse(time.DateOnly, due); err != nil {
			rs.add(where, "the due date was cleared", "due date %q is not a date like 2026-12-31", clip(due, 40))
		} else {
			s.Due = due
		}
	}
	if _, present := m["votes"]; present {
		var v float64
		if err := field(m, "votes", &v); err != nil || v != math.Trunc(v) || v < 0 || v > MaxVotes {
			rs.add(where, "its votes were set to 0", "votes is not a whole number from 0 to 1000000")
		} else {
			s.Votes = int(v)
		}
	}
	if from := textField(m, "from", where, maxShortText, rs); from == FromRoomKey {
		s.FromRoom = true
	} else if from != "" {
		rs.add(where, "its mark was cleared", "from %q is not %q", clip(from, 40), FromRoomKey)
	}
	s.Author = textField(m, "author", where, maxShortText, rs)
	return s, p, true
}

// decodeSize reads the optional size; a wrong one becomes the default size.
func decodeSize(m map[string]json.RawMessage, s *Sticky, where string, rs *repairs) {
	const fix = "it got the normal size"
	for _, c := range []struct {
		name string
		v    *float64
	}{{"w", &s.W}, {"h", &s.H}} {
		if _, present := m[c.name]; !present {
			continue
		}
		if err := field(m, c.name, c.v); err != nil {
			rs.add(where, fix, "%s %s", c.name, err)
			s.W, s.H = StickyWidth, StickyHeight
			return
		}
		*c.v = round2(*c.v)
	}
	if s.W <= 0 || s.H <= 0 || s.W > maxSize || s.H > maxSize {
		rs.add(where, fix, "size %g×%g must be positive and at most %g", s.W, s.H, float64(maxSize))
		s.W, s.H = StickyWidth, StickyHeight
	}
}

// textField reads an optional string field of at most limit characters.
// A number or true/false in its place is kept as text, since that is what a
// person typed; anything else is dropped.
func textField(m map[string]json.RawMessage, name, where string, limit int, rs *repairs) string {
	r, present := m[name]
	if !present {
		if name == "text" {
			rs.add(where, "the sticky was kept with no text", "text is missing")
		}
		return ""
	}
	var s string
	if err := field(m, name, &s); err != nil {
		var n float64
		var t bool
		switch {
		case json.Unmarshal(r, &n) == nil, json.Unmarshal(r, &t) == nil:
			s = string(r)
			rs.add(where, fmt.Sprintf("kept %q as its %s", s, name), "%s %s", name, err)
		case name == "text":
			rs.add(where, "the sticky was kept with no text", "%s %s", name, err)
		default:
			rs.add(where, name+" was cleared", "%s %s", name, err)
		}
		return s
	}
	if n := utf8.RuneCountInString(s); n > limit {
		rs.add(where, fmt.Sprintf("only the first %d characters were kept", limit),
			"%s is %d characters long; at most %d fit", name, n, limit)
		s = truncateRunes(s, limit)
	}
	return s
}

// truncateRunes keeps the first n characters of s.
func truncateRunes(s string, n int) string {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos]
		}
		i++
	}
	return s
}

// clip shortens a value quoted in a message so that a hostile file cannot
// fill the screen with it.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return truncateRunes(s, n) + "…"
}

// decodeLaneHeights reads the optional heights of the six lanes; wrong ones
// go back to the default height.
func decodeLaneHeights(top map[string]json.RawMessage, b *Board, rs *repairs) {
	if _, ok := top["laneHeights"]; !ok {
		return
	}
	var hs []float64
	if err := json.Unmarshal(top["laneHeights"], &hs); err != nil || len(hs) != LaneCount {
		rs.add("", "the lanes got their normal heights", "laneHeights is not a list of %d numbers", LaneCount)
		return
	}
	for i, h := range hs {
		h = round2(h)
		if h < RowsHeight(1) || h > maxCoordinate {
			rs.add("", "that lane got its normal height", "laneHeights: lane %s is %g high; it must be from %g to %g", Lane(i).Name(), h, RowsHeight(1), float64(maxCoordinate))
			continue
		}
		if h != DefaultLaneHeight {
			b.LaneHeights[i] = h
		}
	}
}

// decodeSpans reads the optional list of timing spans. A span is only
// meaningful over events on the board, so a broken one is dropped, never
// guessed at.
func decodeSpans(top map[string]json.RawMessage, b *Board, rs *repairs) {
	if _, ok := top["spans"]; !ok {
		return
	}
	var raw []json.RawMessage
	if err := field(top, "spans", &raw); err != nil {
		rs.add("", "the timings were left out", "spans %s", err)
		return
	}
	const dropped = "the timing was left out"
	seen := map[int]bool{}
	// Looking each end up by scanning the stickies would cost spans ×
	// stickies: minutes for a board of 100,000 of each.
	lanes := make(map[int]Lane, len(b.Stickies))
	for _, s := range b.Stickies {
		lanes[s.ID] = s.Lane
	}
	for i, r := range raw {
		if sp, sound := soundSpan(r); sound && !seen[sp.ID] && isEvent(lanes, sp.From) && isEvent(lanes, sp.To) {
			seen[sp.ID] = true
			b.Spans = append(b.Spans, sp)
			continue
		}
		where := fmt.Sprintf("span #%d in the list", i+1)
		var m map[string]json.RawMessage
		if err := json.Unmarshal(r, &m); err != nil || m == nil {
			rs.add(where, dropped, "is not an object")
			continue
		}
		var sp Span
		ok := true
		for _, f := range []struct {
			name string
			v    *int
		}{{"id", &sp.ID}, {"from", &sp.From}, {"to", &sp.To}} {
			var n float64
			if err := field(m, f.name, &n); err != nil {
				rs.add(where, dropped, "%s %s", f.name, err)
				ok = false
				break
			}
			if n != math.Trunc(n) || n < 1 || n > math.MaxInt32 {
				rs.add(where, dropped, "%s %v is not a positive whole number", f.name, n)
				ok = false
				break
			}
			*f.v = int(n)
		}
		if !ok {
			continue
		}
		where = fmt.Sprintf("span %d", sp.ID)
		if seen[sp.ID] {
			rs.add(where, dropped, "id %d is used by another span too", sp.ID)
			continue
		}
		if _, present := m["label"]; present {
			if err := field(m, "label", &sp.Label); err != nil {
				rs.add(where, dropped, "label %s", err)
				continue
			}
		}
		sp.Label = truncateRunes(sp.Label, maxShortText)
		for _, id := range []int{sp.From, sp.To} {
			if l, found := lanes[id]; ok && (!found || l != Events) {
				rs.add(where, dropped, "sticky %d is not an event on this board", id)
				ok = false
			}
		}
		if ok {
			seen[sp.ID] = true
			b.Spans = append(b.Spans, sp)
		}
	}
}

// isEvent reports whether id is an event's on the board.
func isEvent(lanes map[int]Lane, id int) bool {
	l, ok := lanes[id]
	return ok && l == Events
}

// looseSpan reads a span in one pass; nil fields are missing or null.
type looseSpan struct {
	ID    *float64 `json:"id"`
	From  *float64 `json:"from"`
	To    *float64 `json:"to"`
	Label *string  `json:"label"`
}

// soundSpan is the fast path for a span that needs no repair, as
// soundSticky is for stickies: a board of 100,000 spans spent most of its
// reading in a map and a decode per field. It accepts only what the slow
// path accepts without a repair, not yet checking the ids against the
// board; anything else goes the slow path, which says what is wrong.
func soundSpan(r json.RawMessage) (Span, bool) {
	var l looseSpan
	if json.Unmarshal(r, &l) != nil {
		return Span{}, false
	}
	if l.Label == nil && bytes.Contains(r, []byte("null")) {
		return Span{}, false // a null label is a problem, a missing one is not
	}
	return l.sound()
}

// sound is the span l reads as, if it needs no repair; l was read from
// JSON without a null in it.
func (l *looseSpan) sound() (Span, bool) {
	if l.ID == nil || l.From == nil || l.To == nil {
		return Span{}, false
	}
	var sp Span
	for _, f := range []struct {
		n float64
		v *int
	}{{*l.ID, &sp.ID}, {*l.From, &sp.From}, {*l.To, &sp.To}} {
		if f.n != math.Trunc(f.n) || f.n < 1 || f.n > math.MaxInt32 {
			return Span{}, false
		}
		*f.v = int(f.n)
	}
	if l.Label != nil {
		sp.Label = truncateRunes(*l.Label, maxShortText)
	}
	return sp, true
}

// RepairSummary is the report shown after opening a repaired board: one line
// per repair, at most max lines, then how many more there were.
func RepairSummary(rs []Repair, max int) string {
	var lines []string
	for i, r := range rs {
		if i == max {
			lines = append(lines, fmt.Sprintf("… and %d more", len(rs)-max))
			break
		}
		lines = append(lines, "• "+r.String())
	}
	return strings.Join(lines, "\n")
}
