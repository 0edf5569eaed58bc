package board

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Step 8 of the method: "Discuss with the group how long it usually takes
// to complete each part of the process", with T-shirt sizes when numbers
// are hard. LeadTime adds the timings up along the path and points at the
// parts that take longest: where improving the path pays off first.

// TimingPart is one timing on the path: a span over events or a sticky in
// the Timings lane.
type TimingPart struct {
	// SpanID is the timing span, 0 for a Timings sticky.
	SpanID int
	// StickyID is the Timings sticky, 0 for a span.
	StickyID int
	// Label is the timing as written, e.g. "2d" or "M".
	Label string
	// From and To are the first and last events the timing covers (the
	// same event for a Timings sticky); empty when it sits under none.
	From, To string
	// Range is how long the part takes; meaningless when Err is set.
	Range DurationRange
	// Err says why the label could not be read; such a part is left out
	// of the total and listed, never dropped silently.
	Err error
	// Share is the part's share of the total, by the middle of the ranges.
	Share float64
	// Bottleneck marks the largest contributors.
	Bottleneck bool
}

// LeadTimeReport is the lead time of the path to production.
type LeadTimeReport struct {
	// Total is the sum of every readable timing; a range when any part is
	// a range or a T-shirt size.
	Total DurationRange
	// Parts are the timings in path order (left to right).
	Parts []TimingPart
	// Unreadable counts the parts with an Err.
	Unreadable int
	// Settings are the lengths of working days and weeks used.
	Settings Settings
}

// Bottleneck rules: the largest parts, each at least a fifth of the total,
// until they make up half of it, at most three, and only once there are two
// parts to compare. Flagging every part would point at nothing.
const (
	bottleneckShare = 0.2
	bottleneckCover = 0.5
	maxBottlenecks  = 3
)

// LeadTime works out the path's lead time: every timing span, plus every
// Timings sticky in an event column no span covers (a span is the more
// deliberate statement of the two), read with the board's working day and
// week and T-shirt sizes.
func LeadTime(b *Board) LeadTimeReport {
	r := LeadTimeReport{Settings: b.Settings}
	events := b.InLane(Events)
	col := make(map[int]int, len(events))
	for i, e := range events {
		col[e.ID] = i
	}
	// starts[i] counts the spans starting at column i, ends[i] those
	// ending just before it: a column is covered where more have started
	// than ended. Marking every column of every span would cost spans ×
	// columns, minutes for a board of 100,000 long spans.
	starts, ends := make([]int32, len(events)+1), make([]int32, len(events)+1)
	type placed struct {
		part TimingPart
		at   float64 // sort key: column, then x
	}
	parts := make([]placed, 0, len(b.Spans))
	for _, sp := range b.Spans {
		p := TimingPart{SpanID: sp.ID, Label: sp.Label}
		from, ok1 := col[sp.From]
		to, ok2 := col[sp.To]
		at := float64(len(events))
		if ok1 && ok2 {
			if from > to {
				from, to = to, from
			}
			starts[from]++
			ends[to+1]++
			p.From, p.To, at = events[from].Text, events[to].Text, float64(from)
		}
		parts = append(parts, placed{p, at})
	}
	covered := make([]bool, len(events))
	for i, open := 0, int32(0); i < len(events); i++ {
		open += starts[i] - ends[i]
		covered[i] = open > 0
	}
	ci := newColumnIndex(events)
	for _, s := range b.Stickies {
		if s.Lane != Timings || strings.TrimSpace(s.Text) == "" {
			continue
		}
		p := TimingPart{StickyID: s.ID, Label: s.Text}
		at := -1.0
		if e, ok := ci.at(s); ok {
			c := col[e.ID]
			if covered[c] {
				continue
			}
			p.From, p.To, at = e.Text, e.Text, float64(c)+0.5
		}
		parts = append(parts, placed{p, at})
	}
	slices.SortStableFunc(parts, func(a, b placed) int { return cmp.Compare(a.at, b.at) })
	if len(parts) > 0 {
		r.Parts = make([]TimingPart, 0, len(parts))
	}
	type parsed struct {
		r   DurationRange
		err error
	}
	seen := map[string]parsed{} // boards repeat labels: "2d", "M"
	for _, pl := range parts {
		p := pl.part
		label := strings.TrimSpace(p.Label)
		got, ok := seen[label]
		if !ok {
			got.r, got.err = ParseDuration(label, b.Settings)
			seen[label] = got
		}
		p.Range, p.Err = got.r, got.err
		if p.Err != nil {
			r.Unreadable++
		} else {
			r.Total = r.Total.Add(p.Range)
		}
		r.Parts = append(r.Parts, p)
	}
	r.markBottlenecks()
	return r
}

func (r *LeadTimeReport) markBottlenecks() {
	mid := r.Total.Mid()
	readable := make([]int, 0, len(r.Parts))
	for i := range r.Parts {
		if r.Parts[i].Err == nil {
			readable = append(readable, i)
			if mid > 0 {
				r.Parts[i].Share = float64(r.Parts[i].Range.Mid()) / float64(mid)
			}
		}
	}
	if len(readable) < 2 || mid <= 0 {
		return
	}
	slices.SortStableFunc(readable, func(a, b int) int {
		switch {
		case larger(r.Parts[a].Range, r.Parts[b].Range):
			return -1
		case larger(r.Parts[b].Range, r.Parts[a].Range):
			return 1
		}
		return 0
	})
	covered := 0.0
	for n, i := range readable {
		if n >= maxBottlenecks || r.Parts[i].Share < bottleneckShare || covered >= bottleneckCover {
			break
		}
		r.Parts[i].Bottleneck = true
		covered += r.Parts[i].Share
	}
}

// Bottlenecks are the parts marked as the largest contributors, largest first.
func (r LeadTimeReport) Bottlenecks() []TimingPart {
	var out []TimingPart
	for _, p := range r.Parts {
		if p.Bottleneck {
			out = append(out, p)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return larger(out[i].Range, out[j].Range) })
	return out
}

// larger ranks contributors by the middle of their ranges; of two with the
// same middle the less certain one counts as larger, since it may well be.
func larger(a, b DurationRange) bool {
	if a.Mid() != b.Mid() {
		return a.Mid() > b.Mid()
	}
	return a.Max > b.Max
}

// Summary is the lead time in one line for a status bar or a handout:
// "Lead time 6–9 days" plus what could not be counted, e.g. "Lead time
// 2 days (1 timing not understood: “soon”)", or "No timings yet".
func (r LeadTimeReport) Summary() string {
	if len(r.Parts) == 0 {
		return "No timings yet"
	}
	s := "Lead time " + FormatDuration(r.Total, r.Settings)
	if r.Unreadable > 0 {
		var bad []string
		for _, p := range r.Parts {
			if p.Err != nil && len(bad) < 2 {
				bad = append(bad, "“"+shorten(p.Label, 20)+"”")
			}
		}
		more := ""
		if r.Unreadable > len(bad) {
			more = ", …"
		}
		noun := "timing"
		if r.Unreadable > 1 {
			noun = "timings"
		}
		s += fmt.Sprintf(" (%d %s not understood: %s%s)", r.Unreadable, noun, strings.Join(bad, ", "), more)
	}
	return s
}

// shorten cuts a label for a one-line summary.
func shorten(s string, n int) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n]) + "…"
}
