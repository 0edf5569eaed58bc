package board

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

// FormatName is the value of the "format" field of every .pathmap file.
const FormatName = "pathmap"

// FormatVersion is the version of the file format this code writes. Files of
// this or an older version load; newer ones are refused with a message.
const FormatVersion = 3

// Extension is the file name extension of pathmap boards.
const Extension = ".pathmap"

// fileBoard and fileSticky are the JSON shapes written to disk.
type fileBoard struct {
	Format   string       `json:"format"`
	Version  int          `json:"version"`
	Title    string       `json:"title"`
	Stickies []fileSticky `json:"stickies"`
	Spans    []fileSpan   `json:"spans,omitempty"`
	// LaneHeights is left out while every lane has the default height.
	LaneHeights []float64     `json:"laneHeights,omitempty"`
	Agenda      *fileAgenda   `json:"agenda,omitempty"`   // agenda_format.go
	Settings    *fileSettings `json:"settings,omitempty"` // settings_format.go
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

	From   string `json:"from,omitempty"` // "room" for a sticky sent from a phone
	Author string `json:"author,omitempty"`
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
			Owner: s.Owner, Due: s.Due, Votes: s.Votes, From: fromKey(s.FromRoom), Author: s.Author})
	}
	for _, sp := range b.Spans {
		f.Spans = append(f.Spans, fileSpan{ID: sp.ID, From: sp.From, To: sp.To, Label: sp.Label})
	}
	if b.LaneHeights != [LaneCount]float64{} {
		for _, l := range AllLanes() {
			f.LaneHeights = append(f.LaneHeights, round2(b.LaneHeight(l)))
		}
	}
	f.Agenda = encodeAgenda(b.Agenda)
	f.Settings = encodeSettings(b)
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

// Error reads "where: problem", or just the problem for the whole file.
func (e *FormatError) Error() string {
	if e.Where == "" {
		return e.Problem
	}
	return e.Where + ": " + e.Problem
}

func problem(where, format string, args ...any) error {
	return &FormatError{Where: where, Problem: fmt.Sprintf(format, args...)}
}

// Decode reads a board from the .pathmap file format, strictly: the first
// problem, even one DecodeWithReport could repair, is the error, with where
// it is, e.g. "sticky 12: text is not a string". The export command uses
// it so that a handout is never printed from a guessed board.
func Decode(data []byte) (*Board, error) {
	b, repairs, err := DecodeWithReport(data)
	if err != nil {
		return nil, err
	}
	if len(repairs) > 0 {
		return nil, repairs[0].Err()
	}
	return b, nil
}

// DecodeWithReport reads a board and repairs what it can: a sticky with a
// duplicate id gets a new one, one in an unknown lane moves to Questions &
// actions, text beyond MaxTextLength is cut, a sticky with a broken position
// goes to a free spot, a timing over missing events is dropped. Each repair
// is reported, and so is a key written twice in one object, of which the
// last value is used. A UTF-8 byte order mark at the start is skipped. A file that is not a pathmap board at all (not JSON, another
// format, a newer version, no list of stickies) is an error: nothing in it
// can be trusted to be a board.
func DecodeWithReport(data []byte) (*Board, []Repair, error) {
	// Some Windows editors start a UTF-8 file with a byte order mark.
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, nil, problem("", "the file is empty")
	}
	if binary(data) {
		return nil, nil, problem("", "not a pathmap board (it is a binary file, not text: an image, an archive or a document?)")
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, nil, jsonProblem(data, err)
	}
	var format string
	if err := field(top, "format", &format); err != nil || format != FormatName {
		return nil, nil, problem("", "not a pathmap board (its \"format\" field is not %q)", FormatName)
	}
	var version float64
	if err := field(top, "version", &version); err != nil {
		return nil, nil, problem("", "version %s", err)
	}
	if version != math.Trunc(version) || version < 1 {
		return nil, nil, problem("", "version %v is not a format version", version)
	}
	if version > FormatVersion {
		return nil, nil, problem("", "written by a newer pathmap (format version %s); this one reads up to version %d", clip(fmt.Sprint(version), 20), FormatVersion)
	}
	if err := migrate(top, int(version)); err != nil {
		return nil, nil, err
	}
	var rs repairs
	reportDuplicateKeys(data, &rs)
	b := &Board{}
	if _, ok := top["title"]; ok {
		b.Title = textField(top, "title", "", maxShortText, &rs)
	}
	var pending []pendingSticky
	if sound, ok := soundStickies(top["stickies"]); ok {
		b.Stickies = sound // sound_list.go
	} else {
		var raw []json.RawMessage
		if err := field(top, "stickies", &raw); err != nil {
			return nil, nil, problem("", "stickies %s", err)
		}
		if len(raw) > maxStickies {
			return nil, nil, problem("", "%d stickies is more than the %d a board can hold", len(raw), maxStickies)
		}
		pending = decodeStickies(raw, b, &rs)
	}
	decodeLaneHeights(top, b, &rs)
	placePending(b, pending)
	if sound, ok := soundSpans(top["spans"], b); ok {
		b.Spans = sound
	} else {
		decodeSpans(top, b, &rs)
	}
	decodeAgenda(top, b, &rs)
	decodeSettings(top, b, &rs)
	return b, rs, nil
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

// binary reports whether data looks like no text file at all: a NUL byte
// near the start, or a first byte that starts no character (PNG, JPEG).
// Such a file gets a plain message instead of a JSON syntax error at line 1,
// column 1. Stray bad bytes later in a board are no reason to refuse it.
func binary(data []byte) bool {
	if bytes.IndexByte(data[:min(len(data), 512)], 0) >= 0 {
		return true
	}
	r, n := utf8.DecodeRune(data)
	return r == utf8.RuneError && n == 1
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

// FromRoomKey is the value of a sticky's "from" field when it was sent from
// a phone in the room.
const FromRoomKey = "room"

func fromKey(room bool) string {
	if room {
		return FromRoomKey
	}
	return ""
}
