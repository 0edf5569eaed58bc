package ui

import (
	"strings"
	"testing"

	"pathmap/board"
)

// openOwnerDialog selects the first Questions & actions sticky and opens
// the owner dialog on it, returning the sticky's id.
func openOwnerDialog(t *testing.T, w *Window) int {
	t.Helper()
	w.Document().Apply(board.AddSticky{Sticky: board.Sticky{ID: 900, Lane: board.Actions, Text: "Who approves the CAB?", X: 200, Y: 800, W: 160, H: 80}})
	w.view.Selection().Set(900)
	w.actions.EditAction()
	return 900
}

func TestAction_OwnerDialogTakesTheRoomsWordsForTheDueDate(t *testing.T) {
	w, _, _ := newSessionWindow(t) // Thursday 26 Nov 2026
	id := openOwnerDialog(t, w)
	fields := dialogEntries(w)
	if len(fields) != 2 {
		t.Fatalf("owner dialog has %d fields, want owner and due", len(fields))
	}
	owner, due := fields[0], fields[1]
	if !strings.Contains(due.PlaceHolder, "next Friday") {
		t.Fatalf("the due field's hint %q does not show that words like \"next Friday\" are accepted", due.PlaceHolder)
	}
	for _, form := range strings.Split(strings.TrimPrefix(due.PlaceHolder, "e.g. "), ", ") {
		if _, err := board.ParseDue(form, w.ws.Now()); err != nil {
			t.Errorf("the hint offers %q but it is refused: %v", form, err)
		}
	}
	owner.SetText("Priya")
	due.SetText("next Friday")
	if err := due.Validate(); err != nil {
		t.Fatalf("\"next Friday\" refused: %v", err)
	}
	dialogButton(t, w, "Save").OnTapped()
	s, _ := w.Document().Board().Sticky(id)
	if s.Owner != "Priya" || s.Due != "2026-12-04" {
		t.Fatalf("saved owner %q due %q; want Priya due 2026-12-04 (the Friday of the week after Thursday 26 Nov)", s.Owner, s.Due)
	}
}

func TestAction_OwnerDialogExplainsARefusedDueDate(t *testing.T) {
	w, _, _ := newSessionWindow(t)
	openOwnerDialog(t, w)
	due := dialogEntries(w)[1]
	due.SetText("whenever")
	err := due.Validate()
	_, want := board.ParseDue("whenever", w.ws.Now())
	if err == nil || err.Error() != want.Error() {
		t.Fatalf("\"whenever\" gives %v; want the board's message %q", err, want)
	}
}
