package board

// Command is one undoable edit of a board. Do applies it; Undo restores the
// board exactly as it was before Do.
type Command interface {
	Do(b *Board)
	Undo(b *Board)
	// Name says what the edit was, for menus and messages ("Move sticky").
	Name() string
}

// AddSticky puts a new sticky on the board.
type AddSticky struct{ Sticky Sticky }

// Do adds the sticky at the end of the board's list (it is drawn on top).
// Text beyond MaxTextLength is cut, as loading the file would cut it.
func (c AddSticky) Do(b *Board) {
	s := c.Sticky
	s.Text, _ = ClampText(s.Text)
	b.Stickies = append(b.Stickies, s)
}

// Undo removes the sticky again.
func (c AddSticky) Undo(b *Board) { removeAt(b, b.Index(c.Sticky.ID)) }

// Name implements Command.
func (c AddSticky) Name() string { return "Add sticky" }

// DeleteSticky removes a sticky, and the timing spans that start or end at
// it when it is an event. Undo puts everything back at its old place in the
// lists, so the drawing order is restored too.
type DeleteSticky struct {
	ID int

	old   Sticky
	index int
	spans []Span // the board's spans before Do
}

// Do removes the sticky and remembers it for Undo.
func (c *DeleteSticky) Do(b *Board) {
	c.index = b.Index(c.ID)
	if c.index < 0 {
		return
	}
	c.old = b.Stickies[c.index]
	removeAt(b, c.index)
	c.spans = append([]Span(nil), b.Spans...)
	kept := b.Spans[:0:0]
	for _, sp := range b.Spans {
		if sp.From != c.ID && sp.To != c.ID {
			kept = append(kept, sp)
		}
	}
	if len(kept) != len(b.Spans) {
		b.Spans = kept
	}
}

// Undo re-inserts the sticky where it was.
func (c *DeleteSticky) Undo(b *Board) {
	if c.index < 0 {
		return
	}
	// Stickies added from the room since Do leave the list no shorter than
	// it was, but be safe: never insert past its end.
	i := min(c.index, len(b.Stickies))
	b.Stickies = append(b.Stickies, Sticky{})
	copy(b.Stickies[i+1:], b.Stickies[i:])
	b.Stickies[i] = c.old
	b.Spans = c.spans
}

// Name implements Command.
func (c *DeleteSticky) Name() string { return "Delete sticky" }

// MoveSticky moves a sticky to a new position and lane. A whole drag is one
// MoveSticky, made when the drag ends, so it is undone in one step.
type MoveSticky struct {
	ID   int
	Lane Lane
	X, Y float64

	old      Sticky
	oldSpans []Span
	dropped  bool
}

// Do moves the sticky and remembers where it was. An event moved out of the
// Events lane takes its timing spans with it.
func (c *MoveSticky) Do(b *Board) {
	i := b.Index(c.ID)
	if i < 0 {
		return
	}
	c.old = b.Stickies[i]
	b.Stickies[i].Lane, b.Stickies[i].X, b.Stickies[i].Y = c.Lane, c.X, c.Y
	c.oldSpans, c.dropped = dropOrphanSpans(b)
}

// Undo moves the sticky back.
func (c *MoveSticky) Undo(b *Board) {
	if i := b.Index(c.ID); i >= 0 {
		b.Stickies[i].Lane, b.Stickies[i].X, b.Stickies[i].Y = c.old.Lane, c.old.X, c.old.Y
	}
	if c.dropped {
		b.Spans = c.oldSpans
	}
}

// Name implements Command.
func (c *MoveSticky) Name() string {
	if c.old.Lane != c.Lane {
		return "Move sticky to " + c.Lane.Name()
	}
	return "Move sticky"
}

// EditText replaces a sticky's text.
type EditText struct {
	ID   int
	Text string

	old string
}

// Do sets the new text. Text beyond MaxTextLength is cut, as loading the
// file would cut it: a long paste keeps its first 2,000 characters rather
// than being refused whole (the editor tells, using ClampText).
func (c *EditText) Do(b *Board) {
	if i := b.Index(c.ID); i >= 0 {
		c.old = b.Stickies[i].Text
		b.Stickies[i].Text, _ = ClampText(c.Text)
	}
}

// Undo restores the old text.
func (c *EditText) Undo(b *Board) {
	if i := b.Index(c.ID); i >= 0 {
		b.Stickies[i].Text = c.old
	}
}

// Name implements Command.
func (c *EditText) Name() string { return "Edit text" }

// SetTitle renames the board.
type SetTitle struct {
	Title string

	old string
}

// Do sets the new title.
func (c *SetTitle) Do(b *Board) { c.old, b.Title = b.Title, c.Title }

// Undo restores the old title.
func (c *SetTitle) Undo(b *Board) { b.Title = c.old }

// Name implements Command.
func (c *SetTitle) Name() string { return "Rename board" }

func removeAt(b *Board, i int) {
	if i < 0 {
		return
	}
	b.Stickies = append(b.Stickies[:i], b.Stickies[i+1:]...)
}

// ReplaceBoard swaps in a whole new version of the board as one undo step
// that restores every detail exactly. It keeps two whole boards, so the
// editor's own edits use Edit and Relayout, which record only what changes;
// ReplaceBoard serves tools and tests that rebuild a board wholesale.
type ReplaceBoard struct {
	New  *Board
	What string // the name shown for undo, e.g. "Tidy up"

	old *Board
}

// Do installs the new board, keeping a copy of the old one. The agenda and
// its running timer are no part of the edit and stay as they are.
func (c *ReplaceBoard) Do(b *Board) {
	c.old = b.Clone()
	agenda := b.Agenda
	*b = *c.New.Clone()
	b.Agenda = agenda
}

// Undo restores the old board, again leaving the agenda alone.
func (c *ReplaceBoard) Undo(b *Board) {
	agenda := b.Agenda
	*b = *c.old.Clone()
	b.Agenda = agenda
}

// Name implements Command.
func (c *ReplaceBoard) Name() string { return c.What }

// Batch is several commands done as one edit: moving, deleting or pasting a
// whole selection is one undo step.
type Batch struct {
	Cmds []Command
	What string
}

// Do runs the commands in order.
func (c *Batch) Do(b *Board) {
	for _, cmd := range c.Cmds {
		cmd.Do(b)
	}
}

// Undo reverts them in reverse order, so each sees the board as it left it.
func (c *Batch) Undo(b *Board) {
	for i := len(c.Cmds) - 1; i >= 0; i-- {
		c.Cmds[i].Undo(b)
	}
}

// Name implements Command.
func (c *Batch) Name() string { return c.What }

// SetAction sets who owns an action and when it is due.
type SetAction struct {
	ID         int
	Owner, Due string

	oldOwner, oldDue string
}

// Do sets owner and due date.
func (c *SetAction) Do(b *Board) {
	if i := b.Index(c.ID); i >= 0 {
		s := &b.Stickies[i]
		c.oldOwner, c.oldDue = s.Owner, s.Due
		s.Owner, s.Due = c.Owner, c.Due
	}
}

// Undo restores them.
func (c *SetAction) Undo(b *Board) {
	if i := b.Index(c.ID); i >= 0 {
		b.Stickies[i].Owner, b.Stickies[i].Due = c.oldOwner, c.oldDue
	}
}

// Name implements Command.
func (c *SetAction) Name() string { return "Set owner and due date" }
