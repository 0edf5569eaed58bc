package board

import (
	"hash/maphash"
	"slices"
	"strconv"
	"unicode/utf8"
)

// The buckets a sticky is filed under, and the ones it looks in, are
// hashed keys: a collision only adds a candidate, and every candidate is
// checked with similarTokens before it is linked. Hashing the words where
// they lie, instead of joining them into strings, keeps a 100,000-sticky
// board's index to eight bytes a key and allocates nothing per key.
//
// A duplicate of the same length differs in at most one word, and that
// word is a typo of the other's (closeWords) or the same. So the key of a
// sticky "with word i left out" also says which words may stand in for
// word i: the word itself when no typo of it counts (a short word, a
// number), else each spelling with one letter left out (two words one
// edit or one swap apart share one), and for a long word its length, since
// two long words may be two edits apart. Without that, a hundred thousand
// "Event 17", "Event 18"… all shared the key "event" and every new sticky
// was compared with every one before it.

// keyer hashes the bucket keys of one sticky at a time (begin).
type keyer struct {
	h    maphash.Hash
	head []byte
	keys []uint64
}

func newKeyer() keyer {
	var k keyer
	k.h.SetSeed(maphash.MakeSeed())
	return k
}

// begin starts on the keys of a sticky in lane l, under the event col.
func (k *keyer) begin(l Lane, col int) {
	k.head = strconv.AppendInt(k.head[:0], int64(l), 10)
	k.head = append(k.head, '|')
	k.head = strconv.AppendInt(k.head, int64(col), 10)
	k.head = append(k.head, '|')
}

// noSkip leaves no word out.
const noSkip = -1

// key hashes one bucket: the kind of key, a word count, the tokens but
// those at skipA and skipB, and what stands in for a word left out (a and b
// written one after the other: a word with one letter cut out is its two
// halves).
func (k *keyer) key(kind byte, n int, tokens []string, skipA, skipB int, a, b string) uint64 {
	k.h.Reset()
	k.h.Write(k.head)
	k.h.WriteByte(kind)
	var num [20]byte
	k.h.Write(strconv.AppendInt(num[:0], int64(n), 10))
	k.h.WriteByte('|')
	for i, t := range tokens {
		if i != skipA && i != skipB {
			k.h.WriteString(t)
			k.h.WriteByte(' ')
		}
	}
	k.h.WriteByte('|')
	k.h.WriteString(a)
	k.h.WriteString(b)
	return k.h.Sum64()
}

// dupKeys are the buckets a sticky is filed under: the keys of its own
// length described above; for a shorter sticky inside it, every way of
// leaving out one or two of its words ("S"); for a longer one it is
// inside, all its words ("F").
func (k *keyer) dupKeys(tokens []string, shorter [][2]int) []uint64 {
	return slices.Clone(k.keysOf(tokens, shorter, false))
}

// lookupKeys are the buckets that may hold a duplicate of the sticky: those
// of its own length, the longer stickies that contain all its words, and
// the shorter ones whose words it contains. The slice is reused by the
// next call.
func (k *keyer) lookupKeys(tokens []string, shorter [][2]int) []uint64 {
	return k.keysOf(tokens, shorter, true)
}

// keysOf are dupKeys (lookup false) or lookupKeys: a sticky's whole
// wording and its shorter wordings are filed as "F" and "S" and looked up
// the other way round, so a longer sticky and a shorter one inside it meet.
// shorter is empty but for 3 to maxContainingWords words. The slice is
// reused by the next call.
func (k *keyer) keysOf(tokens []string, shorter [][2]int, lookup bool) []uint64 {
	whole, part := byte('F'), byte('S')
	if lookup {
		whole, part = part, whole
	}
	k.keys = k.keys[:0]
	k.sameLength(tokens, lookup)
	if n := len(tokens); n >= 2 && n <= 12 {
		k.keys = append(k.keys, k.key(whole, 0, tokens, noSkip, noSkip, "", ""))
	}
	for _, sub := range shorter {
		k.keys = append(k.keys, k.key(part, 0, tokens, sub[0], sub[1], "", ""))
	}
	return dedupeKeys(k.keys)
}

// sameLength adds the keys shared by stickies with as many words that
// differ in at most one word, by a typo: for filing, or (lookup) for
// finding, where a long word looks in the buckets of lengths up to two
// letters off its own.
func (k *keyer) sameLength(tokens []string, lookup bool) {
	n := len(tokens)
	switch {
	case n == 0:
		return
	case n > 12:
		// A long text is matched word for word only: its keys would cost
		// more than such stickies are worth.
		k.keys = append(k.keys, k.key('W', n, tokens, noSkip, noSkip, "", ""))
		return
	}
	exact := false
	for i, w := range tokens {
		if i > 0 && w == tokens[i-1] {
			continue
		}
		if !typoable(w) {
			// Only the same word stands in for it, and then the stickies
			// have the same words: one key says so for every such word.
			if !exact {
				exact = true
				k.keys = append(k.keys, k.key('E', n, tokens, noSkip, noSkip, "", ""))
			}
			continue
		}
		// The words kept are hashed without where the word left out stood:
		// a typo can move a word in the sorted list ("review", "erview").
		k.keys = append(k.keys, k.key('~', n, tokens, i, noSkip, w, ""))
		var prev rune = -1
		for j, r := range w {
			if r != prev { // leaving out either of a doubled letter gives the same
				k.keys = append(k.keys, k.key('~', n, tokens, i, noSkip, w[:j], w[j+utf8.RuneLen(r):]))
			}
			prev = r
		}
		if l := utf8.RuneCountInString(w); l >= longTypoWord {
			if !lookup {
				k.keys = append(k.keys, k.key('L', n, tokens, i, noSkip, strconv.Itoa(l), ""))
				continue
			}
			for m := max(l-2, longTypoWord); m <= l+2; m++ {
				k.keys = append(k.keys, k.key('L', n, tokens, i, noSkip, strconv.Itoa(m), ""))
			}
		}
	}
}

// typoable reports whether closeWords may match w with another word:
// shorter words and words with a digit must be spelled the same.
func typoable(w string) bool { return utf8.RuneCountInString(w) >= 5 && !hasDigit(w) }

// longTypoWord is the length from which closeWords allows two edits.
const longTypoWord = 8

// oneLetterLess is every spelling of w with one letter left out, as
// sameLength hashes them.
func oneLetterLess(w string) []string {
	var out []string
	var prev rune = -1
	for j, r := range w {
		if r != prev {
			out = append(out, w[:j]+w[j+utf8.RuneLen(r):])
		}
		prev = r
	}
	return out
}

// shorterWordings are the ways of taking one or two words out of tokens
// (their places; noSkip for none) that leave at least two words: the
// shorter stickies containedIn may find inside this one. Only a word
// containedIn may allow as an extra is taken out: a number or a
// distinguishing word without a partner never is, so no shorter sticky
// without it is found inside this one.
func shorterWordings(tokens []string) [][2]int {
	n := len(tokens)
	if n < 3 || n > maxContainingWords {
		return nil
	}
	var droppable []int
	for i, t := range tokens {
		if (!distinguishing[t] || partnerWords[t] != "") && !hasDigit(t) {
			droppable = append(droppable, i)
		}
	}
	var out [][2]int
	for x, a := range droppable {
		out = append(out, [2]int{a, noSkip})
		if n-2 < 2 {
			continue
		}
		for _, b := range droppable[x+1:] {
			out = append(out, [2]int{a, b})
		}
	}
	return out
}

// dedupeKeys drops repeated keys, so a sticky is filed once per bucket.
func dedupeKeys(keys []uint64) []uint64 {
	slices.Sort(keys)
	return slices.Compact(keys)
}
