package room

import (
	"encoding/json"
	"errors"
	"io"
	"log"
	"net"
	"net/http"
	"strings"
	"time"

	"golang.org/x/time/rate"
)

// discardLog keeps the server's complaints about broken phone connections
// out of the app's output.
var discardLog = log.New(io.Discard, "", 0)

const cookieName = "pathmap_room"

// handler is the whole server: the Host check first (DNS rebinding), then
// the page's headers, cross-origin protection for every post, the body
// limit, and the few routes there are. Nothing is served from disk.
func (r *Room) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", r.servePage)
	mux.HandleFunc("GET /app.js", serveAsset("app.js", "text/javascript; charset=utf-8"))
	mux.HandleFunc("GET /app.css", serveAsset("app.css", "text/css; charset=utf-8"))
	mux.HandleFunc("POST /join", r.serveJoin)
	mux.HandleFunc("GET /t/{token}", r.withToken(r.servePage))
	mux.HandleFunc("GET /t/{token}/{$}", r.withToken(r.servePage))
	mux.HandleFunc("POST /t/{token}/hello", r.withToken(r.serveHello))
	mux.HandleFunc("GET /t/{token}/events", r.withToken(r.withParticipant(r.serveEvents)))
	mux.HandleFunc("POST /t/{token}/sticky", r.withToken(r.withParticipant(r.serveSticky)))
	mux.HandleFunc("POST /t/{token}/vote", r.withToken(r.withParticipant(r.serveVote)))
	mux.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) { fail(w, http.StatusNotFound, "Nothing here.") })

	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		fail(w, http.StatusForbidden, "Posts from other sites are refused.")
	}))
	var h http.Handler = cop.Handler(mux)
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if req.Host != r.host {
			// A page of another site whose name was pointed at this
			// address (DNS rebinding) sends its own name here.
			fail(w, http.StatusMisdirectedRequest, "Open the address shown on the projector.")
			return
		}
		hd := w.Header()
		hd.Set("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cache-Control", "no-store")
		if req.ContentLength > MaxBody {
			fail(w, http.StatusRequestEntityTooLarge, "That is too long to send.")
			return
		}
		req.Body = http.MaxBytesReader(w, req.Body, MaxBody)
		h.ServeHTTP(w, req)
	})
}

// fail answers with a status and a short message the page can show.
func fail(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// failRemoved tells a removed participant's phone so; the page then stops
// trying to join again.
func failRemoved(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusForbidden)
	_ = json.NewEncoder(w).Encode(map[string]any{"error": "The facilitator removed you from this room.", "removed": true})
}

// wasRemoved reports whether secret belongs to a removed participant.
func (r *Room) wasRemoved(secret string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.removed[secret]
}

func reply(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// decode reads a small JSON body; a body over MaxBody is 413.
func decode(w http.ResponseWriter, req *http.Request, v any) bool {
	err := json.NewDecoder(req.Body).Decode(v)
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		fail(w, http.StatusRequestEntityTooLarge, "That is too long to send.")
		return false
	case err != nil:
		fail(w, http.StatusBadRequest, "The phone sent something unreadable.")
		return false
	}
	return true
}

func (r *Room) withToken(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		if !sameSecret(req.PathValue("token"), r.token) {
			fail(w, http.StatusNotFound, "This room is closed or the address is wrong. Scan the QR code again.")
			return
		}
		select { // the room has read the board once
		case <-r.ready:
		case <-req.Context().Done():
			return
		}
		h(w, req)
	}
}

type participantHandler func(w http.ResponseWriter, req *http.Request, p *participant)

// withParticipant finds the phone by its cookie; a phone that has not said
// hello, or was removed, is refused.
func (r *Room) withParticipant(h participantHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		c, err := req.Cookie(cookieName)
		var p *participant
		if err == nil {
			r.mu.Lock()
			p = r.people[c.Value]
			r.mu.Unlock()
		}
		switch {
		case p == nil && err == nil && r.wasRemoved(c.Value):
			failRemoved(w)
			return
		case p == nil:
			fail(w, http.StatusForbidden, "Join the room first.")
			return
		}
		h(w, req, p)
	}
}

func clientAddr(req *http.Request) string {
	host, _, err := net.SplitHostPort(req.RemoteAddr)
	if err != nil {
		return req.RemoteAddr
	}
	return host
}

// serveJoin trades the join code for the room's address with its token.
// Each address gets JoinTriesPerMin tries a minute, so the code cannot be
// guessed by trying.
func (r *Room) serveJoin(w http.ResponseWriter, req *http.Request) {
	addr := clientAddr(req)
	r.mu.Lock()
	lim := r.joinTries[addr]
	if lim == nil {
		lim = rate.NewLimiter(rate.Every(time.Minute/JoinTriesPerMin), JoinTriesPerMin)
		r.joinTries[addr] = lim
	}
	r.mu.Unlock()
	if !lim.AllowN(r.opts.Clock(), 1) {
		w.Header().Set("Retry-After", "60")
		fail(w, http.StatusTooManyRequests, "Too many tries. Wait a minute, then type the code again.")
		return
	}
	var body struct {
		Code string `json:"code"`
	}
	if !decode(w, req, &body) {
		return
	}
	if !sameSecret(normaliseCode(body.Code), r.code) {
		fail(w, http.StatusForbidden, "That is not the code on the projector.")
		return
	}
	reply(w, map[string]string{"path": "/t/" + r.token})
}

// serveHello makes the phone a participant (or renames one that already
// is) and gives it the cookie that says so.
func (r *Room) serveHello(w http.ResponseWriter, req *http.Request) {
	var body struct {
		Nick string `json:"nick"`
		// Device is the id the page keeps in the phone's storage.
		Device string `json:"device"`
	}
	if !decode(w, req, &body) {
		return
	}
	nick, ok := cleanText(body.Nick, MaxNick)
	if !ok {
		fail(w, http.StatusBadRequest, "A nickname has at most 24 characters.")
		return
	}
	if !validID(body.Device) {
		body.Device = "" // an old page, or storage the browser refused
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	var p *participant
	cookie := ""
	if c, err := req.Cookie(cookieName); err == nil {
		cookie = c.Value
		p = r.people[cookie]
	}
	switch {
	case p != nil:
	case r.removed[cookie] || r.removed[body.Device]:
		failRemoved(w)
		return
	case len(r.byID) >= MaxParticipants:
		fail(w, http.StatusForbidden, "The room is full.")
		return
	default:
		r.nextPID++
		p = &participant{id: r.nextPID, secret: newToken(), device: body.Device, limiter: r.postLimiter(),
			votes: map[int]int{}, gone: make(chan struct{}), joined: r.opts.Clock()}
		r.people[p.secret] = p
		r.byID[p.id] = p
	}
	p.nick = nick
	r.notifyLocked()
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: p.secret, Path: "/t/" + r.token,
		HttpOnly: true, SameSite: http.SameSiteStrictMode})
	reply(w, map[string]any{"you": p.id, "nick": p.nick})
}

// validID is a client-made id: 16 to 64 letters, digits, '-' or '_'.
func validID(s string) bool {
	if len(s) < 16 || len(s) > 64 {
		return false
	}
	return strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") == ""
}
