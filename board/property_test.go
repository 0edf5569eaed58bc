package board

import (
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"time"
)

// Property tests: random edits, as a busy workshop makes them, in 100
// reproducible sequences of 200 (seeded, as tldraw tests its store). Undoing
// everything must give back the first board exactly, redoing everything the
// last, and saving and loading at any moment must give an equal board.

const (
	propertySeeds = 100
	propertyEdits = 200
)

var propertyWords = []string{"Deployed", "to", "staging", "CAB", "Größe", "部署", "reviews", "wait", "2 days", "\n", "Jenkins", "flaky", "—", "\"quoted\""}

// randomText is a short sticky text with the odd line break and non-Latin word.
func randomText(r *rand.Rand) string {
	var parts []string
	for n := 1 + r.Intn(6); n > 0; n-- {
		parts = append(parts, propertyWords[r.Intn(len(propertyWords))])
	}
	if t := CleanText(strings.Join(parts, " ")); t != "" {
		return t
	}
	return "x"
}

// coord is a position as drags make them, kept to quarter units, which the
// file stores exactly.
func coord(r *rand.Rand, span int) float64 { return float64(r.Intn(span*4)) / 4 }

func randomSticky(r *rand.Rand, b *Board) Sticky {
	l := Lane(r.Intn(LaneCount))
	x, y := coord(r, 3000), b.LaneTop(l)+LanePad
	return Sticky{ID: b.NextID(), Lane: l, Text: randomText(r), X: x, Y: y, W: StickyWidth, H: StickyHeight}
}

// randomEdit picks one edit that makes sense on b, or nil.
func randomEdit(r *rand.Rand, b *Board) Command {
	pick := func() (Sticky, bool) {
		if len(b.Stickies) == 0 {
			return Sticky{}, false
		}
		return b.Stickies[r.Intn(len(b.Stickies))], true
	}
	switch r.Intn(9) {
	case 0, 1:
		return AddSticky{Sticky: randomSticky(r, b)}
	case 2:
		if s, ok := pick(); ok {
			return &MoveSticky{ID: s.ID, Lane: s.Lane, X: coord(r, 3000), Y: s.Y + coord(r, 4)}
		}
	case 3:
		if s, ok := pick(); ok {
			return laneChange(b, s, Lane(r.Intn(LaneCount)), coord(r, 3000))
		}
	case 4:
		if s, ok := pick(); ok {
			return &EditText{ID: s.ID, Text: randomText(r)}
		}
	case 5:
		if s, ok := pick(); ok {
			return &DeleteSticky{ID: s.ID}
		}
	case 6:
		return merge(r, b)
	case 7:
		events := b.InLane(Events)
		if len(events) >= 2 {
			i := r.Intn(len(events) - 1)
			return AddSpan{Span: Span{ID: b.NextSpanID(), From: events[i].ID, To: events[i+1+r.Intn(len(events)-i-1)].ID, Label: []string{"2h", "3d", "1w", "S", "M", "L"}[r.Intn(6)]}}
		}
	case 8:
		if len(b.Spans) > 0 {
			sp := b.Spans[r.Intn(len(b.Spans))]
			if r.Intn(2) == 0 {
				return &EditSpan{ID: sp.ID, Label: "?" + sp.Label}
			}
			return &DeleteSpan{ID: sp.ID}
		}
	}
	return nil
}

// laneChange moves s into lane l. A timing span only makes sense over
// events, so an event that leaves the Events lane takes its spans with it
// in the same undo step (a bare MoveSticky would leave spans over a
// non-event, which loading then drops).
func laneChange(b *Board, s Sticky, l Lane, x float64) Command {
	move := &MoveSticky{ID: s.ID, Lane: l, X: x, Y: b.LaneTop(l) + LanePad}
	if s.Lane != Events || l == Events {
		return move
	}
	batch := &Batch{What: "Move sticky"}
	for _, sp := range b.Spans {
		if sp.From == s.ID || sp.To == s.ID {
			batch.Cmds = append(batch.Cmds, &DeleteSpan{ID: sp.ID})
		}
	}
	batch.Cmds = append(batch.Cmds, move)
	return batch
}

// merge joins two stickies of one lane into one, as a facilitator does with
// duplicates: one ReplaceBoard, so one undo step.
func merge(r *rand.Rand, b *Board) Command {
	if len(b.Stickies) < 2 {
		return nil
	}
	keep, drop := b.Stickies[r.Intn(len(b.Stickies))], b.Stickies[r.Intn(len(b.Stickies))]
	if keep.ID == drop.ID || keep.Lane != drop.Lane {
		return nil
	}
	nb := b.Clone()
	i := nb.Index(keep.ID)
	nb.Stickies[i].Text = truncateRunes(keep.Text+"\n"+drop.Text, MaxTextLength)
	removeAt(nb, nb.Index(drop.ID))
	var spans []Span
	for _, sp := range nb.Spans {
		if sp.From != drop.ID && sp.To != drop.ID {
			spans = append(spans, sp)
		}
	}
	nb.Spans = spans
	return &ReplaceBoard{New: nb, What: "Merge stickies"}
}

// sameBoard compares boards the way a person would: an empty list and no
// list are the same.
func sameBoard(a, b *Board) bool {
	norm := func(x *Board) *Board {
		c := x.Clone()
		if len(c.Stickies) == 0 {
			c.Stickies = nil
		}
		if len(c.Spans) == 0 {
			c.Spans = nil
		}
		return c
	}
	return reflect.DeepEqual(norm(a), norm(b))
}

func TestProperty_UndoRedoAndSaveLoadSurviveRandomEdits(t *testing.T) {
	clock := func() time.Time { return time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC) }
	for seed := int64(1); seed <= propertySeeds; seed++ {
		r := rand.New(rand.NewSource(seed))
		d := NewDocument(New(), clock)
		initial := d.Board().Clone()
		var log []string
		for n := 0; n < propertyEdits; n++ {
			switch k := r.Intn(10); {
			case k == 0:
				d.Undo()
				log = append(log, "undo")
			case k == 1:
				d.Redo()
				log = append(log, "redo")
			default:
				if c := randomEdit(r, d.Board()); c != nil {
					d.Apply(c)
					log = append(log, c.Name())
				}
			}
			if r.Intn(10) == 0 || n == propertyEdits-1 {
				data, err := Encode(d.Board())
				if err != nil {
					t.Fatalf("seed %d after %v: Encode: %v", seed, log, err)
				}
				back, err := Decode(data)
				if err != nil || !sameBoard(back, d.Board()) {
					t.Fatalf("seed %d after %d edits (%s): save → load gave %v\n got %+v\nwant %+v", seed, n+1, lastOf(log), err, back, d.Board())
				}
			}
		}
		// The last edits may have been undone: "everything" to redo then
		// reaches past the board at the end, to the last board ever edited.
		final := d.Board().Clone()
		pending := 0
		for d.Redo() {
			pending++
		}
		last := d.Board().Clone()
		for ; pending > 0; pending-- {
			d.Undo()
		}
		if !sameBoard(d.Board(), final) {
			t.Fatalf("seed %d: redo then undo of the pending edits did not come back to the board at the end", seed)
		}
		for d.Undo() {
		}
		if !sameBoard(d.Board(), initial) {
			t.Fatalf("seed %d: undoing everything gave\n%+v\nwant the first board\n%+v", seed, d.Board(), initial)
		}
		for d.Redo() {
		}
		if !sameBoard(d.Board(), last) {
			t.Fatalf("seed %d: redoing everything gave\n%+v\nwant the last board\n%+v", seed, d.Board(), last)
		}
	}
}

func lastOf(log []string) string {
	if len(log) > 5 {
		log = log[len(log)-5:]
	}
	return fmt.Sprint(log)
}
