package ui

import (
	"fmt"
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	fcanvas "fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
	"pathmap/ui/canvas"
	"pathmap/workshop"
)

// session runs the workshop from the window: the agenda panel on the right,
// the prompt bar above the board, presenter mode and the ticking timer. The
// timer's state lives in the board (board.Agenda), so this type only shows
// it and turns clicks and keys into changes of the document.
type session struct {
	ws    *workshop.Session
	win   fyne.Window       // parent of the dialogs; presenter mode's full screen
	view  *canvas.BoardView // the board the panel sits beside
	prefs fyne.Preferences

	root      *fyne.Container // the window's content
	top       fyne.CanvasObject
	bottom    fyne.CanvasObject
	panel     fyne.CanvasObject
	prompt    *promptBar
	presenter *presenter
	// roomCard is how to join the open room, beside the board in
	// presenter mode (room_card.go).
	roomCard *roomCard

	// timer card
	card      *fcanvas.Rectangle
	stepTitle *widget.Label
	digits    *fcanvas.Text
	startBtn  *widget.Button
	prevBtn   *widget.Button
	nextBtn   *widget.Button
	muteBtn   *widget.Button
	addBtn    *widget.Button
	tips      *widget.Label

	steps     *fyne.Container
	list      *container.Scroll
	rows      []*stepRow
	stepsKey  string
	totals    *widget.Label
	followUp  *widget.Label
	collapsed bool

	// lastPhase and lastStep tell a countdown reaching zero (flash, sound)
	// from one that was already past zero when the board was opened.
	lastPhase  board.Phase
	lastStep   int
	flashUntil time.Time
	// sound plays the end-of-step chime; tests count the calls.
	sound func()
}

// Colors of the timer display: light digits on a dark face read well from
// the back of a room, and amber and red keep their contrast on it.
var (
	timerFace     = color.NRGBA{R: 0x26, G: 0x32, B: 0x38, A: 0xff}
	timerFlash    = color.NRGBA{R: 0xd5, G: 0x00, B: 0x00, A: 0xff}
	timerOnTime   = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
	timerClosing  = color.NRGBA{R: 0xff, G: 0xc1, B: 0x07, A: 0xff}
	timerOvertime = color.NRGBA{R: 0xff, G: 0x6e, B: 0x6e, A: 0xff}
)

// panelWidth is the agenda panel's width: enough for a step title and its
// minutes, narrow enough to leave the board most of a laptop screen.
const panelWidth = 340

// prefAgendaOpen remembers whether the agenda panel was left open.
const prefAgendaOpen = "agendaPanelOpen"

// flashFor is how long the timer flashes when a step's time is up.
const flashFor = 5 * time.Second

// newSession builds the window's content: the toolbar and status bar
// from the caller, the agenda panel on the right and the prompt bar above
// the board; root holds it.
func newSession(ws *workshop.Session, win fyne.Window, view *canvas.BoardView, prefs fyne.Preferences, top, bottom fyne.CanvasObject) *session {
	s := &session{ws: ws, win: win, view: view, prefs: prefs, top: top, bottom: bottom, sound: playChime}
	// The panel starts closed, leaving the board the whole width, and
	// remembers being opened: the prompt bar has the essentials.
	s.collapsed = !prefs.BoolWithFallback(prefAgendaOpen, false)
	s.prompt = newPromptBar(s)
	s.presenter = newPresenter(s)
	s.panel = s.buildPanel()
	s.roomCard = newRoomCard(win.Canvas().Size, s.presenter.root)
	center := container.NewBorder(container.NewVBox(s.prompt.root, s.presenter.root), nil, nil, s.roomCard, view)
	s.root = container.NewBorder(top, bottom, nil, s.panel, center)
	ws.OnChange(s.refresh)
	ws.OnReplaced(func(*board.Document) { s.documentChanged() })
	ws.OnTick(func(time.Time) { s.tick() })
	s.documentChanged()
	s.applyVisibility()
	return s
}

// documentChanged follows a new document (New, Open).
func (s *session) documentChanged() {
	a := s.agenda()
	s.lastPhase, s.lastStep, s.flashUntil = a.Phase(s.now()), a.Current, time.Time{}
	s.stepsKey = ""
	s.refresh()
}

func (s *session) agenda() *board.Agenda { return &s.ws.Document().Board().Agenda }

func (s *session) now() time.Time { return s.ws.Now() }

// tick notices a step's time running out and redraws the countdown.
func (s *session) tick() {
	now := s.now()
	a := s.agenda()
	phase := a.Phase(now)
	if a.Running && phase == board.Overtime && s.lastPhase != board.Overtime && s.lastStep == a.Current {
		s.flashUntil = now.Add(flashFor)
		if !a.Muted && s.sound != nil {
			s.sound()
		}
	}
	s.lastPhase, s.lastStep = phase, a.Current
	s.showTime(now)
}

// change runs f on the agenda as a saved change that undo leaves alone.
// A key that changes nothing (Page Down on the last step) leaves the board
// saved: it is tried on a copy first.
func (s *session) change(f func(a *board.Agenda, now time.Time)) {
	if s.ws.ChangeAgenda(f) {
		s.tick()
	}
}

// ToggleTimer starts or pauses the current step's countdown.
func (s *session) ToggleTimer() { s.change((*board.Agenda).Toggle) }

// NextStep moves the agenda to the next step; a running timer keeps running.
func (s *session) NextStep() {
	s.change(func(a *board.Agenda, now time.Time) { a.Next(now) })
}

// PreviousStep moves the agenda back one step.
func (s *session) PreviousStep() {
	s.change(func(a *board.Agenda, now time.Time) { a.Previous(now) })
}

// ResetTimer puts the current step's countdown back to its planned length.
func (s *session) ResetTimer() { s.change((*board.Agenda).Reset) }

// AdjustTimer adds d (or takes it away when negative) from the countdown.
func (s *session) AdjustTimer(d time.Duration) {
	s.change(func(a *board.Agenda, _ time.Time) { a.Adjust(d) })
}

// AddStepSticky adds a sticky in the lane the current step is about.
func (s *session) AddStepSticky() { s.view.AddSticky(s.agenda().Lane()) }

// ToggleAgendaPanel shows or hides the agenda panel; the prompt bar keeps
// showing the step and the time left.
func (s *session) ToggleAgendaPanel() {
	s.collapsed = !s.collapsed
	s.prefs.SetBool(prefAgendaOpen, !s.collapsed)
	s.applyVisibility()
}

func (s *session) applyVisibility() {
	presenting := s.presenter.on
	setVisible(s.top, !presenting)
	setVisible(s.bottom, !presenting)
	setVisible(s.panel, !presenting && !s.collapsed)
	setVisible(s.prompt.root, !presenting)
	setVisible(s.presenter.root, presenting)
	s.roomCard.setPresenting(presenting)
	s.prompt.panelBtn.SetText(map[bool]string{true: "Agenda ◂", false: "Hide agenda ▸"}[s.collapsed])
	s.root.Refresh()
}

func setVisible(o fyne.CanvasObject, on bool) {
	if o == nil {
		return
	}
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}

func (s *session) buildPanel() fyne.CanvasObject {
	s.card = fcanvas.NewRectangle(timerFace)
	s.card.CornerRadius = 8
	s.stepTitle = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.stepTitle.Wrapping = fyne.TextWrapWord
	s.digits = fcanvas.NewText("00:00", timerOnTime)
	s.digits.TextSize = 46
	s.digits.TextStyle = fyne.TextStyle{Bold: true}
	s.digits.Alignment = fyne.TextAlignCenter
	s.prevBtn = widget.NewButtonWithIcon("", theme.MediaSkipPreviousIcon(), s.PreviousStep)
	s.startBtn = widget.NewButtonWithIcon("Start", theme.MediaPlayIcon(), s.ToggleTimer)
	s.startBtn.Importance = widget.HighImportance
	s.nextBtn = widget.NewButtonWithIcon("", theme.MediaSkipNextIcon(), s.NextStep)
	reset := widget.NewButtonWithIcon("", theme.MediaReplayIcon(), s.ResetTimer)
	minus := widget.NewButton("−1 min", func() { s.AdjustTimer(-time.Minute) })
	plus := widget.NewButton("+1 min", func() { s.AdjustTimer(time.Minute) })
	s.muteBtn = widget.NewButtonWithIcon("", theme.VolumeUpIcon(), s.toggleMute)
	controls := container.NewBorder(nil, nil, s.prevBtn, s.nextBtn, s.startBtn)
	adjust := container.NewGridWithColumns(4, reset, minus, plus, s.muteBtn)
	face := container.NewStack(s.card, container.NewPadded(s.digits))
	timer := container.NewVBox(s.stepTitle, face, controls, adjust)

	s.addBtn = widget.NewButtonWithIcon("", theme.ContentAddIcon(), s.AddStepSticky)
	s.tips = widget.NewLabel("")
	s.tips.Wrapping = fyne.TextWrapWord
	s.tips.TextStyle.Italic = true

	s.steps = container.NewVBox()
	s.totals = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	addStep := widget.NewButtonWithIcon("Add step", theme.ContentAddIcon(), s.addStepDialog)
	addStep.Importance = widget.LowImportance
	s.followUp = widget.NewLabel("")
	s.followUp.Wrapping = fyne.TextWrapWord
	setFollow := widget.NewButtonWithIcon("Follow-up…", theme.CalendarIcon(), s.followUpDialog)
	header := container.NewBorder(nil, nil, nil, s.collapseButton(), widget.NewLabelWithStyle("Agenda", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	top := container.NewVBox(header, timer, s.addBtn, s.tips, widget.NewSeparator(), stepHeader())
	bottom := container.NewVBox(widget.NewSeparator(), s.totals, container.NewBorder(nil, nil, nil, setFollow, s.followUp))
	s.list = container.NewVScroll(container.NewVBox(s.steps, addStep))
	body := container.NewBorder(top, bottom, nil, nil, s.list)
	return container.New(fixedWidth{panelWidth}, container.NewPadded(body))
}

func (s *session) collapseButton() fyne.CanvasObject {
	b := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), s.ToggleAgendaPanel)
	b.Importance = widget.LowImportance
	return b
}

func (s *session) toggleMute() {
	s.change(func(a *board.Agenda, _ time.Time) { a.Muted = !a.Muted })
}

// refresh shows the agenda as it is in the board.
func (s *session) refresh() {
	if s.root == nil {
		return
	}
	a := s.agenda()
	st := a.Step()
	s.stepTitle.SetText(fmt.Sprintf("Step %d of %d: %s", a.Current+1, len(a.Steps), st.Title))
	s.prevBtn.Enable()
	s.nextBtn.Enable()
	if a.Current == 0 {
		s.prevBtn.Disable()
	}
	if a.Current >= len(a.Steps)-1 {
		s.nextBtn.Disable()
	}
	if a.Running {
		s.startBtn.SetText("Pause")
		s.startBtn.SetIcon(theme.MediaPauseIcon())
	} else {
		s.startBtn.SetText(map[bool]string{true: "Resume", false: "Start"}[a.Actual(a.Current, s.now()) > 0])
		s.startBtn.SetIcon(theme.MediaPlayIcon())
	}
	if a.Muted {
		s.muteBtn.SetIcon(theme.VolumeMuteIcon())
	} else {
		s.muteBtn.SetIcon(theme.VolumeUpIcon())
	}
	s.addBtn.SetText("Add sticky to " + a.Lane().Name() + "   (N)")
	s.tips.SetText(tipsText(st.Tips))
	if len(st.Tips) == 0 {
		s.tips.Hide()
	} else {
		s.tips.Show()
	}
	s.followUp.SetText(followUpText(a.FollowUp))
	s.syncRows()
	s.prompt.refresh()
	s.presenter.refresh()
	s.showTime(s.now())
}

func tipsText(tips []string) string {
	if len(tips) == 0 {
		return ""
	}
	return "Tip: " + strings.Join(tips, "\nTip: ")
}

func followUpText(f board.FollowUp) string {
	if f == (board.FollowUp{}) {
		return "Follow-up: not set yet"
	}
	when := f.When
	if when == "" {
		when = "date not set"
	}
	text := "Follow-up " + when + " — " + f.Purpose.Name()
	if f.Note != "" {
		text += ". " + f.Note
	}
	return text
}

// FormatTimeLeft shows a countdown as the timer shows it: "12:34" counting
// down, "+02:15" in overtime, with hours when needed.
func FormatTimeLeft(left time.Duration) string {
	sign := ""
	var secs int64
	if left > 0 {
		secs = int64((left + time.Second - 1) / time.Second) // 0.4 s left still shows 00:01
	} else {
		sign, secs = "+", int64(-left/time.Second)
	}
	if secs >= 3600 {
		return fmt.Sprintf("%s%d:%02d:%02d", sign, secs/3600, secs/60%60, secs%60)
	}
	return fmt.Sprintf("%s%02d:%02d", sign, secs/60, secs%60)
}

// phaseColor is the digits' color for a countdown phase.
func phaseColor(p board.Phase) color.Color {
	switch p {
	case board.Closing:
		return timerClosing
	case board.Overtime:
		return timerOvertime
	}
	return timerOnTime
}

// flashing reports whether the time-up flash is lit at now: it blinks
// every 400 ms until flashUntil.
func (s *session) flashing(now time.Time) bool {
	left := s.flashUntil.Sub(now)
	return left > 0 && (left/(400*time.Millisecond))%2 == 0
}

// showTime redraws everything that moves with the clock.
func (s *session) showTime(now time.Time) {
	a := s.agenda()
	text, col := FormatTimeLeft(a.TimeLeft(now)), phaseColor(a.Phase(now))
	face := color.Color(timerFace)
	if s.flashing(now) {
		face, col = timerFlash, timerOnTime
	}
	setText(s.digits, text, col)
	if s.card.FillColor != face {
		s.card.FillColor = face
		s.card.Refresh()
	}
	s.prompt.showTime(text, col, face)
	s.presenter.showTime(text, col, face)
	for i, r := range s.rows {
		r.showActual(a, i, now)
	}
	if t := fmt.Sprintf("Session: %d of %d min planned", board.Minutes(a.ActualTotal(now)), board.Minutes(a.Planned())); s.totals.Text != t {
		s.totals.SetText(t)
	}
}

// setText changes a canvas text only when it shows something new, so the
// ticks redraw nothing most of the time.
func setText(t *fcanvas.Text, text string, c color.Color) {
	if t.Text == text && t.Color == c {
		return
	}
	t.Text, t.Color = text, c
	t.Refresh()
}

// fixedWidth lays its objects out stacked at a fixed width.
type fixedWidth struct{ width float32 }

func (f fixedWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (f fixedWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(f.width, h)
}
