package board

import (
	"strings"
	"unicode/utf8"
)

// Wrap breaks text into lines no wider than width, as measured by measure.
// Lines break at spaces; a word wider than a line is broken between
// characters so that nothing is ever cut off. Line breaks typed by the user
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
			// The word alone is too wide: break it between characters.
			for measure(w) > width && utf8.RuneCountInString(w) > 1 {
				cut := fitPrefix(w, width, measure)
				out = append(out, w[:cut])
				w = w[cut:]
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
