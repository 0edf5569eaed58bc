package board

import (
	"sort"
	"strconv"
	"strings"
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
// lane and column, its number of words and all but one of its words — and
// after an edit only the stickies whose text, lane or column changed are
// compared again.
type DuplicateFinder struct {
	entries map[int]*dupEntry
	buckets map[string][]int
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
	keys   []string
	x, y   float64
	seen   uint64
}

// NewDuplicateFinder returns a finder that knows no board yet.
func NewDuplicateFinder() *DuplicateFinder {
	return &DuplicateFinder{entries: map[int]*dupEntry{}, buckets: map[string][]int{}, links: map[int]map[int]bool{},
		linksChanged: true}
}

// FindDuplicates returns every group of duplicates on b.
func FindDuplicates(b *Board) []DuplicateGroup { return NewDuplicateFinder().Update(b) }

// Update brings the finder in line with b, comparing only the stickies
// added, retyped or moved to another lane since the last call, and returns
// the groups of b: sorted by lane, then by their first sticky's place. The
// result is shared with the finder until the next Update: read it only.
func (f *DuplicateFinder) Update(b *Board) []DuplicateGroup {
	f.gen++
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

// dupKeys are the buckets a sticky is filed under: for duplicates of its
// own length, all its words but one (a one-word sticky by its length,
// since a typo keeps the length within two); for a shorter sticky inside
// it, every way of leaving out one or two of its words ("S"); for a longer
// one it is inside, all its words ("F").
func dupKeys(lane Lane, col int, tokens, shorter []string) []string {
	base := strconv.Itoa(int(lane)) + "|" + strconv.Itoa(col) + "|"
	prefix := base + strconv.Itoa(len(tokens)) + "|"
	var keys []string
	switch n := len(tokens); {
	case n == 0:
		return nil
	case n == 1:
		return []string{prefix + "#" + strconv.Itoa(len([]rune(tokens[0])))}
	case n > 12:
		// A long text is matched word for word only: its keys would cost
		// more than such stickies are worth.
		return []string{prefix + strings.Join(tokens, " ")}
	default:
		for i := range tokens {
			if i > 0 && tokens[i] == tokens[i-1] {
				continue
			}
			keys = append(keys, prefix+strings.Join(tokens[:i], " ")+"/"+strings.Join(tokens[i+1:], " "))
		}
	}
	keys = append(keys, base+"F|"+strings.Join(tokens, " "))
	for _, sub := range shorter {
		keys = append(keys, base+"S|"+sub)
	}
	return keys
}

// shorterWordings are the word lists (joined) left when one or two of
// tokens are taken out, keeping at least two words: the shorter stickies
// containedIn may find inside this one.
func shorterWordings(tokens []string) []string {
	n := len(tokens)
	if n < 3 || n > maxContainingWords {
		return nil
	}
	out := make([]string, 0, n*(n+1)/2)
	var sb strings.Builder
	add := func(skipA, skipB int) {
		if n-1-btoi(skipB >= 0) < 2 {
			return
		}
		sb.Reset()
		for k, t := range tokens {
			if k != skipA && k != skipB {
				if sb.Len() > 0 {
					sb.WriteByte(' ')
				}
				sb.WriteString(t)
			}
		}
		j := sb.String()
		for _, o := range out { // only a text with a repeated word gives a repeat
			if o == j {
				return
			}
		}
		out = append(out, j)
	}
	for a := 0; a < n; a++ {
		add(a, -1)
		for b := a + 1; b < n; b++ {
			add(a, b)
		}
	}
	return out
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// lookupKeys are the buckets that may hold a duplicate of the sticky: those
// of its own length, the longer stickies that contain all its words, and
// the shorter ones whose words it contains.
func lookupKeys(lane Lane, col int, tokens, shorter, own []string) []string {
	base := strconv.Itoa(int(lane)) + "|" + strconv.Itoa(col) + "|"
	var keys []string
	for _, k := range own {
		if !strings.HasPrefix(k[len(base):], "F|") && !strings.HasPrefix(k[len(base):], "S|") {
			keys = append(keys, k)
		}
	}
	if len(tokens) == 1 {
		prefix := base + "1|#"
		n := len([]rune(tokens[0]))
		for l := max(n-2, 1); l <= n+2; l++ {
			keys = append(keys, prefix+strconv.Itoa(l))
		}
		return keys
	}
	if len(tokens) >= 2 && len(tokens) <= 12 {
		keys = append(keys, base+"S|"+strings.Join(tokens, " "))
	}
	for _, sub := range shorter {
		keys = append(keys, base+"F|"+sub)
	}
	return keys
}

func (f *DuplicateFinder) add(s Sticky, col int) {
	tokens := meaningTokens(s.Text)
	shorter := shorterWordings(tokens)
	e := &dupEntry{lane: s.Lane, col: col, text: s.Text, tokens: tokens, keys: dupKeys(s.Lane, col, tokens, shorter), x: s.X, y: s.Y, seen: f.gen}
	f.entries[s.ID] = e
	seen := map[int]bool{s.ID: true}
	for _, k := range lookupKeys(s.Lane, col, tokens, shorter, e.keys) {
		for _, other := range f.buckets[k] {
			if seen[other] {
				continue
			}
			seen[other] = true
			if similarTokens(tokens, f.entries[other].tokens) {
				f.link(s.ID, other)
			}
		}
	}
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
