package ui

import (
	"image"
	"time"

	"fyne.io/fyne/v2"
	fynecanvas "fyne.io/fyne/v2/canvas"

	"pathmap/board"
)

// bigBoardItems is the size (stickies and spans) from which a newly opened
// board is drawn before the aids first look at it: their analysis of such a
// board (duplicates above all) takes a second or more, and the room should
// see the board meanwhile. A real map has a few hundred at most, so real
// boards keep their markers from the first frame.
const bigBoardItems = 5000

// analysisFallback is how long a big board's first analysis waits for its
// first frame to be painted before it runs anyway (a window out of sight
// paints nothing).
const analysisFallback = 2 * time.Second

// deferredAnalysis holds a big board's first analysis back until the board
// has been painted once: a transparent pixel among the aids' markers tells
// when its frame is painted (a painter asks a raster for its pixels only
// while painting), and the analysis is then scheduled through the session,
// to run once that frame is done.
type deferredAnalysis struct {
	pending bool
	cancel  []func()
	// painted is the pixel in the aids' markers while the analysis waits.
	painted *fynecanvas.Raster
}

// deferFirstAnalysis reports whether the aids' first look at b waits for its
// first frame; if so it clears what the aids knew of the previous board, so
// no marker of it shows meanwhile, and schedules the analysis.
func (a *aids) deferFirstAnalysis(b *board.Board) bool {
	a.stopDeferred()
	if len(b.Stickies)+len(b.Spans) <= bigBoardItems {
		return false
	}
	a.groups, a.groupOf, a.hints, a.blanks = nil, map[int]int{}, map[int]string{}, nil
	a.lead = board.LeadTimeReport{}
	a.leadSpan, a.leadSticky = map[int]board.TimingPart{}, map[int]board.TimingPart{}
	d := &a.deferred
	d.pending = true
	// A new pixel each time: a painter keeps a raster's picture once made.
	d.painted = fynecanvas.NewRaster(a.firstPaint)
	d.painted.Resize(fyne.NewSize(1, 1))
	d.cancel = append(d.cancel, a.ws.After(analysisFallback, a.analyse))
	a.refreshStatus()
	a.view.Relayout()
	return true
}

// firstPaint is the pixel's picture, painted with the frame: the first one
// schedules the analysis for right after that frame.
func (a *aids) firstPaint(w, h int) image.Image {
	d := &a.deferred
	if d.pending && len(d.cancel) < 2 {
		d.cancel = append(d.cancel, a.ws.After(0, a.analyse))
	}
	return image.NewNRGBA(image.Rect(0, 0, w, h))
}

// stopDeferred forgets a first analysis still waiting: the board changed or
// was replaced, and is analysed as it is now.
func (a *aids) stopDeferred() {
	d := &a.deferred
	for _, c := range d.cancel {
		c()
	}
	d.cancel, d.pending = nil, false
}

// layoutDeferred adds the pixel to the markers while the analysis waits.
func (a *aids) layoutDeferred(size fyne.Size) {
	d := &a.deferred
	if !d.pending {
		return
	}
	d.painted.Move(fyne.NewPos(size.Width-1, size.Height-1))
	a.markers.shown = append(a.markers.shown, d.painted)
}
