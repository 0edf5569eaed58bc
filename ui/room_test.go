package ui

import (
	"bytes"
	"encoding/json"
	"net"
	"net/http"
	"net/http/cookiejar"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
	"pathmap/room"
	"pathmap/workshop"
)

// useRoomAddresses makes the window offer addrs as its network addresses.
func useRoomAddresses(t *testing.T, addrs ...string) {
	t.Helper()
	old := roomAddresses
	roomAddresses = func() ([]room.Address, error) {
		var out []room.Address
		for _, a := range addrs {
			out = append(out, room.Address{Interface: "lo", IP: net.ParseIP(a)})
		}
		return out, nil
	}
	t.Cleanup(func() { roomAddresses = old })
}

// roomUI stands in for Fyne's one event goroutine in room tests: the test
// driver's fyne.Do runs on the calling goroutine, so the room's goroutines
// (edits, panel news) and the test's reads take this lock instead, and two
// goroutines never lay out or measure text at once.
var roomUI sync.Mutex

func onRoomUI(f func()) {
	roomUI.Lock()
	defer roomUI.Unlock()
	f()
}

// roomNewsOn is whether a room test is running (held under roomUI). The
// room tells its listeners on goroutines of their own, so news can come
// after its test has ended, while the next test lays out its own window:
// such late news is dropped.
var roomNewsOn bool

func init() {
	// Set once, before any test: a goroutine reading roomNews late must
	// still find the test's version, never Fyne's, whose test fyne.Do
	// runs on the calling goroutine.
	roomNews = func(f func()) {
		onRoomUI(func() {
			if roomNewsOn {
				f()
			}
		})
	}
}

// openTestRoom opens the room of a new window on loopback.
func openTestRoom(t *testing.T) (*Window, *roomPanel) {
	t.Helper()
	useRoomAddresses(t, "127.0.0.1")
	oldTimer := roomMarkTimer
	roomMarkTimer = func(time.Duration, func()) {} // tests move the marks' clock themselves
	onRoomUI(func() { roomNewsOn = true })
	t.Cleanup(func() {
		onRoomUI(func() { roomNewsOn = false })
		roomMarkTimer = oldTimer
	})
	w := newTestWindowWith(t, workshop.Options{Run: onRoomUI})
	w.room.OpenRoom()
	if w.room.open == nil {
		t.Fatal("Open the room did not open a room")
	}
	t.Cleanup(w.room.closeNow)
	return w, w.room.open
}

// hasCanvasText reports whether a canvas text under o reads exactly s.
func hasCanvasText(o fyne.CanvasObject, s string) bool {
	for _, obj := range test.LaidOutObjects(o) {
		if v, ok := obj.(*canvas.Text); ok && v.Text == s {
			return true
		}
	}
	return false
}

// post sends body as JSON to url as a phone's page would.
func post(t *testing.T, c *http.Client, url string, body any) map[string]any {
	t.Helper()
	raw, _ := json.Marshal(body)
	res, err := c.Post(url, "application/json", bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("POST %s: %v", url, err)
	}
	defer res.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(res.Body).Decode(&out)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("POST %s: %s %v", url, res.Status, out)
	}
	return out
}

// eventually waits up to 10 s for ok, which runs holding roomUI.
func eventually(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	held := func() (r bool) {
		onRoomUI(func() { r = ok() })
		return r
	}
	for !held() {
		if time.Now().After(deadline) {
			t.Fatalf("after 10 s: %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestRoom_PanelShowsCodeAndAddress(t *testing.T) {
	w, p := openTestRoom(t)
	top := w.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no room panel shown")
	}
	code := p.r.Code()
	if len(code) != 6 || !hasCanvasText(top, code) {
		t.Fatalf("the panel does not show the join code %q", code)
	}
	if !strings.HasPrefix(p.r.URL(), "http://127.0.0.1:") || !containsText(top, p.r.URL()) {
		t.Fatalf("the panel does not show the room's address %q", p.r.URL())
	}
	if !containsText(top, p.r.JoinURL()) || !containsText(top, "Nobody has joined yet") {
		t.Fatal("the panel does not show the short address and who has joined")
	}
}

func TestRoom_StickyFromAPhoneLandsOnTheBoard(t *testing.T) {
	w, p := openTestRoom(t)
	jar, _ := cookiejar.New(nil)
	phone := &http.Client{Jar: jar, Timeout: 15 * time.Second}
	post(t, phone, p.r.URL()+"/hello", map[string]string{"nick": "Ana"})
	eventually(t, "the panel counts the person who joined", func() bool {
		return containsText(w.win.Canvas().Overlays().Top(), "1 person has joined")
	})
	post(t, phone, p.r.URL()+"/sticky", map[string]any{
		"id": "phone-sticky-000000000001", "text": "Waited two days for a review", "lane": board.Events.Key()})
	eventually(t, "the sticky from the phone is on the board", func() bool {
		found := false
		for _, s := range w.Document().Board().InLane(board.Events) {
			found = found || s.Text == "Waited two days for a review"
		}
		return found
	})
}

func TestRoom_TrayWaitsForTheFacilitator(t *testing.T) {
	w, p := openTestRoom(t)
	p.auto.SetChecked(false)
	if p.r.AutoAccept() {
		t.Fatal("unticking Auto-accept left the room accepting stickies")
	}
	jar, _ := cookiejar.New(nil)
	phone := &http.Client{Jar: jar, Timeout: 15 * time.Second}
	post(t, phone, p.r.URL()+"/hello", map[string]string{"nick": ""})
	post(t, phone, p.r.URL()+"/sticky", map[string]any{
		"id": "phone-sticky-000000000002", "text": "Manual smoke test", "lane": board.Events.Key()})
	eventually(t, "the tray lists the sticky", func() bool {
		return containsText(w.win.Canvas().Overlays().Top(), "Manual smoke test")
	})
	var accept *widget.Button
	onRoomUI(func() { accept = findButton(t, w.win.Canvas().Overlays().Top(), "Accept") })
	test.Tap(accept)
	eventually(t, "the accepted sticky is on the board", func() bool {
		found := false
		for _, s := range w.Document().Board().InLane(board.Events) {
			found = found || s.Text == "Manual smoke test"
		}
		return found
	})
}

func TestRoom_CloseStopsTheServer(t *testing.T) {
	w, p := openTestRoom(t)
	url := p.r.URL()
	if res, err := http.Get(url); err != nil {
		t.Fatalf("the open room does not answer: %v", err)
	} else {
		res.Body.Close()
	}
	w.room.CloseRoom()
	if w.room.open != nil {
		t.Fatal("Close the room left the room open")
	}
	if res, err := http.Get(url); err == nil {
		res.Body.Close()
		t.Fatal("the room still answers after closing")
	}
}

func TestRoom_QuittingClosesTheRoom(t *testing.T) {
	w, p := openTestRoom(t)
	url := p.r.URL()
	w.quitNow()
	if res, err := http.Get(url); err == nil {
		res.Body.Close()
		t.Fatal("the room still answers after quitting")
	}
}

func TestRoom_NoNetworkExplainsWhatToDo(t *testing.T) {
	useRoomAddresses(t)
	w := newTestWindow(t, "")
	w.room.OpenRoom()
	if w.room.open != nil {
		t.Fatal("a room opened with no network")
	}
	top := w.win.Canvas().Overlays().Top()
	for _, want := range []string{"hotspot", "mobile data", "Private networks", "by hand"} {
		if top == nil || !containsText(top, want) {
			t.Fatalf("the no-network message does not mention %q", want)
		}
	}
}

func TestRoom_SeveralAddressesAreOffered(t *testing.T) {
	useRoomAddresses(t, "127.0.0.1", "127.0.0.2")
	w := newTestWindow(t, "")
	w.room.OpenRoom()
	top := w.win.Canvas().Overlays().Top()
	var pick *dialogSelect
	for _, obj := range test.LaidOutObjects(top) {
		if s, ok := obj.(*dialogSelect); ok {
			pick = s
		}
	}
	if pick == nil || len(pick.Options) != 2 {
		t.Fatal("no choice between the two addresses")
	}
	pick.SetSelectedIndex(1)
	test.Tap(findButton(t, top, "Open"))
	if w.room.open == nil {
		t.Fatal("choosing an address did not open the room")
	}
	t.Cleanup(w.room.closeNow)
	if !strings.HasPrefix(w.room.open.r.URL(), "http://127.0.0.2:") {
		t.Fatalf("the room listens on %s, not the chosen address", w.room.open.r.URL())
	}
}
