package ui

import (
	"errors"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
	"pathmap/ui/canvas"
	"pathmap/workshop"
)

// actionDialogs ask for what a sticky or a timing holds beyond its text:
// a timing's duration over the selected events, and an action's owner and
// due date.
type actionDialogs struct {
	ws   *workshop.Session
	win  fyne.Window       // parent of the dialogs
	view *canvas.BoardView // the selection the dialogs work on
}

// validSpanLabel checks a timing typed by the facilitator with the same
// parser that adds up the lead time, so what the dialog accepts is what the
// board can count: "30m", "4h", "2d", "1w", "3 days", "1-3d", "up to 1
// week", or a T-shirt size.
func (a *actionDialogs) validSpanLabel(s string) error {
	if _, err := board.ParseDuration(strings.TrimSpace(s), a.ws.Document().Board().Settings); err != nil {
		return err
	}
	return nil
}

// selectedEventRun returns the selected events if they are neighbours on
// the map (in left-to-right order), as a span must be.
func (a *actionDialogs) selectedEventRun() ([]board.Sticky, error) {
	b := a.ws.Document().Board()
	events := b.InLane(board.Events)
	var picked []int // positions in events
	for i, e := range events {
		if a.view.Selection().Has(e.ID) {
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
func (a *actionDialogs) AddSpan() {
	a.view.FinishEdit()
	run, err := a.selectedEventRun()
	if err != nil {
		dialog.ShowInformation("Add a timing", err.Error(), a.win)
		return
	}
	a.askSpanLabel("Timing over "+describeRun(run), "", func(label string) {
		b := a.ws.Document().Board()
		sp := board.Span{ID: b.NextSpanID(), From: run[0].ID, To: run[len(run)-1].ID, Label: label}
		a.view.Apply(board.Edit(b, "Add timing", []board.Command{board.AddSpan{Span: sp}}, nil))
	})
}

// EditSpan asks for a new label for a span.
func (a *actionDialogs) EditSpan(id int) {
	b := a.ws.Document().Board()
	i := b.SpanIndex(id)
	if i < 0 {
		return
	}
	a.askSpanLabel("Edit timing", b.Spans[i].Label, func(label string) {
		// Look the span up again: the board may have changed meanwhile.
		b := a.ws.Document().Board()
		if j := b.SpanIndex(id); j >= 0 && label != b.Spans[j].Label {
			a.ws.Document().Apply(&board.EditSpan{ID: id, Label: label})
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

func (a *actionDialogs) askSpanLabel(title, current string, then func(string)) {
	e := newDialogEntry()
	e.SetText(current)
	e.SetPlaceHolder("2d, 4h, 1w … or S, M, L")
	e.Validator = a.validSpanLabel
	hint := widget.NewLabel("How long does this part usually take? If it is hard to say, use a T-shirt size: S, M or L.")
	hint.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{widget.NewFormItem("Duration or size", e), widget.NewFormItem("", hint)}
	d := dialog.NewForm(title, "Save", "Cancel", items, func(ok bool) {
		if ok {
			then(strings.TrimSpace(e.Text))
		}
	}, a.win)
	e.OnSubmitted = func(string) { d.Submit() } // Enter saves, as in any dialog
	d.Resize(fyne.NewSize(520, 240))
	d.Show()
	a.win.Canvas().Focus(e)
}

// EditAction asks who owns the selected question or action and by when.
func (a *actionDialogs) EditAction() {
	a.view.FinishEdit()
	id := a.view.Selection().One()
	s, ok := a.ws.Document().Board().Sticky(id)
	if !ok || s.Lane != board.Actions {
		dialog.ShowInformation("Owner and due date", "Select one Questions & actions sticky first; its owner and due date turn it into an action.", a.win)
		return
	}
	owner := newDialogEntry()
	owner.SetText(s.Owner)
	owner.SetPlaceHolder("Who finds out?")
	due := newDialogEntry()
	due.SetText(s.Due)
	due.SetPlaceHolder(dueHint)
	due.Validator = func(s string) error { _, err := board.ParseDue(s, a.ws.Now()); return err }
	items := []*widget.FormItem{widget.NewFormItem("Owner", owner), widget.NewFormItem("Due", due)}
	d := dialog.NewForm("Owner and due date", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		// The board keeps the date ParseDue worked out, not the words typed,
		// so "next Friday" still means the same day when the board reopens.
		date, err := board.ParseDue(due.Text, a.ws.Now())
		if err != nil {
			return // the validator keeps Save disabled; never store words as a date
		}
		a.setAction(id, strings.TrimSpace(owner.Text), date)
	}, a.win)
	due.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(480, 220))
	d.Show()
	a.win.Canvas().Focus(owner)
}

// setAction records owner and due date, growing the sticky for the extra
// line when needed (one undoable step).
func (a *actionDialogs) setAction(id int, owner, due string) {
	b := a.ws.Document().Board()
	s, ok := b.Sticky(id)
	if !ok || (s.Owner == owner && s.Due == due) {
		return
	}
	s.Owner, s.Due = owner, due
	h := canvas.StickyHeightFor(s)
	a.view.Apply(board.Edit(b, "Set owner and due date", []board.Command{&board.SetAction{ID: id, Owner: owner, Due: due}},
		func(nb *board.Board) {
			nb.Stickies[nb.Index(id)].H = h
			nb.Unstack(id)
		}))
}

// dueHint shows, in the empty Due field, a few of the forms ParseDue takes,
// so the facilitator knows the room's words are fine.
const dueHint = "e.g. next Friday, 11 Dec, in 2 weeks, 2026-12-11"
