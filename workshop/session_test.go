package workshop

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"pathmap/board"
)

func newTestSession(t *testing.T, opts Options) (*Session, *SerialRunner) {
	t.Helper()
	r := NewSerialRunner()
	opts.Run = r.Run
	if opts.RecoveryDir == "" {
		opts.RecoveryDir = t.TempDir()
	}
	s := New(opts)
	t.Cleanup(func() {
		<-s.Do(func(*board.Document) { s.Stop() })
		r.Stop()
	})
	return s, r
}

// onOwner runs f on the session's owner goroutine and waits for it.
func onOwner(s *Session, f func()) { <-s.Do(func(*board.Document) { f() }) }

// labelled is an edit with a name, as a phone or the keyboard would make it:
// a sticky in lane l placed by the one placement rule.
func labelled(d *board.Document, src board.Source, l board.Lane, text string) {
	b := d.Board()
	c, _ := board.AddAt(b, b.PlaceNew(l, 0), []string{text}, nil, "Add sticky")
	d.ApplyFrom(src, c)
}

func TestSession_EightGoroutinesEqualTheSameEditsInOrder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "room.pathmap")
	clock := func() time.Time { return time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC) }
	s, _ := newTestSession(t, Options{Clock: clock, Path: path})
	type edit struct {
		src  board.Source
		lane board.Lane
		text string
	}
	var (
		mu    sync.Mutex
		order []edit // the order the owner goroutine ran them in
	)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				e := edit{board.SourceRoom, board.Lane(g % board.LaneCount), fmt.Sprintf("g%d-%d", g, i)}
				if g == 0 {
					e.src = board.SourceFacilitator
				}
				s.Do(func(d *board.Document) {
					labelled(d, e.src, e.lane, e.text)
					mu.Lock()
					order = append(order, e)
					mu.Unlock()
				})
				switch {
				case g == 1 && i%5 == 0:
					s.Do(func(*board.Document) { s.Save(path, nil) })
				case g == 2 && i%3 == 0:
					s.Do(func(*board.Document) {
						s.ChangeAgenda((*board.Agenda).Toggle)
						s.Tick()
					})
				}
			}
		}()
	}
	wg.Wait()
	var got *board.Board
	var undoable int
	onOwner(s, func() {
		got = s.Document().Board().Clone()
		for s.Document().CanUndo() {
			s.Document().Undo()
			undoable++
		}
		for s.Document().CanRedo() {
			s.Document().Redo()
		}
	})

	want := board.NewDocument(board.New(), clock)
	seen := map[int]int{}
	for _, e := range order {
		labelled(want, e.src, e.lane, e.text)
		var g, i int
		fmt.Sscanf(e.text, "g%d-%d", &g, &i)
		if i != seen[g] {
			t.Fatalf("goroutine %d's edit %d ran as its edit number %d: edits from one producer must keep their order", g, i, seen[g])
		}
		seen[g]++
	}
	got.Agenda, want.Board().Agenda = board.Agenda{}, board.Agenda{}
	if len(got.Stickies) != 8*25+2 || !reflect.DeepEqual(got.Stickies, want.Board().Stickies) {
		t.Fatalf("the board after 8 goroutines' edits holds %d stickies and differs from the same edits applied in order", len(got.Stickies))
	}
	if undoable != 25 {
		t.Fatalf("%d edits could be undone; want only the facilitator's 25", undoable)
	}
	onOwner(s, func() { s.Save(path, nil) })
	waitSaved(t, s, "the board is still unsaved 10 s after the last save")
	saved, err := board.Load(path)
	if err != nil || len(saved.Stickies) != len(got.Stickies) {
		t.Fatalf("the file holds %v stickies (%v); want all %d", len(saved.Stickies), err, len(got.Stickies))
	}
}

func TestSession_DoClosesAfterTheChangeListenersHeard(t *testing.T) {
	s, _ := newTestSession(t, Options{})
	heard := make(chan int, 10)
	onOwner(s, func() { s.OnChange(func() { heard <- len(s.Document().Board().Stickies) }) })
	<-s.AddStickies(board.SourceRoom, board.PainPoints, []string{"Flaky tests"})
	select {
	case n := <-heard:
		if n != 3 {
			t.Fatalf("the listener saw %d stickies, want 3", n)
		}
	default:
		t.Fatal("Do's channel closed before the change listeners heard of the edit")
	}
}

func TestSession_CancelledListenersHearNothingMore(t *testing.T) {
	s, _ := newTestSession(t, Options{})
	calls, replaced := 0, 0
	var cancel, cancelReplaced func()
	onOwner(s, func() {
		cancel = s.OnChange(func() { calls++ })
		cancelReplaced = s.OnReplaced(func(*board.Document) { replaced++ })
	})
	<-s.AddStickies(board.SourceFacilitator, board.Teams, []string{"Ops"})
	onOwner(s, func() { s.NewBoard() })
	onOwner(s, func() { cancel(); cancelReplaced() })
	<-s.AddStickies(board.SourceFacilitator, board.Teams, []string{"QA"})
	onOwner(s, func() { s.NewBoard() })
	if calls != 1 || replaced != 1 {
		t.Fatalf("listeners were called %d and %d times; want once each before they unsubscribed", calls, replaced)
	}
}

func TestSession_OldDocumentsEditsReachNoListener(t *testing.T) {
	s, _ := newTestSession(t, Options{})
	var old *board.Document
	calls := 0
	onOwner(s, func() {
		old = s.Document()
		s.OnChange(func() { calls++ })
		s.NewBoard()
		labelled(old, board.SourceFacilitator, board.Events, "stale")
	})
	if calls != 0 {
		t.Fatal("an edit of a replaced board reached the listeners of the current one")
	}
}

// fakeAfter is a scheduler the test fires by hand.
type fakeAfter struct {
	mu  sync.Mutex
	fns []func()
}

func (f *fakeAfter) after(_ time.Duration, fn func()) func() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fns = append(f.fns, fn)
	i := len(f.fns) - 1
	return func() {
		f.mu.Lock()
		f.fns[i] = nil
		f.mu.Unlock()
	}
}

func (f *fakeAfter) fire() {
	f.mu.Lock()
	fns := f.fns
	f.fns = nil
	f.mu.Unlock()
	for _, fn := range fns {
		if fn != nil {
			fn()
		}
	}
}

func TestSession_AutosaveWritesOffTheOwnerGoroutineAndMarksSaved(t *testing.T) {
	path := filepath.Join(t.TempDir(), "retro.pathmap")
	fa := &fakeAfter{}
	s, _ := newTestSession(t, Options{Path: path, After: fa.after})
	<-s.AddStickies(board.SourceRoom, board.Systems, []string{"Jenkins"})
	onOwner(s, fa.fire)
	waitSaved(t, s, "autosave did not mark the board saved")
	b, err := board.Load(path)
	if err != nil || len(b.InLane(board.Systems)) != 1 {
		t.Fatalf("the file after autosave: %v, %v; want the room's sticky in it", b, err)
	}
}

func TestSession_EditDuringAWriteKeepsTheBoardUnsaved(t *testing.T) {
	path := filepath.Join(t.TempDir(), "busy.pathmap")
	s, _ := newTestSession(t, Options{Path: path})
	saved := make(chan error, 1)
	onOwner(s, func() {
		labelled(s.Document(), board.SourceFacilitator, board.Events, "Built")
		s.Save(path, func(err error) { saved <- err })
		// Typed before the write came back: it is not in the file.
		labelled(s.Document(), board.SourceFacilitator, board.Events, "Tested")
	})
	if err := <-saved; err != nil {
		t.Fatal(err)
	}
	var dirty bool
	onOwner(s, func() { dirty = s.Document().Dirty() })
	if !dirty {
		t.Fatal("an edit made while the save was being written counts as saved")
	}
}

func TestSession_FailedSaveKeepsARecoveryCopy(t *testing.T) {
	rec := t.TempDir()
	ro := filepath.Join(t.TempDir(), "ro")
	os.Mkdir(ro, 0o500)
	if os.Getuid() == 0 {
		t.Skip("root can write into a read-only folder")
	}
	s, _ := newTestSession(t, Options{RecoveryDir: rec})
	errs := make(chan error, 1)
	onOwner(s, func() {
		labelled(s.Document(), board.SourceFacilitator, board.Events, "Built")
		s.Save(filepath.Join(ro, "x.pathmap"), func(err error) { errs <- err })
	})
	if <-errs == nil {
		t.Fatal("saving into a read-only folder reported no error")
	}
	onOwner(s, func() {})
	onOwner(s, func() {})
	files, _ := filepath.Glob(filepath.Join(rec, "*.pathmap"))
	if len(files) != 1 {
		t.Fatalf("recovery folder holds %v after a failed save, want one copy", files)
	}
}

func TestSession_ChangeAgendaThatChangesNothingLeavesTheBoardSaved(t *testing.T) {
	s, _ := newTestSession(t, Options{})
	onOwner(s, func() {
		s.Document().MarkSaved()
		if s.ChangeAgenda(func(a *board.Agenda, now time.Time) { a.Previous(now) }) || s.Document().Dirty() {
			t.Error("Page Up on the first step changed the board")
		}
		if !s.ChangeAgenda((*board.Agenda).Toggle) || !s.Document().Dirty() {
			t.Error("starting the timer did not mark the board unsaved")
		}
		if s.Document().CanUndo() {
			t.Error("starting the timer is on the undo stack")
		}
	})
}

func TestSession_TicksReachListenersOnTheOwnerGoroutine(t *testing.T) {
	s, _ := newTestSession(t, Options{})
	got := make(chan time.Time, 100)
	onOwner(s, func() {
		s.OnTick(func(now time.Time) { got <- now })
		s.StartTicking(time.Millisecond)
	})
	select {
	case <-got:
	case <-time.After(5 * time.Second):
		t.Fatal("no tick within 5 s")
	}
}

// waitSaved waits up to 10 s for s's board to be marked saved, failing
// with why when it is not.
func waitSaved(t *testing.T, s *Session, why string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		var dirty bool
		onOwner(s, func() { dirty = s.Document().Dirty() })
		if !dirty {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal(why)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
