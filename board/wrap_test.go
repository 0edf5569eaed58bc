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
	joined := ""
	for i, l := range got {
		if runeWidth(l) > 10 {
			t.Fatalf("line %q is wider than 10", l)
		}
		if i < len(got)-1 {
			if !strings.HasSuffix(l, "-") {
				t.Fatalf("split line %q does not end with a hyphen: %q", l, got)
			}
			l = strings.TrimSuffix(l, "-")
		}
		joined += l
	}
	if joined != word {
		t.Fatalf("Wrap lost characters: %q", got)
	}
}

func TestWrap_LongWordBreaksAtHyphensAndSlashesFirst(t *testing.T) {
	got := Wrap("Build-and-deploy/staging-approval", 12, runeWidth)
	want := []string{"Build-and-", "deploy/", "staging-", "approval"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Wrap = %q, want %q", got, want)
	}
}

func TestWrap_ChineseSplitsWithoutHyphen(t *testing.T) {
	got := Wrap("部署到生产环境需要审批", 4, runeWidth)
	want := []string{"部署到生", "产环境需", "要审批"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Wrap = %q, want %q", got, want)
	}
}

func TestWrap_NarrowerThanOneCharacterStillProgresses(t *testing.T) {
	got := Wrap("abc", 0.5, runeWidth)
	if !reflect.DeepEqual(got, []string{"a", "b", "c"}) {
		t.Fatalf("Wrap = %q, want one character per line", got)
	}
}
