package board

import (
	"math"
	"strings"
)

// Step 9 of the method: "If there are any blank areas or places where there
// are outstanding questions, assign actions to people to find out the
// answers." A blank area is an event column nobody has said a system, a
// team or a timing for.

// Blank is an event column with something missing.
type Blank struct {
	Event                      Sticky
	NoSystem, NoTeam, NoTiming bool
}

// Missing names what the column lacks, e.g. "system, timing".
func (bl Blank) Missing() string {
	var parts []string
	if bl.NoSystem {
		parts = append(parts, "system")
	}
	if bl.NoTeam {
		parts = append(parts, "team")
	}
	if bl.NoTiming {
		parts = append(parts, "timing")
	}
	return strings.Join(parts, ", ")
}

// Question is the text of the Questions & actions sticky that asks about
// the blank, ready for an owner: "Who knows which system and team …?"
func (bl Blank) Question() string {
	var asks []string
	if bl.NoSystem {
		asks = append(asks, "Which system?")
	}
	if bl.NoTeam {
		asks = append(asks, "Who does it?")
	}
	if bl.NoTiming {
		asks = append(asks, "How long?")
	}
	return strings.Join(asks, " ")
}

// Blanks lists the event columns, in reading order, that lack a system, a
// team or a timing (a Timings sticky in the column or a timing span over
// it), where saying so helps. A kind is missed only once its agenda step has
// begun: before it, nobody expects one; during it, only in the columns left
// of the rightmost one that has one, since the group works left to right;
// after it, in every column. With no agenda step for a kind, it is missed
// once the board has any at all. A column that already has a question or
// action is being followed up.
func Blanks(b *Board) []Blank {
	events := b.InLane(Events)
	if len(events) == 0 {
		return nil
	}
	col := make(map[int]int, len(events)) // event id → column
	for i, e := range events {
		col[e.ID] = i
	}
	type has struct{ system, team, timing, action bool }
	cols := make([]has, len(events))
	var any has
	ci := newColumnIndex(events)
	for _, s := range b.Stickies {
		if s.Lane == Events {
			continue
		}
		e, ok := ci.at(s)
		if !ok {
			continue
		}
		c := &cols[col[e.ID]]
		switch s.Lane {
		case Systems:
			c.system, any.system = true, true
		case Teams:
			c.team, any.team = true, true
		case Timings:
			c.timing, any.timing = true, true
		case Actions:
			c.action = true
		}
	}
	for _, sp := range b.Spans {
		from, ok1 := col[sp.From]
		to, ok2 := col[sp.To]
		if !ok1 || !ok2 {
			continue
		}
		if from > to {
			from, to = to, from
		}
		for i := from; i <= to; i++ {
			cols[i].timing, any.timing = true, true
		}
	}
	// The rightmost column with each kind: during that kind's step the
	// group works left to right, so only the columns it has passed are
	// gaps yet.
	reach := [LaneCount]int{}
	for i := range reach {
		reach[i] = -1
	}
	for i, c := range cols {
		if c.system {
			reach[Systems] = i
		}
		if c.team {
			reach[Teams] = i
		}
		if c.timing {
			reach[Timings] = i
		}
	}
	show := func(l Lane, anyOfKind bool, i int) bool {
		switch blankStage(&b.Agenda, l) {
		case stageNotYet:
			return false
		case stageDuring:
			return i < reach[l]
		case stageOver:
			return true
		}
		return anyOfKind
	}
	var out []Blank
	for i, e := range events {
		c := cols[i]
		bl := Blank{Event: e, NoSystem: !c.system && show(Systems, any.system, i), NoTeam: !c.team && show(Teams, any.team, i),
			NoTiming: !c.timing && show(Timings, any.timing, i)}
		if !c.action && (bl.NoSystem || bl.NoTeam || bl.NoTiming) {
			out = append(out, bl)
		}
	}
	return out
}

type stage int

const (
	stageNoStep stage = iota // the agenda has no step for the lane
	stageNotYet
	stageDuring
	stageOver
)

// blankStage is where the session stands with lane l's agenda step: the
// hints for a kind help once its step is over (or, during it, behind the
// group), not when the first system goes up and every other column lights.
func blankStage(a *Agenda, l Lane) stage {
	first, last := -1, -1
	for i, st := range a.Steps {
		if st.Lane == l {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	switch {
	case first < 0:
		return stageNoStep
	case a.Current < first:
		return stageNotYet
	case a.Current <= last:
		return stageDuring
	}
	return stageOver
}

// columnIndex answers EventOf for many stickies of one board: with the
// events in reading order a binary search finds the few events near a
// sticky, so a big board costs n log n rather than n × events, with the
// same answers as EventAt.
type columnIndex struct {
	events []Sticky // in reading order
	widest float64
}

func newColumnIndex(events []Sticky) columnIndex {
	ci := columnIndex{events: events}
	for _, e := range events {
		ci.widest = max(ci.widest, e.W)
	}
	return ci
}

// at is the event whose column s sits in.
func (ci columnIndex) at(s Sticky) (Sticky, bool) {
	if s.Lane == Events {
		return s, true
	}
	events := ci.events
	cx, _ := s.Center()
	lo, hi := 0, len(events)
	for lo < hi { // events[:lo] start at or left of cx
		m := (lo + hi) / 2
		if events[m].X <= cx {
			lo = m + 1
		} else {
			hi = m
		}
	}
	start := lo
	for start > 0 && events[start-1].X+ci.widest >= cx {
		start--
	}
	best, found, bestDist := -1, false, 0.0
	for i := start; i < lo; i++ {
		e := events[i]
		if e.X <= cx && cx <= e.X+e.W {
			ecx, _ := e.Center()
			if d := math.Abs(ecx - cx); !found || d < bestDist {
				best, found, bestDist = i, true, d
			}
		}
	}
	if found {
		return events[best], true
	}
	// No event holds cx: the one ending furthest right before it, the
	// first such in reading order, as EventAt.
	for i := lo - 1; i >= 0; i-- {
		if found && events[i].X+ci.widest < events[best].X+events[best].W {
			break
		}
		if !found || events[i].X+events[i].W >= events[best].X+events[best].W {
			best, found = i, true
		}
	}
	if !found {
		return Sticky{}, false
	}
	return events[best], true
}

// AskAboutBlank returns the one undoable edit that adds a Questions &
// actions sticky under the blank's event, asking what is missing; id is
// the new sticky's. height, when not nil, sizes it for its text.
func AskAboutBlank(b *Board, bl Blank, height func(Sticky) float64) (cmd Command, id int) {
	id = b.NextID()
	s := Sticky{ID: id, Lane: Actions, Text: bl.Question(), X: bl.Event.X, Y: b.LaneTop(Actions) + LanePad,
		W: StickyWidth, H: StickyHeight}
	if height != nil {
		s.H = max(height(s), StickyHeight)
	}
	const what = "Ask about a blank area"
	return named(Edit(b, what, []Command{AddSticky{Sticky: s}}, func(nb *Board) { nb.Unstack(id) }), what), id
}
