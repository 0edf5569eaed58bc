package board

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// Step 4 of the method: "it will probably be messy with lots of
// duplicates". Two stickies say the same thing when their texts reduce to
// the same words once case, punctuation, word order, filler words, plurals
// and tense are set aside, allowing a small typo in longer words: "Code
// reviewed" ~ "code review done" ~ "Code-review completed". Names that
// differ ("staging" and "production", "QA" and "UAT") never match: short
// words must be spelled the same and a typo is at most one or two letters.

// fillerWords carry no meaning of their own on a sticky.
var fillerWords = wordSet(`a an the to of in on at for by into onto from is are was were be been being has
	have had and & + it its our we us they their then with via`)

// doneWords only say that something happened, which every event does:
// "Code review done" is "Code reviewed".
var doneWords = wordSet(`done complete completed completion finished finish happened ok okay successfully
	successful success passed pass`)

// synonyms are the abbreviations of the trade, spelled out.
var synonyms = map[string]string{
	"prod": "production", "prd": "production", "stg": "staging", "env": "environment", "envs": "environment",
	"repo": "repository", "repos": "repository", "pr": "pull request", "prs": "pull request",
	"mr": "merge request", "ci": "continuous integration", "cd": "continuous delivery", "setup": "set up",
	"signoff": "sign off", "signedoff": "signed off", "dev": "development", "qa": "qa", "approval": "approve",
	"config": "configuration", "docs": "documentation", "doc": "documentation", "tests": "test",
}

// irregularBase maps past forms back to the base, so "Code written" and
// "Code write-up" compare by their verb.
var irregularBase = func() map[string]string {
	m := map[string]string{"written": "write", "rewritten": "rewrite", "gone": "go", "given": "give",
		"taken": "take", "begun": "begin", "chosen": "choose", "seen": "see", "known": "know", "drawn": "draw",
		"shown": "show", "broken": "break", "frozen": "freeze", "risen": "rise", "woken": "wake", "fallen": "fall",
		"spoken": "speak", "withdrawn": "withdraw", "gotten": "get"}
	for base, past := range irregularPast {
		if past != base && !strings.HasSuffix(past, "ed") {
			m[past] = base
		}
	}
	return m
}()

func wordSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// meaningTokens reduces a text to the sorted words that carry its meaning.
func meaningTokens(text string) []string {
	raw := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	var out []string
	for _, w := range raw {
		if s, ok := synonyms[w]; ok {
			for _, p := range strings.Fields(s) {
				out = appendToken(out, p)
			}
			continue
		}
		out = appendToken(out, w)
	}
	sort.Strings(out)
	return out
}

func appendToken(out []string, w string) []string {
	if fillerWords[w] || doneWords[w] || w == "s" {
		return out
	}
	return append(out, stem(w))
}

// stem strips plural and tense endings, and a final "e", so "approve",
// "approved" and "approves" all give "approv". It is crude on purpose:
// both sides of a comparison are cut the same way.
func stem(w string) string {
	if b, ok := irregularBase[w]; ok {
		w = b
	}
	n := utf8.RuneCountInString(w)
	cut := func(suffix string, minLen int) bool {
		if n >= minLen && strings.HasSuffix(w, suffix) {
			w = strings.TrimSuffix(w, suffix)
			return true
		}
		return false
	}
	switch {
	case cut("ies", 5), cut("ied", 5):
		w += "y"
	case cut("sses", 6):
		w += "ss"
	case cut("ments", 8), cut("ment", 7):
	case cut("ing", 6), cut("ed", 5):
		w = undouble(w)
	case strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
	case n >= 5 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes")):
		w = w[:len(w)-2] // "patches" → "patch"
	case cut("s", 4):
	}
	if utf8.RuneCountInString(w) >= 4 {
		w = strings.TrimSuffix(w, "e")
	}
	return w
}

// undouble: "planned" → "plann" → "plan".
func undouble(w string) string {
	n := len(w)
	if n >= 3 && w[n-1] == w[n-2] && strings.IndexByte("aeioulsz", w[n-1]) < 0 {
		return w[:n-1]
	}
	return w
}

// closeWords reports whether two different words are one small typo
// apart. Short words and anything with a digit must match exactly: "QA" is
// not "UA", "v2" is not "v3".
func closeWords(a, b string) bool {
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if la < 5 || lb < 5 || la-lb > 2 || lb-la > 2 || hasDigit(a) || hasDigit(b) {
		return false
	}
	if transposed(a, b) {
		return true
	}
	allowed := 1
	if min(la, lb) >= 8 {
		allowed = 2
	}
	return levenshtein.ComputeDistance(a, b) <= allowed
}

func hasDigit(s string) bool { return strings.IndexFunc(s, unicode.IsDigit) >= 0 }

// transposed reports whether b is a with two neighbouring letters swapped,
// the commonest typo ("reveiw"), which Levenshtein counts as two edits.
func transposed(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:])
}

// sameTokens reports whether two sorted token lists say the same thing:
// the same words, allowing each word left over to be a small typo of one
// on the other side.
func sameTokens(a, b []string) bool {
	if len(a) == 0 || len(a) != len(b) {
		return false
	}
	var restA, restB []string
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			i, j = i+1, j+1
		case a[i] < b[j]:
			restA, i = append(restA, a[i]), i+1
		default:
			restB, j = append(restB, b[j]), j+1
		}
	}
	restA, restB = append(restA, a[i:]...), append(restB, b[j:]...)
	if len(restA) != len(restB) {
		return false
	}
	used := make([]bool, len(restB))
	for _, x := range restA {
		found := false
		for k, y := range restB {
			if !used[k] && closeWords(x, y) {
				used[k], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// SameMeaning reports whether two sticky texts say the same thing despite
// case, punctuation, word order, filler words, plurals, tense and small
// typos. Texts with nothing but filler ("Done") never match.
func SameMeaning(a, b string) bool { return sameTokens(meaningTokens(a), meaningTokens(b)) }
