package canvas

import (
	"strings"

	"fyne.io/fyne/v2"

	"pathmap/board"
)

// pasteOffset is how far a pasted or duplicated group lands from the
// original, so the copy is visibly a copy.
const pasteOffset = 24

// Clipboard is a view's copy and paste of stickies: what was copied, and
// how often it was pasted, so each paste lands a little further on.
type Clipboard struct {
	v        *BoardView
	stickies []board.Sticky
	pastes   int
}

// Clipboard is this view's copy and paste.
func (v *BoardView) Clipboard() *Clipboard { return v.clip }

// Copy puts the selected stickies on the board's clipboard and their text
// on the system clipboard, so they can be pasted here or into a chat.
func (c *Clipboard) Copy(clip fyne.Clipboard) {
	v := c.v
	c.stickies = c.stickies[:0]
	var texts []string
	for _, id := range v.sel.IDs() {
		if s, ok := v.ws.Document().Board().Sticky(id); ok {
			c.stickies = append(c.stickies, s)
			texts = append(texts, s.Text)
		}
	}
	c.pastes = 0
	if clip != nil && len(texts) > 0 {
		clip.SetContent(strings.Join(texts, "\n"))
	}
}

// Paste adds copies of the copied stickies, offset a little further each
// time, and selects them.
func (c *Clipboard) Paste() {
	if len(c.stickies) == 0 {
		return
	}
	c.pastes++
	c.addCopies(c.stickies, float64(c.pastes*pasteOffset), "Paste")
}

// Duplicate adds a copy of the selection next to it.
func (c *Clipboard) Duplicate() {
	v := c.v
	var group []board.Sticky
	for _, id := range v.sel.IDs() {
		if s, ok := v.ws.Document().Board().Sticky(id); ok {
			group = append(group, s)
		}
	}
	c.addCopies(group, pasteOffset, "Duplicate")
}

func (c *Clipboard) addCopies(group []board.Sticky, offset float64, name string) {
	v := c.v
	if len(group) == 0 || v.editing != nil {
		return
	}
	b := v.ws.Document().Board()
	next := b.NextID()
	var cmds []board.Command
	var ids []int
	for _, s := range group {
		s.ID = next
		next++
		s.X += offset
		s.Y += offset
		ids = append(ids, s.ID)
		cmds = append(cmds, board.AddSticky{Sticky: s})
	}
	v.Apply(board.Edit(b, name, cmds, func(nb *board.Board) {
		idx := nb.Indexes()
		for _, id := range ids {
			s := &nb.Stickies[idx[id]]
			s.Lane, s.X, s.Y = nb.Snap(s.X, s.Y, s.W, s.H)
		}
		nb.UnstackGroup(ids)
	}))
	v.sel.Set(ids...)
}
