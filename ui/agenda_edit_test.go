package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"pathmap/board"
)

func TestAgendaEdit_RenameAndChangeMinutesIsOneUndoStep(t *testing.T) {
	w, _, _ := newSessionWindow(t)
	test.Tap(w.session.rows[1].edit)
	e := w.session.editStepDialog(1)
	e.form.title.SetText("Silent brainstorm")
	e.form.minutes.SetText("12")
	e.form.tips.SetText("Past tense\n\n  One event per sticky ")
	e.done(true)
	st := w.Document().Board().Agenda.Steps[1]
	if st.Title != "Silent brainstorm" || st.Planned != 12*time.Minute || len(st.Tips) != 2 || st.Tips[1] != "One event per sticky" {
		t.Fatalf("step 2 after edit = %+v", st)
	}
	if got := w.session.rows[1].planned.Text; got != "12" {
		t.Fatalf("panel shows %s planned minutes, want 12", got)
	}
	w.edits.Undo()
	if st := w.Document().Board().Agenda.Steps[1]; st.Title != "Brainstorm events" || st.Planned != 10*time.Minute {
		t.Fatalf("one undo left %+v", st)
	}
}

func TestAgendaEdit_BadMinutesAreRefusedWithAMessage(t *testing.T) {
	w, _, _ := newSessionWindow(t)
	e := w.session.editStepDialog(0)
	e.form.minutes.SetText("ten")
	e.done(true)
	if w.Document().CanUndo() {
		t.Fatal("a step with minutes \"ten\" was saved")
	}
	e = w.session.editStepDialog(0)
	e.form.title.SetText(strings.Repeat("long ", 50))
	e.done(true)
	if w.Document().CanUndo() {
		t.Fatal("a 250-character title was saved; the file would not load back")
	}
}

func TestAgendaEdit_MoveAndRemoveButtons(t *testing.T) {
	w, _, _ := newSessionWindow(t)
	e := w.session.editStepDialog(0)
	if !e.up.Disabled() {
		t.Fatal("Move up is enabled on the first step")
	}
	test.Tap(e.down)
	if got := w.Document().Board().Agenda.Steps[1].Title; got != "Start and final events" {
		t.Fatalf("after Move down step 2 is %q", got)
	}
	if w.Document().Board().Agenda.Current != 1 {
		t.Fatal("the current step did not move with its row")
	}
	e = w.session.editStepDialog(9)
	test.Tap(e.remove)
	if n := len(w.Document().Board().Agenda.Steps); n != 9 || len(w.session.rows) != 9 {
		t.Fatalf("after Remove: %d steps, %d rows, want 9", n, len(w.session.rows))
	}
	if !strings.Contains(w.session.totals.Text, "of 90 min") {
		t.Fatalf("totals %q after removing the 5 min follow-up step, want 90 planned", w.session.totals.Text)
	}
}

func TestAgendaEdit_AddStep(t *testing.T) {
	w, _, _ := newSessionWindow(t)
	e := w.session.openAddStep()
	e.form.title.SetText("Steel thread plan")
	e.form.lane.SetSelectedIndex(int(board.Actions))
	e.done(true)
	a := w.Document().Board().Agenda
	if last := a.Steps[len(a.Steps)-1]; len(a.Steps) != 11 || last.Title != "Steel thread plan" || last.Lane != board.Actions || last.Planned != 10*time.Minute {
		t.Fatalf("added step = %+v of %d", last, len(a.Steps))
	}
}

func TestAgendaEdit_FollowUpRecordsDateAndPurpose(t *testing.T) {
	w, _, _ := newSessionWindow(t)
	f := w.session.openFollowUp()
	f.when.SetText("2026-12-03 14:00")
	f.purpose.SetSelected(board.PurposeMitigate.Name())
	f.note.SetText("Plan the first release around the CAB")
	f.done(true)
	fu := w.Document().Board().Agenda.FollowUp
	if fu.When != "2026-12-03 14:00" || fu.Purpose != board.PurposeMitigate || fu.Note == "" {
		t.Fatalf("follow-up = %+v", fu)
	}
	if !strings.Contains(w.session.followUp.Text, "2026-12-03 14:00") || !strings.Contains(w.session.followUp.Text, "Mitigate") {
		t.Fatalf("panel shows %q", w.session.followUp.Text)
	}
	f = w.session.openFollowUp()
	f.when.SetText("next Tuesday")
	f.done(true)
	if w.Document().Board().Agenda.FollowUp.When != "2026-12-03 14:00" {
		t.Fatal("an unreadable date replaced the follow-up")
	}
	w.edits.Undo()
	if w.Document().Board().Agenda.FollowUp != (board.FollowUp{}) {
		t.Fatal("undo did not clear the follow-up")
	}
}
