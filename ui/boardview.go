package ui

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
	"pathmap/workshop"
)

// labelWidth is the screen width of the lane-name column at the left, which
// stays in place while the board pans so every lane keeps its name in view.
const labelWidth float32 = board.LabelWidth

var (
	selectionColor = color.NRGBA{R: 0x15, G: 0x65, B: 0xc0, A: 0xff}
	bandFill       = color.NRGBA{R: 0x15, G: 0x65, B: 0xc0, A: 0x22}
)

// BoardView is the board canvas: six lane bands with their names, the event
// column guides, the stickies, timing spans, and the text box used to edit a
// sticky. Positions are kept in board coordinates and drawn at
// (p − offset) × zoom, so the view pans and zooms without touching the board.
type BoardView struct {
	widget.BaseWidget

	// ws is the session whose board the view shows; several views can
	// show one session.
	ws   *workshop.Session
	zoom float32
	offX float32 // board x shown at the left edge of the sticky area
	offY float32 // board y shown at the top of the view
	// autoFit keeps the lanes fitted to the view's height as the window is
	// resized, until the facilitator pans or zooms.
	autoFit bool
	fitSize fyne.Size
	// fitHeight is the board's height when it was fitted: a lane that grows
	// refits the view so the bottom lane never drops out of sight.
	fitHeight float64

	widgets      map[int]*stickyWidget
	order        []*stickyWidget
	selected     map[int]bool
	selectedSpan int

	dragGroup      []*stickyWidget
	dragDX, dragDY float32 // board units dragged so far
	// scroll scrolls the board while a sticky is dragged near the edge
	// (drag_scroll.go).
	scroll *dragScroller

	// rubber-band selection, started by Shift+drag on the empty board
	banding   bool
	bandStart fyne.Position
	band      *canvas.Rectangle

	mods      fyne.KeyModifier // modifiers held at the last mouse press
	pressedAt time.Time        // when the mouse button last went down
	// editStarted is when the text box was last opened.
	editStarted time.Time
	modifiers   func() fyne.KeyModifier // modifiers held now

	clipboard []board.Sticky
	pastes    int

	editor  *stickyEditor
	editBg  *canvas.Rectangle
	editing *editState

	renderer *boardRenderer
	// overlays draw over the stickies and may claim taps (the aids).
	overlays []Overlay

	// OnShortcut receives shortcuts typed while a sticky is being edited that
	// the text box has no use for (save, export, undo the board …).
	OnShortcut func(fyne.Shortcut) bool
	// OnSelect is told when the selection changes.
	OnSelect func()
	// OnViewChange is told after a pan or zoom.
	OnViewChange func()
	// OnSpanEdit is asked to edit the label of a timing span.
	OnSpanEdit func(id int)
}

// editState is the sticky being edited; id 0 is a new sticky that is only
// added to the board when it gets some text.
type editState struct {
	id   int
	lane board.Lane
	x, y float64
	// insertAfter is the event a new event is inserted after (0: none).
	insertAfter int
}

// NewBoardView shows the board of ws. It follows the board's changes, and
// a new board replacing it, by itself.
func NewBoardView(ws *workshop.Session) *BoardView {
	v := &BoardView{zoom: 1, widgets: map[int]*stickyWidget{}, selected: map[int]bool{}, autoFit: true}
	v.modifiers = currentModifiers
	v.scroll = newDragScroller(v)
	v.editor = newStickyEditor()
	v.editor.onShortcut = func(s fyne.Shortcut) bool {
		if v.OnShortcut != nil {
			return v.OnShortcut(s)
		}
		return false
	}
	v.editBg = canvas.NewRectangle(color.Transparent)
	v.band = canvas.NewRectangle(bandFill)
	v.band.StrokeColor = selectionColor
	v.band.StrokeWidth = 1
	v.band.Hide()
	v.editor.Hide()
	v.editBg.Hide()
	v.ExtendBaseWidget(v)
	v.ws = ws
	ws.OnChange(v.sync)
	ws.OnReplaced(v.documentReplaced)
	v.documentReplaced(ws.Document())
	return v
}

// currentModifiers asks the desktop driver which modifier keys are held.
func currentModifiers() fyne.KeyModifier {
	if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok {
		return d.CurrentKeyModifiers()
	}
	return 0
}

// documentReplaced shows another document, e.g. after New or Open,
// fitting the lanes to the view.
func (v *BoardView) documentReplaced(*board.Document) {
	v.cancelEdit()
	v.selected = map[int]bool{}
	v.selectedSpan = 0
	v.clipboard = nil
	for id := range v.widgets {
		delete(v.widgets, id)
	}
	v.autoFit, v.fitSize = true, fyne.Size{}
	v.sync()
}

// Document returns the document shown.
func (v *BoardView) Document() *board.Document { return v.ws.Document() }

// Editing reports whether a sticky's text box is open.
func (v *BoardView) Editing() bool { return v.editing != nil }

// sync brings the sticky widgets in line with the board after any change.
func (v *BoardView) sync() {
	b := v.ws.Document().Board()
	seen := make(map[int]bool, len(b.Stickies))
	v.order = v.order[:0]
	for _, s := range b.Stickies {
		seen[s.ID] = true
		w, ok := v.widgets[s.ID]
		if !ok {
			w = newStickyWidget(v, s)
			v.widgets[s.ID] = w
		}
		if w.sticky != s || w.selected != v.selected[s.ID] {
			w.sticky = s
			w.selected = v.selected[s.ID]
			w.dirty = true
		}
		v.order = append(v.order, w)
	}
	for id := range v.widgets {
		if !seen[id] {
			delete(v.widgets, id)
		}
	}
	gone := false
	for id := range v.selected {
		if !seen[id] {
			delete(v.selected, id)
			gone = true
		}
	}
	if v.selectedSpan != 0 && b.SpanIndex(v.selectedSpan) < 0 {
		v.selectedSpan = 0
	}
	if gone && v.OnSelect != nil {
		v.OnSelect()
	}
	v.layoutAll()
}

// layoutAll places everything after a change of board, pan or zoom. A
// view fitted to its height fits again first when the board grew.
func (v *BoardView) layoutAll() {
	if v.refit() {
		return // FitLanes laid everything out
	}
	if v.renderer != nil {
		v.Refresh()
	}
}

// refit fits the lanes to the view again while the view is fitted and its
// size or the board's height changed, and reports whether it did.
func (v *BoardView) refit() bool {
	size := v.Size()
	if v.autoFit && (size != v.fitSize || v.ws.Document().Board().Height() != v.fitHeight) && size.Height > 0 {
		v.FitLanes()
		return true
	}
	return false
}

// Resize implements fyne.Widget: a view fitted to its height stays fitted.
func (v *BoardView) Resize(size fyne.Size) {
	v.BaseWidget.Resize(size)
	v.refit()
}

// Overlay draws over a board view's stickies, below the lane names, and
// may claim a tap on a sticky: the facilitation aids are one. Each view has
// its own overlays, so two views of one board draw independently.
type Overlay interface {
	// LayoutOverlay places the overlay's objects for the view as the
	// renderer has just laid it out, and returns them in drawing order.
	LayoutOverlay(r *boardRenderer, size fyne.Size) []fyne.CanvasObject
	// TapSticky handles a click on sticky id (secondary: the right
	// button) and reports whether it did.
	TapSticky(id int, mods fyne.KeyModifier, secondary bool) bool
}

// AddOverlay draws o over this view's stickies from now on.
func (v *BoardView) AddOverlay(o Overlay) {
	v.overlays = append(v.overlays, o)
	v.layoutAll()
}

// MouseDown remembers the modifier keys, which taps and drags do not carry,
// and when the button went down.
func (v *BoardView) MouseDown(e *desktop.MouseEvent) { v.mods, v.pressedAt = e.Modifier, time.Now() }

// typedSince reports whether a sticky was opened for typing after a mouse
// press at t. Fyne delivers a click only once the double-click time has
// passed; a facilitator who clicked and at once pressed 1 and started typing
// must not have the new sticky closed under their fingers by that late click.
func (v *BoardView) typedSince(t time.Time) bool {
	return v.editing != nil && !t.IsZero() && v.editStarted.After(t)
}

// MouseUp implements desktop.Mouseable.
func (v *BoardView) MouseUp(*desktop.MouseEvent) {}

// Tapped on the empty board clears the selection and closes the editor.
func (v *BoardView) Tapped(*fyne.PointEvent) {
	if v.typedSince(v.pressedAt) {
		return
	}
	v.finishEdit()
	v.SetSelection()
}

// DoubleTapped on an empty spot adds a sticky there, in the lane clicked.
func (v *BoardView) DoubleTapped(e *fyne.PointEvent) {
	if e.Position.X < labelWidth {
		return
	}
	v.finishEdit()
	x, y := v.toBoard(e.Position)
	lane, sx, sy := v.ws.Document().Board().Snap(x-board.StickyWidth/2, y-board.StickyHeight/2, board.StickyWidth, board.StickyHeight)
	v.startEdit(&editState{lane: lane, x: sx, y: sy}, "")
}

// Dragged on the empty board pans it; with Shift held at the start it draws
// a rubber band that selects the stickies it touches.
func (v *BoardView) Dragged(e *fyne.DragEvent) {
	if !v.banding && v.mods&fyne.KeyModifierShift != 0 && v.band.Hidden {
		v.banding = true
		v.bandStart = e.Position.SubtractXY(e.Dragged.DX, e.Dragged.DY)
		v.band.Show()
	}
	if v.banding {
		p0, p1 := v.bandStart, e.Position
		v.band.Move(fyne.NewPos(min(p0.X, p1.X), min(p0.Y, p1.Y)))
		v.band.Resize(fyne.NewSize(abs32(p1.X-p0.X), abs32(p1.Y-p0.Y)))
		canvas.Refresh(v.band)
		return
	}
	v.Pan(e.Dragged.DX, e.Dragged.DY)
}

// DragEnd finishes a pan or selects what the rubber band touches.
func (v *BoardView) DragEnd() {
	if !v.banding {
		return
	}
	v.banding = false
	v.band.Hide()
	p, s := v.band.Position(), v.band.Size()
	x0, y0 := v.toBoard(p)
	x1, y1 := v.toBoard(p.AddXY(s.Width, s.Height))
	v.selectInRect(x0, y0, x1, y1)
	v.mods = 0
}

func abs32(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}

// Scrolled pans with the wheel or touchpad; with Ctrl it zooms around the
// pointer. A wheel's vertical turn pans sideways when the lanes already fit
// the view's height, since the map runs left to right.
func (v *BoardView) Scrolled(e *fyne.ScrollEvent) {
	if v.modifiers()&fyne.KeyModifierShortcutDefault != 0 {
		factor := float32(1.1)
		if e.Scrolled.DY < 0 {
			factor = 1 / factor
		}
		v.ZoomAt(factor, e.Position)
		return
	}
	dx, dy := e.Scrolled.DX, e.Scrolled.DY
	if float32(v.ws.Document().Board().Height())*v.zoom <= v.Size().Height && dx == 0 {
		dx, dy = dy, 0
	}
	v.Pan(dx, dy)
}

// AddSticky opens a new, empty sticky in lane l for typing, where
// board.PlaceNew puts it: under the selected event's column (a new event
// goes right after the selected event), else at the right end of the lane,
// new events before the final event. It joins the board when it gets some
// text.
func (v *BoardView) AddSticky(l board.Lane) {
	v.finishEdit()
	sp := v.ws.Document().Board().PlaceNew(l, v.Selected())
	st := &editState{lane: l, x: sp.X, y: sp.Y, insertAfter: sp.InsertAfter}
	v.scrollIntoView(st.x, st.y, board.StickyWidth, board.StickyHeight)
	v.startEdit(st, "")
}

// EditSticky opens the text box over an existing sticky.
func (v *BoardView) EditSticky(id int) {
	v.finishEdit()
	s, ok := v.ws.Document().Board().Sticky(id)
	if !ok {
		return
	}
	v.SetSelection(id)
	v.scrollIntoView(s.X, s.Y, s.W, s.H)
	v.startEdit(&editState{id: id, lane: s.Lane, x: s.X, y: s.Y}, s.Text)
}

// EditSelected opens the selected sticky for editing.
func (v *BoardView) EditSelected() {
	if id := v.Selected(); id != 0 {
		v.EditSticky(id)
	} else if v.selectedSpan != 0 && v.OnSpanEdit != nil {
		v.OnSpanEdit(v.selectedSpan)
	}
}

func (v *BoardView) startEdit(st *editState, text string) {
	v.editing = st
	v.editStarted = time.Now()
	v.editor.onDone = v.finishEdit
	v.editor.SetText(text)
	v.editor.CursorRow = len(v.editor.Text) // past the end; the Entry clamps it
	v.editBg.FillColor = rgba(st.lane.Fill())
	v.editBg.StrokeColor = selectionColor
	v.editBg.StrokeWidth = 3
	v.editBg.CornerRadius = 6 * v.zoom
	v.editor.Show()
	v.editBg.Show()
	v.layoutAll()
	if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil {
		c.Focus(v.editor)
	}
}

// finishEdit closes the text box and keeps what was typed: a new sticky with
// text is added, an edited one gets its new text (each one undo step), and
// the sticky grows taller when its text needs it. A new sticky left empty is
// discarded; an existing one emptied is deleted, which Undo brings back.
func (v *BoardView) finishEdit() {
	st := v.editing
	if st == nil {
		return
	}
	v.editing = nil
	v.editor.onDone = nil
	text := board.CleanText(v.editor.Text)
	v.hideEditor()
	b := v.ws.Document().Board()
	switch {
	case st.id == 0 && text != "":
		spot := board.Spot{Lane: st.lane, X: st.x, Y: st.y, InsertAfter: st.insertAfter}
		cmd, ids := board.AddAt(b, spot, []string{text}, stickyHeightFor, "Add sticky")
		v.apply(cmd)
		v.SetSelection(ids...)
	case st.id != 0 && text == "":
		v.apply(board.Edit(b, "Delete sticky", []board.Command{&board.DeleteSticky{ID: st.id}}, nil))
	case st.id != 0:
		s, ok := b.Sticky(st.id)
		if !ok || s.Text == text {
			return
		}
		s.Text = text
		h := stickyHeightFor(s)
		v.apply(board.Edit(b, "Edit text", []board.Command{&board.EditText{ID: st.id, Text: text}}, func(nb *board.Board) {
			nb.Stickies[nb.Index(st.id)].H = h
			nb.Unstack(st.id)
		}))
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
	v.layoutAll()
}

// EditorText is the text in the open text box ("" when none is open).
func (v *BoardView) EditorText() string {
	if v.editing == nil {
		return ""
	}
	return v.editor.Text
}

func (v *BoardView) layoutEditor() {
	st := v.editing
	if st == nil {
		return
	}
	pos := v.toScreen(st.x, st.y)
	h := board.StickyHeight
	if st.id != 0 {
		if s, ok := v.ws.Document().Board().Sticky(st.id); ok {
			h = s.H
		}
	}
	size := fyne.NewSize(board.StickyWidth*v.zoom, float32(h)*v.zoom)
	// Keep the text box usable when zoomed far out.
	size.Width, size.Height = max(size.Width, 180), max(size.Height, 100)
	v.editBg.Move(pos)
	v.editBg.Resize(size)
	v.editor.Move(pos.AddXY(3, 3))
	v.editor.Resize(size.SubtractWidthHeight(6, 6))
}

// CreateRenderer implements fyne.Widget.
func (v *BoardView) CreateRenderer() fyne.WidgetRenderer {
	r := newBoardRenderer(v)
	v.renderer = r
	return r
}
