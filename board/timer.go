package board

import "time"

// The agenda's timer is a state machine driven by the caller's clock: every
// method takes the time "now" instead of reading a clock, so tests can set
// any time and the UI decides how often to look. Times are wall-clock times,
// saved with the board; a board reopened after a crash computes the time
// left from them and resumes where the session is.
//
// Change a Document's agenda with these methods inside
// Document.ChangeWithoutUndo: they are saved, but undo leaves them alone.

// MaxRun caps how long one uninterrupted run of a step counts. A timer left
// running after the session, on a board reopened next week, would otherwise
// report a week of overtime on the handout.
const MaxRun = 3 * time.Hour

// LastMinute is when the countdown turns amber.
const LastMinute = time.Minute

// Phase is how a step's countdown stands, which decides its color.
type Phase int

// The phases of a countdown.
const (
	// OnTime has more than a minute left.
	OnTime Phase = iota
	// Closing is the last minute, shown in amber.
	Closing
	// Overtime is past zero: the timer keeps counting up, shown in red.
	Overtime
)

// run is how long the current run of the current step has lasted at now.
func (a *Agenda) run(now time.Time) time.Duration {
	if !a.Running || a.Since.IsZero() {
		return 0
	}
	d := now.Sub(a.Since).Truncate(time.Millisecond)
	return max(0, min(d, MaxRun))
}

// stamp is the form times are kept in: UTC, whole milliseconds, no
// monotonic reading, so that they save and load back exactly.
func stamp(t time.Time) time.Time { return t.UTC().Truncate(time.Millisecond) }

// Actual is how long the timer has run on step i, up to now.
func (a *Agenda) Actual(i int, now time.Time) time.Duration {
	if i < 0 || i >= len(a.Steps) {
		return 0
	}
	d := a.Steps[i].Spent
	if i == a.Current {
		d += a.run(now)
	}
	return d
}

// ActualTotal is how long the timer has run on all steps together.
func (a *Agenda) ActualTotal(now time.Time) time.Duration {
	var sum time.Duration
	for i := range a.Steps {
		sum += a.Actual(i, now)
	}
	return sum
}

// Countdown is the current step's length with the minutes added or taken
// away by +1 min / −1 min.
func (a *Agenda) Countdown() time.Duration {
	s := a.Step()
	return max(0, s.Planned+s.Extra)
}

// TimeLeft is what the current step's countdown shows at now; negative in
// overtime.
func (a *Agenda) TimeLeft(now time.Time) time.Duration {
	return a.Countdown() - a.Actual(a.Current, now)
}

// Phase is the state of the current step's countdown at now.
func (a *Agenda) Phase(now time.Time) Phase {
	switch left := a.TimeLeft(now); {
	case left <= 0:
		return Overtime
	case left <= LastMinute:
		return Closing
	}
	return OnTime
}

// Start starts or resumes the current step's countdown.
func (a *Agenda) Start(now time.Time) {
	if a.Running || len(a.Steps) == 0 {
		return
	}
	a.Running, a.Since = true, stamp(now)
	if a.Began.IsZero() {
		a.Began = a.Since
	}
}

// Pause stops the countdown; the time run so far is kept.
func (a *Agenda) Pause(now time.Time) {
	if !a.Running {
		return
	}
	a.bank(now)
	a.Running, a.Since = false, time.Time{}
}

// Toggle pauses a running countdown and starts a paused one.
func (a *Agenda) Toggle(now time.Time) {
	if a.Running {
		a.Pause(now)
	} else {
		a.Start(now)
	}
}

// Reset puts the current step's countdown back to its planned length,
// paused, forgetting the time run on it: for a timer started by mistake.
func (a *Agenda) Reset(now time.Time) {
	if len(a.Steps) == 0 {
		return
	}
	a.Pause(now)
	s := &a.Steps[a.Current]
	s.Spent, s.Extra = 0, 0
}

// Adjust adds d (negative to take away) to the current step's countdown.
// The countdown never goes below zero length; what is already run stays.
func (a *Agenda) Adjust(d time.Duration) {
	if len(a.Steps) == 0 {
		return
	}
	s := &a.Steps[a.Current]
	s.Extra = max(s.Extra+d, -s.Planned)
}

// GoTo makes step i the current one. A running countdown keeps running on
// the new step, as a facilitator moving on expects; the time so far is
// booked to the step being left. It reports whether the step changed.
func (a *Agenda) GoTo(i int, now time.Time) bool {
	if i < 0 || i >= len(a.Steps) || i == a.Current {
		return false
	}
	if a.Running {
		a.bank(now)
		a.Since = stamp(now)
	}
	a.Current = i
	return true
}

// Next moves to the next step; false on the last one.
func (a *Agenda) Next(now time.Time) bool { return a.GoTo(a.Current+1, now) }

// Previous moves back one step; false on the first one.
func (a *Agenda) Previous(now time.Time) bool { return a.GoTo(a.Current-1, now) }

// bank books the current run to the current step.
func (a *Agenda) bank(now time.Time) {
	if a.Current >= 0 && a.Current < len(a.Steps) {
		a.Steps[a.Current].Spent += a.run(now)
	}
}

// StepReport is one line of the session's record, as the handout prints it.
type StepReport struct {
	Number  int // from 1
	Title   string
	Planned time.Duration
	// Actual is how long the timer ran on the step; 0 for a step the
	// session never reached.
	Actual time.Duration
}

// Report lists every step with its planned and actual time at now, and the
// session's totals. now matters only while a step is running.
func (a *Agenda) Report(now time.Time) (steps []StepReport, planned, actual time.Duration) {
	for i, s := range a.Steps {
		r := StepReport{Number: i + 1, Title: s.Title, Planned: s.Planned, Actual: a.Actual(i, now)}
		steps = append(steps, r)
		planned += r.Planned
		actual += r.Actual
	}
	return steps, planned, actual
}

// Started reports whether the session's timer has ever run; a handout of a
// board that was only planned has no actual times to print.
func (a *Agenda) Started() bool { return !a.Began.IsZero() }

// PauseForQuit stops a running countdown as the app quits and books the
// time run so far to the current step, so that a board reopened days later
// shows where the session stood, not days of overtime. It returns the time
// booked and whether the timer was running.
func (a *Agenda) PauseForQuit(now time.Time) (booked time.Duration, wasRunning bool) {
	if !a.Running {
		return 0, false
	}
	booked = a.run(now)
	a.Pause(now)
	return booked, true
}

// PauseTimerOnQuit pauses d's running timer at d's clock time before the
// board is saved for the last time. The change is saved with the board and
// is no undo step: undo never rewinds the clock. It reports whether the
// timer was running; then d needs saving.
func PauseTimerOnQuit(d *Document) (booked time.Duration, wasRunning bool) {
	if !d.Board().Agenda.Running {
		return 0, false
	}
	now := d.Now()
	d.ChangeWithoutUndo(func(b *Board) { booked, wasRunning = b.Agenda.PauseForQuit(now) })
	return booked, wasRunning
}
