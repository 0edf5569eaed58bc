package board

import (
	"slices"
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

// meaningTokens reduces a text to the sorted words that carry its meaning.
func meaningTokens(text string) []string {
	raw := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	for i, w := range raw {
		if w == "US" { // the region, not the filler word: "Deployed to US region"
			w = "usa"
		}
		raw[i] = strings.ToLower(w)
	}
	raw = replacePhrases(raw)
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
	placePush(out)
	prApproval(out)
	sort.Strings(out)
	// "Code reviewed by peer" says "code" twice once "peer" is "code".
	return slices.Compact(out)
}

// prApproval reads an approved pull request as the code review it is:
// "PR approved" is "Code reviewed", "PR approval requested" is "Code
// review requested".
func prApproval(tokens []string) {
	pr, ok := slices.Index(tokens, "pr"), slices.Index(tokens, approved)
	if pr >= 0 && ok >= 0 {
		tokens[pr], tokens[ok] = "cod", "review"
	}
}

// placePush reads "pushed" as "deployed" on a sticky that names a place
// to deploy to, and as "published" on any other.
func placePush(tokens []string) {
	to := "publish"
	for _, t := range tokens {
		if deployPlaces[t] {
			to = "deploy"
			break
		}
	}
	for i, t := range tokens {
		if t == pushed {
			tokens[i] = to
		}
	}
}

// replacePhrases rewrites the runs of words in phrases, in place.
func replacePhrases(raw []string) []string {
	out := raw[:0]
	for i := 0; i < len(raw); {
		matched := false
		for _, p := range phrases {
			if i+len(p.words) > len(raw) || raw[i] != p.words[0] {
				continue
			}
			ok := true
			for k, w := range p.words[1:] {
				if raw[i+1+k] != w {
					ok = false
					break
				}
			}
			if ok {
				out = append(out, strings.Fields(p.to)...)
				i += len(p.words)
				matched = true
				break
			}
		}
		if !matched {
			out = append(out, raw[i])
			i++
		}
	}
	return out
}

func appendToken(out []string, w string) []string {
	if fillerWords[w] || doneWords[w] || lightVerbs[w] || w == "s" {
		return out
	}
	return append(out, stem(w))
}

// stem strips plural and tense endings, the endings that make a noun of a
// verb, and a final "e", so "approve", "approved" and "approves" all give
// "approv", and "migration", "migrated" and "migrate" give "migr". It is
// crude on purpose: both sides of a comparison are cut the same way.
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
	case cut("ations", 9), cut("ation", 8), cut("ating", 8), cut("ated", 7), cut("ates", 7), cut("ate", 6):
	case cut("ances", 9), cut("ance", 8):
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

// maxExtraWords is how many words a longer sticky may add to a shorter one
// and still name the same event: "Security scan" and "Security static scan
// (SAST)" do; "Story picked up" and "Story picked up from backlog by the
// team lead" tell a longer story.
const maxExtraWords = 2

// maxContainingWords bounds the longer sticky of containedIn, so that the
// index can file every shorter wording of it (28 at most).
const maxContainingWords = 8

// similarTokens reports whether two sorted token lists name the same event:
// the same words (allowing small typos), or the words of a sticky of two or
// more words and at most two more that only say more about the same thing.
func similarTokens(a, b []string) bool {
	return sameTokens(a, b) || containedIn(a, b) || containedIn(b, a)
}

// containedIn reports whether every word of short is in long (both sorted),
// long has at most maxExtraWords more, and none of them is distinguishing.
// A one-word sticky is too vague to be found inside another: "Deployed"
// fits every deployment on the wall.
func containedIn(short, long []string) bool {
	extra := len(long) - len(short)
	if len(short) < 2 || extra < 1 || extra > maxExtraWords || len(long) > maxContainingWords {
		return false
	}
	i := 0
	for _, w := range long {
		if i < len(short) && short[i] == w {
			i++
			continue
		}
		if i < len(short) && short[i] < w {
			return false // a word of short is missing from long
		}
		if (distinguishing[w] && !slices.Contains(short, partnerWords[w])) || hasDigit(w) {
			return false
		}
	}
	return i == len(short)
}

// SameMeaning reports whether two sticky texts say the same thing despite
// case, punctuation, word order, filler words, plurals, tense, small typos,
// the trade's abbreviations and a few words that only add detail. Texts
// with nothing but filler ("Done") never match.
func SameMeaning(a, b string) bool { return similarTokens(meaningTokens(a), meaningTokens(b)) }
