package room

import (
	"strings"
	"testing"

	"pathmap/board"
)

func TestRoom_AStickyPastAFileLimitIsRefusedToThePhoneNotTheProjector(t *testing.T) {
	r, f := openTestRoom(t, Options{})
	// The Systems lane already reaches the right edge of the board: a new
	// sticky at its end would be past x = 1,000,000.
	heard := 0
	f.withDoc(func(d *board.Document) {
		b := d.Board()
		d.Apply(board.AddSticky{Sticky: board.Sticky{ID: b.NextID(), Lane: board.Systems, Text: "far right",
			X: board.MaxCoordinate - 10, Y: b.LaneTop(board.Systems) + board.LanePad, W: board.StickyWidth, H: board.StickyHeight}})
	})
	<-f.ws.Do(func(*board.Document) { f.ws.OnRefused(func(error) { heard++ }) })
	c := joined(t, r, "Ann")
	// Both go in one batch: the one that fits is applied all the same.
	r.StartPrivate()
	postSticky(t, r, c, 1, "Jenkins", "systems")
	postSticky(t, r, c, 2, "Ops team", "teams")
	r.Reveal()
	waitFor(t, func() bool { _, n := stickyByText(f.board(), "Ops team"); return n == 1 })

	again := postSticky(t, r, c, 1, "Jenkins", "systems") // a retry hears the outcome
	msg, _ := again.body["error"].(string)
	if again.body["status"] != string(Rejected) || !strings.Contains(msg, "past the edge of the board") || !strings.Contains(msg, "Tell the facilitator") {
		t.Fatalf("the phone heard %v, want rejected with the reason", again.body)
	}
	if _, n := stickyByText(f.board(), "Jenkins"); n != 0 {
		t.Fatal("the sticky past the edge is on the board")
	}
	<-f.ws.Do(func(*board.Document) {})
	if heard != 0 {
		t.Fatalf("the board refused an edit %d times: the projector would show a dialog", heard)
	}
	if n, last := r.Refusals(); n != 1 || !strings.Contains(last, "past the edge") {
		t.Fatalf("Refusals() = %d, %q; want 1 with the reason", n, last)
	}
	r.mu.Lock()
	v := r.viewLocked(r.byID[1])
	r.mu.Unlock()
	if !strings.Contains(v.Why[cid(1)], "past the edge") {
		t.Fatalf("the phone's live view gives no reason: %v", v.Why)
	}
}
