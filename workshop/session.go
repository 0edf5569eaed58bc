// Package workshop is the running workshop without a window: the board
// being edited, its file, saving, autosave, recovery copies and the agenda
// timer's ticking. Its Session is the one door for edits from anywhere: the
// keyboard, an import, a phone in the room.
//
// A Session belongs to one owner goroutine (in the app, Fyne's event
// goroutine, reached through fyne.Do). Everything that touches the document
// runs there; Do and Apply hand work to it from any goroutine. File writes
// run on a worker of their own and report back on the owner goroutine, so a
// slow disk never stalls the window.
package workshop

import (
	"time"

	"pathmap/board"
)

// Options set up a Session.
type Options struct {
	// Clock tells the time; nil means time.Now. It is the one clock of the
	// session: documents, autosave and the timer all read it.
	Clock board.Clock
	// Run runs f on the owner goroutine, in order, and may be called from
	// any goroutine without blocking: fyne.Do in the app, a SerialRunner's
	// Run without a window.
	Run func(f func())
	// RecoveryDir is the folder of recovery copies ("" for the default).
	RecoveryDir string
	// After schedules f once after d and returns a function that cancels it.
	// nil means a real timer whose f is brought to the owner goroutine
	// through Run. Tests pass a fake that fires when they say.
	After func(d time.Duration, f func()) (cancel func())
	// SyncWrites writes files on the owner goroutine, before Save returns;
	// for tests that read a file right after saving it.
	SyncWrites bool
	// Height, when set, sizes a new sticky for its text (the window's font
	// measure), so stickies from anywhere are sized like typed ones.
	Height func(board.Sticky) float64
	// Board and Path are the first board and its file ("" for untitled);
	// a nil Board is a new board.
	Board *board.Board
	Path  string
}

// Session is one workshop's board and everything that keeps it safe. Its
// methods, except Do, Apply, AddStickies and SaveOnExit, must be called on
// the owner goroutine.
type Session struct {
	clock  board.Clock
	run    func(func())
	write  func(func())
	after  func(d time.Duration, f func()) func()
	height func(board.Sticky) float64

	doc     *board.Document
	path    string
	savedAt time.Time

	auto autosave

	changed  listeners[func()]
	saved    listeners[func()]
	replaced listeners[func(*board.Document)]
	ticks    listeners[func(time.Time)]
	refused  listeners[func(error)]

	stopTicking func()
}

// New starts a session on opts.Board.
func New(opts Options) *Session {
	s := &Session{clock: opts.Clock, run: opts.Run, after: opts.After, height: opts.Height}
	if s.clock == nil {
		s.clock = time.Now
	}
	if s.run == nil {
		panic("workshop.New: Options.Run is required (fyne.Do, or a SerialRunner's Run)")
	}
	if s.after == nil {
		s.after = func(d time.Duration, f func()) func() {
			t := time.AfterFunc(d, func() { s.run(f) })
			return func() { t.Stop() }
		}
	}
	if opts.SyncWrites {
		s.write = func(job func()) { job() }
	} else {
		s.write = newWriter().run
	}
	dir := opts.RecoveryDir
	if dir == "" {
		dir = DefaultRecoveryDir()
	}
	s.auto.init(s, RecoveryStore{Dir: dir})
	b := opts.Board
	if b == nil {
		b = board.New()
	}
	s.Replace(board.NewDocument(b, s.clock), opts.Path)
	return s
}

// Do runs f on the owner goroutine with the current document, after every
// edit handed in before it, and closes the returned channel once f has run
// and the change listeners have heard of its edits. It is safe from any
// goroutine. f must change the board only through the document (Apply,
// ApplyFrom), so that every change is undoable or known to be someone
// else's.
func (s *Session) Do(f func(d *board.Document)) <-chan struct{} {
	done := make(chan struct{})
	s.run(func() {
		defer close(done)
		f(s.doc)
	})
	return done
}

// Apply performs c as an edit from src, as Do does. c is built for the
// board as it will be when it runs: a command that looks up its place (a
// new sticky) belongs in Do, built from the document it gets.
func (s *Session) Apply(src board.Source, c board.Command) <-chan struct{} {
	return s.Do(func(d *board.Document) { d.ApplyFrom(src, c) })
}

// AddStickies adds a sticky for each text to lane l from src, where a new
// sticky of that lane goes with nothing selected (board.PlaceNew), as one
// edit. Safe from any goroutine.
func (s *Session) AddStickies(src board.Source, l board.Lane, texts []string) <-chan struct{} {
	return s.Do(func(d *board.Document) {
		b := d.Board()
		what := "Add sticky"
		if len(texts) > 1 {
			what = "Add stickies"
		}
		c, _ := board.AddAt(b, b.PlaceNew(l, 0), texts, s.height, what)
		d.ApplyFrom(src, c)
	})
}

// Document returns the board being edited. Owner goroutine only.
func (s *Session) Document() *board.Document { return s.doc }

// Path is the board's file, or "" for a board never saved.
func (s *Session) Path() string { return s.path }

// SavedAt is when the board last reached its file in this session (zero:
// not yet).
func (s *Session) SavedAt() time.Time { return s.savedAt }

// Now is the session's clock reading.
func (s *Session) Now() time.Time { return s.clock() }

// Clock is the session's clock, for documents made outside it.
func (s *Session) Clock() board.Clock { return s.clock }

// Replace makes doc the session's document, saved to path ("" for
// untitled): a board opened, restored or started anew. The previous board's
// recovery copy goes (its changes were saved, or the facilitator chose not
// to keep them), and the replaced listeners hear of the new document.
func (s *Session) Replace(doc *board.Document, path string) {
	s.doc, s.path, s.savedAt = doc, path, time.Time{}
	s.auto.track(path)
	doc.OnChange(func() {
		if s.doc != doc {
			return // a board replaced since; its document lives on only in old closures
		}
		s.auto.changed()
		s.changed.each(func(f func()) { f() })
	})
	doc.OnSavedChange(func() {
		if s.doc != doc {
			return
		}
		s.auto.changed() // a board marked unsaved must still be saved
		s.saved.each(func(f func()) { f() })
	})
	doc.OnRefused(func(err error) {
		if s.doc == doc {
			s.refused.each(func(f func(error)) { f(err) })
		}
	})
	s.replaced.each(func(f func(*board.Document)) { f(doc) })
}

// OnRefused calls f on the owner goroutine with the *board.LimitError of
// every edit refused because the board would cross a limit of the file
// format, whoever made it, so the facilitator learns why nothing happened.
// It returns a function that stops the calls.
func (s *Session) OnRefused(f func(error)) (cancel func()) { return s.refused.add(f) }

// NewBoard starts a new, untitled board.
func (s *Session) NewBoard() { s.Replace(board.NewDocument(board.New(), s.clock), "") }

// OnChange calls f on the owner goroutine after every edit, undo and redo
// of the current document, whoever made it. It returns a function that
// stops the calls.
func (s *Session) OnChange(f func()) (cancel func()) { return s.changed.add(f) }

// OnSaveState calls f when the saved state changes without the board
// changing: a save, an autosave, a recovery copy, a board marked unsaved.
func (s *Session) OnSaveState(f func()) (cancel func()) { return s.saved.add(f) }

// OnReplaced calls f with the new document whenever the session's board is
// replaced (open, new, restore).
func (s *Session) OnReplaced(f func(*board.Document)) (cancel func()) { return s.replaced.add(f) }

func (s *Session) notifySaveState() { s.saved.each(func(f func()) { f() }) }

// listeners is a list of callbacks that can each be cancelled.
type listeners[F any] struct {
	next int
	list []listener[F]
}

type listener[F any] struct {
	id int
	f  F
}

func (l *listeners[F]) add(f F) func() {
	l.next++
	id := l.next
	l.list = append(l.list, listener[F]{id, f})
	return func() {
		for i, e := range l.list {
			if e.id == id {
				l.list = append(l.list[:i:i], l.list[i+1:]...)
				return
			}
		}
	}
}

// each calls every listener registered when it starts; one cancelled on
// the way is still called this once.
func (l *listeners[F]) each(call func(F)) {
	for _, e := range l.list {
		call(e.f)
	}
}

// After runs f on the owner goroutine once d has passed, with the session's
// timers (Options.After), and returns a function that cancels it. Work that
// may wait a moment — a big board's first analysis, after its first frame —
// is scheduled here so tests can fire it when they say.
func (s *Session) After(d time.Duration, f func()) (cancel func()) { return s.after(d, f) }
