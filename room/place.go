package room

import "pathmap/board"

// placeSticky returns the edit that puts a sticky from the room on nb, by
// the board's one placement rule (board.PlaceNew): under the chosen event's
// column (an event goes right after it), else at the end of its lane, a
// new event before the final event. It applies the edit to nb too, so the
// next sticky of the same batch is placed after it, and returns the new
// sticky's id.
func placeSticky(nb *board.Board, s board.Sticky, under int, height func(board.Sticky) float64) (board.Command, int) {
	if e, ok := nb.Sticky(under); !ok || e.Lane != board.Events {
		under = 0
	}
	add, ids := board.AddAt(nb, nb.PlaceNew(s.Lane, under), []string{s.Text}, height, "Add sticky from the room")
	if add == nil {
		return nil, 0
	}
	cmd := &board.Batch{Cmds: []board.Command{add, &roomMark{ID: ids[0], Author: s.Author}}, What: add.Name()}
	cmd.Do(nb)
	return cmd, ids[0]
}

// roomMark marks a new sticky as sent from a phone, with its author.
type roomMark struct {
	ID     int
	Author string
}

func (c *roomMark) Do(b *board.Board) {
	if i := b.Index(c.ID); i >= 0 {
		b.Stickies[i].FromRoom, b.Stickies[i].Author = true, c.Author
	}
}

func (c *roomMark) Undo(b *board.Board) {
	if i := b.Index(c.ID); i >= 0 {
		b.Stickies[i].FromRoom, b.Stickies[i].Author = false, ""
	}
}

func (c *roomMark) Name() string { return "Mark sticky from the room" }
