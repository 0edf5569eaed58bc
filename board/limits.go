package board

import (
	"fmt"
	"math"
	"time"
	"unicode/utf8"
)

// The limits of a board file. The loader refuses or repairs a file beyond
// them, and Document.Apply refuses an edit that would cross them, so pathmap
// never writes a board it would not open again. They are far beyond
// anything a workshop produces; they keep a damaged or hostile file from
// becoming a board nobody can use.
const (
	// MaxStickies is the most stickies a board holds.
	MaxStickies = 100000
	// MaxCoordinate bounds a sticky's x and y: at most ±1,000,000.
	MaxCoordinate = 1e6
	// MaxStickySize bounds a sticky's width and height.
	MaxStickySize = 1e4
	// MaxTextLength is the most characters a sticky holds. A sticky is read
	// from across a room; anything longer is a pasted document, not a note,
	// and would make the board slow to draw.
	MaxTextLength = 2000
	// MaxShortText caps titles, owners, due dates and labels, which are one
	// short line.
	MaxShortText = 200
	// MaxVotes (votes.go) caps a sticky's dot-votes.

	// maxID is the largest sticky or span id a file holds.
	maxID = math.MaxInt32
)

// Short names used throughout the decoder.
const (
	maxCoordinate = MaxCoordinate
	maxSize       = MaxStickySize
	maxStickies   = MaxStickies
	maxShortText  = MaxShortText
)

// LimitError is an edit refused because the board would cross a limit of
// the file format. It reads "sticky 12: text is 2,100 characters long; a
// sticky holds at most 2,000".
type LimitError struct {
	Where   string // e.g. "sticky 12"; empty for the whole board
	Problem string
}

// Error reads "where: problem", or just the problem for the whole board.
func (e *LimitError) Error() string {
	if e.Where == "" {
		return e.Problem
	}
	return e.Where + ": " + e.Problem
}

func limit(where, format string, args ...any) error {
	return &LimitError{Where: where, Problem: fmt.Sprintf(format, args...)}
}

// CheckLimits says what in b a saved file could not hold, so that loading it
// again would refuse or repair it; nil when everything fits. It is linear in
// the size of the board and cheap enough to run after every edit.
func (b *Board) CheckLimits() error {
	if n := len(b.Stickies); n > MaxStickies {
		return limit("", "a board holds at most %s stickies; this edit would make %s", thousands(MaxStickies), thousands(n))
	}
	if n := utf8.RuneCountInString(b.Title); n > MaxShortText {
		return limit("", "the title is %s characters long; at most %d fit", thousands(n), MaxShortText)
	}
	lanes := make(map[int]Lane, len(b.Stickies))
	for i := range b.Stickies {
		s := &b.Stickies[i]
		if err := checkSticky(s); err != nil {
			return err
		}
		if _, dup := lanes[s.ID]; dup {
			return limit(fmt.Sprintf("sticky %d", s.ID), "id %d is used by another sticky too", s.ID)
		}
		lanes[s.ID] = s.Lane
	}
	spans := make(map[int]bool, len(b.Spans))
	for _, sp := range b.Spans {
		where := fmt.Sprintf("span %d", sp.ID)
		if sp.ID < 1 || sp.ID > maxID || spans[sp.ID] {
			return limit(where, "span id %d is not a free positive whole number", sp.ID)
		}
		spans[sp.ID] = true
		for _, id := range []int{sp.From, sp.To} {
			if l, ok := lanes[id]; !ok || l != Events {
				return limit(where, "sticky %d is not an event on this board", id)
			}
		}
		if n := utf8.RuneCountInString(sp.Label); n > MaxShortText {
			return limit(where, "the label is %s characters long; at most %d fit", thousands(n), MaxShortText)
		}
	}
	for i, h := range b.LaneHeights {
		if h != 0 && (h < RowsHeight(1) || h > MaxCoordinate) {
			return limit("", "lane %s would be %g high; it must be from %g to %g", Lane(i).Name(), h, RowsHeight(1), float64(MaxCoordinate))
		}
	}
	if n := len(b.Agenda.Steps); n > maxSteps {
		return limit("agenda", "an agenda holds at most %d steps", maxSteps)
	}
	for i, st := range b.Agenda.Steps {
		if err := CheckStep(st); err != nil {
			return limit(fmt.Sprintf("agenda step %d", i+1), "%v", err)
		}
	}
	return nil
}

// checkSticky checks one sticky against the limits the loader applies.
func checkSticky(s *Sticky) error {
	if err := checkStickyProblem(s); err != nil {
		err.(*LimitError).Where = fmt.Sprintf("sticky %d", s.ID)
		return err
	}
	return nil
}

func checkStickyProblem(s *Sticky) error {
	const where = ""
	switch {
	case s.ID < 1 || s.ID > maxID:
		return limit(where, "id %d is not a positive whole number up to %d", s.ID, maxID)
	case !s.Lane.Valid():
		return limit(where, "lane %d does not exist", int(s.Lane))
	case s.X != s.X || s.Y != s.Y || math.Abs(round2(s.X)) > MaxCoordinate || math.Abs(round2(s.Y)) > MaxCoordinate:
		return limit(where, "position (%.0f, %.0f) is past the edge of the board (at most ±1,000,000); tidy up or start a new board", s.X, s.Y)
	case !(round2(s.W) > 0 && round2(s.H) > 0 && s.W <= MaxStickySize && s.H <= MaxStickySize):
		return limit(where, "size %g×%g must be positive and at most %g", s.W, s.H, float64(MaxStickySize))
	case s.Votes < 0 || s.Votes > MaxVotes:
		return limit(where, "%d votes is not from 0 to %s", s.Votes, thousands(MaxVotes))
	}
	// A string of at most n bytes has at most n characters: count only
	// the long ones.
	if len(s.Text) > MaxTextLength {
		if n := utf8.RuneCountInString(s.Text); n > MaxTextLength {
			return limit(where, "text is %s characters long; a sticky holds at most %s", thousands(n), thousands(MaxTextLength))
		}
	}
	if n := utf8.RuneCountInString(s.Owner); n > MaxShortText {
		return limit(where, "owner is %d characters long; at most %d fit", n, MaxShortText)
	}
	if s.Due != "" {
		if _, err := time.Parse(time.DateOnly, s.Due); err != nil {
			return limit(where, "due date %q is not a date like 2026-12-31", clip(s.Due, 40))
		}
	}
	return nil
}

// ClampText cuts text to the MaxTextLength characters a sticky holds. When
// it cut anything, note says so for the facilitator ("The pasted text was
// cut to 2,000 characters …"); otherwise note is "". It runs in time linear
// in len(text), so a pasted 5 MB document is cut at once.
func ClampText(text string) (clamped, note string) {
	if len(text) <= MaxTextLength {
		return text, ""
	}
	n := utf8.RuneCountInString(text)
	if n <= MaxTextLength {
		return text, ""
	}
	return truncateRunes(text, MaxTextLength),
		fmt.Sprintf("The text was cut to %s characters: a sticky holds at most %s, and this text had %s.",
			thousands(MaxTextLength), thousands(MaxTextLength), thousands(n))
}

// thousands writes n with commas: 100,000.
func thousands(n int) string {
	s := fmt.Sprint(n)
	neg := ""
	if n < 0 {
		neg, s = "-", s[1:]
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return neg + s
}
