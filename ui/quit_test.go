package ui

import (
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"pathmap/board"
)

func TestQuit_PausesTheRunningTimerAndSavesTheTimeSpent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "timed.pathmap")
	w, ft := newAutosaveWindow(t, path, t.TempDir())
	quit := false
	w.quit = func() { quit = true }
	key(w, fyne.KeySpace) // the timer starts
	ft.advance(25 * time.Minute)
	w.Quit()
	if !quit {
		t.Fatal("Quit did not quit a named board")
	}
	b, err := board.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if b.Agenda.Running {
		t.Fatal("the board was saved with the timer running: reopened later it would show the days between as overtime")
	}
	if got := b.Agenda.Actual(b.Agenda.Current, ft.now.Add(72*time.Hour)); got != 25*time.Minute {
		t.Fatalf("three days after quitting the step shows %v spent; want the 25 min run before Quit", got)
	}
}
