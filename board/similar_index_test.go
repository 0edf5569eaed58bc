package board

import (
	"math/rand"
	"reflect"
	"testing"
)

func TestFindDuplicates_GroupsChainsAndKeepsLanesApart(t *testing.T) {
	b := dupBoard(Events, "Code reviewed", "Deployed to staging", "code review done", "Code-review completed", "Deployed to production")
	b.Stickies = append(b.Stickies, Sticky{ID: 9, Lane: PainPoints, Text: "Code reviewed", X: 0, Y: 400, W: 168, H: 104})
	got := FindDuplicates(b)
	want := []DuplicateGroup{{Lane: Events, IDs: []int{1, 3, 4}}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("groups = %+v, want %+v (the pain point with the same text is in another lane)", got, want)
	}
}

func TestDuplicateFinder_IncrementalUpdateMatchesFullSearch(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	vocab := []string{"Code reviewed", "code review done", "Deployed to staging", "Deployed to prod", "Deployed to production",
		"Tests passed", "Tests done", "Security signed off", "CAB approved", "Change approved by CAB", "Deplyed to staging"}
	b := dupBoard(Events)
	f := NewDuplicateFinder()
	for step := 0; step < 300; step++ {
		switch op := rng.Intn(5); {
		case op == 4 && len(b.Stickies) > 0:
			b.Stickies[rng.Intn(len(b.Stickies))].X = float64(rng.Intn(3000))
		case op == 0 || len(b.Stickies) < 3:
			id := b.NextID()
			b.Stickies = append(b.Stickies, Sticky{ID: id, Lane: Lane(rng.Intn(2)), Text: vocab[rng.Intn(len(vocab))], X: float64(rng.Intn(3000)), W: 168, H: 104})
		case op == 1:
			b.Stickies[rng.Intn(len(b.Stickies))].Text = vocab[rng.Intn(len(vocab))]
		case op == 2:
			b.Stickies[rng.Intn(len(b.Stickies))].Lane = Lane(rng.Intn(2))
		default:
			removeAt(b, rng.Intn(len(b.Stickies)))
		}
		got, want := f.Update(b), FindDuplicates(b)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("step %d: incremental groups %v, full search %v", step, got, want)
		}
	}
}

func TestFindDuplicates_SameToolUnderTwoEventsIsNoDuplicate(t *testing.T) {
	b := dupBoard(Events, "Code built", "Deployed to staging")
	top := b.LaneTop(Systems) + LanePad
	b.Stickies = append(b.Stickies,
		Sticky{ID: 10, Lane: Systems, Text: "Jenkins", X: 0, Y: top, W: 168, H: 104},
		Sticky{ID: 11, Lane: Systems, Text: "Jenkins", X: 188, Y: top, W: 168, H: 104},
		Sticky{ID: 12, Lane: Systems, Text: "jenkins!", X: 188, Y: top + 116, W: 168, H: 104})
	f := NewDuplicateFinder()
	got := f.Update(b)
	want := []DuplicateGroup{{Lane: Systems, IDs: []int{11, 12}}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("groups = %+v; want only the two Jenkins under \"Deployed to staging\"", got)
	}
	b.Stickies[2].X = 188 // the first Jenkins dragged under the same event
	if got := f.Update(b); len(got) != 1 || len(got[0].IDs) != 3 {
		t.Fatalf("after moving it under the same event, groups = %+v; want all three", got)
	}
}
