package workshop

import (
	"reflect"
	"time"

	"pathmap/board"
)

// TickEvery is how often the agenda timer ticks: several times a second, so
// the countdown never shows a second late.
const TickEvery = 200 * time.Millisecond

// StartTicking makes the session tick every d on the owner goroutine until
// StopTicking or Stop. The ticker never waits for the owner: a busy window
// skips no edits, only redraws.
func (s *Session) StartTicking(d time.Duration) {
	s.StopTicking()
	stop := make(chan struct{})
	go func() {
		t := time.NewTicker(d)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				s.run(s.Tick)
			}
		}
	}()
	s.stopTicking = func() { close(stop) }
}

// StopTicking stops the ticks started by StartTicking.
func (s *Session) StopTicking() {
	if s.stopTicking != nil {
		s.stopTicking()
		s.stopTicking = nil
	}
}

// Tick tells the tick listeners the time: the countdown is redrawn and a
// step's time running out noticed. The timer's state lives in the board
// (board.Agenda), so a tick changes nothing.
func (s *Session) Tick() {
	now := s.clock()
	s.ticks.each(func(f func(time.Time)) { f(now) })
}

// OnTick calls f with the time at every tick, on the owner goroutine.
func (s *Session) OnTick(f func(now time.Time)) (cancel func()) { return s.ticks.add(f) }

// ChangeAgenda runs f on the agenda as a saved change that undo leaves
// alone (start, pause, next step) and reports whether anything changed. A
// key that changes nothing (Page Down on the last step) leaves the board
// saved: it is tried on a copy first.
func (s *Session) ChangeAgenda(f func(a *board.Agenda, now time.Time)) bool {
	now := s.clock()
	cur := &s.doc.Board().Agenda
	probe := cur.Clone()
	f(&probe, now)
	if reflect.DeepEqual(probe, *cur) {
		return false
	}
	s.doc.ChangeWithoutUndo(func(b *board.Board) { f(&b.Agenda, now) })
	return true
}
