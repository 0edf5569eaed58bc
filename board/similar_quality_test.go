package board

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// labelledPhrase is one line of one of duplicateSetFiles.
type labelledPhrase struct {
	group, text string
	file        int // its place in duplicateSetFiles
}

// duplicateSetFiles are the labelled sets, scored together and each on its
// own: the first written together with the rules; each held-out round
// after the rules for the rounds before it, and before the rules were
// changed for it. Group names are shared: the same name is the same event.
var duplicateSetFiles = []struct{ path, name string }{
	{"testdata/duplicates.tsv", "first set"},
	{"testdata/duplicates_heldout.tsv", "held-out round 1"},
	{"testdata/duplicates_heldout2.tsv", "held-out round 2"},
}

func loadDuplicateSet(t *testing.T) []labelledPhrase {
	t.Helper()
	var out []labelledPhrase
	for i, f := range duplicateSetFiles {
		out = append(out, loadLabelled(t, f.path, i)...)
	}
	return out
}

func loadLabelled(t *testing.T, path string, file int) []labelledPhrase {
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
		out = append(out, labelledPhrase{group, text, file})
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
	report := func(name string, n int, s dupScore) {
		t.Logf("%s (%d phrasings): pairwise precision %.3f, recall %.3f (%d wrongly offered, %d missed)",
			name, n, s.precision, s.recall, len(s.falsePos), len(s.falseNeg))
	}
	whole := duplicateScores(set, func(i, j int) bool { return true })
	report("whole set", len(set), whole)
	for f, file := range duplicateSetFiles {
		n := 0
		for _, p := range set {
			if p.file == f {
				n++
			}
		}
		// A round is scored by the pairs it adds to the rounds before it
		// (its phrasings with each other and with the earlier ones), so
		// the rounds split the pairs of the whole set between them.
		s := duplicateScores(set, func(i, j int) bool { return max(set[i].file, set[j].file) == f })
		report(file.name, n, s)
	}
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
