package board

import (
	"strings"
	"testing"
	"time"
)

// leadBoard: four events, spans over some, a Timings sticky under another.
func leadBoard(labels ...string) *Board {
	b := dupBoard(Events, "Picked up", "Coded", "Reviewed", "Deployed", "Used")
	for i, l := range labels {
		b.Spans = append(b.Spans, Span{ID: i + 1, From: i + 1, To: i + 1, Label: l})
	}
	return b
}

func TestLeadTime_AddsSpansAndShowsARangeForSizes(t *testing.T) {
	b := leadBoard("2d", "M", "4h")
	r := LeadTime(b)
	if r.Total.Min != 2*8*time.Hour+8*time.Hour+4*time.Hour || r.Total.Max != 2*8*time.Hour+3*8*time.Hour+4*time.Hour {
		t.Fatalf("total = %v–%v; want 2d + (1–3d) + 4h", r.Total.Min, r.Total.Max)
	}
	if got := r.Summary(); got != "Lead time 3.5–5.5 days" {
		t.Fatalf("summary = %q", got)
	}
	bn := r.Bottlenecks()
	if len(bn) != 2 || bn[0].Label != "M" || bn[1].Label != "2d" {
		t.Fatalf("bottlenecks = %+v; want M (middle 2d) then 2d, not the 4h", bn)
	}
}

func TestLeadTime_UnreadableTimingsAreListedNotDropped(t *testing.T) {
	b := leadBoard("2d", "soon")
	r := LeadTime(b)
	if r.Unreadable != 1 || len(r.Parts) != 2 || r.Parts[1].Err == nil {
		t.Fatalf("report = %+v; want the unreadable timing listed with its error", r)
	}
	if got := r.Summary(); !strings.Contains(got, "2 days") || !strings.Contains(got, "1 timing not understood: “soon”") {
		t.Fatalf("summary = %q; it must say a timing was not understood", got)
	}
}

func TestLeadTime_TimingStickiesCountWhereNoSpanCovers(t *testing.T) {
	b := leadBoard("1d")
	top := b.LaneTop(Timings) + LanePad
	b.Stickies = append(b.Stickies,
		Sticky{ID: 20, Lane: Timings, Text: "2 days", X: 0, Y: top, W: 168, H: 104}, // under the span: not counted twice
		Sticky{ID: 21, Lane: Timings, Text: "4h", X: 376, Y: top, W: 168, H: 104})
	r := LeadTime(b)
	if len(r.Parts) != 2 || r.Total.Max != 12*time.Hour {
		t.Fatalf("parts = %+v, total %v; want the span (1d) and the sticky under another column (4h)", r.Parts, r.Total.Max)
	}
	if r.Parts[1].StickyID != 21 || r.Parts[1].From != "Reviewed" {
		t.Fatalf("second part = %+v; want the 4h sticky under \"Reviewed\"", r.Parts[1])
	}
}

func TestLeadTime_EmptyBoardSaysNoTimings(t *testing.T) {
	if got := LeadTime(New()).Summary(); got != "No timings yet" {
		t.Fatalf("summary = %q", got)
	}
}
