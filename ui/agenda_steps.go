package ui

import (
	"fmt"
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
)

// stepRow is one step in the agenda panel's list: its number and title, the
// planned and actual minutes, and an edit button. Tapping the row makes the
// step current, for a facilitator who jumps around.
type stepRow struct {
	widget.BaseWidget

	index   int
	onTap   func(int)
	bg      *canvas.Rectangle
	title   *widget.Label
	planned *widget.Label
	actual  *widget.Label
	edit    *widget.Button
	content fyne.CanvasObject
}

// Width of the planned and actual minute columns.
const minutesWidth = 46

var currentStepColor = color.NRGBA{R: 0x15, G: 0x65, B: 0xc0, A: 0x30}

func newStepRow(s *session, i int, st board.Step, current bool) *stepRow {
	r := &stepRow{index: i, onTap: s.goTo}
	r.bg = canvas.NewRectangle(color.Transparent)
	r.bg.CornerRadius = 4
	if current {
		r.bg.FillColor = currentStepColor
	}
	r.title = widget.NewLabel(fmt.Sprintf("%d. %s", i+1, st.Title))
	r.title.Truncation = fyne.TextTruncateEllipsis
	r.title.TextStyle.Bold = current
	r.planned = widget.NewLabelWithStyle(fmt.Sprint(board.Minutes(st.Planned)), fyne.TextAlignTrailing, fyne.TextStyle{})
	r.actual = widget.NewLabelWithStyle("–", fyne.TextAlignTrailing, fyne.TextStyle{})
	r.edit = widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { s.editStepDialog(i) })
	r.edit.Importance = widget.LowImportance
	cols := container.NewHBox(minutesColumn(r.planned), minutesColumn(r.actual), r.edit)
	r.content = container.NewStack(r.bg, container.NewBorder(nil, nil, nil, cols, r.title))
	r.ExtendBaseWidget(r)
	return r
}

func minutesColumn(o fyne.CanvasObject) fyne.CanvasObject {
	return container.New(fixedWidth{minutesWidth}, o)
}

// stepHeader names the columns of the step list.
func stepHeader() fyne.CanvasObject {
	plan := widget.NewLabelWithStyle("Plan", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	act := widget.NewLabelWithStyle("Actual", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	spacer := container.New(fixedWidth{36}, widget.NewLabel(""))
	return container.NewBorder(nil, nil, nil,
		container.NewHBox(minutesColumn(plan), minutesColumn(act), spacer),
		widget.NewLabelWithStyle("Steps (minutes)", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
}

// showActual shows the minutes the timer ran on the step, in red when the
// step took longer than planned.
func (r *stepRow) showActual(a *board.Agenda, i int, now time.Time) {
	d := a.Actual(i, now)
	text := "–"
	switch {
	case d > 0 && board.Minutes(d) == 0:
		text = "<1"
	case d > 0:
		text = fmt.Sprint(board.Minutes(d))
	}
	imp := widget.MediumImportance
	if i < len(a.Steps) && board.Minutes(d) > board.Minutes(a.Steps[i].Planned) {
		imp = widget.DangerImportance
	}
	if r.actual.Text != text || r.actual.Importance != imp {
		r.actual.Importance = imp
		r.actual.SetText(text)
	}
}

// Tapped makes the row's step the current one.
func (r *stepRow) Tapped(*fyne.PointEvent) { r.onTap(r.index) }

// CreateRenderer implements fyne.Widget.
func (r *stepRow) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.content) }

// syncRows rebuilds the step list when the steps or the current step
// changed; a tick only updates the actual minutes.
func (s *session) syncRows() {
	a := s.agenda()
	var key strings.Builder
	fmt.Fprintf(&key, "%d|", a.Current)
	for _, st := range a.Steps {
		fmt.Fprintf(&key, "%s|%d|", st.Title, st.Planned)
	}
	if key.String() == s.stepsKey {
		return
	}
	s.stepsKey = key.String()
	s.rows = s.rows[:0]
	s.steps.RemoveAll()
	for i, st := range a.Steps {
		r := newStepRow(s, i, st, i == a.Current)
		s.rows = append(s.rows, r)
		s.steps.Add(r)
	}
	s.steps.Refresh()
	s.scrollToCurrent()
}

// scrollToCurrent scrolls the step list so the current step is in view, as
// PageDown moves through a list longer than the panel.
func (s *session) scrollToCurrent() {
	a := s.agenda()
	if s.list == nil || a.Current >= len(s.rows) {
		return
	}
	r := s.rows[a.Current]
	top, bottom := r.Position().Y, r.Position().Y+r.MinSize().Height
	view := s.list.Size().Height
	off := s.list.Offset.Y
	switch {
	case top < off:
		off = top
	case bottom > off+view && view > 0:
		off = bottom - view
	default:
		return
	}
	s.list.ScrollToOffset(fyne.NewPos(0, off))
}

// goTo makes step i current (a saved change that undo leaves alone).
func (s *session) goTo(i int) {
	s.change(func(a *board.Agenda, now time.Time) { a.GoTo(i, now) })
}
