package board

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// labelledPhrase is one line of testdata/duplicates.tsv or
// testdata/duplicates_heldout.tsv.
type labelledPhrase struct {
	group, text string
	heldOut     bool // from the held-out file, written apart from the rules
}

// The labelled sets: the first written together with the rules, the
// held-out one written before the rules were changed for it.
const (
	duplicateSetFile = "testdata/duplicates.tsv"
	heldOutSetFile   = "testdata/duplicates_heldout.tsv"
)

func loadDuplicateSet(t *testing.T) []labelledPhrase {
	t.Helper()
	return append(loadLabelled(t, duplicateSetFile, false), loadLabelled(t, heldOutSetFile, true)...)
}

func loadLabelled(t *testing.T, path string, heldOut bool) []labelledPhrase {
	t.Helper()
	f, err := os.Open(path)
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
			t.Fatalf("%s:%d: want a group name, a tab and a text; got %q", path, line, l)
		}
		out = append(out, labelledPhrase{group, text, heldOut})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// dupScore is the pairwise precision and recall of one part of the set.
type dupScore struct {
	precision, recall  float64
	falsePos, falseNeg [][2]string
}

// duplicateScores puts every phrase of the set on one board as an event,
// as after a brainstorm, finds the groups the way the canvas does and
// counts the pairs of stickies for which counts(i, j) holds: offered
// together and labelled together (true positives), offered together but
// labelled apart (false positives), labelled together but not offered
// (false negatives).
func duplicateScores(set []labelledPhrase, counts func(i, j int) bool) dupScore {
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
	var s dupScore
	tp := 0
	for i := range set {
		for j := i + 1; j < len(set); j++ {
			if !counts(i, j) {
				continue
			}
			same, offered := set[i].group == set[j].group, found[[2]int{i, j}]
			switch {
			case same && offered:
				tp++
			case offered:
				s.falsePos = append(s.falsePos, [2]string{set[i].text, set[j].text})
			case same:
				s.falseNeg = append(s.falseNeg, [2]string{set[i].text, set[j].text})
			}
		}
	}
	s.precision = float64(tp) / float64(max(tp+len(s.falsePos), 1))
	s.recall = float64(tp) / float64(max(tp+len(s.falseNeg), 1))
	return s
}

func TestFindDuplicates_LabelledBrainstormRecallAndPrecision(t *testing.T) {
	set := loadDuplicateSet(t)
	if len(set) < 150 {
		t.Fatalf("the labelled set has %d phrasings; it needs at least 150 to say anything", len(set))
	}
	heldOut := 0
	for _, p := range set {
		if p.heldOut {
			heldOut++
		}
	}
	whole := duplicateScores(set, func(i, j int) bool { return true })
	first := duplicateScores(set, func(i, j int) bool { return !set[i].heldOut && !set[j].heldOut })
	held := duplicateScores(set, func(i, j int) bool { return set[i].heldOut || set[j].heldOut })
	report := func(name string, n int, s dupScore) {
		t.Logf("%s (%d phrasings): pairwise precision %.3f, recall %.3f (%d wrongly offered, %d missed)",
			name, n, s.precision, s.recall, len(s.falsePos), len(s.falseNeg))
	}
	report("whole set", len(set), whole)
	report("first set alone", len(set)-heldOut, first)
	report("held-out (pairs with a held-out phrasing)", heldOut, held)
	for _, p := range whole.falsePos {
		t.Logf("offered, but different: %q / %q", p[0], p[1])
	}
	for _, p := range whole.falseNeg {
		t.Logf("missed: %q / %q", p[0], p[1])
	}
	if whole.precision < 0.9 || whole.recall < 0.85 {
		t.Errorf("whole set: precision %.3f, recall %.3f; want precision ≥ 0.9 and recall ≥ 0.85",
			whole.precision, whole.recall)
	}
}
