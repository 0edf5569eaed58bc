package export

import (
	"testing"

	"pathmap/board"
)

func TestHandoutSections_SampleActionsAndPainPoints(t *testing.T) {
	secs := handoutSections(sampleBoard(t))
	if len(secs) != 2 || secs[0].Lane != board.Actions || secs[1].Lane != board.PainPoints {
		t.Fatalf("sections %+v, want questions & actions then pain points", secs)
	}
	want := map[string]string{
		"Who owns staging? Priya to ask Platform team":       "Deployed to staging",
		"Can low-risk changes skip CAB? Sam to check":        "Change approved by CAB",
		"How do we know customers used it? No analytics yet": "Customer used the new feature",
		"Reviews wait ~2 days for a free reviewer":           "Pull request reviewed and merged",
		"Flaky integration tests: reruns take 40 min":        "CI pipeline passed",
		"Staging often broken by other teams":                "Deployed to staging",
		"CAB meets only on Tuesdays":                         "Change approved by CAB",
	}
	n := 0
	for _, sec := range secs {
		for _, it := range sec.Items {
			n++
			if under, ok := want[it.Text]; !ok || it.Under != under {
				t.Errorf("%q under %q, want under %q", it.Text, it.Under, under)
			}
		}
	}
	if n != len(want) {
		t.Errorf("%d items, want %d", n, len(want))
	}
}

func TestEventAbove(t *testing.T) {
	ev := func(x float64, text string) board.Sticky {
		return board.Sticky{Lane: board.Events, Text: text, X: x, W: 100, H: 50}
	}
	events := []board.Sticky{ev(0, "first"), ev(200, "second"), ev(250, "overlapping"), ev(600, "last")}
	for _, c := range []struct {
		x    float64
		want string
	}{
		{50, "first"},        // inside
		{100, "first"},       // on the right edge
		{150, "first"},       // in a gap: the event to the left
		{270, "second"},      // inside two: the nearer center (250, not 300)
		{290, "overlapping"}, // inside two: the nearer center (300, not 250)
		{500, "overlapping"}, // far right of it, still the nearest left
		{5000, "last"},
	} {
		got, ok := eventAbove(events, c.x)
		if !ok || got.Text != c.want {
			t.Errorf("x=%g: %q (%v), want %q", c.x, got.Text, ok, c.want)
		}
	}
	if _, ok := eventAbove(events, -10); ok {
		t.Error("a sticky left of every event has no event")
	}
	if _, ok := eventAbove(nil, 10); ok {
		t.Error("no events, yet one was found")
	}
}

func TestHandoutSections_BlankTextsAreNamed(t *testing.T) {
	b := boardOf(board.Events, "  \n ")
	b.Stickies = append(b.Stickies, boardOf(board.Actions, "Ask\n  about   it ").Stickies...)
	b.Stickies[1].ID = 2
	secs := handoutSections(b)
	it := secs[0].Items[0]
	if it.Text != "Ask\n  about   it" || it.Under != noText {
		t.Errorf("got %+v", it)
	}
	if len(secs[1].Items) != 0 {
		t.Errorf("pain points %+v, want none", secs[1].Items)
	}
}
