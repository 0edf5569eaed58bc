package board

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Wrap breaks text into lines no wider than width, as measured by measure.
// Lines break at spaces; a word wider than a line breaks after a hyphen or
// a slash ("CI/CD", "sign-off") when it can, else between characters, with
// a hyphen added in words of scripts written with spaces, so that nothing
// is ever cut off and a reader sees the word goes on. Line breaks typed by the user
// are kept. The UI and the exporters share it so a sticky wraps the same way
// on screen and on paper.
func Wrap(text string, width float64, measure func(string) float64) []string {
	var out []string
	for _, para := range strings.Split(text, "\n") {
		words := strings.Fields(para)
		if len(words) == 0 {
			out = append(out, "")
			continue
		}
		line := ""
		for _, w := range words {
			candidate := w
			if line != "" {
				candidate = line + " " + w
			}
			if measure(candidate) <= width {
				line = candidate
				continue
			}
			if line != "" {
				out = append(out, line)
				line = ""
			}
			// The word alone is too wide: break it after a hyphen or a
			// slash if one fits, else between characters with a hyphen.
			for measure(w) > width && utf8.RuneCountInString(w) > 1 {
				piece, rest := breakWord(w, width, measure)
				out = append(out, piece)
				w = rest
			}
			line = w
		}
		out = append(out, line)
	}
	return out
}

// fitPrefix returns the byte length of the longest prefix of w that fits in
// width, and at least one character so that wrapping always progresses.
func fitPrefix(w string, width float64, measure func(string) float64) int {
	best := 0
	for i, r := range w {
		end := i + utf8.RuneLen(r)
		if measure(w[:end]) > width {
			break
		}
		best = end
	}
	if best == 0 {
		_, n := utf8.DecodeRuneInString(w)
		return n
	}
	return best
}

// breakWord splits a word too wide for a line into the piece that goes on
// this line and the rest.
func breakWord(w string, width float64, measure func(string) float64) (piece, rest string) {
	// After the last hyphen or slash that fits, not at the word's start.
	best := 0
	for i, r := range w {
		end := i + utf8.RuneLen(r)
		if end >= len(w) {
			break
		}
		if (r == '-' || r == '/' || r == '‐' || r == '–') && i > 0 {
			if measure(w[:end]) > width {
				break
			}
			best = end
		}
	}
	if best > 0 {
		return w[:best], w[best:]
	}
	cut := fitPrefix(w, width, measure)
	last, _ := utf8.DecodeLastRuneInString(w[:cut])
	next, _ := utf8.DecodeRuneInString(w[cut:])
	if !hyphenates(last) || !hyphenates(next) {
		return w[:cut], w[cut:]
	}
	// Room for the hyphen: give back characters until it fits, and so
	// that no fewer than three go on to the next line ("LaunchDarkl-y"
	// reads worse than "LaunchDar-kly"), keeping at least one.
	for cut > 0 && (measure(w[:cut]+"-") > width || utf8.RuneCountInString(w[cut:]) < 3) {
		_, n := utf8.DecodeLastRuneInString(w[:cut])
		if cut-n == 0 {
			break
		}
		cut -= n
	}
	if measure(w[:cut]+"-") > width {
		return w[:cut], w[cut:] // not even one character and a hyphen fit
	}
	return w[:cut] + "-", w[cut:]
}

// hyphenates reports whether a word split next to r takes a hyphen: letters
// and digits of scripts written with spaces. Chinese and Japanese break
// between any two characters without one.
func hyphenates(r rune) bool {
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	return !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}
