package board

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// runeWidth measures one unit per character, like a monospaced font.
func runeWidth(s string) float64 { return float64(utf8.RuneCountInString(s)) }

func TestWrap_BreaksAtSpacesAndKeepsNewlines(t *testing.T) {
	got := Wrap("Code review completed\nby two people", 12, runeWidth)
	want := []string{"Code review", "completed", "by two", "people"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Wrap = %q, want %q", got, want)
	}
}

func TestWrap_LongWordIsSplitNotCut(t *testing.T) {
	word := "Größenänderungsüberprüfung"
	got := Wrap(word, 10, runeWidth)
	if strings.Join(got, "") != word {
		t.Fatalf("Wrap lost characters: %q", got)
	}
	for _, l := range got {
		if runeWidth(l) > 10 {
			t.Fatalf("line %q is wider than 10", l)
		}
	}
}

func TestWrap_NarrowerThanOneCharacterStillProgresses(t *testing.T) {
	got := Wrap("abc", 0.5, runeWidth)
	if !reflect.DeepEqual(got, []string{"a", "b", "c"}) {
		t.Fatalf("Wrap = %q, want one character per line", got)
	}
}
