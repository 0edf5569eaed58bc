package room

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"pathmap/board"
)

// Live feed timing: a phone gets at most one update per feedGap (a burst
// of changes becomes one message), and a comment every keepAlive so that
// Wi-Fi routers and phones keep the connection open.
const (
	feedGap   = 150 * time.Millisecond
	keepAlive = 20 * time.Second
)

// view is one phone's picture of the room, sent whole at each change: a
// phone that missed messages needs only the latest.
type view struct {
	Step     stepView          `json:"step"`
	Lanes    []laneView        `json:"lanes"`
	Events   []ref             `json:"events"`
	Pains    []ref             `json:"pains"`
	Revealed bool              `json:"revealed"`
	Budget   int               `json:"budget"`
	MyVotes  map[string]int    `json:"myVotes"`
	Mine     map[string]Status `json:"mine"`
	// Why says why the board refused a sticky of Mine, by its id.
	Why       map[string]string `json:"why,omitempty"`
	People    int               `json:"people"`
	Private   bool              `json:"private"`
	Nick      string            `json:"nick"`
	You       int               `json:"you"`
	Reminders reminders         `json:"reminders"`
}

type stepView struct {
	Number int    `json:"number"`
	Of     int    `json:"of"`
	Title  string `json:"title"`
	Prompt string `json:"prompt"`
	Tip    string `json:"tip"`
	Lane   string `json:"lane"`
}

type laneView struct {
	Key  string `json:"key"`
	Name string `json:"name"`
	Mark string `json:"mark"`
	Fill string `json:"fill"`
	Ink  string `json:"ink"`
	Band string `json:"band"`
}

// reminders are texts the page shows at the right moment.
type reminders struct {
	PastTense string `json:"pastTense"`
}

func hexColor(c board.Color) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

var laneViews = func() []laneView {
	var out []laneView
	for _, l := range board.AllLanes() {
		out = append(out, laneView{Key: l.Key(), Name: l.Name(), Mark: l.Mark(), Fill: hexColor(l.Fill()), Ink: hexColor(l.Ink()), Band: hexColor(l.Band())})
	}
	return out
}()

// viewLocked builds p's view; r.mu must be held.
func (r *Room) viewLocked(p *participant) view {
	s := r.snap
	v := view{
		Step:     stepView{Number: s.step, Of: s.steps, Title: s.title, Prompt: s.prompt, Tip: s.tip, Lane: s.lane.Key()},
		Lanes:    laneViews,
		Events:   s.events,
		Revealed: r.revealed,
		Budget:   s.budget,
		MyVotes:  map[string]int{},
		Mine:     map[string]Status{},
		People:   len(r.byID),
		Private:  r.private,
		Nick:     p.nick,
		You:      p.id,
		Reminders: reminders{PastTense: "Write events in the past tense, as things that have happened: " +
			"“Code review completed”, “Deployed to staging”."},
	}
	// Tallies stay hidden until the facilitator reveals them, so nobody
	// follows the crowd.
	for _, x := range s.pains {
		if !r.revealed {
			x.Votes = 0
		}
		v.Pains = append(v.Pains, x)
	}
	for id, n := range p.votes {
		v.MyVotes[strconv.Itoa(id)] = n
	}
	for _, it := range p.items {
		if it.vote {
			continue
		}
		v.Mine[it.cid] = it.status
		if it.reason != "" {
			if v.Why == nil {
				v.Why = map[string]string{}
			}
			v.Why[it.cid] = it.reason
		}
	}
	return v
}

// serveEvents is the live feed (server-sent events). Each message is the
// phone's whole view, with the room's version as its id; a phone that
// reconnects with Last-Event-ID gets a message only if something changed.
func (r *Room) serveEvents(w http.ResponseWriter, req *http.Request, p *participant) {
	rc := http.NewResponseController(w)
	// The server's read timeout would end the feed: it has no body to read.
	_ = rc.SetReadDeadline(time.Time{})
	h := w.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("X-Accel-Buffering", "no")
	last, _ := strconv.ParseInt(req.Header.Get("Last-Event-ID"), 10, 64)
	w.WriteHeader(http.StatusOK)
	if err := rc.Flush(); err != nil {
		return
	}
	ping := time.NewTicker(keepAlive)
	defer ping.Stop()
	for {
		r.mu.Lock()
		ver, ch := r.version, r.changed
		var data []byte
		if ver != last {
			data, _ = json.Marshal(r.viewLocked(p))
		}
		r.mu.Unlock()
		if data != nil {
			_ = rc.SetWriteDeadline(time.Now().Add(10 * time.Second))
			if _, err := fmt.Fprintf(w, "id: %d\nevent: state\ndata: %s\n\n", ver, data); err != nil {
				return
			}
			if rc.Flush() != nil {
				return
			}
			last = ver
		}
		select {
		case <-ch:
			// Let a burst of changes settle into one message.
			select {
			case <-time.After(feedGap):
			case <-req.Context().Done():
				return
			}
		case <-ping.C:
			_ = rc.SetWriteDeadline(time.Now().Add(10 * time.Second))
			if _, err := fmt.Fprint(w, ": still here\n\n"); err != nil || rc.Flush() != nil {
				return
			}
		case <-p.gone:
			_ = rc.SetWriteDeadline(time.Now().Add(5 * time.Second))
			fmt.Fprint(w, "event: removed\ndata: {}\n\n")
			_ = rc.Flush()
			return
		case <-req.Context().Done():
			return
		}
	}
}
