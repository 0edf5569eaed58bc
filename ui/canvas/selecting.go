package canvas

import (
	"fyne.io/fyne/v2"

	"pathmap/board"
)

// Selection is what is selected in this view.
func (v *BoardView) Selection() *Selection { return v.sel }

// selectionChanged redraws the stickies and spans whose selection changed
// (only those in view: a selection of thousands must not draw thousands)
// and tells the window.
func (v *BoardView) selectionChanged() {
	v.Relayout()
	if v.OnSelect != nil {
		v.OnSelect()
	}
}

// toggleModifiers add one sticky to the selection or take it out, leaving
// the rest: Ctrl (Cmd on a Mac) as in any file manager.
const toggleModifiers = fyne.KeyModifierControl | fyne.KeyModifierSuper

// selectByTap selects a sticky. With Ctrl it is added to or taken from the
// selection alone, so events far apart can be merged; with Shift it is
// added to or removed from the selection, and a second event brings the
// events between along.
func (v *BoardView) selectByTap(id int, mods fyne.KeyModifier) {
	v.FinishEdit()
	if mods&toggleModifiers != 0 && mods&fyne.KeyModifierShift == 0 {
		v.sel.Toggle(id)
		return
	}
	if mods&fyne.KeyModifierShift != 0 {
		if v.sel.Has(id) {
			v.sel.Toggle(id)
		} else {
			v.sel.Set(v.ws.Document().Board().EventsThrough(v.sel.IDs(), id)...)
		}
		return
	}
	v.sel.Set(id)
}

// SelectAll selects every sticky.
func (v *BoardView) SelectAll() {
	v.FinishEdit()
	var ids []int
	for _, s := range v.ws.Document().Board().Stickies {
		ids = append(ids, s.ID)
	}
	v.sel.Set(ids...)
}

// DeleteSelected removes the selected stickies, or the selected timing
// span, as one undoable step.
func (v *BoardView) DeleteSelected() {
	if v.editing != nil {
		return
	}
	if span := v.sel.Span(); span != 0 {
		v.ws.Document().Apply(&board.DeleteSpan{ID: span})
		v.sel.span = 0
		return
	}
	ids := v.sel.IDs()
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

// Apply performs an edit made by board.Edit (nil means nothing to do).
func (v *BoardView) Apply(c board.Command) {
	if c != nil {
		v.ws.Document().Apply(c)
	}
}
