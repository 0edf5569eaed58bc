package board

import (
	"math/rand"
	"reflect"
	"testing"
)

// blankBoard: three events; the first has a system, a team and a timing,
// the second only a system, the third nothing.
func blankBoard() *Board {
	b := dupBoard(Events, "Code reviewed", "Deployed to staging", "Deployed to production")
	add := func(id int, l Lane, x float64, text string) {
		b.Stickies = append(b.Stickies, Sticky{ID: id, Lane: l, Text: text, X: x, Y: b.LaneTop(l) + LanePad, W: 168, H: 104})
	}
	add(10, Systems, 0, "GitHub")
	add(11, Teams, 0, "Dev team")
	add(12, Timings, 0, "2h")
	add(13, Systems, 200, "Jenkins")
	return b
}

func TestBlanks_FlagsColumnsWithoutSystemTeamOrTiming(t *testing.T) {
	got := Blanks(blankBoard())
	if len(got) != 2 {
		t.Fatalf("blanks = %+v; want the 2nd and 3rd columns", got)
	}
	if got[0].Event.ID != 2 || got[0].Missing() != "team, timing" || got[1].Event.ID != 3 || got[1].Missing() != "system, team, timing" {
		t.Fatalf("blanks = %s: %s, %s: %s", got[0].Event.Text, got[0].Missing(), got[1].Event.Text, got[1].Missing())
	}
}

func TestBlanks_ASpanCoversItsColumnsAndAnActionSettlesOne(t *testing.T) {
	b := blankBoard()
	b.Spans = []Span{{ID: 1, From: 2, To: 3, Label: "1d"}}
	b.Stickies = append(b.Stickies, Sticky{ID: 20, Lane: Teams, Text: "Ops", X: 376, Y: b.LaneTop(Teams) + LanePad, W: 168, H: 104})
	got := Blanks(b)
	if len(got) != 2 || got[0].Missing() != "team" || got[1].Missing() != "system" {
		t.Fatalf("blanks = %+v; the span over columns 2–3 is their timing", got)
	}
	cmd, id := AskAboutBlank(b, got[0], nil)
	d := NewDocument(b, nil)
	d.Apply(cmd)
	q, ok := d.Board().Sticky(id)
	if !ok || q.Lane != Actions || q.Text != "Who does it?" {
		t.Fatalf("question sticky = %+v, %v", q, ok)
	}
	if e, _ := d.Board().EventOf(q); e.ID != 2 {
		t.Fatalf("the question sits under %q; want the blank event", e.Text)
	}
	if len(Blanks(d.Board())) != 1 {
		t.Fatal("the column with a question is still flagged")
	}
	d.Undo()
	if len(d.Board().Stickies) != len(b.Stickies)-0 || len(Blanks(d.Board())) != 2 {
		t.Fatal("one undo did not take the question away")
	}
}

func TestBlanks_NothingFlaggedWhileOnlyEventsExist(t *testing.T) {
	if got := Blanks(New()); len(got) != 0 {
		t.Fatalf("a board with only events has blanks %+v; the group has not reached systems yet", got)
	}
}

func TestColumnIndex_AgreesWithEventOf(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for round := 0; round < 50; round++ {
		b := &Board{}
		for i := 0; i < 30; i++ {
			l := Lane(rng.Intn(LaneCount))
			if i < 8 {
				l = Events
			}
			b.Stickies = append(b.Stickies, Sticky{ID: i + 1, Lane: l, X: float64(rng.Intn(2000) - 200),
				W: float64(100 + rng.Intn(150)), H: 104})
		}
		ci := newColumnIndex(b.InLane(Events))
		for _, s := range b.Stickies {
			want, ok1 := b.EventOf(s)
			got, ok2 := ci.at(s)
			if ok1 != ok2 || !reflect.DeepEqual(want, got) {
				t.Fatalf("round %d sticky %d: column index says %v/%v, EventOf %v/%v", round, s.ID, got.ID, ok2, want.ID, ok1)
			}
		}
	}
}
