package workshop

import "sync"

// SerialRunner runs functions one at a time, in the order they were handed
// in, on a goroutine of its own: the owner goroutine of a Session that has
// no window (tests, a headless room server). In the app, fyne.Do plays
// this part.
type SerialRunner struct {
	mu      sync.Mutex
	wake    *sync.Cond
	queue   []func()
	stopped bool
	done    chan struct{}
}

// NewSerialRunner starts the runner's goroutine.
func NewSerialRunner() *SerialRunner {
	r := &SerialRunner{done: make(chan struct{})}
	r.wake = sync.NewCond(&r.mu)
	go r.loop()
	return r
}

// Run queues f. It never blocks, so it is safe from any goroutine, also
// from inside a function the runner is running.
func (r *SerialRunner) Run(f func()) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.stopped {
		return
	}
	r.queue = append(r.queue, f)
	r.wake.Signal()
}

// Stop ends the runner once everything queued so far has run.
func (r *SerialRunner) Stop() {
	r.mu.Lock()
	r.stopped = true
	r.wake.Signal()
	r.mu.Unlock()
	<-r.done
}

func (r *SerialRunner) loop() {
	defer close(r.done)
	for {
		r.mu.Lock()
		for len(r.queue) == 0 && !r.stopped {
			r.wake.Wait()
		}
		if len(r.queue) == 0 {
			r.mu.Unlock()
			return
		}
		f := r.queue[0]
		r.queue[0] = nil
		r.queue = r.queue[1:]
		r.mu.Unlock()
		f()
	}
}

// writer runs file writes one at a time, in order, off the owner
// goroutine: a save queued after an autosave never lands before it.
type writer struct {
	jobs chan func()
}

func newWriter() *writer {
	w := &writer{jobs: make(chan func(), 64)}
	go func() {
		for job := range w.jobs {
			job()
		}
	}()
	return w
}

func (w *writer) run(job func()) { w.jobs <- job }
