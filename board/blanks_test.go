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

// agendaBlankBoard: six events; systems under the first and third.
func agendaBlankBoard(step int) *Board {
	b := dupBoard(Events, "Idea", "Code written", "Code reviewed", "Built", "Deployed to staging", "Deployed to production")
	b.Agenda = DefaultAgenda()
	b.Agenda.Current = step
	for _, x := range []float64{0, 376} {
		b.Stickies = append(b.Stickies, Sticky{ID: len(b.Stickies) + 10, Lane: Systems, Text: "GitHub", X: x,
			Y: b.LaneTop(Systems) + LanePad, W: StickyWidth, H: StickyHeight})
	}
	return b
}

func stepOf(t *testing.T, l Lane) int {
	for i, s := range DefaultAgenda().Steps {
		if s.Lane == l {
			return i
		}
	}
	t.Fatalf("no step for %v", l)
	return 0
}

func TestBlanks_NoSystemHintsOnlyOnceTheSystemsStepHasBegun(t *testing.T) {
	noSystem := func(b *Board) []string {
		var out []string
		for _, bl := range Blanks(b) {
			if bl.NoSystem {
				out = append(out, bl.Event.Text)
			}
			if bl.NoTeam || bl.NoTiming {
				t.Errorf("%q flagged for %s before the teams or timings step", bl.Event.Text, bl.Missing())
			}
		}
		return out
	}
	systems := stepOf(t, Systems)
	// Systems put up early, while still ordering events: no hint at all.
	if got := noSystem(agendaBlankBoard(systems - 1)); len(got) != 0 {
		t.Fatalf("before the systems step, columns flagged %v", got)
	}
	// During the step the group has reached column 3: only column 2,
	// which it passed, lacks a system; the columns ahead are not gaps yet.
	if got := noSystem(agendaBlankBoard(systems)); len(got) != 1 || got[0] != "Code written" {
		t.Fatalf("during the systems step, flagged %v; want only the passed column \"Code written\"", got)
	}
	// From the teams step on, every column without a system is a gap.
	if got := noSystem(agendaBlankBoard(systems + 1)); len(got) != 4 {
		t.Fatalf("after the systems step, flagged %v; want the 4 columns without a system", got)
	}
}

func TestBlanks_TimingsStepOverFlagsColumnsWithoutTiming(t *testing.T) {
	b := agendaBlankBoard(stepOf(t, Actions))
	n := 0
	for _, bl := range Blanks(b) {
		if bl.NoTiming && bl.NoTeam {
			n++
		}
	}
	if n != 6 {
		t.Fatalf("in the blank-areas step, %d columns flagged for team and timing; want all 6 (none has either)", n)
	}
}
