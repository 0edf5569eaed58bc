package board

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// labelledPhrase is one line of testdata/duplicates.tsv.
type labelledPhrase struct{ group, text string }

func loadDuplicateSet(t *testing.T) []labelledPhrase {
	t.Helper()
	f, err := os.Open("testdata/duplicates.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelledPhrase
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		group, text, ok := strings.Cut(l, "\t")
		if !ok || group == "" || strings.TrimSpace(text) == "" {
			t.Fatalf("testdata/duplicates.tsv:%d: want a group name, a tab and a text; got %q", line, l)
		}
		out = append(out, labelledPhrase{group, text})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// duplicateScores puts every phrase of the set on one board as an event,
// as after a brainstorm, finds the groups the way the canvas does and
// counts the pairs of stickies: offered together and labelled together
// (true positives), offered together but labelled apart (false positives),
// labelled together but not offered (false negatives).
func duplicateScores(set []labelledPhrase) (precision, recall float64, falsePos, falseNeg [][2]string) {
	texts := make([]string, len(set))
	for i, p := range set {
		texts[i] = p.text
	}
	b := dupBoard(Events, texts...)
	found := map[[2]int]bool{}
	for _, g := range FindDuplicates(b) {
		for i, a := range g.IDs {
			for _, c := range g.IDs[i+1:] {
				found[[2]int{min(a, c) - 1, max(a, c) - 1}] = true
			}
		}
	}
	tp := 0
	for i := range set {
		for j := i + 1; j < len(set); j++ {
			same, offered := set[i].group == set[j].group, found[[2]int{i, j}]
			switch {
			case same && offered:
				tp++
			case offered:
				falsePos = append(falsePos, [2]string{set[i].text, set[j].text})
			case same:
				falseNeg = append(falseNeg, [2]string{set[i].text, set[j].text})
			}
		}
	}
	precision = float64(tp) / float64(max(tp+len(falsePos), 1))
	recall = float64(tp) / float64(max(tp+len(falseNeg), 1))
	return precision, recall, falsePos, falseNeg
}

func TestFindDuplicates_LabelledBrainstormRecallAndPrecision(t *testing.T) {
	set := loadDuplicateSet(t)
	if len(set) < 150 {
		t.Fatalf("the labelled set has %d phrasings; it needs at least 150 to say anything", len(set))
	}
	precision, recall, falsePos, falseNeg := duplicateScores(set)
	t.Logf("%d phrasings: pairwise precision %.3f, recall %.3f (%d wrongly offered, %d missed)",
		len(set), precision, recall, len(falsePos), len(falseNeg))
	for _, p := range falsePos {
		t.Logf("offered, but different: %q / %q", p[0], p[1])
	}
	for _, p := range falseNeg {
		t.Logf("missed: %q / %q", p[0], p[1])
	}
	if precision < 0.9 || recall < 0.85 {
		t.Errorf("precision %.3f, recall %.3f; want precision ≥ 0.9 and recall ≥ 0.85", precision, recall)
	}
}
