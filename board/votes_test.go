package board

import "testing"

func TestVote_ClickAddsRightClickRemovesEachOneUndo(t *testing.T) {
	b := dupBoard(PainPoints, "Reviews wait 2 days", "Flaky tests")
	b.Stickies = append(b.Stickies, Sticky{ID: 9, Lane: Events, Text: "Deployed"})
	d := NewDocument(b, nil)
	d.Apply(Vote(d.Board(), 2, 1))
	d.Apply(Vote(d.Board(), 2, 1))
	d.Apply(Vote(d.Board(), 1, 1))
	d.Apply(Vote(d.Board(), 2, -1))
	if s, _ := d.Board().Sticky(2); s.Votes != 1 || VotesCast(d.Board()) != 2 {
		t.Fatalf("votes = %d, cast %d; want 1 and 2", s.Votes, VotesCast(d.Board()))
	}
	if Vote(d.Board(), 9, 1) != nil {
		t.Fatal("an event took a vote; only pain points are voted on")
	}
	if Vote(NewDocument(dupBoard(PainPoints, "x"), nil).Board(), 1, -1) != nil {
		t.Fatal("a vote was taken from a pain point that had none")
	}
	d.Undo()
	if s, _ := d.Board().Sticky(2); s.Votes != 2 {
		t.Fatalf("undo left %d votes, want 2", s.Votes)
	}
}

func TestRankPainPoints_MostVotesFirstTiesShareARank(t *testing.T) {
	b := dupBoard(PainPoints, "A", "B", "C")
	b.Stickies[0].Votes, b.Stickies[1].Votes, b.Stickies[2].Votes = 1, 4, 1
	b.Stickies = append(b.Stickies, Sticky{ID: 9, Lane: Events, Text: "Deployed", X: 0, W: 168, H: 104})
	r := RankPainPoints(b)
	if r[0].Sticky.Text != "B" || r[0].Rank != 1 || r[1].Sticky.Text != "A" || r[1].Rank != 2 || r[2].Rank != 2 {
		t.Fatalf("ranking = %+v", r)
	}
	if r[1].Event != "Deployed" {
		t.Fatalf("pain point A sits under %q, want Deployed", r[1].Event)
	}
	d := NewDocument(b, nil)
	d.Apply(ClearVotes(d.Board()))
	if VotesCast(d.Board()) != 0 || ClearVotes(d.Board()) != nil {
		t.Fatal("clear votes left votes")
	}
	d.Undo()
	if VotesCast(d.Board()) != 6 {
		t.Fatal("undo of clear votes did not bring them back")
	}
}

func TestVoteBudget_VotersTimesVotesPerPerson(t *testing.T) {
	if got := VoteBudget(Settings{Voters: 6}); got != 18 {
		t.Fatalf("6 people with the default 3 votes = %d", got)
	}
	if got := VoteBudget(Settings{Voters: 4, VotesPerPerson: 5}); got != 20 {
		t.Fatalf("budget = %d, want 20", got)
	}
}
