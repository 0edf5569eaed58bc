package room

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxText is the most characters a sticky from a phone may have.
const MaxText = 200

// MaxNick is the most characters of a nickname.
const MaxNick = 24

// cleanText makes text typed on a phone safe to put on the board: control
// characters (a newline becomes a space) and bidirectional overrides, which
// can make a sticky read backwards on the projector, are removed, runs of
// blanks are collapsed and the ends trimmed. It reports false when more
// than max characters remain.
func cleanText(s string, max int) (string, bool) {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "")
	}
	var sb strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r), isBidi(r), unicode.Is(unicode.Cf, r) && r != '\u200d':
			// Format characters are invisible; the zero-width joiner stays
			// because emoji sequences need it.
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	out := sb.String()
	return out, utf8.RuneCountInString(out) <= max
}

// isBidi reports the characters that change the direction of the text
// around them (embeddings, overrides, isolates and marks).
func isBidi(r rune) bool {
	switch {
	case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069', r == '\u200e', r == '\u200f', r == '\u061c':
		return true
	}
	return false
}
