package board

import "sort"

// Dot-voting, the follow-up prioritisation the method recommends: each
// person gets a few votes (Settings.VotesPerPerson) to put on the pain
// points that hurt most; the tally ranks them for the handout.

// SetVotes sets a sticky's vote count; one click in voting mode is one
// undoable step.
type SetVotes struct {
	ID    int
	Votes int

	old int
}

// Do sets the count.
func (c *SetVotes) Do(b *Board) {
	if i := b.Index(c.ID); i >= 0 {
		c.old, b.Stickies[i].Votes = b.Stickies[i].Votes, c.Votes
	}
}

// Undo restores it.
func (c *SetVotes) Undo(b *Board) {
	if i := b.Index(c.ID); i >= 0 {
		b.Stickies[i].Votes = c.old
	}
}

// Name implements Command.
func (c *SetVotes) Name() string { return "Vote" }

// MaxVotes is the most votes one sticky holds, as the file format allows.
const MaxVotes = 1000000

// Vote adds delta votes (-1 takes one away) to a pain point. It returns nil
// when nothing would change: the sticky is gone, is no pain point, or has
// no vote left to take away.
func Vote(b *Board, id, delta int) Command {
	s, ok := b.Sticky(id)
	if !ok || s.Lane != PainPoints {
		return nil
	}
	n := min(max(s.Votes+delta, 0), MaxVotes)
	if n == s.Votes {
		return nil
	}
	return &SetVotes{ID: id, Votes: n}
}

// ClearVotes takes every vote off the board in one undoable step, for a
// fresh round of voting; nil when there are none.
func ClearVotes(b *Board) Command {
	var cmds []Command
	for _, s := range b.Stickies {
		if s.Votes != 0 {
			cmds = append(cmds, &SetVotes{ID: s.ID, Votes: 0})
		}
	}
	if len(cmds) == 0 {
		return nil
	}
	return &Batch{Cmds: cmds, What: "Clear votes"}
}

// VotesCast is the number of votes on the board.
func VotesCast(b *Board) int {
	n := 0
	for _, s := range b.Stickies {
		n += s.Votes
	}
	return n
}

// VoteBudget is how many votes the room has in all, 0 when the number of
// voters is not set.
func VoteBudget(s Settings) int { return s.Voters * s.Votes() }

// RankedPain is one pain point in the ranking.
type RankedPain struct {
	Sticky Sticky
	// Rank counts from 1; pain points with equal votes share a rank.
	Rank int
	// Event is the event the pain point sits under ("" when none).
	Event string
}

// RankPainPoints lists the pain points, most votes first; equal votes keep
// the map's reading order.
func RankPainPoints(b *Board) []RankedPain {
	pains := b.InLane(PainPoints)
	events := b.InLane(Events)
	sort.SliceStable(pains, func(i, j int) bool { return pains[i].Votes > pains[j].Votes })
	out := make([]RankedPain, 0, len(pains))
	for i, p := range pains {
		rank := i + 1
		if i > 0 && p.Votes == pains[i-1].Votes {
			rank = out[i-1].Rank
		}
		r := RankedPain{Sticky: p, Rank: rank}
		cx, _ := p.Center()
		if e, ok := EventAt(events, cx); ok {
			r.Event = e.Text
		}
		out = append(out, r)
	}
	return out
}
