// Package board is the pathmap document: a board of lanes and stickies, the
// edit commands with undo and redo, the .pathmap file format and its store.
//
// It imports nothing from the user interface so that it can be tested, and
// used by the exporter, without a display.
package board

import "fmt"

// Lane is the horizontal band a sticky sits in. A sticky's lane is its type:
// it decides what the sticky means on the map and the color it is drawn in.
type Lane int

// The six lanes, top to bottom, in the order the workshop fills them.
const (
	Events Lane = iota
	Systems
	Teams
	PainPoints
	Timings
	Actions
)

// LaneCount is the number of lanes on every board.
const LaneCount = 6

// Color is an opaque 8-bit RGB color, kept free of any drawing library so
// that the UI and every exporter read the same values.
type Color struct{ R, G, B uint8 }

// laneInfo is what the rest of the program needs to know to show a lane.
type laneInfo struct {
	key   string // the name used in the file format
	name  string // the name shown to people
	fill  Color  // sticky color
	band  Color  // lane background
	ink   Color  // text and border on the sticky
	glyph string // a short mark so a lane is never told apart by color alone
}

// The sticky colors are light tints with near-black ink, so text keeps a high
// contrast on a projector and on a grayscale print. Pain points are red, as the
// workshop asks.
var lanes = [LaneCount]laneInfo{
	Events:     {"events", "Events", Color{255, 183, 77}, Color{255, 243, 224}, Color{33, 24, 10}, "▶"},
	Systems:    {"systems", "Systems & tools", Color{129, 212, 250}, Color{227, 242, 253}, Color{10, 25, 41}, "⚙"},
	Teams:      {"teams", "Teams & people", Color{165, 214, 167}, Color{232, 245, 233}, Color{12, 32, 14}, "●"},
	PainPoints: {"pain", "Pain points", Color{239, 128, 128}, Color{253, 232, 232}, Color{40, 6, 6}, "!"},
	Timings:    {"timings", "Timings", Color{206, 178, 232}, Color{243, 236, 250}, Color{30, 14, 45}, "⏱"},
	Actions:    {"actions", "Questions & actions", Color{255, 241, 118}, Color{255, 252, 225}, Color{38, 34, 4}, "?"},
}

// AllLanes lists the lanes top to bottom.
func AllLanes() []Lane { return []Lane{Events, Systems, Teams, PainPoints, Timings, Actions} }

// Valid reports whether l is one of the six lanes.
func (l Lane) Valid() bool { return l >= 0 && l < LaneCount }

// Name is the lane's name as shown to people, e.g. "Systems & tools".
func (l Lane) Name() string {
	if !l.Valid() {
		return fmt.Sprintf("lane %d", int(l))
	}
	return lanes[l].name
}

// Key is the lane's name in the file format, e.g. "systems".
func (l Lane) Key() string {
	if !l.Valid() {
		return ""
	}
	return lanes[l].key
}

// Fill is the color of the lane's stickies.
func (l Lane) Fill() Color { return lanes[l.clamp()].fill }

// Band is the light background color of the lane's band.
func (l Lane) Band() Color { return lanes[l.clamp()].band }

// Ink is the color of text and borders on the lane's stickies.
func (l Lane) Ink() Color { return lanes[l.clamp()].ink }

// Mark is a one-character symbol shown next to the lane's name.
func (l Lane) Mark() string { return lanes[l.clamp()].glyph }

func (l Lane) clamp() Lane {
	if !l.Valid() {
		return Events
	}
	return l
}

// LaneFromKey returns the lane whose file-format key is key.
func LaneFromKey(key string) (Lane, bool) {
	for i, info := range lanes {
		if info.key == key {
			return Lane(i), true
		}
	}
	return 0, false
}

// Board geometry, in board coordinates (one unit is one pixel at 100% zoom).
const (
	// DefaultLaneHeight is the height of a lane band holding one row of
	// stickies, so that six lanes fit a projected screen with text large
	// enough to read. A lane grows when stickies are stacked in it.
	DefaultLaneHeight = 128.0
	// LanePad keeps stickies off a band's edges when they are snapped into it.
	LanePad = 12.0
	// StickyWidth and StickyHeight are the size of a new sticky.
	StickyWidth  = 168.0
	StickyHeight = 104.0
	// ColumnGap is the horizontal distance between stickies placed in a row.
	ColumnGap = 20.0
)

// How sticky text is set, shared by the window and every exporter so that a
// sticky wraps at the same words on screen and on paper. Sizes are in board
// units at 100% zoom; long text shrinks one unit at a time to the minimum.
const (
	StickyTextSize    = 20.0
	StickyMinTextSize = 14.0
	StickyPadding     = 10.0
	// LineSpacing is the distance between lines as a multiple of text size.
	LineSpacing = 1.3
	// LabelWidth is the width of the column of lane names left of the lanes.
	LabelWidth = 170.0
)

// RowsHeight is the height a lane needs to hold n rows of default stickies.
func RowsHeight(n int) float64 {
	if n < 1 {
		n = 1
	}
	return 2*LanePad + float64(n)*StickyHeight + float64(n-1)*(LaneGap)
}

// LaneGap is the vertical gap between stacked stickies.
const LaneGap = 12.0

// SpanStrip is the height kept at the bottom of the Timings lane for the
// timing span brackets, once the board has any.
const SpanStrip = 36.0
