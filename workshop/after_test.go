package workshop

import (
	"testing"
	"time"
)

func TestSession_AfterRunsOnTheOwnerGoroutineUnlessCancelled(t *testing.T) {
	s, _ := newTestSession(t, Options{})
	ran := make(chan string, 2)
	var cancel func()
	onOwner(s, func() {
		cancel = s.After(time.Hour, func() { ran <- "cancelled one" })
		// The owner goroutine is busy in here, so f cannot have run yet:
		// it runs when the owner is free, as an edit would.
		s.After(0, func() { ran <- "due one" })
		cancel()
	})
	select {
	case got := <-ran:
		if got != "due one" {
			t.Fatalf("ran %q", got)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the due function never ran")
	}
}
