package canvas

import "fyne.io/fyne/v2"

// cover finds the stickies and spans in view that nobody can see: a
// sticky exactly under another of its lane in the same place (its opaque
// twin covers it edge to edge), a span bracket exactly under a like one.
// Boards merged from several workshops, or events pasted in a pile, stack
// hundreds of them in view; drawing them, and placing their badges, was
// most of the first frame of a big board, for nothing on screen.
//
// A selected sticky or span is always drawn: its outline may be wider than
// its twin's. The one on top is always kept, so a click still lands on the
// same one as before.
type cover struct {
	stickies map[stickyPlace]bool
	spans    map[spanPlace]bool
	kept     []fyne.CanvasObject
}

type stickyPlace struct {
	x, y, w, h float64
	lane       int
}

type spanPlace struct {
	at    fyne.Position
	size  fyne.Size
	label string
}

// stickiesSeen drops from in (stickies in drawing order) those wholly
// hidden under a later one, in place.
func (c *cover) stickiesSeen(in []fyne.CanvasObject) []fyne.CanvasObject {
	if c.stickies == nil {
		c.stickies = map[stickyPlace]bool{}
	}
	clear(c.stickies)
	kept := c.kept[:0]
	for i := len(in) - 1; i >= 0; i-- {
		w := in[i].(*StickyWidget)
		s := w.sticky
		at := stickyPlace{s.X, s.Y, s.W, s.H, int(s.Lane)}
		if c.stickies[at] && !w.view.sel.Has(s.ID) {
			continue
		}
		c.stickies[at] = true
		kept = append(kept, w)
	}
	c.kept = kept
	return reversedInto(in[:0], kept)
}

// spansSeen appends to out the spans of in (in drawing order) but those
// exactly under a like one.
func (c *cover) spansSeen(in, out []fyne.CanvasObject) []fyne.CanvasObject {
	if c.spans == nil {
		c.spans = map[spanPlace]bool{}
	}
	clear(c.spans)
	kept := c.kept[:0]
	for i := len(in) - 1; i >= 0; i-- {
		w := in[i].(*SpanWidget)
		at := spanPlace{w.Position(), w.Size(), w.span.Label}
		if c.spans[at] && w.view.sel.Span() != w.span.ID {
			continue
		}
		c.spans[at] = true
		kept = append(kept, w)
	}
	c.kept = kept
	return reversedInto(out, kept)
}

func reversedInto(out, list []fyne.CanvasObject) []fyne.CanvasObject {
	for i := len(list) - 1; i >= 0; i-- {
		out = append(out, list[i])
	}
	return out
}
