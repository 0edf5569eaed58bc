package room

import (
	"errors"
	"strings"
	"time"

	"golang.org/x/time/rate"

	"pathmap/board"
)

// Status is where a submission from a phone is.
type Status string

// The statuses a phone sees for what it sent.
const (
	// Sending: accepted by the room, to be applied with the next batch.
	Sending Status = "sending"
	// Waiting: in the facilitator's tray (auto-accept is off).
	Waiting Status = "waiting"
	// Held: collected unseen during a private brainstorm.
	Held Status = "held"
	// Applied: on the board. Only now does the phone show "sent ✓".
	Applied Status = "applied"
	// Rejected: the facilitator turned it down, or the pain point voted
	// on is gone.
	Rejected Status = "rejected"
)

// participant is one phone that joined.
type participant struct {
	id     int
	secret string
	nick   string
	// device is the id the phone's page keeps in its storage, so a
	// removed phone that lost its cookie is still known.
	device  string
	limiter *rate.Limiter
	// votes counts this person's votes per pain point, applied or on the
	// way; the budget is checked against their sum.
	votes  map[int]int
	items  []*item
	gone   chan struct{} // closed when the facilitator removes them
	joined time.Time
}

func (p *participant) votesCast() int {
	n := 0
	for _, v := range p.votes {
		n += v
	}
	return n
}

// item is one submission: a sticky or a vote, known by the id the phone
// made for it, so a retry finds it instead of adding it again.
type item struct {
	cid    string
	p      *participant
	status Status

	// A sticky.
	text  string
	lane  board.Lane
	under int    // the event chosen on the phone, 0 for none
	nick  string // the author's nickname when it was sent
	// A vote: delta (+1 or -1) on pain point sticky.
	vote   bool
	sticky int
	delta  int

	boardID int // the sticky's id once applied
	// reason is why the board refused it, for the phone to show.
	reason string
	// restore is a hidden sticky as it was on the board: accepting it
	// again puts it back where it was.
	restore *board.Sticky
}

// snapshot is what phones see of the board, taken after every change.
type snapshot struct {
	seq      int64 // batches applied to the board when it was taken
	step     int   // counted from 1
	steps    int
	title    string
	prompt   string
	tip      string
	lane     board.Lane
	events   []ref
	pains    []ref
	budget   int
	stickies map[int]bool // every sticky id on the board
}

// ref is a sticky as a phone lists it.
type ref struct {
	ID    int    `json:"id"`
	Text  string `json:"text"`
	Votes int    `json:"votes,omitempty"`
}

func takeSnapshot(b *board.Board) *snapshot {
	s := &snapshot{budget: b.Settings.Votes(), steps: len(b.Agenda.Steps), stickies: make(map[int]bool, len(b.Stickies))}
	st := b.Agenda.Step()
	s.step, s.title, s.prompt, s.lane = b.Agenda.Current+1, st.Title, st.Prompt, b.Agenda.Lane()
	if len(st.Tips) > 0 {
		s.tip = st.Tips[0]
	}
	for _, x := range b.Stickies {
		s.stickies[x.ID] = true
	}
	for _, e := range b.InLane(board.Events) {
		s.events = append(s.events, ref{ID: e.ID, Text: e.Text})
	}
	for _, p := range b.InLane(board.PainPoints) {
		s.pains = append(s.pains, ref{ID: p.ID, Text: p.Text, Votes: p.Votes})
	}
	return s
}

// requestRefresh asks for a new snapshot; it never blocks the session's
// goroutine, and requests that pile up become one refresh.
func (r *Room) requestRefresh() {
	select {
	case r.refreshCh <- struct{}{}:
	default:
	}
}

func (r *Room) refreshLoop() {
	defer r.wg.Done()
	for {
		select {
		case <-r.ctx.Done():
			return
		case <-r.refreshCh:
			r.refresh()
		}
	}
}

// refresh reads the board through the session and publishes what phones
// see of it.
func (r *Room) refresh() {
	var s *snapshot
	done := r.sess.Do(func(e Editor) {
		s = takeSnapshot(e.Board())
		s.seq = r.boardSeq.Load()
	})
	select {
	case <-done:
	case <-r.ctx.Done():
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.snap = s
	r.reconcileVotesLocked(s)
	r.notifyLocked()
	r.readyOnce.Do(func() { close(r.ready) })
}

// reconcileVotesLocked gives people their votes back when the board lost
// them: a pain point deleted, or the facilitator cleared the votes for a
// new round. It compares only a board that has every applied batch and no
// vote on the way: otherwise votes in flight would look lost.
func (r *Room) reconcileVotesLocked(s *snapshot) {
	if s.seq != r.appliedSeq || r.inflight {
		return
	}
	onBoard := map[int]int{}
	for _, p := range s.pains {
		onBoard[p.ID] = p.Votes
	}
	pending := map[int]bool{}
	for _, it := range r.queue {
		if it.vote {
			pending[it.sticky] = true
		}
	}
	given := map[int]int{}
	for _, p := range r.byID {
		for id, n := range p.votes {
			given[id] += n
		}
	}
	for id, n := range given {
		if pending[id] {
			continue
		}
		if v, ok := onBoard[id]; !ok || v < n {
			for _, p := range r.byID {
				delete(p.votes, id)
			}
		}
	}
}

// enqueueLocked puts an accepted item in the next batch. After a quiet
// spell the batch leaves at once (the leading edge: one sticky is on the
// board as soon as it is sent); while the last batch left less than
// Options.Batch ago, the item waits for the rest of that time with
// everything else that arrives, so a burst is applied in a few edits.
// The wait is measured with the real clock, as the timer that ends it.
func (r *Room) enqueueLocked(it *item) {
	it.status = Sending
	r.queue = append(r.queue, it)
	if r.armed {
		return
	}
	r.armed = true
	wait := max(r.opts.Batch-time.Since(r.lastBatch), 0)
	// Even at once the flush runs on its own goroutine: the caller holds
	// r.mu, and items enqueued with this one under the same lock (a
	// reveal, accept all) still go in the same batch.
	time.AfterFunc(wait, r.flush)
}

// flush applies every queued item as one edit from the room: one change
// of the board, drawn in one refresh.
func (r *Room) flush() {
	// One batch at a time, so batches reach the board in the order their
	// items arrived (a vote and its taking back stay in order).
	r.flushMu.Lock()
	defer r.flushMu.Unlock()
	r.mu.Lock()
	batch := r.queue
	r.queue, r.armed = nil, false
	if len(batch) > 0 {
		r.lastBatch = time.Now()
	}
	r.inflight = len(batch) > 0
	r.mu.Unlock()
	if len(batch) == 0 || r.ctx.Err() != nil {
		return
	}
	var seq int64
	ids := make([]int, len(batch))    // 0: rejected
	why := make([]string, len(batch)) // why the board refused it
	done := r.sess.Do(func(e Editor) {
		b := e.Board()
		nb := b.Clone()
		cmds := r.build(nb, batch, ids, why, false)
		if len(cmds) > 0 && nb.CheckLimits() != nil {
			// Rare: the batch would cross a limit of the file format. Each
			// item is tried on its own, so only the ones past the limit
			// are refused, their phones are told why, and the board never
			// refuses the edit (which would be a dialog on the projector).
			cmds = r.build(b.Clone(), batch, ids, why, true)
		}
		if len(cmds) > 0 {
			if err := e.ApplyRoom(&board.Batch{Cmds: cmds, What: "Stickies from the room"}); err != nil {
				for i := range ids {
					ids[i], why[i] = 0, phoneRefusal(err)
				}
			}
		}
		seq = r.boardSeq.Add(1)
	})
	select {
	case <-done:
	case <-r.ctx.Done():
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.inflight, r.appliedSeq = false, seq
	for i, it := range batch {
		if it.status != Sending {
			continue // the participant was removed meanwhile
		}
		if ids[i] == 0 {
			it.status, it.reason = Rejected, why[i]
			if why[i] != "" {
				r.refusals++
				r.lastRefusal = why[i]
			}
			if it.vote {
				it.p.votes[it.sticky] -= it.delta
				if it.p.votes[it.sticky] <= 0 {
					delete(it.p.votes, it.sticky)
				}
			}
			continue
		}
		it.status, it.boardID = Applied, ids[i]
	}
	r.notifyLocked()
}

// build makes the edit of each item of batch on nb, in order, each one
// done on nb so the next is placed after it, and returns the edits; ids
// gets each item's sticky on the board (0: nothing to do). With check,
// an item whose edit makes nb cross a limit of the file format is left
// out and why says so; a problem nb had before is not the item's doing.
func (r *Room) build(nb *board.Board, batch []*item, ids []int, why []string, check bool) []board.Command {
	var cmds []board.Command
	for i, it := range batch {
		var c board.Command
		ids[i], why[i] = 0, ""
		switch {
		case it.vote:
			c = board.Vote(nb, it.sticky, it.delta)
			if c != nil {
				c.Do(nb)
				ids[i] = it.sticky
			}
		case it.restore != nil:
			s := *it.restore
			s.ID = nb.NextID()
			c = board.Edit(nb, "Show sticky", []board.Command{board.AddSticky{Sticky: s}}, func(b *board.Board) { b.Unstack(s.ID) })
			c.Do(nb)
			ids[i] = s.ID
		default:
			s := board.Sticky{Lane: it.lane, Text: it.text, FromRoom: true, Author: it.nick}
			c, ids[i] = placeSticky(nb, s, it.under, r.opts.Height)
		}
		if c == nil {
			continue
		}
		if check {
			if err := nb.CheckLimits(); err != nil {
				c.Undo(nb)
				if nb.CheckLimits() == nil {
					ids[i], why[i] = 0, phoneRefusal(err)
					continue
				}
				c.Do(nb)
			}
		}
		cmds = append(cmds, c)
	}
	return cmds
}

// phoneRefusal is what a phone shows when the board could not take what
// it sent: the facilitator's projector shows no dialog for it.
func phoneRefusal(err error) string {
	problem := err.Error()
	var le *board.LimitError
	if errors.As(err, &le) {
		problem = le.Problem
	}
	// What follows a semicolon is advice for the facilitator ("tidy up or
	// start a new board"), not something the phone can do.
	problem, _, _ = strings.Cut(problem, "; ")
	return "The board could not take this: " + problem + ". Tell the facilitator."
}
