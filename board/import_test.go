package board

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseImport_OneStickyPerLineWithoutBulletsOrBlanks(t *testing.T) {
	got, err := ParseImport("- Deployed to staging\r\n\n  * Code reviewed  \n1. Tests   passed\n• CAB approved\n[ ] Who owns staging?\n\n")
	want := []string{"Deployed to staging", "Code reviewed", "Tests passed", "CAB approved", "Who owns staging?"}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("ParseImport = %q, %v; want %q", got, err, want)
	}
	if _, err := ParseImport("\n  \n"); err == nil || !strings.Contains(err.Error(), "one sticky per line") {
		t.Fatalf("empty import error = %v", err)
	}
	if _, err := ParseImport(strings.Repeat("x\n", MaxImportLines+1)); err == nil {
		t.Fatal("an import of more lines than allowed was accepted")
	}
}

func TestImportStickies_AtTheEndOfTheLaneWithoutOverlapsOneUndo(t *testing.T) {
	b := blankBoard()
	d := NewDocument(b, nil)
	before := len(b.Stickies)
	cmd, ids := ImportStickies(d.Board(), Systems, []string{"Argo CD", "Vault", "Jira"}, nil)
	d.Apply(cmd)
	nb := d.Board()
	if len(nb.Stickies) != before+3 || len(ids) != 3 {
		t.Fatalf("%d stickies after importing 3 into %d", len(nb.Stickies), before)
	}
	for i, id := range ids {
		s, _ := nb.Sticky(id)
		if s.Lane != Systems {
			t.Fatalf("imported sticky %q is in %s", s.Text, s.Lane.Name())
		}
		for _, o := range nb.Stickies {
			if o.ID != id && overlaps(s, o) {
				t.Fatalf("imported %q covers %q", s.Text, o.Text)
			}
		}
		if i > 0 {
			prev, _ := nb.Sticky(ids[i-1])
			if s.X <= prev.X {
				t.Fatal("imported stickies are not in the list's order left to right")
			}
		}
		if s.X < 200+StickyWidth {
			t.Fatalf("imported %q at x=%v, not after the lane's last sticky", s.Text, s.X)
		}
	}
	if d.UndoName() != "Import 3 stickies" || !d.Undo() || len(d.Board().Stickies) != before {
		t.Fatal("one undo did not remove the whole import")
	}
}
