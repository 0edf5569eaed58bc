// Package room lets everyone in the workshop add stickies and dot-vote from
// their own phone over the local Wi-Fi, with no internet: a small HTTP
// server that runs only while the room is open, serves one embedded page
// and feeds the board through the workshop session's one door for edits.
//
// The threat is outsiders on the same Wi-Fi, pranksters and floods: the
// URL carries a 128-bit token (or a join code, tried at most five times a
// minute per address), the Host header is checked against DNS rebinding,
// cross-origin posts are refused, and bodies, texts, post rates and the
// number of participants are limited. The facilitator acts only in the
// app, through the methods of Room; there are no admin endpoints.
package room

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"

	"pathmap/board"
)

// Limits of a room, as the security of a room full of phones needs them.
const (
	MaxBody         = 4 << 10 // bytes of one request body
	MaxParticipants = 100
	JoinTriesPerMin = 5
	maxItemsPerUser = 500 // submissions remembered per participant
)

// Options configure Open. Only Session is required.
type Options struct {
	// Session is the running workshop session the room feeds.
	Session Session
	// Addr is the host:port to listen on: a LAN address from LANAddresses
	// and port 0 for any free port.
	Addr string
	// Review starts the room with auto-accept off: stickies wait in the
	// tray for the facilitator.
	Review bool
	// Height, when set, sizes a sticky for its text, as the window sizes
	// typed ones (workshop.Options.Height).
	Height func(board.Sticky) float64
	// Batch is the shortest time between two room edits of the board.
	// The first arrival after a quiet spell is applied at once; those that
	// come while the board changed less than Batch ago wait and go
	// together, so a burst of stickies is drawn in a few refreshes and no
	// phone waits much longer than Batch. Default DefaultBatch.
	Batch time.Duration
	// PostEvery and PostBurst limit each participant's posts (default one
	// every 2 s with a burst of 5).
	PostEvery time.Duration
	PostBurst int
	// Clock is the time; nil means time.Now.
	Clock func() time.Time
}

// DefaultBatch is the shortest time between two room edits: short enough
// that a phone hears "sent ✓" at once, long enough that thirty stickies
// in a second are a handful of redraws, not thirty.
const DefaultBatch = 20 * time.Millisecond

// Room is an open room: the server and everything the facilitator controls.
// Its methods are safe from any goroutine.
type Room struct {
	opts  Options
	token string
	code  string
	url   string
	host  string // the Host header phones must send
	ln    net.Listener
	srv   *http.Server
	sess  Session

	ctx    context.Context // done when the room closes
	cancel context.CancelFunc
	wg     sync.WaitGroup
	stopCh func() // cancels the session listener

	closeOnce sync.Once
	closeErr  error

	mu      sync.Mutex
	people  map[string]*participant // by cookie secret
	byID    map[int]*participant
	nextPID int
	// removed holds the cookie secrets and device ids of removed
	// participants: their phones cannot join again. Addresses are not
	// banned, since phones behind one router share theirs.
	removed      map[string]bool
	joinTries    map[string]*rate.Limiter
	items        map[string]*item // by client-made id
	queue        []*item          // accepted, waiting for the next batch
	armed        bool             // a batch is scheduled
	lastBatch    time.Time        // when the last batch left the queue
	tray         []*item          // waiting for the facilitator
	held         []*item          // collected unseen in a private brainstorm
	autoAccept   bool
	refusals     int    // items the board refused for its file's limits
	lastRefusal  string // why the last one was refused
	private      bool
	revealed     bool
	snap         *snapshot
	version      int64
	changed      chan struct{} // closed and replaced at every new version
	listeners    map[int]func()
	nextListener int
	refreshCh    chan struct{}
	ready        chan struct{} // closed once the first snapshot is taken
	readyOnce    sync.Once
	// boardSeq counts batches applied, on the session's goroutine;
	// appliedSeq is the last one whose outcome the room has recorded, and
	// inflight says a batch is between the two.
	flushMu    sync.Mutex
	boardSeq   atomic.Int64
	appliedSeq int64
	inflight   bool
}

// Open starts the room's server on opts.Addr. It serves until Close.
func Open(opts Options) (*Room, error) {
	if opts.Session == nil {
		return nil, errors.New("room: no workshop session to feed")
	}
	if opts.Batch <= 0 {
		opts.Batch = DefaultBatch
	}
	if opts.PostEvery <= 0 {
		opts.PostEvery = 2 * time.Second
	}
	if opts.PostBurst <= 0 {
		opts.PostBurst = 5
	}
	if opts.Clock == nil {
		opts.Clock = time.Now
	}
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return nil, fmt.Errorf("room: cannot listen on %s: %w", opts.Addr, err)
	}
	r := &Room{
		opts: opts, sess: opts.Session, ln: ln,
		token: newToken(), code: newJoinCode(),
		people: map[string]*participant{}, byID: map[int]*participant{},
		removed: map[string]bool{}, joinTries: map[string]*rate.Limiter{},
		items: map[string]*item{}, autoAccept: !opts.Review,
		changed: make(chan struct{}), listeners: map[int]func(){},
		refreshCh: make(chan struct{}, 1),
	}
	r.host = ln.Addr().String()
	r.url = "http://" + r.host + "/t/" + r.token
	r.ctx, r.cancel = context.WithCancel(context.Background())
	r.snap = &snapshot{}
	r.ready = make(chan struct{})
	// Nothing here waits for the session: Open may run on the session's
	// own goroutine. Phones wait for the first snapshot (ready).
	r.stopCh = r.sess.OnChange(r.requestRefresh)
	r.requestRefresh()
	r.wg.Add(1)
	go r.refreshLoop()

	r.srv = &http.Server{
		Handler:           r.handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		// The live feed extends its own write deadline at every message
		// (http.ResponseController); everything else is small.
		WriteTimeout:   10 * time.Second,
		IdleTimeout:    60 * time.Second,
		MaxHeaderBytes: 8 << 10,
		BaseContext:    func(net.Listener) context.Context { return r.ctx },
		ErrorLog:       discardLog,
	}
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		_ = r.srv.Serve(ln) // returns when Close shuts the server down
	}()
	return r, nil
}

// Close stops the server, ends every phone's connection and applies
// nothing more. Stickies still waiting in the tray or held back are
// dropped with the room; call it once the facilitator has dealt with them.
func (r *Room) Close() error {
	r.closeOnce.Do(func() { r.closeErr = r.close() })
	return r.closeErr
}

func (r *Room) close() error {
	r.cancel() // ends the live feeds, whose requests would hold Shutdown
	r.stopCh()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	err := r.srv.Shutdown(ctx)
	if err != nil {
		err = r.srv.Close()
	}
	r.wg.Wait()
	return err
}

// URL is the address phones open, token included: what the QR code holds.
func (r *Room) URL() string { return r.url }

// JoinURL is the short address to type by hand; the page then asks for the
// join code.
func (r *Room) JoinURL() string { return "http://" + r.host }

// Code is the six-character join code shown on the projector.
func (r *Room) Code() string { return r.code }

// Addr is the address and port the room listens on.
func (r *Room) Addr() string { return r.host }

// Participants is how many people have joined and not been removed.
func (r *Room) Participants() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.byID)
}

// OnChange calls f (on a goroutine of the room's) whenever what the
// facilitator sees of the room changes: someone joined, the tray filled.
// The returned function stops the calls.
func (r *Room) OnChange(f func()) (cancel func()) {
	r.mu.Lock()
	defer r.mu.Unlock()
	id := r.nextListener
	r.nextListener++
	r.listeners[id] = f
	return func() {
		r.mu.Lock()
		defer r.mu.Unlock()
		delete(r.listeners, id)
	}
}

// notifyLocked tells the app's listeners and the phones' feeds that the
// room changed. r.mu must be held.
func (r *Room) notifyLocked() {
	r.version++
	close(r.changed)
	r.changed = make(chan struct{})
	for _, f := range r.listeners {
		go f()
	}
}

func (r *Room) postLimiter() *rate.Limiter {
	return rate.NewLimiter(rate.Every(r.opts.PostEvery), r.opts.PostBurst)
}

func itoa(n int) string { return strconv.Itoa(n) }
