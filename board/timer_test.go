package board

import (
	"testing"
	"time"
)

// t0 is when the session in these tests starts; a fixed wall-clock time.
var t0 = time.Date(2026, 11, 26, 14, 0, 0, 0, time.UTC)

func at(min, sec int) time.Time {
	return t0.Add(time.Duration(min)*time.Minute + time.Duration(sec)*time.Second)
}

func TestTimer_CountsDownOnlyWhileRunning(t *testing.T) {
	a := DefaultAgenda() // step 1 is 5 minutes
	if got := a.TimeLeft(at(3, 0)); got != 5*time.Minute {
		t.Fatalf("before start: %v left, want the full 5m", got)
	}
	a.Start(at(0, 0))
	if got := a.TimeLeft(at(2, 0)); got != 3*time.Minute {
		t.Fatalf("2 min after start: %v left, want 3m", got)
	}
	a.Pause(at(2, 0))
	if got := a.TimeLeft(at(10, 0)); got != 3*time.Minute {
		t.Fatalf("paused for 8 min: %v left, want it to stay at 3m", got)
	}
	a.Start(at(10, 0))
	if got := a.TimeLeft(at(11, 30)); got != 90*time.Second {
		t.Fatalf("resumed for 1.5 min: %v left, want 1m30s", got)
	}
	if a.Began != t0 {
		t.Fatalf("session began %v, want the first start %v", a.Began, t0)
	}
}

func TestTimer_LastMinuteIsClosingThenOvertime(t *testing.T) {
	a := DefaultAgenda()
	a.Start(t0)
	for _, c := range []struct {
		now  time.Time
		want Phase
	}{{at(3, 59), OnTime}, {at(4, 0), Closing}, {at(4, 59), Closing}, {at(5, 0), Overtime}} {
		if got := a.Phase(c.now); got != c.want {
			t.Errorf("at %v: phase %v, want %v", c.now.Sub(t0), got, c.want)
		}
	}
}

func TestTimer_KeepsCountingIntoOvertime(t *testing.T) {
	a := DefaultAgenda()
	a.Start(t0)
	if got := a.TimeLeft(at(7, 15)); got != -(2*time.Minute + 15*time.Second) {
		t.Fatalf("7m15s into a 5 min step: %v left, want −2m15s", got)
	}
	if !a.Running {
		t.Fatal("the timer stopped at zero; it must keep counting overtime")
	}
}

func TestTimer_StepChangeWhileRunningBooksTimeAndKeepsRunning(t *testing.T) {
	a := DefaultAgenda()
	a.Start(t0)
	if !a.Next(at(6, 0)) {
		t.Fatal("Next on step 1 did not move")
	}
	if a.Current != 1 || !a.Running {
		t.Fatalf("after Next: step %d running=%v, want step 2 still running", a.Current+1, a.Running)
	}
	if got := a.TimeLeft(at(8, 0)); got != 8*time.Minute {
		t.Fatalf("2 min into the 10 min step 2: %v left, want 8m", got)
	}
	if got := a.Actual(0, at(8, 0)); got != 6*time.Minute {
		t.Fatalf("step 1 actual = %v, want the 6m it ran", got)
	}
	a.Previous(at(9, 0))
	if got := a.TimeLeft(at(9, 30)); got != -90*time.Second {
		t.Fatalf("back on step 1 for 30s: %v left, want −1m30s (6m30s of 5m)", got)
	}
	if a.Previous(at(9, 30)) {
		t.Fatal("Previous moved before the first step")
	}
}

func TestTimer_StepChangeWhilePausedStaysPaused(t *testing.T) {
	a := DefaultAgenda()
	a.Next(t0)
	if a.Running || a.TimeLeft(at(5, 0)) != 10*time.Minute {
		t.Fatalf("paused Next: running=%v left=%v, want paused with step 2's full 10m", a.Running, a.TimeLeft(at(5, 0)))
	}
}

func TestTimer_AdjustAndReset(t *testing.T) {
	a := DefaultAgenda()
	a.Start(t0)
	a.Adjust(time.Minute)
	if got := a.TimeLeft(at(1, 0)); got != 5*time.Minute {
		t.Fatalf("+1 min after 1 min of 5: %v left, want 5m", got)
	}
	a.Adjust(-10 * time.Minute)
	if got := a.TimeLeft(at(1, 0)); got != -time.Minute {
		t.Fatalf("−10 min: %v left, want −1m (countdown floored at zero length, 1 min already run)", got)
	}
	if a.Step().Planned != 5*time.Minute {
		t.Fatalf("adjusting changed the plan to %v", a.Step().Planned)
	}
	a.Reset(at(2, 0))
	if a.Running || a.TimeLeft(at(4, 0)) != 5*time.Minute || a.Actual(0, at(4, 0)) != 0 {
		t.Fatalf("after reset: running=%v left=%v actual=%v, want paused at the full 5m with nothing run",
			a.Running, a.TimeLeft(at(4, 0)), a.Actual(0, at(4, 0)))
	}
}

func TestTimer_PlannedVersusActualTotals(t *testing.T) {
	a := DefaultAgenda()
	if got := Minutes(a.Planned()); got < 60 || got > 120 {
		t.Fatalf("default agenda plans %d min, want 60–120 (the method's 1–2 hours)", got)
	}
	a.Start(t0)
	a.Next(at(7, 0))   // step 1: 7 min
	a.Pause(at(15, 0)) // step 2: 8 min
	a.Next(at(20, 0))
	a.Start(at(30, 0))
	if got := a.ActualTotal(at(32, 0)); got != 17*time.Minute {
		t.Fatalf("total actual = %v, want 7+8+2 = 17m (pauses do not count)", got)
	}
	if got := []int{Minutes(a.Actual(0, at(32, 0))), Minutes(a.Actual(1, at(32, 0))), Minutes(a.Actual(2, at(32, 0)))}; got[0] != 7 || got[1] != 8 || got[2] != 2 {
		t.Fatalf("actual minutes per step = %v, want [7 8 2]", got)
	}
}

func TestTimer_ForgottenRunningTimerStopsCountingAfterMaxRun(t *testing.T) {
	a := DefaultAgenda()
	a.Start(t0)
	if got := a.Actual(0, t0.Add(7*24*time.Hour)); got != MaxRun {
		t.Fatalf("a week later: actual %v, want it capped at %v", got, MaxRun)
	}
}

func TestAgendaReport_PlannedAndActualPerStepAndTotal(t *testing.T) {
	a := DefaultAgenda()
	if a.Started() {
		t.Fatal("a fresh agenda says the session started")
	}
	a.Start(t0)
	a.Next(at(6, 0))
	steps, planned, actual := a.Report(at(9, 0))
	if !a.Started() || len(steps) != 10 || planned != 95*time.Minute || actual != 9*time.Minute {
		t.Fatalf("report: %d steps, planned %v, actual %v; want 10, 95m, 9m", len(steps), planned, actual)
	}
	if s := steps[1]; s.Number != 2 || s.Title != "Brainstorm events" || s.Planned != 10*time.Minute || s.Actual != 3*time.Minute {
		t.Fatalf("step 2 line = %+v", s)
	}
	if steps[2].Actual != 0 {
		t.Fatalf("a step not reached has actual %v", steps[2].Actual)
	}
}

func TestPauseTimerOnQuit_BooksTheRunAndReopensPaused(t *testing.T) {
	start := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	now := start
	b := New()
	b.Agenda.GoTo(4, now)
	d := NewDocument(b, func() time.Time { return now })
	d.ChangeWithoutUndo(func(b *Board) { b.Agenda.Start(now) })
	now = now.Add(7*time.Minute + 30*time.Second)
	booked, was := PauseTimerOnQuit(d)
	if !was || booked != 7*time.Minute+30*time.Second {
		t.Fatalf("pause on quit booked %v (running %v); want 7m30s", booked, was)
	}
	if !d.Dirty() {
		t.Fatal("pausing on quit left the document clean: the paused timer would not be saved")
	}
	if d.CanUndo() {
		t.Fatal("pausing on quit is an undo step; undo must never rewind the clock")
	}
	// Saved and reopened three days later: paused, the booked time kept.
	data, err := Encode(d.Board())
	if err != nil {
		t.Fatal(err)
	}
	reopened, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	later := now.Add(72 * time.Hour)
	a := reopened.Agenda
	if a.Running || a.Actual(4, later) != 7*time.Minute+30*time.Second || a.Phase(later) != OnTime {
		t.Fatalf("reopened: running %v, actual %v, phase %v; want paused at 7m30s of 10, on time", a.Running, a.Actual(4, later), a.Phase(later))
	}
	if _, was := PauseTimerOnQuit(d); was {
		t.Fatal("a paused timer was paused again")
	}
}
