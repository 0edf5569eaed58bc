package workshop

import (
	"time"

	"pathmap/board"
)

// debouncer decides when to save: quiet after the last change, but never
// later than max after the first change not yet saved. It runs on the owner
// goroutine; after brings its timer back there.
type debouncer struct {
	quiet, max time.Duration
	now        board.Clock
	after      func(d time.Duration, f func()) (cancel func())
	fire       func()

	first  time.Time // first change since the last save; zero when none
	cancel func()
	gen    int // a timer stopped too late must not fire an old save
}

// changed records an edit and moves the save time.
func (d *debouncer) changed() {
	now := d.now()
	if d.first.IsZero() {
		d.first = now
	}
	due := now.Add(d.quiet)
	if latest := d.first.Add(d.max); latest.Before(due) {
		due = latest
	}
	d.stop()
	gen := d.gen
	d.cancel = d.after(due.Sub(now), func() {
		if gen != d.gen {
			return
		}
		d.first, d.cancel = time.Time{}, nil
		d.fire()
	})
}

// stop cancels the pending save, if any.
func (d *debouncer) stop() {
	d.gen++
	if d.cancel != nil {
		d.cancel()
		d.cancel = nil
	}
}

// reset forgets pending changes: the board was just saved.
func (d *debouncer) reset() {
	d.stop()
	d.first = time.Time{}
}

// pending reports whether a save is scheduled.
func (d *debouncer) pending() bool { return d.cancel != nil }
