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
