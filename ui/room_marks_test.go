package ui

import (
	"net/http"
	"net/http/cookiejar"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	fcanvas "fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
	"pathmap/workshop"
)

// marksOf is the window's room marks overlay.
func marksOf(t *testing.T, w *Window) *roomMarks {
	t.Helper()
	if w.room.marks == nil {
		t.Fatal("the board view has no room marks")
	}
	return w.room.marks
}

// markTexts are the texts of the overlay's pills and whether an outline
// is drawn, as the board shows them now.
func markTexts(w *Window, m *roomMarks) (texts []string, outlined bool) {
	for _, o := range m.shown {
		switch v := o.(type) {
		case *aidMarker:
			texts = append(texts, v.text)
		case *fcanvas.Rectangle:
			outlined = outlined || v.Visible()
		}
	}
	return texts, outlined
}

// phoneSends joins as nick and sends one sticky to lane, then waits for
// it on the board and returns it.
func phoneSends(t *testing.T, w *Window, p *roomPanel, nick, id, text string, lane board.Lane) (board.Sticky, *http.Client) {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	phone := &http.Client{Jar: jar, Timeout: 15 * time.Second}
	post(t, phone, p.r.URL()+"/hello", map[string]string{"nick": nick})
	return sendFrom(t, w, p, phone, id, text, lane), phone
}

// sendFrom sends one sticky from a phone that joined, waits for it on
// the board and returns it.
func sendFrom(t *testing.T, w *Window, p *roomPanel, phone *http.Client, id, text string, lane board.Lane) board.Sticky {
	t.Helper()
	post(t, phone, p.r.URL()+"/sticky", map[string]any{"id": id, "text": text, "lane": lane.Key()})
	var got board.Sticky
	eventually(t, "the sticky from the phone is on the board", func() bool {
		for _, s := range w.Document().Board().Stickies {
			if s.Text == text {
				got = s
				return true
			}
		}
		return false
	})
	return got
}

func TestRoomMarks_ANewRoomStickyStandsOutThenKeepsASubtleMark(t *testing.T) {
	w, p := openTestRoom(t)
	p.dlg.Hide()
	m := marksOf(t, w)
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	onRoomUI(func() { m.now = func() time.Time { return now }; m.after = func(time.Duration, func()) {} })
	phoneSends(t, w, p, "Ana", "phone-sticky-000000000011", "Waited for the CAB", board.Events)
	onRoomUI(func() {
		texts, outlined := markTexts(w, m)
		if !outlined || !contains(texts, "new from the room · Ana") && !contains(texts, "new · Ana") {
			t.Fatalf("a sticky that just came from a phone shows %q, outlined %v; want it outlined as new from Ana", texts, outlined)
		}
		now = now.Add(roomArrival)
		w.view.Refresh() // as the timer set at the arrival does
		texts, outlined = markTexts(w, m)
		if outlined || contains(texts, "new from the room · Ana") || contains(texts, "new · Ana") || !contains(texts, "Ana") {
			t.Fatalf("after the arrival the sticky shows %q, outlined %v; want only the subtle mark with its author", texts, outlined)
		}
	})
}

func TestRoomMarks_StickiesFromAnEarlierRoomAreNotNews(t *testing.T) {
	b := board.New()
	id := b.NextID()
	b.Stickies = append(b.Stickies, board.Sticky{ID: id, Lane: board.Teams, Text: "QA team", FromRoom: true,
		X: 0, Y: b.LaneTop(board.Teams) + board.LanePad, W: board.StickyWidth, H: board.StickyHeight})
	w := newTestWindowWith(t, workshop.Options{Board: b})
	texts, outlined := markTexts(w, marksOf(t, w))
	if outlined || !contains(texts, "room") {
		t.Fatalf("an anonymous room sticky from the file shows %q, outlined %v; want the subtle \"room\" mark only", texts, outlined)
	}
}

func TestRoom_VoteTalliesHiddenOnTheBoardUntilRevealed(t *testing.T) {
	w, p := openTestRoom(t)
	p.dlg.Hide()
	var pain int
	onRoomUI(func() {
		b := w.Document().Board()
		pain = b.NextID()
		w.Document().Apply(board.AddSticky{Sticky: board.Sticky{ID: pain, Lane: board.PainPoints, Text: "Flaky tests", Votes: 3,
			X: 0, Y: b.LaneTop(board.PainPoints) + board.LanePad, W: board.StickyWidth, H: board.StickyHeight}})
	})
	tally := func() (shown, banner bool) {
		w.view.Refresh()
		for _, o := range append(append([]fyne.CanvasObject{}, w.aids.markers.shown...), marksOf(t, w).shown...) {
			if mk, ok := o.(*aidMarker); ok && mk.Visible() {
				shown = shown || mk.text == voteText(3)
				banner = banner || strings.HasPrefix(mk.text, "Votes hidden")
			}
		}
		return
	}
	var banner *aidMarker
	onRoomUI(func() {
		if shown, hidden := tally(); shown || !hidden {
			t.Fatalf("room open, votes not revealed: tally shown %v, note shown %v", shown, hidden)
		}
		for _, o := range marksOf(t, w).shown {
			if mk, ok := o.(*aidMarker); ok && strings.HasPrefix(mk.text, "Votes hidden") {
				banner = mk
			}
		}
	})
	banner.Tapped(nil) // the facilitator reveals them from the board
	eventually(t, "the tally shows once revealed", func() bool { shown, hidden := tally(); return shown && !hidden })
	if !p.r.VotesRevealed() {
		t.Fatal("the phones were not told the votes are revealed")
	}
	onRoomUI(func() { p.votes.SetChecked(false) })
	eventually(t, "the tally hides again", func() bool { shown, _ := tally(); return !shown })
	w.room.closeNow()
	if shown, _ := tally(); !shown {
		t.Fatal("with the room closed the board hides the votes")
	}
}

func TestRoom_RightClickHidesDeletesOrRemovesTheSender(t *testing.T) {
	w, p := openTestRoom(t)
	p.dlg.Hide()
	s, phone := phoneSends(t, w, p, "Bo", "phone-sticky-000000000021", "Prod deploy by hand", board.Events)
	var menu *fyne.Menu
	onRoomUI(func() {
		w.view.Viewport().ScrollIntoView(s.X, s.Y, s.W, s.H)
		w.view.StickyWidget(s.ID).TappedSecondary(&fyne.PointEvent{})
		top := w.win.Canvas().Overlays().Top()
		if _, ok := top.(*widget.PopUpMenu); !ok {
			for _, o := range test.LaidOutObjects(top) {
				if m, ok := o.(*widget.PopUpMenu); ok {
					top = m
				}
			}
		}
		popup, ok := top.(*widget.PopUpMenu)
		if !ok || !hasCanvasText(popup, "Hide (to the room's tray)") || !hasCanvasText(popup, "Remove Bo from the room…") {
			t.Fatalf("a right-click on a room sticky did not open its menu (hide, delete, remove)")
		}
		w.win.Canvas().Overlays().Top().Hide()
		menu = p.stickyMenuFor(s.ID)
	})
	item := func(m *fyne.Menu, prefix string) *fyne.MenuItem {
		for _, it := range m.Items {
			if strings.HasPrefix(it.Label, prefix) {
				return it
			}
		}
		t.Fatalf("the sticky's menu has no %q: %v", prefix, m.Items)
		return nil
	}
	onBoard := func(text string) (n int) {
		for _, x := range w.Document().Board().Stickies {
			if x.Text == text {
				n++
			}
		}
		return n
	}
	item(menu, "Hide").Action()
	eventually(t, "the hidden sticky leaves the board for the tray", func() bool {
		return onBoard("Prod deploy by hand") == 0 && len(p.r.Tray()) == 1
	})
	if err := p.r.Accept(p.r.Tray()[0].ID); err != nil {
		t.Fatal(err)
	}
	eventually(t, "accepted, it is back", func() bool { return onBoard("Prod deploy by hand") == 1 })
	onRoomUI(func() {
		for _, x := range w.Document().Board().Stickies {
			if x.Text == "Prod deploy by hand" {
				s = x
			}
		}
		menu = p.stickyMenuFor(s.ID)
	})
	item(menu, "Delete").Action()
	eventually(t, "deleted", func() bool { return onBoard("Prod deploy by hand") == 0 })
	onRoomUI(w.edits.Undo)
	eventually(t, "Ctrl+Z brings the deleted room sticky back", func() bool { return onBoard("Prod deploy by hand") == 1 })

	mine := sendFrom(t, w, p, phone, "phone-sticky-000000000022", "Release train monthly", board.Events)
	onRoomUI(func() { menu = p.stickyMenuFor(mine.ID) })
	item(menu, "Remove Bo").Action()
	onRoomUI(func() { dialogButton(t, w, "Yes").OnTapped() })
	eventually(t, "Bo is removed", func() bool { return p.r.Participants() == 0 })
	res, err := phone.Post(p.r.URL()+"/sticky", "application/json", strings.NewReader(`{"id":"phone-sticky-000000000023","text":"x","lane":"events"}`))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusForbidden {
		t.Fatalf("the removed phone still posts: %s", res.Status)
	}
}

func TestRoom_PanelListsPeopleWithRemove(t *testing.T) {
	w, p := openTestRoom(t)
	phoneSends(t, w, p, "Cleo", "phone-sticky-000000000031", "Ticket closed", board.Events)
	eventually(t, "the panel lists Cleo", func() bool {
		return containsText(w.win.Canvas().Overlays().Top(), "Cleo — 1 sticky, 0 votes")
	})
	var remove *widget.Button
	onRoomUI(func() { remove = findButton(t, w.win.Canvas().Overlays().Top(), "Remove…") })
	onRoomUI(remove.OnTapped)
	onRoomUI(func() { dialogButton(t, w, "Yes").OnTapped() })
	eventually(t, "Cleo is removed and gone from the list", func() bool {
		return p.r.Participants() == 0 && !containsText(w.win.Canvas().Overlays().Top(), "Cleo —")
	})
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
