package room

import (
	"net/http"
	"net/http/cookiejar"
	"sync"
	"testing"
	"time"

	"pathmap/board"
)

// fakeSession stands in for the workshop session: one goroutine owns the
// document, as in the app, and counts what the room did to it.
type fakeSession struct {
	doc *board.Document
	ops chan func()
	end chan struct{}

	mu         sync.Mutex
	listeners  map[int]func()
	next       int
	roomEdits  int
	facEdits   int
	changes    int // board changes, each one a redraw in the app
	roomChange []int
}

func newFakeSession(t testing.TB, b *board.Board) *fakeSession {
	f := &fakeSession{doc: board.NewDocument(b, nil), ops: make(chan func()), end: make(chan struct{}), listeners: map[int]func(){}}
	f.doc.OnChange(func() {
		f.mu.Lock()
		f.changes++
		ls := make([]func(), 0, len(f.listeners))
		for _, l := range f.listeners {
			ls = append(ls, l)
		}
		f.mu.Unlock()
		for _, l := range ls {
			l()
		}
	})
	go func() {
		for {
			select {
			case op := <-f.ops:
				op()
			case <-f.end:
				return
			}
		}
	}()
	t.Cleanup(func() { close(f.end) })
	return f
}

func (f *fakeSession) Do(fn func(e Editor)) <-chan struct{} {
	done := make(chan struct{})
	go func() {
		select {
		case f.ops <- func() { fn(fakeEditor{f}); close(done) }:
		case <-f.end:
		}
	}()
	return done
}

func (f *fakeSession) OnChange(fn func()) func() {
	f.mu.Lock()
	defer f.mu.Unlock()
	id := f.next
	f.next++
	f.listeners[id] = fn
	return func() {
		f.mu.Lock()
		defer f.mu.Unlock()
		delete(f.listeners, id)
	}
}

// board returns a copy of the board, read on the session's goroutine.
func (f *fakeSession) board() *board.Board {
	var b *board.Board
	<-f.Do(func(e Editor) { b = e.Board().Clone() })
	return b
}

func (f *fakeSession) counts() (room, fac, changes int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.roomEdits, f.facEdits, f.changes
}

type fakeEditor struct{ f *fakeSession }

func (e fakeEditor) Board() *board.Board { return e.f.doc.Board() }

func (e fakeEditor) ApplyRoom(c board.Command) {
	e.f.mu.Lock()
	e.f.roomEdits++
	e.f.mu.Unlock()
	e.f.doc.ChangeWithoutUndo(c.Do)
}

func (e fakeEditor) ApplyFacilitator(c board.Command) {
	e.f.mu.Lock()
	e.f.facEdits++
	e.f.mu.Unlock()
	e.f.doc.Apply(c)
}

// openTestRoom opens a room on loopback over a fresh board with a few
// events and pain points; batches are short so tests run quickly.
func openTestRoom(t testing.TB, opts Options) (*Room, *fakeSession) {
	t.Helper()
	b := board.New()
	b.Agenda.Current = 1 // Brainstorm events
	x := 2 * (board.StickyWidth + board.ColumnGap)
	b.Stickies = append(b.Stickies,
		board.Sticky{ID: 3, Lane: board.Events, Text: "Code reviewed", X: x, Y: board.LanePad, W: board.StickyWidth, H: board.StickyHeight},
		board.Sticky{ID: 4, Lane: board.PainPoints, Text: "Reviews wait two days", X: x, Y: b.LaneTop(board.PainPoints) + board.LanePad, W: board.StickyWidth, H: board.StickyHeight},
		board.Sticky{ID: 5, Lane: board.PainPoints, Text: "Staging is shared", X: 0, Y: b.LaneTop(board.PainPoints) + board.LanePad, W: board.StickyWidth, H: board.StickyHeight},
	)
	f := newFakeSession(t, b)
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
