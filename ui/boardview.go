package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
)

// labelWidth is the screen width of the lane-name column at the left, which
// stays in place while the board pans so every lane keeps its name in view.
const labelWidth float32 = board.LabelWidth

// Zoom limits. The view fits the six lanes to its height, within these.
const (
	minZoom = 0.3
	maxZoom = 1.6
)

var selectionColor = color.NRGBA{R: 0x15, G: 0x65, B: 0xc0, A: 0xff}

// BoardView is the board canvas: six lane bands with their names, the
// stickies on them, and the text box used to edit a sticky. Positions are
// kept in board coordinates and drawn at (p − offset) × zoom, so the view can
// pan without touching the board.
type BoardView struct {
	widget.BaseWidget

	doc      *board.Document
	zoom     float32
	offX     float32 // board x shown at the left edge of the sticky area
	widgets  map[int]*stickyWidget
	order    []*stickyWidget
	selected int
	dragged  *stickyWidget

	editor   *stickyEditor
	editBg   *canvas.Rectangle
	editing  *editState
	renderer *boardRenderer

	// OnShortcut receives shortcuts typed while a sticky is being edited that
	// the text box has no use for (save, export, undo the board …).
	OnShortcut func(fyne.Shortcut) bool
	// OnSelect is told when the selection changes (0 = nothing selected).
	OnSelect func(id int)
}

// editState is the sticky being edited; ID 0 is a new sticky that is only
// added to the board when it gets some text.
type editState struct {
	id   int
	lane board.Lane
	x, y float64
}

// NewBoardView shows doc. It follows the document's changes by itself.
func NewBoardView(doc *board.Document) *BoardView {
	v := &BoardView{zoom: 1, offX: -20, widgets: map[int]*stickyWidget{}}
	v.editor = newStickyEditor()
	v.editor.onShortcut = func(s fyne.Shortcut) bool {
		if v.OnShortcut != nil {
			return v.OnShortcut(s)
		}
		return false
	}
	v.editBg = canvas.NewRectangle(color.Transparent)
	v.editor.Hide()
	v.editBg.Hide()
	v.ExtendBaseWidget(v)
	v.SetDocument(doc)
	return v
}

// SetDocument shows another document, e.g. after New or Open.
func (v *BoardView) SetDocument(doc *board.Document) {
	if v.doc != nil {
		v.cancelEdit()
	}
	v.doc = doc
	v.selected = 0
	for id := range v.widgets {
		delete(v.widgets, id)
	}
	doc.OnChange(func() {
		if v.doc == doc {
			v.sync()
		}
	})
	v.offX = -20
	v.sync()
}

// Document returns the document shown.
func (v *BoardView) Document() *board.Document { return v.doc }

// Selected returns the id of the selected sticky, or 0.
func (v *BoardView) Selected() int { return v.selected }

// Editing reports whether a sticky's text box is open.
func (v *BoardView) Editing() bool { return v.editing != nil }

// sync brings the sticky widgets in line with the board.
func (v *BoardView) sync() {
	b := v.doc.Board()
	seen := make(map[int]bool, len(b.Stickies))
	v.order = v.order[:0]
	for _, s := range b.Stickies {
		seen[s.ID] = true
		w, ok := v.widgets[s.ID]
		if !ok {
			w = newStickyWidget(v, s)
			v.widgets[s.ID] = w
		}
		w.sticky = s
		w.selected = s.ID == v.selected
		v.order = append(v.order, w)
	}
	for id := range v.widgets {
		if !seen[id] {
			delete(v.widgets, id)
		}
	}
	if !seen[v.selected] {
		v.setSelected(0)
	}
	v.Refresh()
	for _, w := range v.order {
		w.Refresh()
	}
}

// toScreen turns a board position into a position in the view.
func (v *BoardView) toScreen(x, y float64) fyne.Position {
	return fyne.NewPos(labelWidth+(float32(x)-v.offX)*v.zoom, float32(y)*v.zoom)
}

// toBoard turns a position in the view into board coordinates.
func (v *BoardView) toBoard(p fyne.Position) (x, y float64) {
	return float64((p.X-labelWidth)/v.zoom + v.offX), float64(p.Y / v.zoom)
}

func (v *BoardView) selectSticky(id int) {
	v.finishEdit()
	v.setSelected(id)
}

func (v *BoardView) setSelected(id int) {
	if v.selected == id {
		return
	}
	if w := v.widgets[v.selected]; w != nil {
		w.selected = false
		w.Refresh()
	}
	v.selected = id
	if w := v.widgets[id]; w != nil {
		w.selected = true
		w.Refresh()
	}
	if v.OnSelect != nil {
		v.OnSelect(id)
	}
}

// DeleteSelected removes the selected sticky (one undoable step).
func (v *BoardView) DeleteSelected() {
	if v.selected == 0 || v.editing != nil {
		return
	}
	v.doc.Apply(&board.DeleteSticky{ID: v.selected})
}

// Tapped on the empty board clears the selection and closes the editor.
func (v *BoardView) Tapped(*fyne.PointEvent) {
	v.finishEdit()
	v.setSelected(0)
}

// DoubleTapped on an empty spot adds a sticky there, in the lane clicked.
func (v *BoardView) DoubleTapped(e *fyne.PointEvent) {
	if e.Position.X < labelWidth {
		return
	}
	x, y := v.toBoard(e.Position)
	lane, sx, sy := v.doc.Board().Snap(x-board.StickyWidth/2, y-board.StickyHeight/2, board.StickyWidth, board.StickyHeight)
	v.startEdit(&editState{lane: lane, x: sx, y: sy}, "")
}

// Dragged on the empty board pans it sideways.
func (v *BoardView) Dragged(e *fyne.DragEvent) {
	v.offX -= e.Dragged.DX / v.zoom
	v.layoutStickies()
}

// DragEnd implements fyne.Draggable.
func (v *BoardView) DragEnd() {}

// Scrolled pans the board with the mouse wheel or touchpad.
func (v *BoardView) Scrolled(e *fyne.ScrollEvent) {
	v.offX -= (e.Scrolled.DX + e.Scrolled.DY) / v.zoom
	v.layoutStickies()
}

// startDrag lifts a sticky above the others while it moves.
func (v *BoardView) startDrag(w *stickyWidget) {
	v.finishEdit()
	v.setSelected(w.sticky.ID)
	v.dragged = w
	v.Refresh()
}

// placeSticky draws a sticky where it is being dragged.
func (v *BoardView) placeSticky(w *stickyWidget) {
	s := w.sticky
	w.Move(v.toScreen(s.X+float64(w.dragDX), s.Y+float64(w.dragDY)))
}

// dropSticky ends a drag: the sticky snaps into the lane under its center.
// The whole drag becomes one MoveSticky, one undo step.
func (v *BoardView) dropSticky(id int, dx, dy float64) {
	v.dragged = nil
	s, ok := v.doc.Board().Sticky(id)
	if !ok {
		return
	}
	lane, x, y := v.doc.Board().Snap(s.X+dx, s.Y+dy, s.W, s.H)
	if lane == s.Lane && x == s.X && y == s.Y {
		v.Refresh()
		return
	}
	v.doc.Apply(&board.MoveSticky{ID: id, Lane: lane, X: x, Y: y})
}

// AddSticky opens a new, empty sticky in lane l for typing, at the right end
// of the lane. It joins the board when it gets some text.
func (v *BoardView) AddSticky(l board.Lane) {
	v.finishEdit()
	x, y := v.doc.Board().FreeSpot(l)
	v.scrollIntoView(x, board.StickyWidth)
	v.startEdit(&editState{lane: l, x: x, y: y}, "")
}

// EditSticky opens the text box over an existing sticky.
func (v *BoardView) EditSticky(id int) {
	v.finishEdit()
	s, ok := v.doc.Board().Sticky(id)
	if !ok {
		return
	}
	v.setSelected(id)
	v.startEdit(&editState{id: id, lane: s.Lane, x: s.X, y: s.Y}, s.Text)
}

// EditSelected opens the selected sticky for editing.
func (v *BoardView) EditSelected() {
	if v.selected != 0 {
		v.EditSticky(v.selected)
	}
}

func (v *BoardView) startEdit(st *editState, text string) {
	v.editing = st
	v.editor.onDone = v.finishEdit
	v.editor.SetText(text)
	v.editor.CursorRow = len(v.editor.Text) // past the end; the Entry clamps it
	v.editBg.FillColor = rgba(st.lane.Fill())
	v.editBg.StrokeColor = selectionColor
	v.editBg.StrokeWidth = 3
	v.editBg.CornerRadius = 6 * v.zoom
	v.editor.Show()
	v.editBg.Show()
	v.layoutEditor()
	v.Refresh()
	if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil {
		c.Focus(v.editor)
	}
}

// finishEdit closes the text box and keeps what was typed: a new sticky with
// text is added, an edited one gets its new text (each one undo step). A new
// sticky left empty is discarded; an existing one emptied is deleted, which
// Undo brings back.
func (v *BoardView) finishEdit() {
	st := v.editing
	if st == nil {
		return
	}
	v.editing = nil
	v.editor.onDone = nil
	text := board.CleanText(v.editor.Text)
	v.hideEditor()
	switch {
	case st.id == 0 && text != "":
		id := v.doc.Board().NextID()
		v.doc.Apply(board.AddSticky{Sticky: board.Sticky{ID: id, Lane: st.lane, Text: text,
			X: st.x, Y: st.y, W: board.StickyWidth, H: board.StickyHeight}})
		v.setSelected(id)
	case st.id != 0 && text == "":
		v.doc.Apply(&board.DeleteSticky{ID: st.id})
	case st.id != 0:
		if s, ok := v.doc.Board().Sticky(st.id); ok && s.Text != text {
			v.doc.Apply(&board.EditText{ID: st.id, Text: text})
		}
	}
}

// cancelEdit closes the text box without keeping anything; used only when
// the whole document is replaced.
func (v *BoardView) cancelEdit() {
	v.editing = nil
	v.editor.onDone = nil
	v.hideEditor()
}

func (v *BoardView) hideEditor() {
	v.editor.Hide()
	v.editBg.Hide()
	if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil && c.Focused() == v.editor {
		c.Unfocus()
	}
	v.Refresh()
}

// EditorText is the text in the open text box ("" when none is open).
func (v *BoardView) EditorText() string {
	if v.editing == nil {
		return ""
	}
	return v.editor.Text
}

// scrollIntoView pans so that board x..x+w is visible.
func (v *BoardView) scrollIntoView(x, w float64) {
	visible := (v.Size().Width - labelWidth) / v.zoom
	if visible <= 0 {
		return
	}
	margin := float32(20)
	if float32(x) < v.offX {
		v.offX = float32(x) - margin
	} else if float32(x+w) > v.offX+visible {
		v.offX = float32(x+w) - visible + margin
	}
}

func (v *BoardView) layoutEditor() {
	st := v.editing
	if st == nil {
		return
	}
	pos := v.toScreen(st.x, st.y)
	size := fyne.NewSize(board.StickyWidth*v.zoom, board.StickyHeight*v.zoom)
	if size.Height < 90 { // keep the text box usable when zoomed far out
		size.Height = 90
	}
	if size.Width < 160 {
		size.Width = 160
	}
	v.editBg.Move(pos)
	v.editBg.Resize(size)
	v.editor.Move(pos.AddXY(3, 3))
	v.editor.Resize(size.SubtractWidthHeight(6, 6))
}

// layoutStickies places every sticky after a pan or zoom; stickies outside
// the view are hidden so the renderer only draws what can be seen.
func (v *BoardView) layoutStickies() {
	width := v.Size().Width
	for _, w := range v.order {
		s := w.sticky
		pos := v.toScreen(s.X, s.Y)
		size := fyne.NewSize(float32(s.W)*v.zoom, float32(s.H)*v.zoom)
		if w.dragging {
			pos = v.toScreen(s.X+float64(w.dragDX), s.Y+float64(w.dragDY))
		}
		w.Move(pos)
		w.Resize(size)
		if pos.X+size.Width < labelWidth || pos.X > width {
			w.Hide()
		} else {
			w.Show()
		}
	}
	v.layoutEditor()
}

// CreateRenderer implements fyne.Widget.
func (v *BoardView) CreateRenderer() fyne.WidgetRenderer {
	r := newBoardRenderer(v)
	v.renderer = r
	return r
}
