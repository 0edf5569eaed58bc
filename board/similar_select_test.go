package board

import (
	"strings"
	"testing"
)

func TestMergeDuplicates_KeptWordingTakesTheLeftmostColumn(t *testing.T) {
	// After ordering, "Sec scan" sits in column 1 and its longer twin in
	// column 4; keeping the longer wording must not move the step to 4.
	b := dupBoard(Events, "Security scan", "Code reviewed", "Deployed to staging", "Security static scan (SAST) passed")
	d := NewDocument(b, nil)
	d.Apply(MergeDuplicates(d.Board(), []int{1, 4}, 4, "", nil))
	k, ok := d.Board().Sticky(4)
	if !ok || k.Text != "Security static scan (SAST) passed" {
		t.Fatalf("kept sticky = %+v, %v", k, ok)
	}
	if k.X != 0 {
		t.Fatalf("merged sticky at x=%v; want x=0, the leftmost column of the group", k.X)
	}
	var order []string
	for _, e := range d.Board().InLane(Events) {
		order = append(order, e.Text)
	}
	if strings.Join(order, " | ") != "Security static scan (SAST) passed | Code reviewed | Deployed to staging" {
		t.Fatalf("event order after merge = %v", order)
	}
}

func TestMergeSelected_PartOfAGroupLeavesTheRest(t *testing.T) {
	b := dupBoard(Events, "Code reviewed", "code review done", "Code-review completed")
	d := NewDocument(b, nil)
	cmd, err := MergeSelected(d.Board(), []int{2, 3}, 3, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	d.Apply(cmd)
	if len(d.Board().Stickies) != 2 {
		t.Fatalf("%d stickies after merging two of three", len(d.Board().Stickies))
	}
	if s, _ := d.Board().Sticky(3); s.X != 188 {
		t.Fatalf("merged sticky at x=%v; want 188, where the leftmost of the two was", s.X)
	}
	if g := FindDuplicates(d.Board()); len(g) != 1 || len(g[0].IDs) != 2 {
		t.Fatalf("groups after a partial merge = %+v; the merged sticky and the untouched one are still duplicates", g)
	}
	if d.UndoName() != "Merge stickies" {
		t.Fatalf("undo says %q", d.UndoName())
	}
}

func TestMergeSelected_AnyTwoStickiesOfOneLaneEvenIfNotAlike(t *testing.T) {
	b := dupBoard(Events, "Ticket triaged", "Work item sorted")
	cmd, err := MergeSelected(b, []int{1, 2}, 0, "Ticket triaged", nil)
	if err != nil || cmd == nil {
		t.Fatalf("merge of two events that do not look alike: %v", err)
	}
	d := NewDocument(b, nil)
	d.Apply(cmd)
	if len(d.Board().Stickies) != 1 || d.Board().Stickies[0].Text != "Ticket triaged" {
		t.Fatalf("after merge: %+v", d.Board().Stickies)
	}
}

func TestMergeSelected_MixedLanesAreRefusedWithTheLaneNames(t *testing.T) {
	b := dupBoard(Events, "Deployed to staging")
	b.Stickies = append(b.Stickies, Sticky{ID: 9, Lane: Systems, Text: "Jenkins", X: 0, Y: b.LaneTop(Systems) + LanePad, W: StickyWidth, H: StickyHeight})
	before := b.Clone()
	cmd, err := MergeSelected(b, []int{1, 9}, 1, "", nil)
	if cmd != nil || err == nil || !strings.Contains(err.Error(), Events.Name()) || !strings.Contains(err.Error(), Systems.Name()) {
		t.Fatalf("merge of an event and a system: %v, %v; want an error naming both lanes", cmd, err)
	}
	if _, err := MergeSelected(b, []int{1}, 1, "", nil); err == nil {
		t.Fatal("merging one sticky was not refused")
	}
	if len(b.Stickies) != len(before.Stickies) {
		t.Fatal("a refused merge changed the board")
	}
}

func TestDuplicateReview_WalksGroupsInBoardOrderMergeOrSkip(t *testing.T) {
	// Three groups: deployments (columns 2 and 5), reviews (0 and 3), and
	// two identical systems under column 1.
	b := dupBoard(Events, "Code reviewed", "Tests run", "Deployed to prod", "Code review done", "Smoke tested", "Deploy to production")
	top := b.LaneTop(Systems) + LanePad
	b.Stickies = append(b.Stickies,
		Sticky{ID: 10, Lane: Systems, Text: "Jenkins", X: 188, Y: top, W: StickyWidth, H: StickyHeight},
		Sticky{ID: 11, Lane: Systems, Text: "jenkins", X: 188, Y: top + 116, W: StickyWidth, H: StickyHeight})
	d := NewDocument(b, nil)
	r := NewDuplicateReview()
	f := NewDuplicateFinder()
	var seen []string
	for step := 0; step < 10; step++ {
		g, ok := r.Next(d.Board(), f.Update(d.Board()))
		if !ok {
			break
		}
		first, _ := d.Board().Sticky(g.IDs[0])
		seen = append(seen, first.Text)
		if first.Lane == Systems {
			r.Skip(g) // two Jenkins stickies on purpose: skip
			continue
		}
		d.Apply(MergeDuplicates(d.Board(), g.IDs, g.IDs[len(g.IDs)-1], "", nil))
	}
	if got := strings.Join(seen, " | "); got != "Code reviewed | Jenkins | Deployed to prod" {
		t.Fatalf("review showed %q; want the groups left to right, each once", got)
	}
	if n := len(f.Update(d.Board())); n != 1 {
		t.Fatalf("%d groups left; want only the skipped one", n)
	}
	// A new Jenkins sticky changes the skipped group: it is shown again.
	b2 := d.Board()
	b2.Stickies = append(b2.Stickies, Sticky{ID: 12, Lane: Systems, Text: "Jenkins!", X: 188, Y: top + 232, W: StickyWidth, H: StickyHeight})
	if g, ok := r.Next(b2, f.Update(b2)); !ok || len(g.IDs) != 3 {
		t.Fatalf("after a third Jenkins, next = %+v, %v; want the grown group again", g, ok)
	}
}
