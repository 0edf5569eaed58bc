package board

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"
)

// FormatName is the value of the "format" field of every .pathmap file.
const FormatName = "pathmap"

// FormatVersion is the version of the file format this code writes. Files of
// this or an older version load; newer ones are refused with a message.
const FormatVersion = 2

// Extension is the file name extension of pathmap boards.
const Extension = ".pathmap"

// Limits that keep a damaged or hostile file from becoming a board nobody can
// use. They are far beyond anything a workshop produces.
const (
	maxCoordinate = 1e6
	maxSize       = 1e4
	maxStickies   = 100000
)

// fileBoard and fileSticky are the JSON shapes written to disk.
type fileBoard struct {
	Format   string       `json:"format"`
	Version  int          `json:"version"`
	Title    string       `json:"title"`
	Stickies []fileSticky `json:"stickies"`
	Spans    []fileSpan   `json:"spans,omitempty"`
	// LaneHeights is left out while every lane has the default height.
	LaneHeights []float64 `json:"laneHeights,omitempty"`
}

type fileSpan struct {
	ID    int    `json:"id"`
	From  int    `json:"from"`
	To    int    `json:"to"`
	Label string `json:"label"`
}

type fileSticky struct {
	ID   int     `json:"id"`
	Lane string  `json:"lane"`
	Text string  `json:"text"`
	X    float64 `json:"x"`
	Y    float64 `json:"y"`
	W    float64 `json:"w"`
	H    float64 `json:"h"`

	Owner string `json:"owner,omitempty"`
	Due   string `json:"due,omitempty"`
	Votes int    `json:"votes,omitempty"`
}

// Encode returns the board in the .pathmap file format: indented JSON that
// is stable for the same board, so files diff well.
func Encode(b *Board) ([]byte, error) {
	f := fileBoard{Format: FormatName, Version: FormatVersion, Title: b.Title, Stickies: []fileSticky{}}
	for _, s := range b.Stickies {
		if !s.Lane.Valid() {
			return nil, fmt.Errorf("sticky %d: lane %d does not exist", s.ID, int(s.Lane))
		}
		f.Stickies = append(f.Stickies, fileSticky{ID: s.ID, Lane: s.Lane.Key(), Text: s.Text,
			X: round2(s.X), Y: round2(s.Y), W: round2(s.W), H: round2(s.H),
			Owner: s.Owner, Due: s.Due, Votes: s.Votes})
	}
	for _, sp := range b.Spans {
		f.Spans = append(f.Spans, fileSpan{ID: sp.ID, From: sp.From, To: sp.To, Label: sp.Label})
	}
	if b.LaneHeights != [LaneCount]float64{} {
		for _, l := range AllLanes() {
			f.LaneHeights = append(f.LaneHeights, round2(b.LaneHeight(l)))
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// round2 keeps two decimals: positions come from mouse drags and zoom
// arithmetic, and 0.01 px is below anything a person can see.
func round2(v float64) float64 { return math.Round(v*100) / 100 }

// FormatError says what is wrong with a board file and where in it.
type FormatError struct {
	Where   string // e.g. "sticky 12", "line 3, column 5"; empty for the whole file
	Problem string
}

func (e *FormatError) Error() string {
	if e.Where == "" {
		return e.Problem
	}
	return e.Where + ": " + e.Problem
}

func problem(where, format string, args ...any) error {
	return &FormatError{Where: where, Problem: fmt.Sprintf(format, args...)}
}

// Decode reads a board from the .pathmap file format. Every problem is
// reported with where it is, e.g. "sticky 12: text is not a string".
func Decode(data []byte) (*Board, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, problem("", "the file is empty")
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, jsonProblem(data, err)
	}
	var format string
	if err := field(top, "format", &format); err != nil || format != FormatName {
		return nil, problem("", "not a pathmap board (its \"format\" field is not %q)", FormatName)
	}
	var version float64
	if err := field(top, "version", &version); err != nil {
		return nil, problem("", "version %s", err)
	}
	if version != math.Trunc(version) || version < 1 {
		return nil, problem("", "version %v is not a format version", version)
	}
	if version > FormatVersion {
		return nil, problem("", "written by a newer pathmap (format version %d); this one reads up to version %d", int(version), FormatVersion)
	}
	if err := migrate(top, int(version)); err != nil {
		return nil, err
	}
	b := &Board{}
	if _, ok := top["title"]; ok {
		if err := field(top, "title", &b.Title); err != nil {
			return nil, problem("", "title %s", err)
		}
	}
	var raw []json.RawMessage
	if err := field(top, "stickies", &raw); err != nil {
		return nil, problem("", "stickies %s", err)
	}
	if len(raw) > maxStickies {
		return nil, problem("", "%d stickies is more than the %d a board can hold", len(raw), maxStickies)
	}
	seen := map[int]bool{}
	for i, r := range raw {
		s, err := decodeSticky(r, i)
		if err != nil {
			return nil, err
		}
		if seen[s.ID] {
			return nil, problem(fmt.Sprintf("sticky %d", s.ID), "id %d is used by another sticky too", s.ID)
		}
		seen[s.ID] = true
		b.Stickies = append(b.Stickies, s)
	}
	spans, err := decodeSpans(top, b)
	if err != nil {
		return nil, err
	}
	b.Spans = spans
	if err := decodeLaneHeights(top, b); err != nil {
		return nil, err
	}
	return b, nil
}

// decodeLaneHeights reads the optional heights of the six lanes.
func decodeLaneHeights(top map[string]json.RawMessage, b *Board) error {
	if _, ok := top["laneHeights"]; !ok {
		return nil
	}
	var hs []float64
	if err := json.Unmarshal(top["laneHeights"], &hs); err != nil || len(hs) != LaneCount {
		return problem("", "laneHeights is not a list of %d numbers", LaneCount)
	}
	for i, h := range hs {
		if h < RowsHeight(1) || h > maxCoordinate {
			return problem("", "laneHeights: lane %s is %g high; it must be from %g to %g", Lane(i).Name(), h, RowsHeight(1), float64(maxCoordinate))
		}
		if h != DefaultLaneHeight {
			b.LaneHeights[i] = h
		}
	}
	return nil
}

// decodeSpans reads the optional list of timing spans; each must cover
// events that are on the board.
func decodeSpans(top map[string]json.RawMessage, b *Board) ([]Span, error) {
	if _, ok := top["spans"]; !ok {
		return nil, nil
	}
	var raw []json.RawMessage
	if err := field(top, "spans", &raw); err != nil {
		return nil, problem("", "spans %s", err)
	}
	var out []Span
	seen := map[int]bool{}
	for i, r := range raw {
		where := fmt.Sprintf("span #%d in the list", i+1)
		var m map[string]json.RawMessage
		if err := json.Unmarshal(r, &m); err != nil || m == nil {
			return nil, problem(where, "is not an object")
		}
		var sp Span
		for _, f := range []struct {
			name string
			v    *int
		}{{"id", &sp.ID}, {"from", &sp.From}, {"to", &sp.To}} {
			var n float64
			if err := field(m, f.name, &n); err != nil {
				return nil, problem(where, "%s %s", f.name, err)
			}
			if n != math.Trunc(n) || n < 1 || n > math.MaxInt32 {
				return nil, problem(where, "%s %v is not a positive whole number", f.name, n)
			}
			*f.v = int(n)
		}
		where = fmt.Sprintf("span %d", sp.ID)
		if seen[sp.ID] {
			return nil, problem(where, "id %d is used by another span too", sp.ID)
		}
		seen[sp.ID] = true
		if err := field(m, "label", &sp.Label); err != nil {
			return nil, problem(where, "label %s", err)
		}
		for _, id := range []int{sp.From, sp.To} {
			if s, ok := b.Sticky(id); !ok || s.Lane != Events {
				return nil, problem(where, "sticky %d is not an event on this board", id)
			}
		}
		out = append(out, sp)
	}
	return out, nil
}

func decodeSticky(r json.RawMessage, index int) (Sticky, error) {
	where := fmt.Sprintf("sticky #%d in the list", index+1)
	var m map[string]json.RawMessage
	if err := json.Unmarshal(r, &m); err != nil || m == nil {
		return Sticky{}, problem(where, "is not an object")
	}
	var s Sticky
	var id float64
	if err := field(m, "id", &id); err != nil {
		return s, problem(where, "id %s", err)
	}
	if id != math.Trunc(id) || id < 1 || id > math.MaxInt32 {
		return s, problem(where, "id %v is not a positive whole number", id)
	}
	s.ID = int(id)
	where = fmt.Sprintf("sticky %d", s.ID)

	var lane string
	if err := field(m, "lane", &lane); err != nil {
		return s, problem(where, "lane %s", err)
	}
	l, ok := LaneFromKey(lane)
	if !ok {
		return s, problem(where, "lane %q is not one of %s", lane, laneKeys())
	}
	s.Lane = l
	if err := field(m, "text", &s.Text); err != nil {
		return s, problem(where, "text %s", err)
	}
	coords := []struct {
		name     string
		v        *float64
		optional bool
		def      float64
	}{{"x", &s.X, false, 0}, {"y", &s.Y, false, 0}, {"w", &s.W, true, StickyWidth}, {"h", &s.H, true, StickyHeight}}
	for _, c := range coords {
		if _, present := m[c.name]; !present && c.optional {
			*c.v = c.def
			continue
		}
		if err := field(m, c.name, c.v); err != nil {
			return s, problem(where, "%s %s", c.name, err)
		}
	}
	if math.Abs(s.X) > maxCoordinate || math.Abs(s.Y) > maxCoordinate {
		return s, problem(where, "position (%g, %g) is outside the board (at most ±%g)", s.X, s.Y, float64(maxCoordinate))
	}
	if s.W <= 0 || s.H <= 0 || s.W > maxSize || s.H > maxSize {
		return s, problem(where, "size %g×%g must be positive and at most %g", s.W, s.H, float64(maxSize))
	}
	for _, f := range []struct {
		name string
		v    *string
	}{{"owner", &s.Owner}, {"due", &s.Due}} {
		if _, present := m[f.name]; present {
			if err := field(m, f.name, f.v); err != nil {
				return s, problem(where, "%s %s", f.name, err)
			}
		}
	}
	if s.Due != "" {
		if _, err := time.Parse(time.DateOnly, s.Due); err != nil {
			return s, problem(where, "due date %q is not a date like 2026-12-31", s.Due)
		}
	}
	if _, present := m["votes"]; present {
		var v float64
		if err := field(m, "votes", &v); err != nil || v != math.Trunc(v) || v < 0 || v > 1e6 {
			return s, problem(where, "votes is not a whole number from 0 to 1000000")
		}
		s.Votes = int(v)
	}
	return s, nil
}

// field decodes m[name] into v (a *string, *float64 or *[]json.RawMessage)
// and returns an error that reads well after the field's name.
func field(m map[string]json.RawMessage, name string, v any) error {
	r, ok := m[name]
	if !ok {
		return errors.New("is missing")
	}
	if err := json.Unmarshal(r, v); err != nil || string(r) == "null" {
		switch v.(type) {
		case *string:
			return errors.New("is not a string")
		case *float64:
			return errors.New("is not a number")
		default:
			return errors.New("is not a list")
		}
	}
	return nil
}

func laneKeys() string {
	var keys []string
	for _, l := range AllLanes() {
		keys = append(keys, fmt.Sprintf("%q", l.Key()))
	}
	return strings.Join(keys, ", ")
}

// jsonProblem turns a JSON error into one that says where in the file it is.
func jsonProblem(data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		// Offset counts the bad byte itself; point at it, not after it.
		line, col := lineCol(data, syn.Offset-1)
		return problem(fmt.Sprintf("line %d, column %d", line, col), "not valid JSON (%s)", syn.Error())
	case errors.As(err, &typ):
		return problem("", "not a pathmap board (expected a JSON object, found %s)", typ.Value)
	}
	return problem("", "not valid JSON (%v)", err)
}

func lineCol(data []byte, offset int64) (line, col int) {
	offset = max(0, min(offset, int64(len(data))))
	line, col = 1, 1
	for _, c := range data[:offset] {
		if c == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}
