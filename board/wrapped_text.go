package board

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The text of the wrapped layout: every sticky's words measured once, then
// counted into lines for each column width weighed and broken into lines
// for the one chosen. A board of 2,000 stickies has tens of thousands of
// words, so they live in shared, pointer-free arrays.

// measuredText is a text split into paragraphs of measured words.
type measuredText struct {
	paras    [][]measuredWord
	paraText []string
	space    float64
}

// measuredWord is a word of a paragraph: its bytes off to end, and its
// width. It holds no pointer, so the garbage collector never scans the
// tens of thousands of them a big board has.
type measuredWord struct {
	off, end int32
	w        float64
}

// word is the text of word w of paragraph p.
func (t measuredText) word(p int, w measuredWord) string { return t.paraText[p][w.off:w.end] }

// stickyWords are a sticky's text and badge, measured.
type stickyWords struct {
	id          int
	lane        Lane
	text, badge measuredText
}

func measureTexts(b *Board, measure TextMeasure) []stickyWords {
	out := make([]stickyWords, len(b.Stickies))
	// Shared backing arrays for every word and paragraph: a big board has
	// tens of thousands of words, and one allocation each (or regrowing
	// one array) was most of the layout's time.
	var ar textArena
	space, boldSpace := measure(" ", false), measure(" ", true)
	for i, s := range b.Stickies {
		out[i].id, out[i].lane = s.ID, s.Lane.clamp()
		out[i].text = ar.measure(CleanText(s.Text), measure, false, space)
		if bd := Badge(s); bd != "" {
			out[i].badge = ar.measure(bd, measure, true, boldSpace)
		}
	}
	return out
}

// textArena hands out the slices of measured texts from chunks: a slice
// handed out is never moved, so a full chunk is left as it is and a new
// one started.
type textArena struct {
	words    []measuredWord
	paras    [][]measuredWord
	paraText []string
}

// arenaChunk is the least capacity of a new chunk.
const arenaChunk = 4096

// grow makes room for n more elements in a chunk.
func grow[T any](chunk []T, n int) []T {
	if cap(chunk)-len(chunk) >= n {
		return chunk
	}
	return make([]T, 0, max(arenaChunk, n))
}

// measure splits text into paragraphs of measured words.
func (ar *textArena) measure(text string, measure TextMeasure, bold bool, space float64) measuredText {
	t := measuredText{space: space}
	nPara := strings.Count(text, "\n") + 1
	ar.paras, ar.paraText = grow(ar.paras, nPara), grow(ar.paraText, nPara)
	p0 := len(ar.paras)
	for para := range strings.SplitSeq(text, "\n") {
		// A paragraph of n bytes has at most (n+1)/2 words.
		ar.words = grow(ar.words, (len(para)+1)/2)
		start := len(ar.words)
		for i := 0; i < len(para); {
			space, n := spaceAt(para, i)
			if space {
				i += n
				continue
			}
			j := i + n
			for j < len(para) {
				if c := para[j]; c < utf8.RuneSelf { // the common case, inline
					if asciiSpace[c] {
						break
					}
					j++
					continue
				}
				space, n := spaceAt(para, j)
				if space {
					break
				}
				j += n
			}
			ar.words = append(ar.words, measuredWord{int32(i), int32(j), measure(para[i:j], bold)})
			i = j
		}
		ar.paras = append(ar.paras, ar.words[start:len(ar.words):len(ar.words)])
		ar.paraText = append(ar.paraText, para)
	}
	t.paras = ar.paras[p0:len(ar.paras):len(ar.paras)]
	t.paraText = ar.paraText[p0:len(ar.paraText):len(ar.paraText)]
	return t
}

// spaceAt says whether the character at byte i of s is white space (as
// unicode.IsSpace) and its length, ASCII first: most workshop text is.
func spaceAt(s string, i int) (space bool, n int) {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiSpace[c], 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r), n
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// count is the number of lines wrap makes, without making them.
func (t measuredText) count(width float64, measure TextMeasure, bold bool) (n int, split bool) {
	for p, para := range t.paras {
		lineW, words := 0.0, 0
		for _, w := range para {
			if words > 0 && lineW+t.space+w.w <= width {
				lineW += t.space + w.w
				continue
			}
			if words > 0 {
				n++
			}
			lineW, words = w.w, 1
			if w.w > width {
				split = true
				parts := Wrap(t.word(p, w), width, func(s string) float64 { return measure(s, bold) })
				n += len(parts) - 1
				lineW = measure(parts[len(parts)-1], bold)
			}
		}
		n++
	}
	return n, split
}

// wrap breaks the text into lines no wider than width exactly as Wrap
// does for a measure that adds up character widths, as the fonts' width
// tables do, without measuring every candidate line anew. split says a
// word had to be broken.
//
// The lines are appended to dst, so the lines of many texts can share
// one backing array.
func (t measuredText) wrap(dst []string, width float64, measure TextMeasure, bold bool) (lines []string, split bool) {
	lines = dst
	m := func(s string) float64 { return measure(s, bold) }
	for p, para := range t.paras {
		if len(para) == 0 {
			lines = append(lines, "")
			continue
		}
		// The line is words first..last, or tail alone: what is left of a
		// word broken over the lines before.
		first, last, lineW, tail := -1, -1, 0.0, ""
		flush := func() {
			switch {
			case tail != "":
				lines = append(lines, tail)
			case first >= 0:
				lines = append(lines, t.join(p, first, last))
			}
			first, last, lineW, tail = -1, -1, 0, ""
		}
		for i, w := range para {
			if (first >= 0 || tail != "") && lineW+t.space+w.w <= width {
				if tail != "" {
					tail, lineW = tail+" "+t.word(p, w), lineW+t.space+w.w
					continue
				}
				last, lineW = i, lineW+t.space+w.w
				continue
			}
			flush()
			if w.w <= width {
				first, last, lineW = i, i, w.w
				continue
			}
			// Too wide alone: Wrap's own breaking, at hyphens first.
			split = true
			parts := Wrap(t.word(p, w), width, m)
			lines = append(lines, parts[:len(parts)-1]...)
			tail = parts[len(parts)-1]
			lineW = m(tail)
		}
		flush()
	}
	return lines, split
}

// join is words first..last of paragraph p with single spaces: a piece of
// the text itself when it was typed that way, so no new string is made.
func (t measuredText) join(p, first, last int) string {
	ws := t.paras[p]
	n := last - first
	for _, w := range ws[first : last+1] {
		n += int(w.end - w.off)
	}
	if s := t.paraText[p][ws[first].off:ws[last].end]; len(s) == n {
		return s
	}
	parts := make([]string, 0, last-first+1)
	for _, w := range ws[first : last+1] {
		parts = append(parts, t.word(p, w))
	}
	return strings.Join(parts, " ")
}
