package board

import (
	"errors"
	"math/rand"
	"path/filepath"
	"strings"
	"testing"
)

func sticky(id int, l Lane, x float64, text string) Sticky {
	return Sticky{ID: id, Lane: l, Text: text, X: x, Y: LanePad, W: StickyWidth, H: StickyHeight}
}

// saveAndReopen writes b and loads it strictly: what the next start does.
func saveAndReopen(t *testing.T, b *Board) error {
	t.Helper()
	path := filepath.Join(t.TempDir(), "b.pathmap")
	if err := Save(path, b); err != nil {
		t.Fatal(err)
	}
	_, err := Load(path)
	return err
}

func TestApply_RefusesTheStickyPastTheLimitAndTheBoardStillOpens(t *testing.T) {
	b := &Board{}
	for i := 1; i <= MaxStickies; i++ {
		b.Stickies = append(b.Stickies, sticky(i, Lane(i%LaneCount), float64(i/LaneCount)*5, "s"))
	}
	d := NewDocument(b, nil)
	err := d.Apply(AddSticky{Sticky: sticky(MaxStickies+1, Actions, 0, "one too many")})
	var le *LimitError
	if !errors.As(err, &le) || !strings.Contains(err.Error(), "100,000 stickies") {
		t.Fatalf("adding the 100,001st sticky: err %v, want a LimitError naming 100,000 stickies", err)
	}
	if len(b.Stickies) != MaxStickies || d.CanUndo() || d.Dirty() {
		t.Fatalf("refused edit left %d stickies, undo %v, dirty %v", len(b.Stickies), d.CanUndo(), d.Dirty())
	}
	if err := saveAndReopen(t, b); err != nil {
		t.Fatalf("the board at the limit does not reopen: %v", err)
	}
}

func TestApply_RefusesAStickyPlacedPastTheEndOfALongLane(t *testing.T) {
	b := New()
	b.Stickies = append(b.Stickies, sticky(3, Actions, MaxCoordinate-10, "far right"))
	d := NewDocument(b, nil)
	x, y := b.FreeSpot(Actions)
	err := d.Apply(AddSticky{Sticky: Sticky{ID: 4, Lane: Actions, Text: "next", X: x, Y: y, W: StickyWidth, H: StickyHeight}})
	if err == nil || !strings.Contains(err.Error(), "past the edge") {
		t.Fatalf("a sticky at x=%g was accepted (err %v)", x, err)
	}
	if err := d.Apply(&MoveSticky{ID: 3, Lane: Actions, X: MaxCoordinate + 1, Y: y}); err == nil {
		t.Fatal("a move past x = 1,000,000 was accepted")
	}
	if s, _ := b.Sticky(3); s.X != MaxCoordinate-10 {
		t.Fatalf("refused move left the sticky at %g", s.X)
	}
	if err := saveAndReopen(t, b); err != nil {
		t.Fatalf("board does not reopen: %v", err)
	}
}

func TestApply_TextOverTheLimitIsCutAndTheBoardStillOpens(t *testing.T) {
	d := NewDocument(New(), nil)
	long := strings.Repeat("ß", 5<<20)
	if err := d.Apply(&EditText{ID: 1, Text: long}); err != nil {
		t.Fatal(err)
	}
	if err := d.Apply(AddSticky{Sticky: sticky(3, Actions, 0, long)}); err != nil {
		t.Fatal(err)
	}
	for _, id := range []int{1, 3} {
		if s, _ := d.Board().Sticky(id); len([]rune(s.Text)) != MaxTextLength {
			t.Fatalf("sticky %d holds %d characters, want the first %d", id, len([]rune(s.Text)), MaxTextLength)
		}
	}
	d.Undo()
	d.Undo()
	if s, _ := d.Board().Sticky(1); s.Text != StartEvent {
		t.Fatalf("undo gave %q", s.Text)
	}
	d.Board().Stickies[0].Text = strings.Repeat("x", MaxTextLength+1) // by hand: CheckLimits catches it
	if err := d.Board().CheckLimits(); err == nil || !strings.Contains(err.Error(), "2,001 characters") {
		t.Fatalf("CheckLimits on long text: %v", err)
	}
	d.Board().Stickies[0].Text = StartEvent
	if err := d.Apply(&SetTitle{Title: strings.Repeat("t", MaxShortText+1)}); err == nil {
		t.Fatal("a 201-character title was accepted")
	}
	if err := saveAndReopen(t, d.Board()); err != nil {
		t.Fatal(err)
	}
}

func TestApply_AProblemOlderThanTheEditDoesNotBlockIt(t *testing.T) {
	b := New()
	b.Stickies[0].Text = strings.Repeat("x", MaxTextLength+5) // built by hand, not loaded
	d := NewDocument(b, nil)
	if err := d.Apply(&SetTitle{Title: "Still editable"}); err != nil || b.Title != "Still editable" {
		t.Fatalf("an unrelated edit was refused: %v", err)
	}
}

// TestCheckLimits_AgreesWithTheLoader: every board CheckLimits passes loads
// back with no repair, and every board the loader would repair fails it.
func TestCheckLimits_AgreesWithTheLoader(t *testing.T) {
	r := rand.New(rand.NewSource(14))
	near := func(limit float64) float64 { return limit + float64(r.Intn(5)-2) }
	for round := 0; round < 400; round++ {
		b := New()
		s := sticky(3, Lane(r.Intn(LaneCount)), 0, "x")
		switch r.Intn(6) {
		case 0:
			s.X = near(MaxCoordinate) * float64(1-2*r.Intn(2))
		case 1:
			s.Y = near(MaxCoordinate)
		case 2:
			s.Text = strings.Repeat("界", int(near(MaxTextLength)))
		case 3:
			s.Owner = strings.Repeat("Ł", int(near(MaxShortText)))
		case 4:
			s.W = near(MaxStickySize)
		case 5:
			b.Title = strings.Repeat("Ν", int(near(MaxShortText)))
		}
		b.Stickies = append(b.Stickies, s)
		data, err := Encode(b)
		if err != nil {
			t.Fatal(err)
		}
		_, repairs, err := DecodeWithReport(data)
		loads := err == nil && len(repairs) == 0
		if fits := b.CheckLimits() == nil; fits != loads {
			t.Fatalf("round %d: CheckLimits says fits=%v (%v), the loader says clean=%v (%v, %v)", round, fits, b.CheckLimits(), loads, repairs, err)
		}
	}
}

func TestClampText_CutsALongPasteWithANote(t *testing.T) {
	text, note := ClampText(strings.Repeat("Ł", 5<<20))
	if n := len([]rune(text)); n != MaxTextLength {
		t.Fatalf("clamped to %d characters, want %d", n, MaxTextLength)
	}
	if !strings.Contains(note, "2,000") {
		t.Fatalf("note %q does not say the limit", note)
	}
	if text, note := ClampText("Deployed to staging"); text != "Deployed to staging" || note != "" {
		t.Fatalf("short text changed: %q, %q", text, note)
	}
}

// BenchmarkApply_On100000Stickies is an edit of a full board: the limit
// check runs after every edit.
func BenchmarkApply_On100000Stickies(b *testing.B) {
	bd := bigBoard(MaxStickies - 1)
	d := NewDocument(bd, nil)
	for b.Loop() {
		if err := d.Apply(&EditText{ID: 5, Text: "Edited"}); err != nil {
			b.Fatal(err)
		}
	}
}
