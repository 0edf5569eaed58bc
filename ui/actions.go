package ui

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
)

// validSpanLabel checks a timing typed by the facilitator with the same
// parser that adds up the lead time, so what the dialog accepts is what the
// board can count: "30m", "4h", "2d", "1w", "3 days", "1-3d", "up to 1
// week", or a T-shirt size.
func (w *Window) validSpanLabel(s string) error {
	if _, err := board.ParseDuration(strings.TrimSpace(s), w.Document().Board().Settings); err != nil {
		return err
	}
	return nil
}

// selectedEventRun returns the selected events if they are neighbours on
// the map (in left-to-right order), as a span must be.
func (w *Window) selectedEventRun() ([]board.Sticky, error) {
	b := w.Document().Board()
	events := b.InLane(board.Events)
	var picked []int // positions in events
	for i, e := range events {
		if w.view.selected[e.ID] {
			picked = append(picked, i)
		}
	}
	if len(picked) == 0 {
		return nil, errors.New("select the event (or neighbouring events, with Shift+click) that the timing covers, then press T")
	}
	sort.Ints(picked)
	for i := 1; i < len(picked); i++ {
		if picked[i] != picked[i-1]+1 {
			return nil, errors.New("a timing covers neighbouring events only: the selected events have other events between them")
		}
	}
	return events[picked[0] : picked[len(picked)-1]+1], nil
}

// AddSpan asks for a duration or size and adds a timing span over the
// selected events (one undoable step).
func (w *Window) AddSpan() {
	w.view.finishEdit()
	run, err := w.selectedEventRun()
	if err != nil {
		dialog.ShowInformation("Add a timing", err.Error(), w.win)
		return
	}
	w.askSpanLabel("Timing over "+describeRun(run), "", func(label string) {
		b := w.Document().Board()
		sp := board.Span{ID: b.NextSpanID(), From: run[0].ID, To: run[len(run)-1].ID, Label: label}
		w.view.apply(board.Edit(b, "Add timing", []board.Command{board.AddSpan{Span: sp}}, nil))
	})
}

// EditSpan asks for a new label for a span.
func (w *Window) EditSpan(id int) {
	b := w.Document().Board()
	i := b.SpanIndex(id)
	if i < 0 {
		return
	}
	w.askSpanLabel("Edit timing", b.Spans[i].Label, func(label string) {
		// Look the span up again: the board may have changed meanwhile.
		b := w.Document().Board()
		if j := b.SpanIndex(id); j >= 0 && label != b.Spans[j].Label {
			w.Document().Apply(&board.EditSpan{ID: id, Label: label})
		}
	})
}

func describeRun(run []board.Sticky) string {
	first := strings.Join(strings.Fields(run[0].Text), " ")
	if len(run) == 1 {
		return "“" + first + "”"
	}
	return "“" + first + "” … “" + strings.Join(strings.Fields(run[len(run)-1].Text), " ") + "”"
}

func (w *Window) askSpanLabel(title, current string, then func(string)) {
	e := newDialogEntry()
	e.SetText(current)
	e.SetPlaceHolder("2d, 4h, 1w … or S, M, L")
	e.Validator = w.validSpanLabel
	hint := widget.NewLabel("How long does this part usually take? If it is hard to say, use a T-shirt size: S, M or L.")
	hint.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{widget.NewFormItem("Duration or size", e), widget.NewFormItem("", hint)}
	d := dialog.NewForm(title, "Save", "Cancel", items, func(ok bool) {
		if ok {
			then(strings.TrimSpace(e.Text))
		}
	}, w.win)
	e.OnSubmitted = func(string) { d.Submit() } // Enter saves, as in any dialog
	d.Resize(fyne.NewSize(520, 240))
	d.Show()
	w.win.Canvas().Focus(e)
}

// EditAction asks who owns the selected question or action and by when.
func (w *Window) EditAction() {
	w.view.finishEdit()
	id := w.view.Selected()
	s, ok := w.Document().Board().Sticky(id)
	if !ok || s.Lane != board.Actions {
		dialog.ShowInformation("Owner and due date", "Select one Questions & actions sticky first; its owner and due date turn it into an action.", w.win)
		return
	}
	owner := newDialogEntry()
	owner.SetText(s.Owner)
	owner.SetPlaceHolder("Who finds out?")
	due := newDialogEntry()
	due.SetText(s.Due)
	due.SetPlaceHolder(dueHint)
	due.Validator = func(s string) error { _, err := board.ParseDue(s, w.ws.Now()); return err }
	items := []*widget.FormItem{widget.NewFormItem("Owner", owner), widget.NewFormItem("Due", due)}
	d := dialog.NewForm("Owner and due date", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		// The board keeps the date ParseDue worked out, not the words typed,
		// so "next Friday" still means the same day when the board reopens.
		date, err := board.ParseDue(due.Text, w.ws.Now())
		if err != nil {
			return // the validator keeps Save disabled; never store words as a date
		}
		w.setAction(id, strings.TrimSpace(owner.Text), date)
	}, w.win)
	due.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(480, 220))
	d.Show()
	w.win.Canvas().Focus(owner)
}

// setAction records owner and due date, growing the sticky for the extra
// line when needed (one undoable step).
func (w *Window) setAction(id int, owner, due string) {
	b := w.Document().Board()
	s, ok := b.Sticky(id)
	if !ok || (s.Owner == owner && s.Due == due) {
		return
	}
	s.Owner, s.Due = owner, due
	h := stickyHeightFor(s)
	w.view.apply(board.Edit(b, "Set owner and due date", []board.Command{&board.SetAction{ID: id, Owner: owner, Due: due}},
		func(nb *board.Board) {
			nb.Stickies[nb.Index(id)].H = h
			nb.Unstack(id)
		}))
}

// dueHint shows, in the empty Due field, a few of the forms ParseDue takes,
// so the facilitator knows the room's words are fine.
const dueHint = "e.g. next Friday, 11 Dec, in 2 weeks, 2026-12-11"

// Tidy arranges events evenly and stacks every column under its event
// (one undoable step).
func (w *Window) Tidy() {
	w.view.finishEdit()
	w.view.apply(board.Edit(w.Document().Board(), "Tidy up", nil, func(nb *board.Board) { nb.Tidy() }))
}

// ToggleFullScreen switches full screen on and off. When a second display
// (the projector) is connected it offers to go full screen there.
func (w *Window) ToggleFullScreen() {
	if w.win.FullScreen() {
		w.win.SetFullScreen(false)
		return
	}
	d, isDesktop := fyne.CurrentApp().Driver().(desktop.Driver)
	dw, canSecondary := w.win.(desktop.Window)
	if isDesktop && canSecondary && d.HasSecondaryDisplay() {
		dialog.ShowCustomConfirm("Full screen", "On the projector", "On this screen",
			widget.NewLabel("A second display is connected. Show the board full screen on it?"),
			func(secondary bool) {
				if secondary {
					dw.RequestFullScreenSecondary()
				} else {
					w.win.SetFullScreen(true)
				}
			}, w.win)
		return
	}
	w.win.SetFullScreen(true)
}

// wireView connects the board canvas to the window: zoom in the status bar,
// span editing.
func (w *Window) wireView() {
	w.zoomLabel = widget.NewLabel("100%")
	w.view.OnViewChange = func() { w.zoomLabel.SetText(fmt.Sprintf("%.0f%%", w.view.Zoom()*100)) }
	w.view.OnSpanEdit = w.EditSpan
}
