package canvas

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"

	"pathmap/board"
)

// pasteOffset is how far a pasted or duplicated group lands from the
// original, so the copy is visibly a copy.
const pasteOffset = 24

// Selection returns the ids of the selected stickies in board order.
func (v *BoardView) Selection() []int {
	var ids []int
	for _, s := range v.ws.Document().Board().Stickies {
		if v.selected[s.ID] {
			ids = append(ids, s.ID)
		}
	}
	return ids
}

// Selected returns the id of the one selected sticky, or 0 when none or
// several are selected.
func (v *BoardView) Selected() int {
	if len(v.selected) != 1 {
		return 0
	}
	for id := range v.selected {
		return id
	}
	return 0
}

// IsSelected reports whether sticky id is selected.
func (v *BoardView) IsSelected(id int) bool { return v.selected[id] }

// SetSelection selects exactly the given stickies.
func (v *BoardView) SetSelection(ids ...int) {
	changed := map[int]bool{}
	for id := range v.selected {
		changed[id] = true
	}
	v.selected = map[int]bool{}
	for _, id := range ids {
		v.selected[id] = true
		changed[id] = true
	}
	v.selectedSpan = 0
	for id := range changed {
		if w := v.widgets[id]; w != nil {
			w.selected = v.selected[id]
			v.refreshSticky(w)
		}
	}
	if v.OnSelect != nil {
		v.OnSelect()
	}
}

// selectByTap selects a sticky; with Shift it is added to or removed from the
// selection.
func (v *BoardView) selectByTap(id int, mods fyne.KeyModifier) {
	v.FinishEdit()
	if mods&fyne.KeyModifierShift != 0 {
		ids := v.Selection()
		if v.selected[id] {
			ids = without(ids, id)
		} else {
			ids = append(ids, id)
		}
		v.SetSelection(ids...)
		return
	}
	v.SetSelection(id)
}

func without(ids []int, id int) []int {
	out := ids[:0:0]
	for _, x := range ids {
		if x != id {
			out = append(out, x)
		}
	}
	return out
}

// SelectAll selects every sticky.
func (v *BoardView) SelectAll() {
	v.FinishEdit()
	var ids []int
	for _, s := range v.ws.Document().Board().Stickies {
		ids = append(ids, s.ID)
	}
	v.SetSelection(ids...)
}

// selectInRect selects the stickies touching the board rectangle, adding to
// the selection: the rubber band.
func (v *BoardView) selectInRect(x0, y0, x1, y1 float64) {
	ids := v.Selection()
	for _, s := range v.ws.Document().Board().Stickies {
		if s.X < x1 && x0 < s.X+s.W && s.Y < y1 && y0 < s.Y+s.H && !v.selected[s.ID] {
			ids = append(ids, s.ID)
		}
	}
	v.SetSelection(ids...)
}

// DeleteSelected removes the selected stickies, or the selected timing
// span, as one undoable step.
func (v *BoardView) DeleteSelected() {
	if v.editing != nil {
		return
	}
	if v.selectedSpan != 0 {
		v.ws.Document().Apply(&board.DeleteSpan{ID: v.selectedSpan})
		v.selectedSpan = 0
		return
	}
	ids := v.Selection()
	if len(ids) == 0 {
		return
	}
	var cmds []board.Command
	for _, id := range ids {
		cmds = append(cmds, &board.DeleteSticky{ID: id})
	}
	name := "Delete sticky"
	if len(ids) > 1 {
		name = "Delete stickies"
	}
	v.Apply(board.Edit(v.ws.Document().Board(), name, cmds, nil))
}

// Copy puts the selected stickies on the board's clipboard and their text
// on the system clipboard, so they can be pasted here or into a chat.
func (v *BoardView) Copy(clip fyne.Clipboard) {
	v.clipboard = v.clipboard[:0]
	var texts []string
	for _, id := range v.Selection() {
		if s, ok := v.ws.Document().Board().Sticky(id); ok {
			v.clipboard = append(v.clipboard, s)
			texts = append(texts, s.Text)
		}
	}
	v.pastes = 0
	if clip != nil && len(texts) > 0 {
		clip.SetContent(strings.Join(texts, "\n"))
	}
}

// Paste adds copies of the copied stickies, offset a little further each
// time, and selects them.
func (v *BoardView) Paste() {
	if len(v.clipboard) == 0 {
		return
	}
	v.pastes++
	v.addCopies(v.clipboard, float64(v.pastes*pasteOffset), "Paste")
}

// Duplicate adds a copy of the selection next to it.
func (v *BoardView) Duplicate() {
	var group []board.Sticky
	for _, id := range v.Selection() {
		if s, ok := v.ws.Document().Board().Sticky(id); ok {
			group = append(group, s)
		}
	}
	v.addCopies(group, pasteOffset, "Duplicate")
}

func (v *BoardView) addCopies(group []board.Sticky, offset float64, name string) {
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
	v.SetSelection(ids...)
}

// startDrag begins moving the selection with the pointer; a sticky that is
// not selected is selected alone first.
func (v *BoardView) startDrag(w *StickyWidget) {
	v.FinishEdit()
	if !v.selected[w.sticky.ID] {
		v.SetSelection(w.sticky.ID)
	}
	v.dragGroup = v.dragGroup[:0]
	for _, id := range v.Selection() {
		if g := v.widgets[id]; g != nil {
			v.dragGroup = append(v.dragGroup, g)
		}
	}
	v.dragDX, v.dragDY = 0, 0
	v.Relayout()
}

// dragBy moves the dragged group by a screen delta. Only the dragged
// widgets move, so the work does not grow with the size of the board.
func (v *BoardView) dragBy(d fyne.Delta) {
	v.dragDX += d.DX / v.zoom
	v.dragDY += d.DY / v.zoom
	for _, w := range v.dragGroup {
		if w.shown {
			s := w.sticky
			w.Move(v.ToScreen(s.X+float64(v.dragDX), s.Y+float64(v.dragDY)))
		}
	}
}

// refreshSticky redraws a sticky now if it is on screen, else when it next
// comes into view: a selection of thousands must not lay out thousands.
func (v *BoardView) refreshSticky(w *StickyWidget) {
	if w.shown {
		w.Refresh()
	} else {
		w.dirty = true
	}
}

// drop ends a drag: each sticky snaps into the lane under its center and
// stacks below any sticky it covers there. The whole drag is one undo step.
func (v *BoardView) drop() {
	group := v.dragGroup
	dx, dy := float64(v.dragDX), float64(v.dragDY)
	v.dragGroup, v.dragDX, v.dragDY = nil, 0, 0
	if len(group) == 0 {
		return
	}
	// Place from the top down so stacked stickies keep their order.
	ids := make([]int, 0, len(group))
	for _, w := range group {
		ids = append(ids, w.sticky.ID)
	}
	b := v.ws.Document().Board()
	idx := b.Indexes()
	sort.SliceStable(ids, func(i, j int) bool {
		return b.Stickies[idx[ids[i]]].Y < b.Stickies[idx[ids[j]]].Y
	})
	name := "Move stickies"
	if len(ids) == 1 {
		s, _ := b.Sticky(ids[0])
		name = "Move sticky"
		lane, _, _ := b.Snap(s.X+dx, s.Y+dy, s.W, s.H)
		if lane != s.Lane {
			name = "Move sticky to " + lane.Name()
		} else if lane == board.Events {
			v.dropEvent(s, dx)
			return
		}
	}
	cmd := board.Edit(b, name, nil, func(nb *board.Board) {
		idx := nb.Indexes()
		for _, id := range ids {
			i := idx[id]
			s := nb.Stickies[i]
			nb.Stickies[i].Lane, nb.Stickies[i].X, nb.Stickies[i].Y = nb.Snap(s.X+dx, s.Y+dy, s.W, s.H)
		}
		// Every sticky but an event lands in the event column nearest
		// it, never between two.
		for _, id := range ids {
			if s := &nb.Stickies[idx[id]]; s.Lane != board.Events {
				s.X = nb.SnapToColumn(s.X, s.W)
			}
		}
		nb.UnstackGroup(ids)
	})
	if cmd == nil {
		v.sync()
		return
	}
	v.Apply(cmd)
}

// dropEvent ends the drag of one event along the Events lane. Dropped past
// a neighbour it takes its place in the order, and the stickies under each
// event move with their event. Otherwise it moves along the lane as far as
// its neighbours leave room; events never stack, they are one row.
func (v *BoardView) dropEvent(s board.Sticky, dx float64) {
	b := v.ws.Document().Board()
	cmd := board.Edit(b, "Reorder events", nil, func(nb *board.Board) {
		if nb.MoveEventColumn(s.ID, s.X+dx+s.W/2) {
			return
		}
		x := s.X + dx
		for _, e := range nb.InLane(board.Events) {
			if e.ID == s.ID {
				continue
			}
			if x < e.X+e.W && e.X < x+s.W { // would cover a neighbour
				return
			}
		}
		nb.Stickies[nb.Index(s.ID)].X = x
	})
	if cmd == nil {
		v.sync()
		return
	}
	v.Apply(cmd)
}

// Apply performs an edit made by board.Edit (nil means nothing to do).
func (v *BoardView) Apply(c board.Command) {
	if c != nil {
		v.ws.Document().Apply(c)
	}
}
