package board

import (
	"math/rand"
	"testing"
	"time"
)

// The editor does not apply bare commands: it wraps each edit in Edit, which
// adds the Relayout that stacks and fits the lanes (and AddAt, which places a
// new sticky). The same 100 × 200 random sequences run through that path.

// randomEditorEdit is one edit as the editor makes it: the random command
// wrapped by Edit with the stacking the editor does after it, or a new
// sticky placed by PlaceNew/AddAt.
func randomEditorEdit(r *rand.Rand, b *Board) Command {
	if r.Intn(4) == 0 {
		selected := 0
		if len(b.Stickies) > 0 && r.Intn(2) == 0 {
			selected = b.Stickies[r.Intn(len(b.Stickies))].ID
		}
		l := Lane(r.Intn(LaneCount))
		texts := []string{randomText(r)}
		if r.Intn(5) == 0 {
			texts = append(texts, randomText(r), randomText(r))
		}
		c, _ := AddAt(b, b.PlaceNew(l, selected), texts, nil, "Add sticky")
		return c
	}
	c := randomEdit(r, b)
	if c == nil {
		return nil
	}
	var moved []int
	if m, ok := c.(*MoveSticky); ok {
		moved = append(moved, m.ID)
	}
	return Edit(b, c.Name(), []Command{c}, func(nb *Board) {
		for _, id := range moved {
			nb.Unstack(id)
		}
	})
}

func TestProperty_EditAndRelayoutSurviveRandomEdits(t *testing.T) {
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
				if c := randomEditorEdit(r, d.Board()); c != nil {
					d.Apply(c)
					log = append(log, c.Name())
				}
			}
			if r.Intn(10) == 0 || n == propertyEdits-1 {
				data, err := Encode(d.Board())
				if err != nil {
					t.Fatalf("seed %d after %v: Encode: %v", seed, lastOf(log), err)
				}
				back, err := Decode(data)
				if err != nil || !sameBoard(back, d.Board()) {
					t.Fatalf("seed %d after %d edits (%s): save → load gave %v", seed, n+1, lastOf(log), err)
				}
			}
		}
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
			t.Fatalf("seed %d: undoing everything through Edit/Relayout gave\n%+v\nwant the first board\n%+v", seed, d.Board(), initial)
		}
		for d.Redo() {
		}
		if !sameBoard(d.Board(), last) {
			t.Fatalf("seed %d: redoing everything through Edit/Relayout gave\n%+v\nwant the last board\n%+v", seed, d.Board(), last)
		}
	}
}
