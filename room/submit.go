package room

import (
	"net/http"
	"time"

	"pathmap/board"
)

// settleWait is how long a post waits for its batch to be applied before
// answering "sending"; the live feed tells the phone the rest.
const settleWait = 8 * time.Second

// answer is what a phone hears back about one submission.
type answer struct {
	ID     string `json:"id"`
	Status Status `json:"status"`
	// Sticky is the board's id of the sticky once applied.
	Sticky int `json:"sticky,omitempty"`
	// VotesLeft is the rest of the person's budget, after a vote.
	VotesLeft *int `json:"votesLeft,omitempty"`
	// Error says why the board refused it, when it did.
	Error string `json:"error,omitempty"`
}

// serveSticky takes a sticky from a phone. A retry with the same id finds
// the first one and answers with its status: it is never added twice.
func (r *Room) serveSticky(w http.ResponseWriter, req *http.Request, p *participant) {
	var body struct {
		ID    string `json:"id"`
		Text  string `json:"text"`
		Lane  string `json:"lane"`
		Under int    `json:"under"`
	}
	if !decode(w, req, &body) {
		return
	}
	if !validID(body.ID) {
		fail(w, http.StatusBadRequest, "The page sent no id with the sticky; reload it.")
		return
	}
	if it := r.known(body.ID); it != nil {
		r.answer(w, req, it)
		return
	}
	text, ok := cleanText(body.Text, MaxText)
	if !ok {
		fail(w, http.StatusBadRequest, "A sticky has at most 200 characters.")
		return
	}
	if text == "" {
		fail(w, http.StatusBadRequest, "The sticky is empty.")
		return
	}
	lane, ok := board.LaneFromKey(body.Lane)
	if !ok {
		fail(w, http.StatusBadRequest, "That lane does not exist.")
		return
	}
	r.mu.Lock()
	if it := r.items[body.ID]; it != nil { // the same id raced in twice
		r.mu.Unlock()
		r.answer(w, req, it)
		return
	}
	if req.Context().Err() != nil || !r.allowLocked(w, p) {
		r.mu.Unlock() // a phone that gave up on this try will send it again
		return
	}
	it := &item{cid: body.ID, p: p, text: text, lane: lane, under: body.Under, nick: p.nick}
	r.addLocked(it)
	switch {
	case r.private:
		it.status = Held
		r.held = append(r.held, it)
	case r.autoAccept:
		r.enqueueLocked(it)
	default:
		it.status = Waiting
		r.tray = append(r.tray, it)
	}
	r.notifyLocked()
	r.mu.Unlock()
	r.answer(w, req, it)
}

// serveVote takes one dot-vote (+1) or takes one back (-1). The budget is
// the board's votes per person, checked here, not on the phone.
func (r *Room) serveVote(w http.ResponseWriter, req *http.Request, p *participant) {
	var body struct {
		ID     string `json:"id"`
		Sticky int    `json:"sticky"`
		Delta  int    `json:"delta"`
	}
	if !decode(w, req, &body) {
		return
	}
	if !validID(body.ID) || (body.Delta != 1 && body.Delta != -1) {
		fail(w, http.StatusBadRequest, "The page sent a vote it cannot make; reload it.")
		return
	}
	if it := r.known(body.ID); it != nil {
		r.answer(w, req, it)
		return
	}
	r.mu.Lock()
	if it := r.items[body.ID]; it != nil {
		r.mu.Unlock()
		r.answer(w, req, it)
		return
	}
	isPain := false
	for _, s := range r.snap.pains {
		isPain = isPain || s.ID == body.Sticky
	}
	switch {
	case body.Delta > 0 && !isPain:
		r.mu.Unlock()
		fail(w, http.StatusNotFound, "That pain point is no longer on the board.")
		return
	case body.Delta > 0 && p.votesCast() >= r.snap.budget:
		r.mu.Unlock()
		fail(w, http.StatusConflict, "You have used all your votes. Take one back to move it.")
		return
	case body.Delta < 0 && p.votes[body.Sticky] <= 0:
		r.mu.Unlock()
		fail(w, http.StatusConflict, "You have no vote on that pain point.")
		return
	}
	if req.Context().Err() != nil || !r.allowLocked(w, p) {
		r.mu.Unlock()
		return
	}
	it := &item{cid: body.ID, p: p, vote: true, sticky: body.Sticky, delta: body.Delta}
	r.addLocked(it)
	p.votes[body.Sticky] += body.Delta
	if p.votes[body.Sticky] == 0 {
		delete(p.votes, body.Sticky)
	}
	r.enqueueLocked(it)
	r.notifyLocked()
	r.mu.Unlock()
	r.answer(w, req, it)
}

func (r *Room) known(id string) *item {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.items[id]
}

// allowLocked applies the participant's post rate; beyond it, 429.
func (r *Room) allowLocked(w http.ResponseWriter, p *participant) bool {
	if len(p.items) >= maxItemsPerUser {
		fail(w, http.StatusTooManyRequests, "You have sent a lot already. Thank you!")
		return false
	}
	if !p.limiter.AllowN(r.opts.Clock(), 1) {
		w.Header().Set("Retry-After", "2")
		fail(w, http.StatusTooManyRequests, "Slow down a little: one sticky every two seconds.")
		return false
	}
	return true
}

func (r *Room) addLocked(it *item) {
	r.items[it.cid] = it
	it.p.items = append(it.p.items, it)
}

// answer waits until the item has left the batch queue (applied, or
// rejected), then says where it is.
func (r *Room) answer(w http.ResponseWriter, req *http.Request, it *item) {
	timeout := time.NewTimer(settleWait)
	defer timeout.Stop()
	for {
		r.mu.Lock()
		a := answer{ID: it.cid, Status: it.status, Sticky: it.boardID, Error: it.reason}
		if it.vote {
			a.Sticky = it.sticky
			left := max(r.snap.budget-it.p.votesCast(), 0)
			a.VotesLeft = &left
		}
		ch := r.changed
		r.mu.Unlock()
		if a.Status != Sending {
			reply(w, a)
			return
		}
		select {
		case <-ch:
		case <-timeout.C:
			reply(w, a)
			return
		case <-req.Context().Done():
			return
		}
	}
}
