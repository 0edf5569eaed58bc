package board

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// Stickies collected on paper or in a chat arrive as a list of lines; the
// import turns each line into a sticky of one lane.

// MaxImportLines caps one import: a longer list is a document pasted by
// mistake, and would bury the board.
const MaxImportLines = 500

// listMark is a bullet or number a list line starts with: "- ", "* ", "•",
// "1.", "2)", "[ ]".
var listMark = regexp.MustCompile(`^(?:[-*•·–]\s+|\d{1,3}[.)]\s+|\[[ xX]?\]\s*)`)

// ParseImport splits text into sticky texts: one per line, blank lines
// ignored, list bullets and numbers removed, spaces tidied. Text longer
// than a sticky holds is cut to MaxTextLength.
func ParseImport(text string) ([]string, error) {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	var out []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(strings.TrimPrefix(line, "\ufeff"))
		line = strings.TrimSpace(listMark.ReplaceAllString(line, ""))
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			continue
		}
		if r := []rune(line); len(r) > MaxTextLength {
			line = string(r[:MaxTextLength])
		}
		out = append(out, line)
	}
	if len(out) == 0 {
		return nil, errors.New("there is nothing to import: write one sticky per line")
	}
	if len(out) > MaxImportLines {
		return nil, fmt.Errorf("%d lines is more than the %d one import takes; split the list", len(out), MaxImportLines)
	}
	return out, nil
}

// ImportStickies returns the one undoable edit that adds a sticky to lane l
// for each text, in a row where a new sticky of that lane goes (PlaceNew with
// nothing selected: the end of the lane, or before the final event), so no
// sticky covers another, and the new stickies' ids. height, when not nil,
// sizes each sticky for its text.
func ImportStickies(b *Board, l Lane, texts []string, height func(Sticky) float64) (Command, []int) {
	if !l.Valid() || len(texts) == 0 {
		return nil, nil
	}
	name := "Import sticky"
	if len(texts) > 1 {
		name = fmt.Sprintf("Import %d stickies", len(texts))
	}
	return AddAt(b, b.PlaceNew(l, 0), texts, height, name)
}

// named makes sure an edit is called what the facilitator did ("Import 3
// stickies"), not what it happens to consist of ("Add sticky"), in the
// Undo menu.
func named(c Command, what string) Command {
	if c == nil || c.Name() == what {
		return c
	}
	return &Batch{Cmds: []Command{c}, What: what}
}
