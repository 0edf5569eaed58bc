package ui

import (
	"fmt"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"

	"pathmap/board"
	"pathmap/ui/canvas"
	"pathmap/workshop"
)

// largeWorkshopWindow opens a copy of the large workshop board (26 events,
// votes, timings, hints) in a window of the given size.
func largeWorkshopWindow(t *testing.T, size fyne.Size) *Window {
	t.Helper()
	b, err := board.Load(filepath.Join("..", "board", "testdata", "large-workshop.pathmap"))
	if err != nil {
		t.Fatal(err)
	}
	w := newTestWindowWith(t, workshop.Options{Board: b, Path: filepath.Join(t.TempDir(), "large.pathmap")})
	w.win.Resize(size)
	return w
}

// frameRecorder is an overlay that keeps the last layout it was shown.
type frameRecorder struct{ f *canvas.Frame }

func (r *frameRecorder) LayoutOverlay(f *canvas.Frame) []fyne.CanvasObject { r.f = f; return nil }

func (r *frameRecorder) TapSticky(int, fyne.KeyModifier, bool) bool { return false }

var frames = map[*Window]*frameRecorder{}

// lastFrame is the view as its renderer last laid it out for the overlays.
func lastFrame(t *testing.T, w *Window) *canvas.Frame {
	r := frames[w]
	if r == nil {
		r = &frameRecorder{}
		frames[w] = r
		t.Cleanup(func() { delete(frames, w) })
		w.view.AddOverlay(r)
	}
	return r.f
}

// badgeClashes lists every marker on the board that covers a word of a
// sticky or timing in view, another marker, or runs off the view.
func badgeClashes(t *testing.T, w *Window) []string {
	t.Helper()
	v := w.view
	f := lastFrame(t, w)
	view := box{board.LabelWidth, 0, v.Size().Width - board.LabelWidth, v.Size().Height}
	var words []box
	var whose []string
	for _, p := range f.Stickies {
		for _, b := range p.Ink {
			words = append(words, box(b))
			whose = append(whose, p.Sticky.Text)
		}
	}
	for _, sp := range f.Spans {
		words = append(words, box(sp.Label))
		whose = append(whose, "timing "+sp.Span.Label)
	}
	var marks []*aidMarker
	for _, o := range w.aids.markers.shown {
		if m := o.(*aidMarker); m.Visible() {
			marks = append(marks, m)
		}
	}
	var out []string
	for i, m := range marks {
		b := boxAt(m.Position(), m.Size())
		if m.text != "" && m.text[0] == 'D' { // the voting banner has its own corner
			continue
		}
		if !b.within(view) && m.anchor.within(view) {
			out = append(out, "“"+m.text+"” runs off the view")
		}
		for k, wb := range words {
			if b.overlaps(wb) {
				out = append(out, "“"+m.text+"” covers words of “"+oneLine(whose[k])+"”")
			}
		}
		for _, o := range marks[i+1:] {
			if b.overlaps(boxAt(o.Position(), o.Size())) {
				out = append(out, "“"+m.text+"” covers “"+o.text+"”")
			}
		}
	}
	return out
}

func TestBadges_NeverCoverWordsOrEachOtherOnALargeBoard(t *testing.T) {
	// The window on a 1280×720 and on a 1024×768 projector.
	for _, size := range []fyne.Size{{Width: 1280, Height: 690}, {Width: 1024, Height: 740}} {
		t.Run(fmt.Sprint(size), func(t *testing.T) { checkBadgesWhilePanning(t, size) })
	}
}

func checkBadgesWhilePanning(t *testing.T, size fyne.Size) {
	w := largeWorkshopWindow(t, size)
	v := w.view
	if n := len(w.aids.markers.shown); n < 15 {
		t.Fatalf("the large workshop shows %d markers; the test needs votes, hints and timings in view", n)
	}
	check := func(where string) {
		t.Helper()
		if c := badgeClashes(t, w); len(c) > 0 {
			t.Errorf("%s at %.0f%%: %d clashes, e.g. %q", where, v.Viewport().Zoom()*100, len(c), c[:min(len(c), 6)])
		}
	}
	check("fitted to the lanes")
	// Pan along the whole map, fitted and at 100 %.
	for _, zoom := range []float32{v.Viewport().Zoom(), 0.6, 1} {
		v.Viewport().ZoomAt(zoom/v.Viewport().Zoom(), fyne.NewPos(board.LabelWidth, 0))
		v.Viewport().PanTo(-20, 0)
		for step := 0; step < 12; step++ {
			check("panned")
			v.Viewport().Pan(-v.Size().Width/2, 0)
		}
	}
}

func TestBadges_RoomPlacesABadgeClearOfWordsAndShrinksItToFit(t *testing.T) {
	room := &badgeRoom{view: box{0, 0, 400, 300}, text: []box{{100, 100, 100, 20}}}
	measure := func(ts float32) fyne.Size { return fyne.NewSize(ts*4, ts) }
	// The first spot covers the words, the second is free.
	p, ts := room.place(box{100, 100, 10, 10}, []float32{20}, measure, func(fyne.Size) []fyne.Position {
		return []fyne.Position{{X: 120, Y: 90}, {X: 120, Y: 121}}
	})
	if p != fyne.NewPos(120, 121) || ts != 20 {
		t.Errorf("badge went to %v at %v; want the free spot below the words", p, ts)
	}
	// The only spot is free only for a smaller badge: in the 14-px gap
	// between the words and the first badge.
	room.taken = []box{{0, 140, 400, 10}}
	p, ts = room.place(box{100, 100, 10, 10}, badgeSizes(20), measure, func(fyne.Size) []fyne.Position {
		return []fyne.Position{{X: 300, Y: 125}}
	})
	if ts > 15 || p != fyne.NewPos(300, 125) {
		t.Errorf("badge in a 15-px gap got type %v at %v; want it shrunk to fit", ts, p)
	}
	// A spot off the view is never free.
	if room.free(box{390, 10, 20, 10}, room.bounds(box{300, 10, 20, 10})) {
		t.Error("a badge running off the view's right edge counts as free")
	}
}
