package room

import (
	"errors"
	"fmt"

	"pathmap/board"
)

// Pending is a sticky waiting in the facilitator's tray.
type Pending struct {
	// ID is the id the phone made for it; Accept and Reject take it.
	ID   string
	Text string
	Lane board.Lane
	// Under is the event chosen on the phone, 0 for none.
	Under int
	// Author is the sender's nickname, "" when anonymous.
	Author string
	// Participant is the sender's number in the room.
	Participant int
}

// Person is one participant as the facilitator sees them.
type Person struct {
	ID       int
	Nick     string
	Stickies int // sent, in any state
	Votes    int // votes cast
}

// ErrUnknown is returned for a tray item, sticky or participant the room
// does not have (any more).
var ErrUnknown = errors.New("room: no such item")

// AutoAccept reports whether stickies from phones go straight to the board.
func (r *Room) AutoAccept() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.autoAccept
}

// SetAutoAccept turns auto-accept on or off. When it is off, stickies wait
// in the tray; turning it on leaves those already waiting there, for the
// facilitator to accept or reject.
func (r *Room) SetAutoAccept(on bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.autoAccept = on
	r.notifyLocked()
}

// Tray lists the stickies waiting for the facilitator, oldest first.
func (r *Room) Tray() []Pending {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]Pending, 0, len(r.tray))
	for _, it := range r.tray {
		out = append(out, Pending{ID: it.cid, Text: it.text, Lane: it.lane, Under: it.under, Author: it.nick, Participant: it.p.id})
	}
	return out
}

// Accept puts a waiting sticky on the board with the next batch.
func (r *Room) Accept(id string) error { return r.settle(id, true) }

// Reject turns a waiting sticky down; the sender's phone shows it was not
// taken.
func (r *Room) Reject(id string) error { return r.settle(id, false) }

// AcceptAll puts every waiting sticky on the board.
func (r *Room) AcceptAll() {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, it := range r.tray {
		r.enqueueLocked(it)
	}
	r.tray = nil
	r.notifyLocked()
}

func (r *Room) settle(id string, accept bool) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	for i, it := range r.tray {
		if it.cid != id {
			continue
		}
		r.tray = append(r.tray[:i], r.tray[i+1:]...)
		if accept {
			r.enqueueLocked(it)
		} else {
			it.status = Rejected
		}
		r.notifyLocked()
		return nil
	}
	return fmt.Errorf("%w: %q is not in the tray", ErrUnknown, id)
}

// Hide takes a sticky off the board into the tray, where Accept puts it
// back where it was and Reject drops it. The change is no undo step: the
// tray holds the sticky. Like Session.Do it does not wait (it may be
// called on the session's own goroutine); the channel is closed when done.
// A sticky that is not on the board is left alone.
func (r *Room) Hide(stickyID int) <-chan struct{} {
	return r.sess.Do(func(e Editor) {
		s, found := e.Board().Sticky(stickyID)
		if !found {
			return
		}
		if e.ApplyRoom(board.Edit(e.Board(), "Hide sticky", []board.Command{&board.DeleteSticky{ID: stickyID}}, nil)) != nil {
			return
		}
		r.mu.Lock()
		defer r.mu.Unlock()
		var it *item
		for _, x := range r.items {
			if !x.vote && x.boardID == stickyID && x.status == Applied {
				it = x
			}
		}
		if it == nil { // the facilitator's own sticky
			it = &item{cid: "hidden-" + itoa(stickyID) + "-" + newToken(), p: &participant{}, text: s.Text, lane: s.Lane, nick: s.Author}
		}
		it.status, it.restore = Waiting, &s
		r.tray = append(r.tray, it)
		r.notifyLocked()
	})
}

// Delete removes a sticky from the board as the facilitator's own edit,
// which Ctrl+Z undoes. It does not wait; the channel is closed when done.
func (r *Room) Delete(stickyID int) <-chan struct{} {
	return r.sess.Do(func(e Editor) {
		if _, found := e.Board().Sticky(stickyID); found {
			e.ApplyFacilitator(board.Edit(e.Board(), "Delete sticky", []board.Command{&board.DeleteSticky{ID: stickyID}}, nil))
		}
	})
}

// People lists the participants in the order they joined.
func (r *Room) People() []Person {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]Person, 0, len(r.byID))
	for id := 1; id <= r.nextPID; id++ {
		p := r.byID[id]
		if p == nil {
			continue
		}
		n := 0
		for _, it := range p.items {
			if !it.vote {
				n++
			}
		}
		out = append(out, Person{ID: p.id, Nick: p.nick, Stickies: n, Votes: p.votesCast()})
	}
	return out
}

// Remove sends a participant away: their phone is disconnected, what they
// sent that is not on the board yet is dropped, and their phone (its
// cookie and the id its page keeps) cannot join again while the room is
// open. Their address is not banned: the phones behind one router share
// it. What is on the board stays; the facilitator hides or deletes it like
// any sticky.
func (r *Room) Remove(participant int) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	p := r.byID[participant]
	if p == nil {
		return fmt.Errorf("%w: participant %d", ErrUnknown, participant)
	}
	delete(r.byID, p.id)
	delete(r.people, p.secret)
	r.removed[p.secret] = true
	if p.device != "" {
		r.removed[p.device] = true
	}
	close(p.gone)
	drop := func(list []*item) []*item {
		kept := list[:0]
		for _, it := range list {
			if it.p == p {
				it.status = Rejected
				continue
			}
			kept = append(kept, it)
		}
		return kept
	}
	r.tray, r.held = drop(r.tray), drop(r.held)
	for _, it := range r.queue {
		if it.p == p {
			it.status = Rejected // flush skips it
		}
	}
	r.notifyLocked()
	return nil
}

// Private reports whether a private brainstorm is on.
func (r *Room) Private() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.private
}

// StartPrivate starts a private brainstorm: stickies are collected unseen
// until Reveal.
func (r *Room) StartPrivate() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.private = true
	r.notifyLocked()
}

// Held is how many stickies a private brainstorm has collected so far.
func (r *Room) Held() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.held)
}

// Reveal ends a private brainstorm: every collected sticky goes on the
// board together, in one batch.
func (r *Room) Reveal() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.private = false
	for _, it := range r.held {
		r.enqueueLocked(it)
	}
	r.held = nil
	r.notifyLocked()
}

// VotesRevealed reports whether phones (and the projector) show the tallies.
func (r *Room) VotesRevealed() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.revealed
}

// RevealVotes shows or hides the vote tallies on the phones. The app hides
// them on the projector too while this is off.
func (r *Room) RevealVotes(on bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.revealed = on
	r.notifyLocked()
}

// Refusals is how many stickies or votes from phones the board refused
// because it would have crossed a limit of its file format, and why the
// last one was. The phones were told; the app shows it in the room panel
// rather than in a dialog over the projected board.
func (r *Room) Refusals() (n int, last string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.refusals, r.lastRefusal
}

// Sender is the participant who sent the sticky now on the board as
// stickyID, while they are in the room; false for the facilitator's own
// stickies and for those of people removed or from an earlier room.
func (r *Room) Sender(stickyID int) (Person, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, it := range r.items {
		if it.vote || it.status != Applied || it.boardID != stickyID || r.byID[it.p.id] != it.p {
			continue
		}
		return Person{ID: it.p.id, Nick: it.p.nick}, true
	}
	return Person{}, false
}
