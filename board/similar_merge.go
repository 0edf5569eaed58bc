package board

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ClearestText picks the sticky of a duplicate group whose text is best to
// keep: words the others spell the same way (so a typo loses), past tense
// for events, a capital first letter without shouting, then more words.
// It returns 0 when none of ids is on the board.
func ClearestText(b *Board, ids []int) int {
	var group []Sticky
	for _, id := range ids {
		if s, ok := b.Sticky(id); ok {
			group = append(group, s)
		}
	}
	best, bestScore := 0, -1
	for _, s := range group {
		score := 0
		mine := words(s.Text)
		for _, o := range group {
			if o.ID == s.ID {
				continue
			}
			theirs := map[string]bool{}
			for _, w := range words(o.Text) {
				theirs[w] = true
			}
			for _, w := range mine {
				if theirs[w] {
					score += 4
				}
			}
		}
		if s.Lane == Events && ReadsAsPast(s.Text) {
			score += 6
		}
		if r, _ := utf8.DecodeRuneInString(s.Text); unicode.IsUpper(r) && s.Text != strings.ToUpper(s.Text) {
			score += 3
		}
		score += min(len(mine), 8)
		if score > bestScore {
			best, bestScore = s.ID, score
		}
	}
	return best
}

// retargetSpans points the timings that start or end at a removed event at
// the event that replaces it, so merging events keeps every timing.
type retargetSpans struct {
	To   map[int]int // removed event id → kept event id
	What string

	old []Span
}

func (c *retargetSpans) Do(b *Board) {
	c.old = append([]Span(nil), b.Spans...)
	for i, sp := range b.Spans {
		if to, ok := c.To[sp.From]; ok {
			b.Spans[i].From = to
		}
		if to, ok := c.To[sp.To]; ok {
			b.Spans[i].To = to
		}
	}
}

func (c *retargetSpans) Undo(b *Board) { b.Spans = c.old }

func (c *retargetSpans) Name() string { return c.What }

// mergeFields sets the kept sticky's text, owner, due date and votes.
type mergeFields struct {
	ID               int
	Text, Owner, Due string
	Votes            int
	old              Sticky
	oldOK            bool
}

func (c *mergeFields) Do(b *Board) {
	if i := b.Index(c.ID); i >= 0 {
		c.old, c.oldOK = b.Stickies[i], true
		s := &b.Stickies[i]
		s.Text, s.Owner, s.Due, s.Votes = c.Text, c.Owner, c.Due, c.Votes
	}
}

func (c *mergeFields) Undo(b *Board) {
	if i := b.Index(c.ID); i >= 0 && c.oldOK {
		s := &b.Stickies[i]
		s.Text, s.Owner, s.Due, s.Votes = c.old.Text, c.old.Owner, c.old.Due, c.old.Votes
	}
}

func (c *mergeFields) Name() string { return "Merge duplicates" }

// MergeDuplicates returns the one undoable edit that merges a group of
// duplicates into the sticky keep: it gets text (the facilitator's pick;
// "" keeps its own), the owners of all of them, the earliest due date and
// the sum of their votes; the others are removed and timings that started
// or ended at a removed event now use the kept one. The kept sticky moves
// to the place of the leftmost sticky of ids, keeping the column the room
// gave the step. ids may be part of a group. height, when not nil,
// gives the height the kept sticky needs for its new text. It returns nil
// when there is nothing to merge.
func MergeDuplicates(b *Board, ids []int, keep int, text string, height func(Sticky) float64) Command {
	kept, ok := b.Sticky(keep)
	if !ok {
		return nil
	}
	if text == "" {
		text = kept.Text
	}
	spot := kept
	for _, id := range ids {
		if s, ok := b.Sticky(id); ok && (s.X < spot.X || (s.X == spot.X && s.Y < spot.Y)) {
			spot = s
		}
	}
	f := &mergeFields{ID: keep, Text: text, Owner: kept.Owner, Due: kept.Due, Votes: kept.Votes}
	owners := splitOwners(kept.Owner)
	retarget := &retargetSpans{To: map[int]int{}, What: "Merge duplicates"}
	var deletes []Command
	for _, id := range ids {
		s, ok := b.Sticky(id)
		if !ok || id == keep {
			continue
		}
		f.Votes = min(f.Votes+s.Votes, MaxVotes)
		for _, o := range splitOwners(s.Owner) {
			if !containsFold(owners, o) {
				owners = append(owners, o)
			}
		}
		if s.Due != "" && (f.Due == "" || s.Due < f.Due) {
			f.Due = s.Due
		}
		retarget.To[id] = keep
		deletes = append(deletes, &DeleteSticky{ID: id})
	}
	if len(deletes) == 0 {
		return nil
	}
	f.Owner = strings.Join(owners, ", ")
	cmds := append([]Command{f, retarget}, deletes...)
	return Edit(b, "Merge duplicates", cmds, func(nb *Board) {
		i := nb.Index(keep)
		if i < 0 {
			return
		}
		// The group's leftmost sticky marks where the room put this step
		// in the order; the merged sticky takes its place, whichever
		// wording was kept, so merging never undoes the ordering.
		nb.Stickies[i].X, nb.Stickies[i].Y = spot.X, spot.Y
		if height != nil {
			nb.Stickies[i].H = max(height(nb.Stickies[i]), StickyHeight)
		}
		nb.Unstack(keep)
	})
}

func splitOwners(s string) []string {
	var out []string
	for _, o := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '/' }) {
		if o = strings.TrimSpace(o); o != "" {
			out = append(out, o)
		}
	}
	return out
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
