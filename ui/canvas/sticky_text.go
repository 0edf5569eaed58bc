package canvas

import (
	"fyne.io/fyne/v2"

	"pathmap/board"
)

// stickyText is where a sticky's words go when it is drawn at one size and
// zoom: its wrapped lines, their type size and place, and the footer. The
// sticky's renderer draws from it, and the badges read it to keep clear of
// the words (badges.go), so both always agree on where the text is.
type stickyText struct {
	lines    []string
	textSize float32
	// lineH is one line's height; top is the first line's y and pad the
	// x of the text box, both relative to the sticky; width is the box's.
	lineH, top, pad, width float32
	// foot is the footer line (an action's owner and due date), at footTop,
	// footH high, in footSize type.
	foot                     string
	footTop, footH, footSize float32
	// hidden: zoomed so far out that no words are drawn at all.
	hidden bool
}

// stickyTextKey is what a stickyText depends on.
type stickyTextKey struct {
	size fyne.Size
	text string
	zoom float32
	foot string
}

// layoutStickyText wraps s's text to the sticky's width at the largest size
// that fits its height, down to a minimum; should it still not fit (the
// sticky is drawn smaller than its text needs) the last line ends in "…".
func layoutStickyText(s board.Sticky, size fyne.Size, zoom float32) stickyText {
	foot := footerText(s)
	if stickyMinTextSize*zoom < MinScreenText {
		return stickyText{hidden: true}
	}
	pad := stickyPad * zoom
	w, h := textBox(size.Width/zoom, size.Height/zoom, foot != "")
	w, h = w*zoom, h*zoom
	// A little under the minimum is allowed here before anything is elided:
	// the sticky was sized at 100%, and text measures slightly differently
	// at other zooms.
	lines, textSize := fitText(s.Text, w, h, stickyTextSize*zoom, stickyMinTextSize*zoom*0.85)
	lh := lineHeight(textSize)
	if fit := max(int(h/lh), 1); len(lines) > fit {
		lines = append(lines[:fit-1], Ellipsize(lines[fit-1], w, textSize))
	}
	t := stickyText{lines: lines, textSize: textSize, lineH: lh, pad: pad, width: w,
		top: pad + (h-float32(len(lines))*lh)/2, foot: foot}
	if foot != "" {
		t.footSize = footerSize * zoom
		t.footH = footerSize * 1.3 * zoom
		t.footTop = size.Height - pad - t.footH
	}
	return t
}

// ink lists the boxes the words take, relative to the sticky: one per line,
// as wide as the line's letters (lines are centred), and the footer's.
func (t stickyText) ink() []Box {
	if t.hidden {
		return nil
	}
	out := make([]Box, 0, len(t.lines)+1)
	for i, l := range t.lines {
		out = append(out, inkOf(l, t.textSize, fyne.TextStyle{}, Box{t.pad, t.top + float32(i)*t.lineH, t.width, t.lineH}))
	}
	if t.foot != "" {
		out = append(out, inkOf(t.foot, t.footSize, fyne.TextStyle{Italic: true}, Box{t.pad, t.footTop, t.width, t.footH}))
	}
	return out
}

// inkOf is where Fyne paints centred text set in the box b: centred both
// ways when the box is larger than the text, else from the box's top, with
// a pixel below for descenders. The letters may run below a box that is
// shorter than the text.
func inkOf(text string, size float32, style fyne.TextStyle, b Box) Box {
	m := fyne.MeasureText(text, size, style)
	return Box{X: b.X + (b.W-m.Width)/2, Y: b.Y + max(0, (b.H-m.Height)/2), W: m.Width, H: m.Height + 1}
}

// textLayout is the sticky's text as drawn at size, worked out once per
// change of text, size or zoom and shared by the renderer and the badges.
func (w *StickyWidget) textLayout(size fyne.Size) stickyText {
	key := stickyTextKey{size: size, text: w.sticky.Text, zoom: w.view.vp.zoom, foot: footerText(w.sticky)}
	if w.textKey != key || w.textInk == nil {
		w.textKey = key
		w.text = layoutStickyText(w.sticky, size, w.view.vp.zoom)
		w.textInk = w.text.ink()
	}
	return w.text
}

// inkOnScreen lists the boxes the sticky's words take in the view.
func (w *StickyWidget) inkOnScreen() []Box {
	w.textLayout(w.Size())
	pos := w.Position()
	out := make([]Box, len(w.textInk))
	for i, b := range w.textInk {
		out[i] = b.moved(pos)
	}
	return out
}
