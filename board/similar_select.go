package board

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// MergeSelected returns the one undoable edit that merges the stickies a
// facilitator selected into one, whether or not they were found as
// duplicates: the wording of keep (or text, when not ""), everyone's
// owners and votes, the leftmost sticky's place, as MergeDuplicates.
//
// Only stickies of one lane merge: an event and the system under it are
// two different things, and merging them would lose one. A mixed selection
// gets an error naming the lanes, and nothing changes. Stickies of one lane
// under different events may merge (the facilitator chose them); the merged
// sticky sits in the leftmost one's column.
func MergeSelected(b *Board, ids []int, keep int, text string, height func(Sticky) float64) (Command, error) {
	var lanes []Lane
	n := 0
	seen := map[int]bool{}
	for _, id := range ids {
		s, ok := b.Sticky(id)
		if !ok || seen[id] {
			continue
		}
		seen[id] = true
		n++
		found := false
		for _, l := range lanes {
			found = found || l == s.Lane
		}
		if !found {
			lanes = append(lanes, s.Lane)
		}
	}
	if n < 2 {
		return nil, fmt.Errorf("select two or more stickies to merge (%d selected)", n)
	}
	if len(lanes) > 1 {
		sort.Slice(lanes, func(i, j int) bool { return lanes[i] < lanes[j] })
		var names []string
		for _, l := range lanes {
			names = append(names, l.Name())
		}
		return nil, fmt.Errorf("only stickies of one lane can be merged; the selection has %s", strings.Join(names, " and "))
	}
	if !seen[keep] {
		keep = ClearestText(b, ids)
	}
	cmd := MergeDuplicates(b, ids, keep, text, height)
	if cmd == nil {
		return nil, fmt.Errorf("nothing to merge")
	}
	return named(cmd, "Merge stickies"), nil
}

// DuplicateReview walks the suspected duplicate groups one at a time, in
// board order (left to right by the group's first sticky, then by lane),
// for a facilitator to merge or skip each. It keeps only what was skipped;
// the groups come from a DuplicateFinder after every edit, so a merged
// group simply is not there any more. A skipped group comes back when it
// changes, for a new sticky in it deserves a new look.
type DuplicateReview struct {
	skipped map[string]bool
}

// NewDuplicateReview starts a review with nothing skipped.
func NewDuplicateReview() *DuplicateReview { return &DuplicateReview{skipped: map[string]bool{}} }

func groupKey(g DuplicateGroup) string {
	ids := append([]int(nil), g.IDs...)
	sort.Ints(ids)
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = strconv.Itoa(id)
	}
	return strconv.Itoa(int(g.Lane)) + ":" + strings.Join(parts, ",")
}

// Skip leaves g as it is for the rest of the review.
func (r *DuplicateReview) Skip(g DuplicateGroup) { r.skipped[groupKey(g)] = true }

// Pending lists the groups still to review, in board order.
func (r *DuplicateReview) Pending(b *Board, groups []DuplicateGroup) []DuplicateGroup {
	var out []DuplicateGroup
	for _, g := range groups {
		if !r.skipped[groupKey(g)] {
			out = append(out, g)
		}
	}
	first := func(g DuplicateGroup) Sticky {
		best, found := Sticky{}, false
		for _, id := range g.IDs {
			if s, ok := b.Sticky(id); ok && (!found || s.X < best.X || (s.X == best.X && s.Y < best.Y)) {
				best, found = s, true
			}
		}
		return best
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, c := first(out[i]), first(out[j])
		if a.X != c.X {
			return a.X < c.X
		}
		return out[i].Lane < out[j].Lane
	})
	return out
}

// Next is the group to show now, and false when the review is over.
func (r *DuplicateReview) Next(b *Board, groups []DuplicateGroup) (DuplicateGroup, bool) {
	p := r.Pending(b, groups)
	if len(p) == 0 {
		return DuplicateGroup{}, false
	}
	return p[0], true
}
