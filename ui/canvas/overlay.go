package canvas

import (
	"fyne.io/fyne/v2"

	"pathmap/board"
)

// Overlay draws over a board view's stickies, below the lane names, and
// may claim a tap on a sticky: the facilitation aids are one. Each view has
// its own overlays, so two views of one board draw independently.
type Overlay interface {
	// LayoutOverlay places the overlay's objects for the view as the
	// renderer has just laid it out, and returns them in drawing order.
	LayoutOverlay(f *Frame) []fyne.CanvasObject
	// TapSticky handles a click on sticky id (secondary: the right
	// button) and reports whether it did.
	TapSticky(id int, mods fyne.KeyModifier, secondary bool) bool
}

// PressClaimer is an Overlay that handles clicks on some stickies itself
// (dot-voting): a press on them must not select them.
type PressClaimer interface {
	// ClaimsPress reports whether a click on sticky id is the overlay's.
	ClaimsPress(id int) bool
}

// BlankClaimer is an Overlay that may take double-clicks on the empty
// board, which otherwise add a sticky there: in dot-voting two quick
// clicks that miss a pain point must not open a new sticky.
type BlankClaimer interface {
	// ClaimsBlankDoubleTap reports whether a double-click on the empty
	// board is the overlay's, adding nothing.
	ClaimsBlankDoubleTap() bool
}

// blankClaimed reports whether an overlay takes a double-click on the
// empty board.
func (v *BoardView) blankClaimed() bool {
	for _, o := range v.overlays {
		if c, ok := o.(BlankClaimer); ok && c.ClaimsBlankDoubleTap() {
			return true
		}
	}
	return false
}

// Frame is a board view as its renderer has just laid it out: what an
// overlay needs to place its objects over stickies and spans.
type Frame struct {
	// View is the view being laid out.
	View *BoardView
	// Size is the view's size on screen.
	Size fyne.Size
	// Zoom is the view's zoom (1 = 100%).
	Zoom float32
	// Stickies are the stickies in view, in drawing order, where they are
	// drawn; those being dragged are not among them, nor those wholly
	// hidden under a sticky just like them in the same place.
	Stickies []PlacedSticky
	// Spans are the timing spans in view, where they are drawn (a span
	// exactly under a like one included).
	Spans []PlacedSpan
}

// Box is a rectangle in view pixels.
type Box struct{ X, Y, W, H float32 }

func (a Box) moved(p fyne.Position) Box { return Box{a.X + p.X, a.Y + p.Y, a.W, a.H} }

// PlacedSticky is a sticky and where it is drawn, in view pixels.
type PlacedSticky struct {
	Sticky board.Sticky
	Pos    fyne.Position
	Size   fyne.Size
	// Ink lists the boxes its words take (each line, and the footer), so
	// markers can keep clear of them.
	Ink []Box
}

// PlacedSpan is a timing span and where its bracket is drawn.
type PlacedSpan struct {
	Span board.Span
	Pos  fyne.Position
	Size fyne.Size
	// Label is the box of its duration pill.
	Label Box
}

// ToScreen turns a board position into a position in the view.
func (f *Frame) ToScreen(x, y float64) fyne.Position { return f.View.vp.ToScreen(x, y) }

// AddOverlay draws o over this view's stickies from now on.
func (v *BoardView) AddOverlay(o Overlay) {
	v.overlays = append(v.overlays, o)
	v.Relayout()
}

// TapSticky is a click on sticky id: an overlay's when one takes it (a
// vote in voting mode), else a selection; Shift adds to or takes from it.
func (v *BoardView) TapSticky(id int, mods fyne.KeyModifier) {
	for _, o := range v.overlays {
		if o.TapSticky(id, mods, false) {
			return
		}
	}
	v.selectByTap(id, mods)
}

// pressClaimed reports whether an overlay will take a click on sticky id.
func (v *BoardView) pressClaimed(id int) bool {
	for _, o := range v.overlays {
		if c, ok := o.(PressClaimer); ok && c.ClaimsPress(id) {
			return true
		}
	}
	return false
}

// TappedSecondary offers a right-click on the sticky to the overlays
// (taking a vote back in voting mode).
func (w *StickyWidget) TappedSecondary(*fyne.PointEvent) {
	for _, o := range w.view.overlays {
		if o.TapSticky(w.sticky.ID, fyne.KeyModifierShift, true) {
			return
		}
	}
}
