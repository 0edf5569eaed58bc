package board

import (
	"slices"
	"sort"
)

// DuplicateGroup is a set of stickies that say the same thing, in reading
// order: events anywhere in the Events lane, other stickies of one lane
// under the same event. "Jenkins" under "Built" and under "Deployed" is the
// same tool serving two steps, as the method asks, not a duplicate.
type DuplicateGroup struct {
	Lane Lane
	IDs  []int
}

// DuplicateFinder keeps the duplicate groups of a board up to date as it
// is edited. Comparing every pair of 2,000 stickies would take seconds, so
// each sticky is filed under keys that any duplicate of it shares — its
// lane and column, its number of words, all but one of its words and what
// may stand in for that one — and
// after an edit only the stickies whose text, lane or column changed are
// compared again.
type DuplicateFinder struct {
	entries map[int]*dupEntry
	buckets map[uint64][]int
	keyer   keyer
	// compared are the stickies one add has compared already: a handful,
	// as a sticky's buckets hold its likely duplicates only.
	compared []int
	// links are the pairs found to match, both ways round.
	links map[int]map[int]bool
	// gen marks the entries seen in the current Update, to find the gone.
	gen uint64
	// comps are the linked groups, kept until a link changes; out is the
	// last answer, kept until a link changes or a sticky moves. Most edits
	// do neither, and then Update costs one pass over the board.
	comps        [][]int
	out          []DuplicateGroup
	linksChanged bool
}

type dupEntry struct {
	lane   Lane
	col    int // the event whose column the sticky is in; 0 for events
	text   string
	tokens []string
	keys   []uint64
	x, y   float64
	seen   uint64
}

// NewDuplicateFinder returns a finder that knows no board yet.
func NewDuplicateFinder() *DuplicateFinder {
	return &DuplicateFinder{entries: map[int]*dupEntry{}, buckets: map[uint64][]int{}, links: map[int]map[int]bool{},
		keyer: newKeyer(), linksChanged: true}
}

// FindDuplicates returns every group of duplicates on b.
func FindDuplicates(b *Board) []DuplicateGroup { return NewDuplicateFinder().Update(b) }

// Update brings the finder in line with b, comparing only the stickies
// added, retyped or moved to another lane since the last call, and returns
// the groups of b: sorted by lane, then by their first sticky's place. The
// result is shared with the finder until the next Update: read it only.
func (f *DuplicateFinder) Update(b *Board) []DuplicateGroup {
	f.gen++
	if len(f.entries) == 0 && len(b.Stickies) > 1000 {
		// A whole board at once: sized for it, the maps are not grown
		// and rehashed a dozen times on the way.
		f.entries = make(map[int]*dupEntry, len(b.Stickies))
		f.buckets = make(map[uint64][]int, 16*len(b.Stickies))
	}
	var changed []Sticky
	var changedCol []int
	moved := false
	ci := newColumnIndex(b.InLane(Events))
	for _, s := range b.Stickies {
		col := 0
		if s.Lane != Events {
			if ev, ok := ci.at(s); ok {
				col = ev.ID
			}
		}
		e := f.entries[s.ID]
		if e == nil || e.text != s.Text || e.lane != s.Lane || e.col != col {
			changed = append(changed, s)
			changedCol = append(changedCol, col)
			continue
		}
		e.seen = f.gen
		if e.x != s.X || e.y != s.Y {
			e.x, e.y, moved = s.X, s.Y, true
		}
	}
	if len(f.entries) > len(b.Stickies)-len(changed) {
		for id, e := range f.entries {
			if e.seen != f.gen {
				f.remove(id)
			}
		}
	}
	for _, s := range changed {
		f.remove(s.ID)
	}
	for i, s := range changed {
		f.add(s, changedCol[i])
	}
	if f.linksChanged {
		f.comps = f.components()
	}
	if f.linksChanged || moved || f.out == nil {
		f.out = f.groups()
	}
	f.linksChanged = false
	return f.out
}

func (f *DuplicateFinder) add(s Sticky, col int) {
	tokens := meaningTokens(s.Text)
	shorter := shorterWordings(tokens)
	f.keyer.begin(s.Lane, col)
	e := &dupEntry{lane: s.Lane, col: col, text: s.Text, tokens: tokens, keys: f.keyer.dupKeys(tokens, shorter), x: s.X, y: s.Y, seen: f.gen}
	f.entries[s.ID] = e
	compared := f.compared[:0]
	for _, k := range f.keyer.lookupKeys(tokens, shorter) {
		for _, other := range f.buckets[k] {
			if other == s.ID || slices.Contains(compared, other) {
				continue
			}
			compared = append(compared, other)
			if similarTokens(tokens, f.entries[other].tokens) {
				f.link(s.ID, other)
			}
		}
	}
	f.compared = compared
	for _, k := range e.keys {
		f.buckets[k] = append(f.buckets[k], s.ID)
	}
}

func (f *DuplicateFinder) link(a, b int) {
	f.linksChanged = true
	for _, p := range [][2]int{{a, b}, {b, a}} {
		if f.links[p[0]] == nil {
			f.links[p[0]] = map[int]bool{}
		}
		f.links[p[0]][p[1]] = true
	}
}

func (f *DuplicateFinder) remove(id int) {
	e := f.entries[id]
	if e == nil {
		return
	}
	delete(f.entries, id)
	for _, k := range e.keys {
		ids := f.buckets[k]
		for i, x := range ids {
			if x == id {
				ids[i] = ids[len(ids)-1]
				ids = ids[:len(ids)-1]
				break
			}
		}
		if len(ids) == 0 {
			delete(f.buckets, k)
		} else {
			f.buckets[k] = ids
		}
	}
	if len(f.links[id]) > 0 {
		f.linksChanged = true
	}
	for other := range f.links[id] {
		delete(f.links[other], id)
		if len(f.links[other]) == 0 {
			delete(f.links, other)
		}
	}
	delete(f.links, id)
}

// components joins linked stickies into groups: "Code reviewed" ~ "code
// review done" and "code review done" ~ "Code-review completed" are one.
func (f *DuplicateFinder) components() [][]int {
	done := map[int]bool{}
	var out [][]int
	for id := range f.links {
		if done[id] {
			continue
		}
		var ids []int
		stack := []int{id}
		done[id] = true
		for len(stack) > 0 {
			cur := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			ids = append(ids, cur)
			for next := range f.links[cur] {
				if !done[next] {
					done[next] = true
					stack = append(stack, next)
				}
			}
		}
		out = append(out, ids)
	}
	return out
}

// groups puts each group, and the groups, in reading order.
func (f *DuplicateFinder) groups() []DuplicateGroup {
	before := func(a, b int) bool {
		ea, eb := f.entries[a], f.entries[b]
		if ea.x != eb.x {
			return ea.x < eb.x
		}
		if ea.y != eb.y {
			return ea.y < eb.y
		}
		return a < b
	}
	out := make([]DuplicateGroup, 0, len(f.comps))
	for _, c := range f.comps {
		ids := append([]int(nil), c...)
		sort.Slice(ids, func(i, j int) bool { return before(ids[i], ids[j]) })
		out = append(out, DuplicateGroup{Lane: f.entries[ids[0]].lane, IDs: ids})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Lane != out[j].Lane {
			return out[i].Lane < out[j].Lane
		}
		return before(out[i].IDs[0], out[j].IDs[0])
	})
	return out
}
