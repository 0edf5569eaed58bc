package board

import (
	"bytes"
	"encoding/json"
)

// The fast path for a whole list that needs no repair, the common case of
// a board pathmap wrote itself: the list read in one decode, straight into
// stickies or spans. A board of 100,000 of each spent most of its opening
// copying every entry out as raw JSON and reading each again. The answer
// is the same as reading entry by entry; at the first entry that would
// need a repair (or a null anywhere, which only the entry-by-entry path
// tells from a missing field) the list goes that path, which says what is
// wrong and repairs it.

// soundStickies reads list as stickies, if no sticky needs a repair.
func soundStickies(list json.RawMessage) ([]Sticky, bool) {
	if bytes.Contains(list, []byte("null")) {
		return nil, false
	}
	var loose []looseSticky
	if json.Unmarshal(list, &loose) != nil || loose == nil || len(loose) > maxStickies {
		return nil, false
	}
	out := make([]Sticky, 0, len(loose))
	seen := make(map[int]bool, len(loose))
	for i := range loose {
		s, ok := loose[i].sound()
		if !ok || seen[s.ID] {
			return nil, false
		}
		seen[s.ID] = true
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil, true // as the entry-by-entry path leaves it
	}
	return out, true
}

// soundSpans reads list as the spans over the events of b, if no span
// needs a repair.
func soundSpans(list json.RawMessage, b *Board) ([]Span, bool) {
	if bytes.Contains(list, []byte("null")) {
		return nil, false
	}
	var loose []looseSpan
	if json.Unmarshal(list, &loose) != nil || loose == nil {
		return nil, false
	}
	lanes := make(map[int]Lane, len(b.Stickies))
	for _, s := range b.Stickies {
		lanes[s.ID] = s.Lane
	}
	out := make([]Span, 0, len(loose))
	seen := make(map[int]bool, len(loose))
	for i := range loose {
		sp, ok := loose[i].sound()
		if !ok || seen[sp.ID] || !isEvent(lanes, sp.From) || !isEvent(lanes, sp.To) {
			return nil, false
		}
		seen[sp.ID] = true
		out = append(out, sp)
	}
	if len(out) == 0 {
		return nil, true
	}
	return out, true
}
