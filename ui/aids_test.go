package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
	"pathmap/internal/testboard"
)

// aidWindow opens a window on a board with the given stickies, each at
// its lane's top, one column apart in the order given per lane.
func aidWindow(t *testing.T, stickies ...board.Sticky) *Window {
	t.Helper()
	w := newTestWindow(t, "")
	w.ws.Replace(board.NewDocument(testboard.InLanes(stickies...), nil), "")
	w.view.Resize(fyne.NewSize(1200, 760))
	w.view.Viewport().FitLanes()
	return w
}

func ev(text string) board.Sticky { return board.Sticky{Lane: board.Events, Text: text} }

// marker finds the marker on the board whose text starts with prefix.
func marker(t *testing.T, w *Window, prefix string) *aidMarker {
	t.Helper()
	var texts []string
	for _, o := range w.aids.markers.shown {
		if m, ok := o.(*aidMarker); ok {
			if strings.HasPrefix(m.text, prefix) {
				return m
			}
			texts = append(texts, m.text)
		}
	}
	t.Fatalf("no marker %q on the board; markers: %q", prefix, texts)
	return nil
}

func hasMarker(w *Window, prefix string) bool {
	for _, o := range w.aids.markers.shown {
		if m, ok := o.(*aidMarker); ok && strings.HasPrefix(m.text, prefix) {
			return true
		}
	}
	return false
}

// dialogButton finds a button in the dialog on top of the window.
func dialogButton(t *testing.T, w *Window, label string) *widget.Button {
	t.Helper()
	top := w.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog open; want one with a %q button", label)
	}
	var found *widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if found != nil || o == nil {
			return
		}
		if b, ok := o.(*widget.Button); ok && b.Text == label {
			found = b
			return
		}
		switch x := o.(type) {
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		}
	}
	walk(top)
	if found == nil {
		t.Fatalf("the dialog has no %q button", label)
	}
	return found
}

func TestAids_MergeMarkerMergesDuplicatesInOneUndo(t *testing.T) {
	w := aidWindow(t, ev("Code reviewed"), ev("Deployed to staging"), ev("code review done"), ev("Deployed to production"))
	before := w.Document().Board().Clone()
	if !hasMarker(w, "≈ 2 alike") || strings.Count(markerTexts(w), "≈") != 2 {
		t.Fatalf("markers %q; want \"≈ 2 alike\" on both code-review stickies only", markerTexts(w))
	}
	test.Tap(marker(t, w, "≈ 2 alike"))
	test.Tap(dialogButton(t, w, "Merge"))
	events := stickiesIn(w, board.Events)
	if len(events) != 3 || events[0] != "Code reviewed" {
		t.Fatalf("events after merge = %q; want one \"Code reviewed\" and the two deploys", events)
	}
	if hasMarker(w, "≈") {
		t.Fatal("the duplicate marker stayed after merging")
	}
	w.edits.Undo()
	if got := stickiesIn(w, board.Events); len(got) != len(before.InLane(board.Events)) {
		t.Fatalf("one undo left %q", got)
	}
}

func markerTexts(w *Window) string {
	var texts []string
	for _, o := range w.aids.markers.shown {
		texts = append(texts, o.(*aidMarker).text)
	}
	return strings.Join(texts, " | ")
}

func TestAids_TenseHintAppliesOnClickAndDismissIsSaved(t *testing.T) {
	w := aidWindow(t, ev("Story picked up"), ev("Deploy to prod"))
	test.Tap(marker(t, w, "Deployed to prod?"))
	if got := stickiesIn(w, board.Events); got[1] != "Deployed to prod" {
		t.Fatalf("events = %q; one click on the hint must apply it", got)
	}
	if w.Document().UndoName() != "Use past tense" {
		t.Fatalf("undo would revert %q", w.Document().UndoName())
	}
	w.edits.Undo()
	if got := stickiesIn(w, board.Events); got[1] != "Deploy to prod" {
		t.Fatalf("undo left %q", got)
	}
	test.Tap(marker(t, w, "×"))
	if hasMarker(w, "Deployed to prod?") {
		t.Fatal("the dismissed hint is still shown")
	}
	data, _ := board.Encode(w.Document().Board())
	if !strings.Contains(string(data), "pastTenseHintsDismissed") {
		t.Fatal("the dismissal is not saved with the board")
	}
	w.edits.Undo()
	if !hasMarker(w, "Deployed to prod?") {
		t.Fatal("undoing the dismissal did not bring the hint back")
	}
}

func TestAids_BlankMarkerAddsAQuestionUnderTheColumn(t *testing.T) {
	w := aidWindow(t, ev("Code reviewed"), ev("Deployed to staging"), board.Sticky{Lane: board.Systems, Text: "GitHub"})
	// Blank-area hints for systems help once the systems step is over: move
	// the agenda on to the teams step, as the facilitator's Page Down would.
	w.Session().Do(func(d *board.Document) {
		d.ChangeWithoutUndo(func(b *board.Board) {
			for i, st := range b.Agenda.Steps {
				if st.Lane == board.Teams {
					b.Agenda.Current = i
				}
			}
		})
	})
	test.Tap(marker(t, w, "?  no system"))
	b := w.Document().Board()
	actions := b.InLane(board.Actions)
	if len(actions) != 1 || actions[0].Text != "Which system?" {
		t.Fatalf("actions = %+v; want the question \"Which system?\"", actions)
	}
	if e, _ := b.EventOf(actions[0]); e.Text != "Deployed to staging" {
		t.Fatalf("the question sits under %q", e.Text)
	}
	if w.view.Selection().One() != actions[0].ID || w.win.Canvas().Overlays().Top() == nil {
		t.Fatal("the new question is not selected with the owner dialog open, ready for an owner")
	}
	dialogButton(t, w, "Cancel").OnTapped()
	if hasMarker(w, "?  no system") {
		t.Fatal("the column with a question is still marked blank")
	}
	w.edits.Undo()
	if len(w.Document().Board().InLane(board.Actions)) != 0 || !hasMarker(w, "?  no system") {
		t.Fatal("one undo did not take the question away")
	}
}

func TestAids_StatusBarShowsLeadTimeAndBottleneck(t *testing.T) {
	w := aidWindow(t, ev("Picked up"), ev("Coded"), ev("Reviewed"), ev("Deployed"))
	w.Document().Apply(board.AddSpan{Span: board.Span{ID: 1, From: 1, To: 2, Label: "2d"}})
	w.Document().Apply(board.AddSpan{Span: board.Span{ID: 2, From: 3, To: 3, Label: "M"}})
	w.Document().Apply(board.AddSpan{Span: board.Span{ID: 3, From: 4, To: 4, Label: "whenever"}})
	if got := w.aids.status; !strings.Contains(got, "Lead time 3–5 days") || !strings.Contains(got, "1 timing unreadable") {
		t.Fatalf("status = %q", got)
	}
	if !hasMarker(w, "bottleneck") || !hasMarker(w, "? not a duration") || !hasMarker(w, "Lead time 3–5 days + ?") {
		t.Fatalf("markers %q; want bottlenecks and the unreadable timing flagged on the board", markerTexts(w))
	}
}

func TestAids_HideHintsKeepsVotesAndTimings(t *testing.T) {
	w := aidWindow(t, ev("Deploy to prod"), ev("Deploy to prod"), board.Sticky{Lane: board.PainPoints, Text: "Slow", Votes: 2})
	w.TypedRune('h')
	if hasMarker(w, "≈") || hasMarker(w, "Deployed") || !hasMarker(w, "●●") {
		t.Fatalf("with hints hidden the markers are %q; want only the vote tally", markerTexts(w))
	}
	w.TypedRune('h')
	if !hasMarker(w, "≈") {
		t.Fatal("H did not show the hints again")
	}
}

func dialogEntries(w *Window) []*widget.Entry {
	var out []*widget.Entry
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Entry:
			out = append(out, x)
		case *dialogEntry:
			out = append(out, &x.Entry)
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		}
	}
	walk(w.win.Canvas().Overlays().Top())
	return out
}

func TestAids_SettingsChangeTheLeadTimeInOneUndo(t *testing.T) {
	w := aidWindow(t, ev("Coded"), ev("Reviewed"))
	w.Document().Apply(board.AddSpan{Span: board.Span{ID: 1, From: 1, To: 2, Label: "2d"}})
	w.aids.ShowAidSettings()
	entries := dialogEntries(w)
	if len(entries) != 9 || entries[0].Text != "8" || entries[4].Text != "1-3d" {
		t.Fatalf("settings dialog has %d entries, first %q", len(entries), entries[0].Text)
	}
	entries[0].SetText("6")  // hours in a working day
	entries[7].SetText("4")  // votes per person
	entries[8].SetText("10") // people voting
	dialogButton(t, w, "Save").OnTapped()
	s := w.Document().Board().Settings
	if s.DayHours != 6 || s.VotesPerPerson != 4 || s.Voters != 10 || s.Sizes != [board.SizeCount]string{} {
		t.Fatalf("settings = %+v", s)
	}
	if r := board.LeadTime(w.Document().Board()); r.Total.Max.Hours() != 12 {
		t.Fatalf("2d with 6-hour days = %v", r.Total.Max)
	}
	w.edits.Undo()
	if w.Document().Board().Settings != (board.Settings{}) {
		t.Fatal("one undo did not restore the settings")
	}
}

func TestAids_MergeKeepsTheWordingTheFacilitatorPicks(t *testing.T) {
	w := aidWindow(t, ev("code reveiwed"), ev("Code reviewed"), board.Sticky{Lane: board.Events, Text: "CODE REVIEW DONE", X: 400})
	test.Tap(marker(t, w, "≈ 3 alike"))
	var radio *widget.RadioGroup
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.RadioGroup:
			radio = x
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		}
	}
	walk(w.win.Canvas().Overlays().Top())
	if radio == nil || radio.Selected != "Code reviewed" || len(radio.Options) != 3 {
		t.Fatalf("the merge dialog offers %v with %q picked; want all three, the clearest picked", radio.Options, radio.Selected)
	}
	radio.SetSelected("CODE REVIEW DONE")
	test.Tap(dialogButton(t, w, "Merge"))
	if got := stickiesIn(w, board.Events); len(got) != 1 || got[0] != "CODE REVIEW DONE" {
		t.Fatalf("events after merge = %q; want the picked wording", got)
	}
}
