package workshop

import (
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"pathmap/board"
)

func TestSession_SaveOnExitPausesTheRunningTimerAndBooksItsTime(t *testing.T) {
	path := filepath.Join(t.TempDir(), "room.pathmap")
	start := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)
	var offset atomic.Int64
	clock := func() time.Time { return start.Add(time.Duration(offset.Load())) }
	s, _ := newTestSession(t, Options{Clock: clock, Path: path})
	onOwner(s, func() {
		if !s.ChangeAgenda((*board.Agenda).Toggle) {
			t.Fatal("the timer did not start")
		}
	})
	offset.Store(int64(7 * time.Minute))
	// The system ends the app (logout, kill) with the timer running.
	s.SaveOnExit()
	b, err := board.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	a := b.Agenda
	if a.Running {
		t.Fatal("the board was saved with its timer running: reopened days later it would show days of overtime")
	}
	later := start.Add(72 * time.Hour)
	if got := a.Actual(a.Current, later); got != 7*time.Minute {
		t.Fatalf("reopened three days later the step has run %v; want the 7 min booked before the exit", got)
	}
}
