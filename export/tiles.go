package export

import "math"

// A long board shrunk onto one A4 page prints stickies a few millimetres
// wide, their text cut down to "…": useless on the wall after the workshop.
// Such a map is printed instead in parts, one page each, at a size where
// sticky text reads; every part repeats the lane names.
const (
	// minMapScale (mm per map unit) is the smallest a map is shrunk to fit
	// one page: sticky text then starts at the 5 pt minimum. A board of
	// about 12 columns still fits one page.
	minMapScale = minTextPt * ptToMM / textSize
	// partScale is the scale of a map printed in parts: the editor's
	// smallest sticky text (minTextSize) prints at the 5 pt minimum, so any
	// text the editor shows whole prints whole. About 6 columns fit a page.
	partScale = minTextPt * ptToMM / minTextSize
	// cutGap keeps a cut between parts this far from any sticky, so no
	// border is sliced off.
	cutGap = 2.0
)

// mapPart is the slice [From, To) of the map's x axis that one page shows,
// right of the lane names.
type mapPart struct{ From, To float64 }

// planParts decides how the map m goes on pages of availW×availH mm: the
// scale, and the parts in left-to-right order. The map is one part, as large
// as fits, when that is at least partScale, or at least minMapScale with
// every sticky's text fitting whole (readable reports that for a scale).
func planParts(m mapLayout, availW, availH float64, readable func(scale float64) bool) (scale float64, parts []mapPart) {
	scale = math.Min(availW/m.W, availH/m.H)
	if scale >= partScale || (scale >= minMapScale && readable(scale)) {
		return scale, []mapPart{{labelWidth, m.W}}
	}
	scale = math.Min(availH/m.H, partScale)
	width := math.Max(availW/scale-labelWidth, 2*cutGap+1)
	return scale, cutParts(m, width)
}

// cutParts splits the map right of the lane names into parts at most width
// map units wide. It cuts in the gap between stickies nearest the full
// width, looking back at most half a part, so a sticky is never split
// between pages; only where stickies overlap all along does a cut go
// through them.
func cutParts(m mapLayout, width float64) []mapPart {
	inside := func(x float64) bool {
		for _, sb := range m.Stickies {
			if sb.Rect.X-cutGap < x && x < sb.Rect.X+sb.Rect.W+cutGap {
				return true
			}
		}
		return false
	}
	var parts []mapPart
	from := labelWidth
	for m.W-from > width {
		to := from + width
		if inside(to) {
			best := -1.0
			for _, sb := range m.Stickies {
				for _, c := range []float64{sb.Rect.X - cutGap, sb.Rect.X + sb.Rect.W + cutGap} {
					if c > from+width/2 && c <= to && c > best && !inside(c) {
						best = c
					}
				}
			}
			if best > 0 {
				to = best
			}
		}
		parts = append(parts, mapPart{from, to})
		from = to
	}
	return append(parts, mapPart{from, m.W})
}
