package board

import (
	"reflect"
	"testing"
)

func TestMergeDuplicates_KeepsOneStickyWithOwnersVotesAndTimingsInOneUndo(t *testing.T) {
	b := dupBoard(Events, "Code reviewed", "code review done", "Deploy", "Code-review completed")
	b.Stickies[1].Votes, b.Stickies[3].Votes = 2, 3
	b.Stickies[0].Owner, b.Stickies[1].Owner, b.Stickies[3].Owner = "Priya", "Sam, priya", "Lee"
	b.Stickies[1].Due, b.Stickies[3].Due = "2026-12-10", "2026-12-04"
	b.Spans = []Span{{ID: 1, From: 2, To: 3, Label: "2d"}, {ID: 2, From: 3, To: 4, Label: "1h"}}
	d := NewDocument(b, nil)
	before := b.Clone()
	cmd := MergeDuplicates(d.Board(), []int{1, 2, 4}, 2, "Code reviewed", nil)
	d.Apply(cmd)
	got := d.Board()
	if len(got.Stickies) != 2 {
		t.Fatalf("after merging 3 duplicates, %d stickies remain; want the kept one and the other event", len(got.Stickies))
	}
	k, _ := got.Sticky(2)
	if k.Text != "Code reviewed" || k.Votes != 5 || k.Owner != "Sam, priya, Lee" || k.Due != "2026-12-04" {
		t.Fatalf("kept sticky = %+v; want the picked text, 5 votes, every owner once, the earliest due date", k)
	}
	if len(got.Spans) != 2 || got.Spans[0].From != 2 || got.Spans[1].To != 2 {
		t.Fatalf("spans = %+v; timings at removed events must move to the kept one", got.Spans)
	}
	if !d.Undo() || !reflect.DeepEqual(d.Board().Stickies, before.Stickies) || !reflect.DeepEqual(d.Board().Spans, before.Spans) {
		t.Fatalf("one undo did not restore the board:\n%+v\nwant\n%+v", d.Board().Stickies, before.Stickies)
	}
}

func TestClearestText_PrefersTheCommonSpellingAndPastTense(t *testing.T) {
	b := dupBoard(Events, "code reveiwed", "Code reviewed", "code review")
	if id := ClearestText(b, []int{1, 2, 3}); id != 2 {
		s, _ := b.Sticky(id)
		t.Fatalf("clearest text is %q; want \"Code reviewed\" (spelled as the others, past tense, capitalised)", s.Text)
	}
}
