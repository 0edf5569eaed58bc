package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	fcanvas "fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
	"pathmap/ui/canvas"
	"pathmap/workshop"
)

// mode is what the overview and the walk share: whether their screen is
// on, and, while it is, laying it out again after a resize, an edit or
// another board opened (Ctrl+O, the recovery), so it shows them at once.
// A click picks a sticky on its map, Enter or a double-click goes to it on
// the board.
type mode struct {
	win    fyne.Window
	ws     *workshop.Session
	screen *modeScreen
	// picks is the map whose stickies are picked.
	picks *canvas.WrappedMap
	// goTo shows a sticky in the board view, selected.
	goTo func(id int)
	// layout lays the screen out for size, which is never empty.
	layout func(size fyne.Size)
	size   fyne.Size
	on     bool
	cancel func()
}

// setUp readies m for a screen over win: stickies are picked on picks, and
// the screen is laid out by layout.
func (m *mode) setUp(win fyne.Window, ws *workshop.Session, picks *canvas.WrappedMap, goTo func(id int), layout func(fyne.Size)) {
	m.win, m.ws, m.picks, m.goTo, m.layout = win, ws, picks, goTo, layout
	picks.OnTap = m.pick
	picks.OnDoubleTap = func(id int) { m.pick(id); m.enter() }
}

// Showing reports whether the screen is up.
func (m *mode) Showing() bool { return m.on && m.screen.shownOn(m.win) }

// Toggle shows the screen, or leaves it.
func (m *mode) Toggle() {
	if m.Showing() {
		m.Leave()
		return
	}
	m.Leave() // taken off by other means: forget it
	m.on = true
	m.picks.Select(0)
	stopChange := m.ws.OnChange(m.relayout)
	stopReplace := m.ws.OnReplaced(func(*board.Document) { m.relayout() })
	m.cancel = func() { stopChange(); stopReplace() }
	m.screen.showOn(m.win)
	m.relayout()
}

// Leave takes the screen off and goes back to the board.
func (m *mode) Leave() {
	if !m.on {
		return
	}
	m.on = false
	if m.cancel != nil {
		m.cancel()
	}
	m.screen.hideFrom(m.win)
}

// pick outlines sticky id (0: none).
func (m *mode) pick(id int) {
	m.screen.focus()
	m.picks.Select(id)
}

// enter goes to the picked sticky on the board.
func (m *mode) enter() {
	id := m.picks.Selected()
	if id == 0 {
		return
	}
	m.Leave()
	m.goTo(id)
}

// resized is the screen's onResize.
func (m *mode) resized(size fyne.Size) {
	m.size = size
	m.relayout()
}

// relayout lays the screen out anew while it is on.
func (m *mode) relayout() {
	if !m.on || m.size.Width <= 0 || m.size.Height <= 0 {
		return
	}
	m.layout(m.size)
}

// modeScreen is a view that covers the whole window until it is left, the
// overview and the walk: it lies over the window as an overlay and takes
// the keyboard, so the board's own keys (1–6, Delete, Space …) cannot
// change the board behind it. Shortcuts such as Ctrl+S and Ctrl+Z still
// reach the window.
type modeScreen struct {
	widget.BaseWidget
	bg      *fcanvas.Rectangle
	content fyne.CanvasObject
	onKey   func(*fyne.KeyEvent)
	// onRune is told the characters typed (nil: they do nothing).
	onRune func(rune)
	// onResize is told the new size before the content is laid out.
	onResize func(fyne.Size)
	last     fyne.Size
}

func newModeScreen(content fyne.CanvasObject, onKey func(*fyne.KeyEvent), onResize func(fyne.Size)) *modeScreen {
	s := &modeScreen{bg: fcanvas.NewRectangle(theme.Color(theme.ColorNameBackground)), content: content, onKey: onKey, onResize: onResize}
	s.ExtendBaseWidget(s)
	return s
}

// Resize lays the view out again for the window's new size.
func (s *modeScreen) Resize(size fyne.Size) {
	s.BaseWidget.Resize(size)
	if size != s.last {
		s.last = size
		if s.onResize != nil {
			s.onResize(size)
		}
	}
	s.bg.Resize(size)
	s.content.Resize(size)
}

// TypedKey implements fyne.Focusable.
func (s *modeScreen) TypedKey(e *fyne.KeyEvent) {
	if s.onKey != nil {
		s.onKey(e)
	}
}

// TypedRune implements fyne.Focusable. The board's letter and digit keys
// never reach the board from here.
func (s *modeScreen) TypedRune(r rune) {
	if s.onRune != nil {
		s.onRune(r)
	}
}

// FocusGained implements fyne.Focusable.
func (s *modeScreen) FocusGained() {}

// FocusLost implements fyne.Focusable.
func (s *modeScreen) FocusLost() {}

// Tapped takes the keyboard back after a click, e.g. on the map.
func (s *modeScreen) Tapped(*fyne.PointEvent) { s.focus() }

func (s *modeScreen) focus() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(s); c != nil {
		c.Focus(s)
	}
}

// CreateRenderer implements fyne.Widget.
func (s *modeScreen) CreateRenderer() fyne.WidgetRenderer { return &modeScreenRenderer{s} }

// modeScreenRenderer draws the background with the content over it.
type modeScreenRenderer struct{ s *modeScreen }

func (r *modeScreenRenderer) Layout(size fyne.Size) {
	r.s.bg.Resize(size)
	r.s.content.Resize(size)
}
func (r *modeScreenRenderer) MinSize() fyne.Size { return fyne.NewSize(0, 0) }
func (r *modeScreenRenderer) Refresh() {
	r.s.bg.FillColor = theme.Color(theme.ColorNameBackground)
	r.s.bg.Refresh()
	r.s.content.Refresh()
}
func (r *modeScreenRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.s.bg, r.s.content}
}
func (r *modeScreenRenderer) Destroy() {}

// showOn puts the screen over win's content and gives it the keyboard.
func (s *modeScreen) showOn(win fyne.Window) {
	c := win.Canvas()
	c.Overlays().Add(s)
	s.Resize(c.Size())
	c.Focus(s)
}

// shownOn reports whether the screen is over win's content: a dialog's
// Escape may have taken it off.
func (s *modeScreen) shownOn(win fyne.Window) bool {
	for _, o := range win.Canvas().Overlays().List() {
		if o == s {
			return true
		}
	}
	return false
}

// hideFrom takes the screen off win.
func (s *modeScreen) hideFrom(win fyne.Window) { win.Canvas().Overlays().Remove(s) }

// headerText is a line of text of a mode screen's header at size px.
func headerText(s string, size float32, c color.Color, bold bool) *fcanvas.Text {
	t := fcanvas.NewText(s, c)
	t.TextSize = size
	t.TextStyle.Bold = bold
	return t
}
