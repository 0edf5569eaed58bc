package export

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"pathmap/board"
)

// The action list is what people walk out of the workshop with: who does
// what by when, what is still an open question, which pain points hurt most
// and where. It is built once (handoutOf) and written as PDF pages, a PNG,
// Markdown and CSV, so every format lists the same things.

// handout is the action list of a board.
type handout struct {
	Title    string
	Actions  []action // actions-lane stickies with an owner
	Open     []action // actions-lane stickies nobody owns yet
	Sections []listSection
}

// action is one Questions & actions sticky.
type action struct {
	Text, Owner, Due, Event string
}

// Status is what a tracker import shows: an owned action is open work, an
// unowned one still a question for the team.
func (a action) Status() string {
	if a.Owner == "" {
		return "question"
	}
	return "open"
}

// listSection is one section of the action list, such as "Pain points by
// event": groups of items, each group usually one event.
type listSection struct {
	Title string
	Lane  board.Lane // its color swatch, tying the list to the map
	Empty string     // what to print when there is nothing
	// Table marks the owned actions, which Markdown writes as a table.
	Table  bool
	Groups []listGroup
}

// listGroup is a run of items under a subheading ("" for none).
type listGroup struct {
	Title string
	Items []listItem
}

// listItem is one entry: its text and a line of details in smaller type.
type listItem struct {
	Text   string
	Detail string
	Lane   board.Lane
}

// noText stands in for a sticky or event nobody wrote on, so the list never
// shows an empty bullet.
const noText = "(no text)"

// noEvent groups stickies left of every event.
const noEvent = "Before the first event"

// oneLine joins a sticky's lines: a list entry or a CSV cell reads better
// without the line breaks that fit the text onto a note.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return noText
	}
	return s
}

// handoutOf builds the action list of b; now counts a running agenda timer.
func handoutOf(b *board.Board, now time.Time) handout {
	h := handout{Title: b.Title}
	events := b.InLane(board.Events)
	eventOf := func(s board.Sticky) string {
		cx, _ := s.Center()
		if e, ok := board.EventAt(events, cx); ok {
			return oneLine(e.Text)
		}
		return ""
	}
	var all []action // map order, for the summary
	for _, s := range b.InLane(board.Actions) {
		a := action{Text: oneLine(s.Text), Owner: strings.TrimSpace(s.Owner), Due: strings.TrimSpace(s.Due), Event: eventOf(s)}
		all = append(all, a)
		if a.Owner == "" {
			h.Open = append(h.Open, a)
		} else {
			h.Actions = append(h.Actions, a)
		}
	}
	// Actions by due date, the soonest first: the order they need chasing.
	// Undated ones go last, in map order.
	slices.SortStableFunc(h.Actions, func(a, b action) int {
		if (a.Due == "") != (b.Due == "") {
			if a.Due == "" {
				return 1
			}
			return -1
		}
		return cmp.Compare(a.Due, b.Due)
	})

	h.Sections = append(h.Sections, summary(b, all))

	sec := listSection{Title: "Actions", Lane: board.Actions, Empty: "No action has an owner yet.", Table: true}
	g := listGroup{}
	for _, a := range h.Actions {
		g.Items = append(g.Items, listItem{Text: a.Text, Detail: actionDetail(a), Lane: board.Actions})
	}
	sec.Groups = []listGroup{g}
	h.Sections = append(h.Sections, sec)

	sec = listSection{Title: "Open questions", Lane: board.Actions, Empty: "None."}
	g = listGroup{}
	for _, a := range h.Open {
		g.Items = append(g.Items, listItem{Text: a.Text, Detail: actionDetail(a), Lane: board.Actions})
	}
	sec.Groups = []listGroup{g}
	h.Sections = append(h.Sections, sec)

	h.Sections = append(h.Sections, painByVotes(b), painByEvent(b, events, eventOf), inventory(b, events, eventOf), timings(b, events, eventOf))
	h.Sections = append(h.Sections, agendaSections(b, now)...)
	return h
}

// actionDetail is the line under an action: owner, due date and event.
func actionDetail(a action) string {
	var parts []string
	if a.Owner != "" {
		parts = append(parts, "owner: "+a.Owner)
	} else {
		parts = append(parts, "owner: nobody yet")
	}
	if a.Due != "" {
		parts = append(parts, "due: "+a.Due)
	}
	if a.Event != "" {
		parts = append(parts, "under: "+a.Event)
	}
	return strings.Join(parts, " · ")
}

// eventName is the group title of the stickies under event e ("" = none).
func eventName(e string) string {
	if e == "" {
		return noEvent
	}
	return e
}

// byEvent groups the stickies of lane l by event, in the map's order.
func byEvent(b *board.Board, l board.Lane, events []board.Sticky, eventOf func(board.Sticky) string) (order []string, groups map[string][]board.Sticky) {
	groups = map[string][]board.Sticky{}
	for _, s := range b.InLane(l) {
		e := eventOf(s)
		if _, ok := groups[e]; !ok {
			order = append(order, e)
		}
		groups[e] = append(groups[e], s)
	}
	// Map order: before the first event, then the events left to right.
	rank := map[string]int{"": -1}
	for i, e := range events {
		if _, ok := rank[oneLine(e.Text)]; !ok {
			rank[oneLine(e.Text)] = i
		}
	}
	slices.SortStableFunc(order, func(a, b string) int { return cmp.Compare(rank[a], rank[b]) })
	return order, groups
}

// painByEvent lists the pain points under each event, most votes first: the
// team's own ranking of what to fix.
func painByEvent(b *board.Board, events []board.Sticky, eventOf func(board.Sticky) string) listSection {
	sec := listSection{Title: "Pain points by event", Lane: board.PainPoints, Empty: "None."}
	order, groups := byEvent(b, board.PainPoints, events, eventOf)
	for _, e := range order {
		ss := groups[e]
		slices.SortStableFunc(ss, func(a, b board.Sticky) int { return cmp.Compare(b.Votes, a.Votes) })
		g := listGroup{Title: eventName(e)}
		for _, s := range ss {
			it := listItem{Text: oneLine(s.Text), Lane: board.PainPoints}
			switch {
			case s.Votes == 1:
				it.Detail = "1 vote"
			case s.Votes > 1:
				it.Detail = strconv.Itoa(s.Votes) + " votes"
			}
			g.Items = append(g.Items, it)
		}
		sec.Groups = append(sec.Groups, g)
	}
	return sec
}

// inventory lists the systems and teams each event involves: who and what
// the path depends on, step by step.
func inventory(b *board.Board, events []board.Sticky, eventOf func(board.Sticky) string) listSection {
	sec := listSection{Title: "Systems and teams by event", Lane: board.Systems, Empty: "None."}
	sysOrder, sys := byEvent(b, board.Systems, events, eventOf)
	teamOrder, teams := byEvent(b, board.Teams, events, eventOf)
	seen := map[string]bool{}
	var order []string
	for _, e := range append(append([]string{""}, eventTexts(events)...), append(sysOrder, teamOrder...)...) {
		if !seen[e] && (len(sys[e]) > 0 || len(teams[e]) > 0) {
			seen[e] = true
			order = append(order, e)
		}
	}
	for _, e := range order {
		g := listGroup{Title: eventName(e)}
		if len(sys[e]) > 0 {
			g.Items = append(g.Items, listItem{Text: "Systems: " + joinTexts(sys[e]), Lane: board.Systems})
		}
		if len(teams[e]) > 0 {
			g.Items = append(g.Items, listItem{Text: "Teams: " + joinTexts(teams[e]), Lane: board.Teams})
		}
		sec.Groups = append(sec.Groups, g)
	}
	return sec
}

func eventTexts(events []board.Sticky) []string {
	out := make([]string, len(events))
	for i, e := range events {
		out[i] = oneLine(e.Text)
	}
	return out
}

func joinTexts(ss []board.Sticky) string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = oneLine(s.Text)
	}
	return strings.Join(out, "; ")
}

// timings lists the path's total lead time (board.LeadTime: the spans and
// the Timings notes no span covers, added up) and each part of it with its
// events and share, the longest marked; then the Timings notes a span
// already covers, so no note is lost from the handout.
func timings(b *board.Board, events []board.Sticky, eventOf func(board.Sticky) string) listSection {
	sec := listSection{Title: "Timings", Lane: board.Timings, Empty: "None."}
	r := board.LeadTime(b)
	if len(r.Parts) == 0 {
		return sec
	}
	total := listItem{Text: r.Summary(), Lane: board.Timings}
	var longest []string
	for _, p := range r.Bottlenecks() {
		longest = append(longest, fmt.Sprintf("%s (%.0f%%)", partEvents(p), 100*p.Share))
	}
	if len(longest) > 0 {
		total.Detail = "longest: " + strings.Join(longest, "; ")
	}
	g := listGroup{Items: []listItem{total}}
	counted := map[int]bool{}
	for _, p := range r.Parts {
		counted[p.StickyID] = true
		it := listItem{Text: oneLine(p.Label) + ": " + partEvents(p), Lane: board.Timings}
		switch {
		case p.Err != nil:
			it.Detail = "not counted: " + p.Err.Error()
		case p.Bottleneck:
			it.Detail = fmt.Sprintf("%s · %.0f%% of the total · one of the longest", board.FormatDuration(p.Range, r.Settings), 100*p.Share)
		default:
			it.Detail = fmt.Sprintf("%s · %.0f%% of the total", board.FormatDuration(p.Range, r.Settings), 100*p.Share)
		}
		g.Items = append(g.Items, it)
	}
	sec.Groups = append(sec.Groups, g)
	g = listGroup{Title: "Timing notes under a span"}
	for _, s := range b.InLane(board.Timings) {
		if !counted[s.ID] && strings.TrimSpace(s.Text) != "" {
			g.Items = append(g.Items, listItem{Text: oneLine(s.Text), Detail: "under: " + eventName(eventOf(s)), Lane: board.Timings})
		}
	}
	if len(g.Items) > 0 {
		sec.Groups = append(sec.Groups, g)
	}
	return sec
}

// partEvents names the events a lead-time part covers.
func partEvents(p board.TimingPart) string {
	switch {
	case p.From == "":
		return noEvent
	case p.From == p.To:
		return oneLine(p.From)
	}
	return oneLine(p.From) + " – " + oneLine(p.To)
}

// orderedSpans returns the spans whose events exist, left to right, each
// with From left of To.
func orderedSpans(b *board.Board) []board.Span {
	var out []board.Span
	for _, sp := range b.Spans {
		from, ok1 := b.Sticky(sp.From)
		to, ok2 := b.Sticky(sp.To)
		if !ok1 || !ok2 {
			continue
		}
		if to.X < from.X {
			sp.From, sp.To = sp.To, sp.From
		}
		out = append(out, sp)
	}
	slices.SortStableFunc(out, func(a, c board.Span) int {
		fa, _ := b.Sticky(a.From)
		fc, _ := b.Sticky(c.From)
		return cmp.Compare(fa.X, fc.X)
	})
	return out
}

// isEmpty reports whether a section has no items.
func (s listSection) isEmpty() bool {
	for _, g := range s.Groups {
		if len(g.Items) > 0 {
			return false
		}
	}
	return true
}
