package room

import (
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"sync"
	"testing"
	"time"

	"pathmap/board"
	"pathmap/workshop"
)

// testSession is a real workshop session without a window, its owner
// goroutine a SerialRunner, seen through the room's adapter, counting
// what the room does to it.
type testSession struct {
	ws   *workshop.Session
	door Session

	mu        sync.Mutex
	roomEdits int
	facEdits  int
	changes   int // board changes: each one a redraw in the app
}

func newTestSession(t testing.TB, b *board.Board) *testSession {
	run := workshop.NewSerialRunner()
	ws := workshop.New(workshop.Options{Board: b, Run: run.Run, RecoveryDir: t.TempDir()})
	f := &testSession{ws: ws, door: Workshop(ws)}
	stop := f.door.OnChange(func() {
		f.mu.Lock()
		f.changes++
		f.mu.Unlock()
	})
	t.Cleanup(func() {
		stop()
		run.Stop()
	})
	return f
}

func (f *testSession) Do(fn func(e Editor)) <-chan struct{} {
	return f.door.Do(func(e Editor) { fn(countingEditor{e, f}) })
}

func (f *testSession) OnChange(fn func()) func() { return f.door.OnChange(fn) }

// withDoc runs fn with the session's document, as the app's own code does.
func (f *testSession) withDoc(fn func(d *board.Document)) { <-f.ws.Do(fn) }

// board returns a copy of the board, read on the session's goroutine.
func (f *testSession) board() *board.Board {
	var b *board.Board
	f.withDoc(func(d *board.Document) { b = d.Board().Clone() })
	return b
}

func (f *testSession) counts() (room, fac, changes int) {
	f.withDoc(func(*board.Document) {}) // let listeners hear of every edit
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.roomEdits, f.facEdits, f.changes
}

type countingEditor struct {
	Editor
	f *testSession
}

func (e countingEditor) ApplyRoom(c board.Command) error {
	e.f.mu.Lock()
	e.f.roomEdits++
	e.f.mu.Unlock()
	return e.Editor.ApplyRoom(c)
}

func (e countingEditor) ApplyFacilitator(c board.Command) {
	e.f.mu.Lock()
	e.f.facEdits++
	e.f.mu.Unlock()
	e.Editor.ApplyFacilitator(c)
}

// openTestRoom opens a room on loopback over a fresh board with a few
// events and pain points; batches are short so tests run quickly.
func openTestRoom(t testing.TB, opts Options) (*Room, *testSession) {
	t.Helper()
	b := board.New()
	b.Agenda.Current = 1 // Brainstorm events
	x := 2 * (board.StickyWidth + board.ColumnGap)
	b.Stickies = append(b.Stickies,
		board.Sticky{ID: 3, Lane: board.Events, Text: "Code reviewed", X: x, Y: board.LanePad, W: board.StickyWidth, H: board.StickyHeight},
		board.Sticky{ID: 4, Lane: board.PainPoints, Text: "Reviews wait two days", X: x, Y: b.LaneTop(board.PainPoints) + board.LanePad, W: board.StickyWidth, H: board.StickyHeight},
		board.Sticky{ID: 5, Lane: board.PainPoints, Text: "Staging is shared", X: 0, Y: b.LaneTop(board.PainPoints) + board.LanePad, W: board.StickyWidth, H: board.StickyHeight},
	)
	f := newTestSession(t, b)
	opts.Session = f
	if opts.Addr == "" {
		opts.Addr = "127.0.0.1:0"
	}
	if opts.Batch == 0 {
		opts.Batch = 5 * time.Millisecond
	}
	r, err := Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r, f
}

// newPhone is an HTTP client with its own cookies, as one phone.
func newPhone() *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, Timeout: 20 * time.Second}
}

func mustURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	return u
}
