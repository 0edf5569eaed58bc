package canvas

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
	// SelectionColor outlines what is selected, on the board and its other views.
	SelectionColor = color.NRGBA{R: 0x15, G: 0x65, B: 0xc0, A: 0xff}
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
	ws *workshop.Session
	// vp is the part of the board in view and its zoom.
	vp *Viewport

	// sel is what is selected; the widgets ask it.
	sel *Selection

	widgets map[int]*StickyWidget
	order   []*StickyWidget
	// spans has one bracket per timing span of the board, in its order.
	spans []*SpanWidget

	drag stickyDrag
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

	clip *Clipboard

	editor  *Editor
	editBg  *canvas.Rectangle
	editing *editState

	// drawn is set once the view has a renderer: until then there is
	// nothing to lay out.
	drawn bool
	// overlays draw over the stickies and may claim taps (the aids).
	overlays []Overlay

	// Modifiers reports the modifier keys held now; the desktop driver's
	// by default. Tests hold keys by replacing it.
	Modifiers func() fyne.KeyModifier

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
	v := &BoardView{widgets: map[int]*StickyWidget{}}
	shown := func() *board.Board { return v.ws.Document().Board() }
	v.vp = newViewport(shown, v.Size, v.viewChanged)
	v.sel = newSelection(shown, v.selectionChanged)
	v.vp.content, v.vp.focus = v.contentBounds, v.sel.box
	v.drag.v = v
	v.clip = &Clipboard{v: v}
	v.Modifiers = currentModifiers
	v.scroll = newDragScroller(v)
	v.editor = newEditor()
	v.editor.onShortcut = func(s fyne.Shortcut) bool {
		if v.OnShortcut != nil {
			return v.OnShortcut(s)
		}
		return false
	}
	v.editBg = canvas.NewRectangle(color.Transparent)
	v.band = canvas.NewRectangle(bandFill)
	v.band.StrokeColor = SelectionColor
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
	v.sel.reset()
	v.clip.stickies, v.clip.pastes = nil, 0
	for id := range v.widgets {
		delete(v.widgets, id)
	}
	v.vp.reset()
	v.sync()
}

// Viewport is the part of the board this view shows, and its zoom.
func (v *BoardView) Viewport() *Viewport { return v.vp }

// viewChanged re-lays out after a pan or zoom and tells the window.
func (v *BoardView) viewChanged() {
	v.Relayout()
	if v.OnViewChange != nil {
		v.OnViewChange()
	}
}

// Document returns the document shown.
func (v *BoardView) Document() *board.Document { return v.ws.Document() }

// Editor is the text box a sticky is edited in; the window hooks its
// limit, typing and page-key events.
func (v *BoardView) Editor() *Editor { return v.editor }

// StickyWidget is the widget showing sticky id, nil when the board has no
// such sticky.
func (v *BoardView) StickyWidget(id int) *StickyWidget { return v.widgets[id] }

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
		w.sticky = s
		v.order = append(v.order, w)
	}
	for id := range v.widgets {
		if !seen[id] {
			delete(v.widgets, id)
		}
	}
	for len(v.spans) < len(b.Spans) {
		v.spans = append(v.spans, newSpanWidget(v))
	}
	v.spans = v.spans[:len(b.Spans)]
	for i, sp := range b.Spans {
		w := v.spans[i]
		w.span = sp
		// Its ends are looked up once per change of the board, not on
		// every frame for every span.
		w.from, w.to = v.widgets[sp.From], v.widgets[sp.To]
	}
	if v.sel.prune(seen, b) && v.OnSelect != nil {
		v.OnSelect()
	}
	v.Relayout()
}

// Relayout places and redraws everything after a change of board,
// selection, pan or zoom. A view fitted to its height fits again first
// when the board grew.
func (v *BoardView) Relayout() {
	if v.vp.refit() {
		return // FitLanes laid everything out
	}
	if v.drawn {
		v.Refresh()
	}
}

// Resize implements fyne.Widget: a view fitted to its height stays fitted,
// and what a larger view brings into sight is drawn up to date (the
// renderer's Layout only places things).
func (v *BoardView) Resize(size fyne.Size) {
	if size == v.Size() {
		return
	}
	v.BaseWidget.Resize(size)
	v.Relayout()
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
	v.FinishEdit()
	v.sel.Set()
}

// DoubleTapped on an empty spot adds a sticky there, in the lane clicked,
// unless an overlay takes it (dot-voting).
func (v *BoardView) DoubleTapped(e *fyne.PointEvent) {
	if e.Position.X < labelWidth || v.blankClaimed() {
		return
	}
	v.FinishEdit()
	x, y := v.vp.ToBoard(e.Position)
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
	v.vp.Pan(e.Dragged.DX, e.Dragged.DY)
}

// DragEnd finishes a pan or selects what the rubber band touches.
func (v *BoardView) DragEnd() {
	if !v.banding {
		return
	}
	v.banding = false
	v.band.Hide()
	p, s := v.band.Position(), v.band.Size()
	x0, y0 := v.vp.ToBoard(p)
	x1, y1 := v.vp.ToBoard(p.AddXY(s.Width, s.Height))
	v.sel.AddInRect(x0, y0, x1, y1)
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
	if v.Modifiers()&fyne.KeyModifierShortcutDefault != 0 {
		factor := float32(1.1)
		if e.Scrolled.DY < 0 {
			factor = 1 / factor
		}
		v.vp.ZoomAt(factor, e.Position)
		return
	}
	dx, dy := e.Scrolled.DX, e.Scrolled.DY
	if float32(v.ws.Document().Board().Height())*v.vp.zoom <= v.Size().Height && dx == 0 {
		dx, dy = dy, 0
	}
	v.vp.Pan(dx, dy)
}

// AddSticky opens a new, empty sticky in lane l for typing, where
// board.PlaceNew puts it: under the selected event's column (a new event
// goes right after the selected event), else at the right end of the lane,
// new events before the final event. It joins the board when it gets some
// text.
func (v *BoardView) AddSticky(l board.Lane) {
	v.FinishEdit()
	sp := v.ws.Document().Board().PlaceNew(l, v.sel.One())
	st := &editState{lane: l, x: sp.X, y: sp.Y, insertAfter: sp.InsertAfter}
	v.vp.ScrollIntoView(st.x, st.y, board.StickyWidth, board.StickyHeight)
	v.startEdit(st, "")
}

// EditSticky opens the text box over an existing sticky.
func (v *BoardView) EditSticky(id int) {
	v.FinishEdit()
	s, ok := v.ws.Document().Board().Sticky(id)
	if !ok {
		return
	}
	v.sel.Set(id)
	v.vp.ScrollIntoView(s.X, s.Y, s.W, s.H)
	v.startEdit(&editState{id: id, lane: s.Lane, x: s.X, y: s.Y}, s.Text)
}

// EditSelected opens the selected sticky for editing.
func (v *BoardView) EditSelected() {
	if id := v.sel.One(); id != 0 {
		v.EditSticky(id)
	} else if span := v.sel.Span(); span != 0 && v.OnSpanEdit != nil {
		v.OnSpanEdit(span)
	}
}

func (v *BoardView) startEdit(st *editState, text string) {
	v.editing = st
	v.editStarted = time.Now()
	v.editor.onDone = v.FinishEdit
	v.editor.SetText(text)
	v.editor.CursorRow = len(v.editor.Text) // past the end; the Entry clamps it
	v.editBg.FillColor = RGBA(st.lane.Fill())
	v.editBg.StrokeColor = SelectionColor
	v.editBg.StrokeWidth = 3
	v.editBg.CornerRadius = 6 * v.vp.zoom
	v.editor.Show()
	v.editBg.Show()
	v.Relayout()
	if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil {
		c.Focus(v.editor)
	}
}

// FinishEdit closes the text box and keeps what was typed: a new sticky with
// text is added, an edited one gets its new text (each one undo step), and
// the sticky grows taller when its text needs it. A new sticky left empty is
// discarded; an existing one emptied is deleted, which Undo brings back.
func (v *BoardView) FinishEdit() {
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
		cmd, ids := board.AddAt(b, spot, []string{text}, StickyHeightFor, "Add sticky")
		v.Apply(cmd)
		v.sel.Set(ids...)
	case st.id != 0 && text == "":
		v.Apply(board.Edit(b, "Delete sticky", []board.Command{&board.DeleteSticky{ID: st.id}}, nil))
	case st.id != 0:
		s, ok := b.Sticky(st.id)
		if !ok || s.Text == text {
			return
		}
		s.Text = text
		h := StickyHeightFor(s)
		v.Apply(board.Edit(b, "Edit text", []board.Command{&board.EditText{ID: st.id, Text: text}}, func(nb *board.Board) {
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
	v.Relayout()
}

// EditorText is the text in the open text box ("" when none is open).
func (v *BoardView) EditorText() string {
	if v.editing == nil {
		return ""
	}
	return v.editor.Text
}

// BoardWithTyping is the board as it would be if the open sticky were closed
// now, and the text in it. Without an open sticky with new text it is the
// document's board and typing is false.
func (v *BoardView) BoardWithTyping() (b *board.Board, typing bool) {
	b = v.ws.Document().Board()
	st := v.editing
	if st == nil {
		return b, false
	}
	// The text box may hold more than a file keeps (set from elsewhere than
	// the keyboard): what autosave writes must still open.
	text, _ := board.ClampText(board.CleanText(v.editor.Text))
	if text == "" {
		return b, false
	}
	if st.id == 0 {
		c := b.Clone()
		c.Stickies = append(c.Stickies, board.Sticky{ID: c.NextID(), Lane: st.lane, Text: text,
			X: st.x, Y: st.y, W: board.StickyWidth, H: board.StickyHeight})
		return c, true
	}
	i := b.Index(st.id)
	if i < 0 || b.Stickies[i].Text == text {
		return b, false
	}
	c := b.Clone()
	c.Stickies[i].Text = text
	return c, true
}

func (v *BoardView) layoutEditor() {
	st := v.editing
	if st == nil {
		return
	}
	pos := v.vp.ToScreen(st.x, st.y)
	h := board.StickyHeight
	if st.id != 0 {
		if s, ok := v.ws.Document().Board().Sticky(st.id); ok {
			h = s.H
		}
	}
	size := fyne.NewSize(board.StickyWidth*v.vp.zoom, float32(h)*v.vp.zoom)
	// Keep the text box usable when zoomed far out.
	size.Width, size.Height = max(size.Width, 180), max(size.Height, 100)
	v.editBg.Move(pos)
	v.editBg.Resize(size)
	v.editor.Move(pos.AddXY(3, 3))
	v.editor.Resize(size.SubtractWidthHeight(6, 6))
}

// CreateRenderer implements fyne.Widget.
func (v *BoardView) CreateRenderer() fyne.WidgetRenderer {
	v.drawn = true
	return newBoardRenderer(v)
}
