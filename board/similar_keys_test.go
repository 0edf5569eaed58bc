package board

import (
	"fmt"
	"math/rand"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// oneWordApart reports whether two sorted token lists of one length differ
// in at most one word: the pairs of the same length the index promises to
// compare (a longer text only with its twin).
func oneWordApart(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	if len(a) > 12 {
		return reflect.DeepEqual(a, b)
	}
	count := map[string]int{}
	for _, w := range a {
		count[w]++
	}
	for _, w := range b {
		count[w]--
	}
	diff := 0
	for _, c := range count {
		if c > 0 {
			diff += c
		}
	}
	return diff <= 1
}

// bruteForceGroups compares every pair of stickies in one lane (all in one
// column), as the finder would if it had no index.
func bruteForceGroups(b *Board) [][]int {
	tok := make([][]string, len(b.Stickies))
	for i, s := range b.Stickies {
		tok[i] = meaningTokens(s.Text)
	}
	parent := make([]int, len(b.Stickies))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	linked := map[int]bool{}
	for i := range tok {
		for j := i + 1; j < len(tok); j++ {
			a, c := tok[i], tok[j]
			if (oneWordApart(a, c) && sameTokens(a, c)) || containedIn(a, c) || containedIn(c, a) {
				parent[find(i)] = find(j)
				linked[i], linked[j] = true, true
			}
		}
	}
	groups := map[int][]int{}
	for i := range tok {
		if linked[i] {
			groups[find(i)] = append(groups[find(i)], b.Stickies[i].ID)
		}
	}
	var out [][]int
	for _, g := range groups {
		sort.Ints(g)
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// typo changes one or two letters of w the ways people mistype.
func typo(rng *rand.Rand, w string) string {
	r := []rune(w)
	for range 1 + rng.Intn(2) {
		if len(r) < 2 {
			break
		}
		i := rng.Intn(len(r) - 1)
		switch rng.Intn(4) {
		case 0:
			r[i], r[i+1] = r[i+1], r[i]
		case 1:
			r = append(r[:i:i], r[i+1:]...)
		case 2:
			r = append(r[:i:i], append([]rune{'x'}, r[i:]...)...)
		default:
			r[i] = 'q'
		}
	}
	return string(r)
}

func TestDuplicateFinder_IndexFindsEveryPairAComparisonOfAllWould(t *testing.T) {
	words := []string{"deploy", "staging", "production", "review", "pipeline", "approval", "security", "scan",
		"tests", "code", "merged", "artefact", "registry", "infrastructure", "QA", "CAB", "v2", "17", "canary",
		"release", "notes", "configuration", "flag", "rollback", "monitoring", "alerts"}
	for seed := int64(1); seed <= 20; seed++ {
		rng := rand.New(rand.NewSource(seed))
		var texts []string
		for len(texts) < 150 {
			if len(texts) > 0 && rng.Intn(3) == 0 { // a variant of an earlier sticky
				ws := strings.Fields(texts[rng.Intn(len(texts))])
				switch i := rng.Intn(len(ws)); rng.Intn(3) {
				case 0:
					ws[i] = typo(rng, ws[i])
				case 1:
					ws = append(ws, words[rng.Intn(len(words))])
				default:
					ws[i] = fmt.Sprint(rng.Intn(5))
				}
				texts = append(texts, strings.Join(ws, " "))
				continue
			}
			n := 1 + rng.Intn(5)
			if rng.Intn(20) == 0 {
				n = 13 + rng.Intn(2)
			}
			ws := make([]string, n)
			for i := range ws {
				ws[i] = words[rng.Intn(len(words))]
			}
			texts = append(texts, strings.Join(ws, " "))
		}
		b := &Board{}
		for i, text := range texts {
			b.Stickies = append(b.Stickies, Sticky{ID: i + 1, Lane: Events, Text: text, X: float64(i), Y: LanePad, W: StickyWidth, H: StickyHeight})
		}
		var got [][]int
		for _, g := range FindDuplicates(b) {
			ids := append([]int(nil), g.IDs...)
			sort.Ints(ids)
			got = append(got, ids)
		}
		sort.Slice(got, func(i, j int) bool { return got[i][0] < got[j][0] })
		if want := bruteForceGroups(b); !reflect.DeepEqual(got, want) {
			t.Fatalf("seed %d: the index found %v,\ncomparing every pair finds %v", seed, got, want)
		}
	}
}

func TestOneLetterLess_TwoWordsOneTypoApartShareASpelling(t *testing.T) {
	for _, p := range [][2]string{{"review", "reveiw"}, {"staging", "stagng"}, {"pipeline", "pipelinne"}, {"größe", "grösse"}} {
		shared := false
		for _, a := range append(oneLetterLess(p[0]), p[0]) {
			for _, b := range append(oneLetterLess(p[1]), p[1]) {
				shared = shared || a == b
			}
		}
		if closeWords(p[0], p[1]) && !shared {
			t.Errorf("%q and %q are one typo apart but share no spelling with a letter left out", p[0], p[1])
		}
	}
}
