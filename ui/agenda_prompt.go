package ui

import (
	"fmt"
	"image/color"
	"pathmap/ui/canvas"

	"fyne.io/fyne/v2"
	fcanvas "fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// promptBar sits above the board and shows the current step and the words
// to read to the room, tinted with the color of the lane the step fills,
// with the time left and the add-sticky button at hand even when the agenda
// panel is closed.
type promptBar struct {
	s        *session
	root     fyne.CanvasObject
	bg       *fcanvas.Rectangle
	title    *widget.Label
	text     *widget.Label
	clockBg  *fcanvas.Rectangle
	clock    *fcanvas.Text
	addBtn   *widget.Button
	startBtn *widget.Button
	panelBtn *widget.Button
}

func newPromptBar(s *session) *promptBar {
	p := &promptBar{s: s}
	p.bg = fcanvas.NewRectangle(color.Transparent)
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.Truncation = fyne.TextTruncateEllipsis
	p.text = widget.NewLabel("")
	p.text.Wrapping = fyne.TextWrapWord
	p.clockBg = fcanvas.NewRectangle(timerFace)
	p.clockBg.CornerRadius = 6
	p.clock = fcanvas.NewText("", timerOnTime)
	p.clock.TextSize = 26
	p.clock.TextStyle = fyne.TextStyle{Bold: true}
	p.clock.Alignment = fyne.TextAlignCenter
	// A fixed width, so the buttons beside it stay put when "+" appears.
	clock := container.New(fixedWidth{116}, container.NewStack(p.clockBg, container.NewPadded(p.clock)))
	p.addBtn = widget.NewButtonWithIcon("Add sticky", theme.ContentAddIcon(), s.AddStepSticky)
	p.startBtn = widget.NewButtonWithIcon("", theme.MediaPlayIcon(), s.ToggleTimer)
	next := widget.NewButtonWithIcon("", theme.MediaSkipNextIcon(), s.NextStep)
	p.panelBtn = widget.NewButton("Agenda ◂", s.ToggleAgendaPanel)
	right := container.NewHBox(container.NewCenter(p.addBtn), container.NewCenter(p.startBtn), container.NewCenter(clock),
		container.NewCenter(next), container.NewCenter(p.panelBtn))
	body := container.NewBorder(nil, nil, nil, right, container.NewVBox(p.title, p.text))
	p.root = container.NewStack(p.bg, container.NewPadded(body))
	return p
}

func (p *promptBar) refresh() {
	a := p.s.agenda()
	st := a.Step()
	p.title.SetText(fmt.Sprintf("Step %d of %d · %s", a.Current+1, len(a.Steps), st.Title))
	p.text.SetText(st.Prompt)
	p.addBtn.SetText("Add to " + a.Lane().Name() + " (N)")
	if a.Running {
		p.startBtn.SetIcon(theme.MediaPauseIcon())
	} else {
		p.startBtn.SetIcon(theme.MediaPlayIcon())
	}
	p.bg.FillColor = canvas.RGBA(a.Lane().Band())
	p.bg.Refresh()
}

func (p *promptBar) showTime(text string, c, face color.Color) {
	setText(p.clock, text, c)
	if p.clockBg.FillColor != face {
		p.clockBg.FillColor = face
		p.clockBg.Refresh()
	}
}
