package ui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// presenter is presenter mode: the editing chrome (menu, toolbar, palette,
// status bar, agenda panel) goes away, the window goes full screen, and a
// band above the board shows the current step's title, prompt and time
// left in type sized from the screen height, to be read from the back of a
// room. The board below stays usable: keys still add and edit stickies.
type presenter struct {
	s        *session
	on       bool
	madeFull bool
	menu     *fyne.MainMenu

	root   *fyne.Container
	bg     *canvas.Rectangle
	th     *presenterTheme
	text   *container.ThemeOverride
	stepNo *widget.Label
	title  *widget.Label
	prompt *widget.Label
	clock  *canvas.Text
	// state says "Paused" under the clock while the step's timer is
	// stopped part-way (presenter_fit.go).
	state *canvas.Text
	// band is the band's height worked out by fit.
	band float32
}

// Sizes in presenter mode as fractions of the screen height. The clock's
// type is 1/5 of the height so its digits, about 0.7 of the type size, are
// taller than the 1/8 of the screen the issue asks for.
const (
	presenterClock  = 1.0 / 5
	presenterTitle  = 1.0 / 17
	presenterPrompt = 1.0 / 30
	presenterStep   = 1.0 / 40
	// presenterMaxBand is the most of the screen the band may take; a long
	// prompt is set smaller rather than cover the board.
	presenterMaxBand = 0.45
)

// Theme size names of the presenter's labels.
const (
	sizePresenterStep   fyne.ThemeSizeName = "pathmapPresenterStep"
	sizePresenterTitle  fyne.ThemeSizeName = "pathmapPresenterTitle"
	sizePresenterPrompt fyne.ThemeSizeName = "pathmapPresenterPrompt"
)

func newPresenter(s *session) *presenter {
	p := &presenter{s: s}
	p.th = &presenterTheme{sizes: map[fyne.ThemeSizeName]float32{}}
	p.bg = canvas.NewRectangle(timerFace)
	p.stepNo = widget.NewLabel("")
	p.stepNo.SizeName = sizePresenterStep
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.SizeName = sizePresenterTitle
	p.title.Wrapping = fyne.TextWrapWord
	p.prompt = widget.NewLabel("")
	p.prompt.SizeName = sizePresenterPrompt
	p.prompt.Wrapping = fyne.TextWrapWord
	p.clock = canvas.NewText("", timerOnTime)
	p.clock.TextStyle = fyne.TextStyle{Bold: true}
	p.clock.Alignment = fyne.TextAlignTrailing
	p.state = canvas.NewText("", timerPaused)
	p.state.TextStyle = fyne.TextStyle{Bold: true}
	p.state.Alignment = fyne.TextAlignCenter
	p.state.Hide()
	p.text = container.NewThemeOverride(container.NewVBox(p.stepNo, p.title, p.prompt), p.th)
	p.root = container.New(&presenterLayout{p}, p.bg, p.text, p.clock, p.state)
	p.root.Hide()
	p.resize()
	return p
}

// TogglePresenter switches presenter mode on and off (F5).
func (s *session) TogglePresenter() {
	p := s.presenter
	if p.on {
		s.LeavePresenter()
		return
	}
	s.view.FinishEdit()
	p.on = true
	p.menu = s.win.MainMenu()
	s.win.SetMainMenu(nil)
	if !s.win.FullScreen() {
		toggleFullScreen(s.win)
		p.madeFull = true
	}
	// The band takes the top of the screen: fit the lanes into what is
	// left, and keep them fitted as the screen and the band change size,
	// so the bottom lane is never cut off.
	s.view.Viewport().FitLanes()
	s.refresh()
	s.applyVisibility()
}

// LeavePresenter goes back to the editing window (Escape or F5).
func (s *session) LeavePresenter() {
	p := s.presenter
	if !p.on {
		return
	}
	p.on = false
	if p.menu != nil {
		s.win.SetMainMenu(p.menu)
	}
	if p.madeFull && s.win.FullScreen() {
		s.win.SetFullScreen(false)
	}
	p.madeFull = false
	s.applyVisibility()
}

// Presenting reports whether presenter mode is on.
func (s *session) Presenting() bool { return s.presenter.on }

// screenHeight is the height the presenter's type is sized from.
func (p *presenter) screenHeight() float32 {
	h := p.s.win.Canvas().Size().Height
	if h < 300 {
		h = 300
	}
	return h
}

// resize sizes the type from the window's height; the window can change
// size (full screen, projector), so it runs on every refresh. It reports
// whether anything changed.
func (p *presenter) resize() bool {
	h := p.screenHeight()
	if p.clock.TextSize == h*presenterClock && p.band > 0 {
		return false
	}
	p.clock.TextSize = h * presenterClock
	p.fit()
	return true
}

// fit sets the words' type as large as it goes while the band stays within
// presenterMaxBand of the screen, and works out the band's height.
func (p *presenter) fit() {
	h := p.screenHeight()
	pad := theme.Padding() * 4
	clockW := fyne.MeasureText("+00:00", p.clock.TextSize, p.clock.TextStyle).Width
	// The width the band will have: the window's less its padding, or
	// the band's own once it has been laid out.
	width := p.s.win.Canvas().Size().Width - 2*theme.Padding()
	if rw := p.root.Size().Width; rw > 0 && p.root.Visible() {
		width = rw
	}
	textW := max(100, width-clockW-3*pad)
	var textH float32
	for _, k := range []float32{1, 0.85, 0.72, 0.6, 0.5} {
		p.th.sizes[sizePresenterStep] = h * presenterStep
		p.th.sizes[sizePresenterTitle] = h * presenterTitle * k
		p.th.sizes[sizePresenterPrompt] = h * presenterPrompt * k
		p.text.Refresh()
		p.text.Resize(fyne.NewSize(textW, h))
		if textH = p.text.MinSize().Height; textH+pad <= h*presenterMaxBand {
			break
		}
	}
	clockH := fyne.MeasureText("0", p.clock.TextSize, p.clock.TextStyle).Height
	p.band = max(clockH, textH) + pad
}

func (p *presenter) refresh() {
	if !p.on {
		return
	}
	a := p.s.agenda()
	p.stepNo.SetText(fmt.Sprintf("Step %d of %d", a.Current+1, len(a.Steps)))
	changed := p.title.Text != a.Step().Title || p.prompt.Text != a.Step().Prompt
	p.title.SetText(a.Step().Title)
	p.prompt.SetText(a.Step().Prompt)
	if p.resize() || changed {
		band := p.band
		p.fit()
		p.clock.Refresh()
		p.root.Refresh()
		if p.band != band && p.s.root != nil {
			// The band's height changed: the window's layout must give it
			// that height, and the board the rest.
			p.s.root.Refresh()
		}
	}
}

func (p *presenter) showTime(text string, c, face color.Color) {
	if !p.on {
		return
	}
	if p.resize() {
		p.refresh()
	}
	setText(p.clock, text, p.pausedColor(c))
	if p.bg.FillColor != face {
		p.bg.FillColor = face
		p.bg.Refresh()
	}
}

// presenterLayout puts the clock at the right of the band and the step's
// words in the rest; the band's height follows the screen's.
type presenterLayout struct{ p *presenter }

func (l *presenterLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding() * 4
	bg, text, clock := objs[0], objs[1], objs[2]
	bg.Move(fyne.NewPos(0, 0))
	bg.Resize(size)
	cw := clock.MinSize().Width
	ch := clock.MinSize().Height
	clock.Move(fyne.NewPos(size.Width-cw-pad, (size.Height-ch)/2))
	clock.Resize(fyne.NewSize(cw, ch))
	l.p.layoutState(clock.Position(), clock.Size())
	// The words get the width fit measured them at, with room for the
	// widest clock, so they never run under the digits in overtime.
	widest := fyne.MeasureText("+00:00", l.p.clock.TextSize, l.p.clock.TextStyle).Width
	text.Move(fyne.NewPos(pad, pad/2))
	text.Resize(fyne.NewSize(max(0, size.Width-widest-3*pad), size.Height-pad))
}

func (l *presenterLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(0, l.p.band)
}

// presenterTheme is the app's theme with the presenter's large sizes and
// white text for the dark band.
type presenterTheme struct {
	sizes map[fyne.ThemeSizeName]float32
}

func (t *presenterTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameForeground {
		return color.White
	}
	return NewTheme().Color(n, v)
}

func (t *presenterTheme) Font(s fyne.TextStyle) fyne.Resource { return NewTheme().Font(s) }

func (t *presenterTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return NewTheme().Icon(n) }

func (t *presenterTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case sizePresenterStep, sizePresenterTitle, sizePresenterPrompt:
		// Before the window has a size these are 0, and text of size 0
		// makes Fyne's word wrapping divide by zero and crash.
		if s := t.sizes[n]; s >= 1 {
			return s
		}
		return NewTheme().Size(theme.SizeNameText)
	}
	return NewTheme().Size(n)
}
