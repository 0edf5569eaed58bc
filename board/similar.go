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
// "Code review done" is "Code reviewed", "Build green" is "Build passed".
var doneWords = wordSet(`done complete completed completion finished finish happened ok okay successfully
	successful success succeeded passed pass green granted`)

// lightVerbs only say that someone did the thing the other words name:
// "Get CAB approval" is "CAB approved", "Run security scan" is "Security
// scan", "Feature flag enabled" is "Feature flag on".
var lightVerbs = wordSet(`get gets got gotten getting obtain obtained receive received given run runs ran
	perform performed do did carry carried execute executed conduct conducted turn turned switch switched
	enable enabled go went gone`)

// phrases are runs of words that teams write several ways, each replaced by
// one spelling before anything else: "sign-off", "signed off" and "approval"
// say the same; "end to end" is "e2e" (and its "to" is no filler).
var phrases = []struct {
	words []string
	to    string
}{
	{[]string{"sign", "off"}, "approve"}, {[]string{"signed", "off"}, "approve"}, {[]string{"signs", "off"}, "approve"},
	{[]string{"signing", "off"}, "approve"},
	{[]string{"end", "to", "end"}, "e2e"},
	{[]string{"user", "acceptance", "testing"}, "uat"}, {[]string{"user", "acceptance", "tests"}, "uat"},
	{[]string{"user", "acceptance", "test"}, "uat"},
	{[]string{"pull", "request"}, "pr"}, {[]string{"pull", "requests"}, "pr"},
	{[]string{"merge", "request"}, "mr"}, {[]string{"merge", "requests"}, "mr"},
	{[]string{"product", "owner"}, "po"},
	{[]string{"continuous", "integration"}, "ci"}, {[]string{"continuous", "delivery"}, "cd"},
	{[]string{"penetration", "test"}, "pentest"}, {[]string{"penetration", "tests"}, "pentest"},
	{[]string{"penetration", "testing"}, "pentest"}, {[]string{"pen", "test"}, "pentest"},
	{[]string{"pen", "tests"}, "pentest"}, {[]string{"pen", "testing"}, "pentest"}, {[]string{"pen", "tested"}, "pentest"},
	{[]string{"roll", "back"}, "rollback"}, {[]string{"rolled", "back"}, "rollback"},
	{[]string{"hand", "over"}, "handover"}, {[]string{"handed", "over"}, "handover"},
	{[]string{"set", "up"}, "setup"},
	{[]string{"go", "live"}, "live"}, {[]string{"went", "live"}, "live"}, {[]string{"gone", "live"}, "live"},
	{[]string{"turn", "on"}, "enabled"}, {[]string{"turned", "on"}, "enabled"}, {[]string{"switched", "on"}, "enabled"},
	{[]string{"turn", "off"}, "disabled"}, {[]string{"turned", "off"}, "disabled"}, {[]string{"switched", "off"}, "disabled"},
	{[]string{"feature", "toggle"}, "feature flag"},
}

// synonyms are the abbreviations and variants of the trade, in one
// spelling. A ticket, a request and a change ticket are raised, logged,
// created or opened: all the same step on the wall.
var synonyms = map[string]string{
	"prod": "production", "prd": "production", "stg": "staging", "env": "environment", "envs": "environment",
	"repo": "repository", "repos": "repository", "prs": "pr", "mrs": "mr", "setup": "setup",
	"signoff": "approve", "signedoff": "approve", "approval": "approve", "approvals": "approve",
	"dev": "development", "config": "configuration", "docs": "documentation", "doc": "documentation",
	"tests": "test", "db": "database", "perf": "performance", "ops": "operations", "infosec": "security",
	"sec": "security", "toggle": "flag", "ticket": "request", "tickets": "request",
	"raise": "open", "raised": "open", "create": "open", "created": "open", "log": "open", "logged": "open",
	"opened": "open", "submit": "open", "submitted": "open", "penetration": "pentest", "pentests": "pentest",
	"pentesting": "pentest", "pentested": "pentest",
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

// distinguishing are words that make a longer sticky a different event
// from a shorter one it contains: another action ("Code reviewed" is not
// "Code reviewed and merged"), an outcome ("Pen test booked"), a place
// ("App deployed" vs "App deployed to staging") or a kind of test. Other
// extra words only say more about the same thing: "Security scan" is
// "Security static scan (SAST) passed".
var distinguishing = func() map[string]bool {
	m := map[string]bool{}
	notVerbs := wordSet(`branch package file log document order email call queue backup back-up share export
		import open tag demo`)
	for w := range commonVerbs {
		if !notVerbs[w] {
			m[stem(w)] = true
		}
	}
	for w := range irregularPast {
		m[stem(w)] = true
	}
	for w := range wordSet(`staging production development qa uat preprod pre sandbox canary local live test
		unit integration e2e smoke regression performance load contract manual automated acceptance
		fail failed failure start started book booked request requested reject rejected block blocked
		off disabled error errors broken retry partial draft`) {
		m[stem(w)] = true
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
	sort.Strings(out)
	return out
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
		if distinguishing[w] || hasDigit(w) {
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
