package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	fcanvas "fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"pathmap/board"
	"pathmap/ui/canvas"
)

func pageDown(k *walk) { k.screen.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown}) }
func pageUp(k *walk)   { k.screen.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageUp}) }

// stepStickies are the ids of the stickies under the walk's current
// columns, from the board itself: its events and what sits under them.
func stepStickies(t *testing.T, w *Window, k *walk) map[int]bool {
	t.Helper()
	first, count := k.Columns()
	events := map[int]bool{}
	for _, c := range k.steps.Columns[first : first+count] {
		for _, id := range c.Events {
			events[id] = true
		}
	}
	b := w.Document().Board()
	out := map[int]bool{}
	for _, s := range b.Stickies {
		e, ok := b.EventOf(s)
		if s.Lane == board.Events {
			e, ok = s, true
		}
		if ok && events[e.ID] {
			out[s.ID] = true
		}
	}
	return out
}

func TestWalk_EveryStepShowsItsColumnsAt18PixelsOrMoreAt1280x720(t *testing.T) {
	w := largeWorkshopWindow(t, fyne.NewSize(1280, 720))
	size := w.win.Canvas().Size()
	w.TypedRune('w')
	k := w.walk
	if !k.Showing() {
		t.Fatal("W did not start the walk")
	}
	_, steps := k.Step()
	if steps < 3 || steps > len(k.steps.Columns)/2 {
		t.Fatalf("%d steps for %d columns: want a few columns a step", steps, len(k.steps.Columns))
	}
	for i := 0; i < steps; i++ {
		want := stepStickies(t, w, k)
		drawn := map[int]bool{}
		for _, ws := range k.main.Layout().Stickies {
			if !k.main.Drawn(ws) {
				continue
			}
			drawn[ws.ID] = true
			pos, sz := k.main.At(ws.Box)
			if pos.X < 0 || pos.Y < 0 || pos.X+sz.Width > size.Width || pos.Y+sz.Height > size.Height {
				t.Errorf("step %d: sticky %d at %v %v runs off the %v window", i+1, ws.ID, pos, sz, size)
			}
		}
		if fmt.Sprint(drawn) != fmt.Sprint(want) {
			t.Errorf("step %d shows stickies %v; under its events are %v", i+1, drawn, want)
		}
		texts := 0
		for _, tx := range mapTexts(k.main) {
			texts++
			if tx.TextSize < 18 {
				t.Errorf("step %d: %q is %.1f px", i+1, tx.Text, tx.TextSize)
			}
			if tx.Position().X < 0 || tx.Position().X+tx.MinSize().Width > size.Width+1 {
				t.Errorf("step %d: %q at x %.0f runs off the window", i+1, tx.Text, tx.Position().X)
			}
		}
		if texts < len(want) {
			t.Errorf("step %d draws %d texts for %d stickies", i+1, texts, len(want))
		}
		pageDown(k)
	}
}

func TestWalk_PageDownVisitsEveryColumnOnceAndPageUpGoesBack(t *testing.T) {
	w := largeWorkshopWindow(t, fyne.NewSize(1280, 720))
	w.walk.Toggle()
	k := w.walk
	seen := make([]int, len(k.steps.Columns))
	var firsts []int
	_, steps := k.Step()
	for i := 0; i < steps+2; i++ { // two presses past the end
		first, count := k.Columns()
		if i < steps {
			firsts = append(firsts, first)
			for c := first; c < first+count; c++ {
				seen[c]++
			}
		}
		pageDown(k)
	}
	for c, n := range seen {
		if n != 1 {
			t.Errorf("column %d was shown %d times", c, n)
		}
	}
	if at, n := k.Step(); at != n-1 {
		t.Errorf("Page Down past the end went to step %d of %d", at+1, n)
	}
	for i := steps - 2; i >= 0; i-- {
		pageUp(k)
		if first, _ := k.Columns(); first != firsts[i] {
			t.Fatalf("Page Up back to step %d shows column %d, want %d", i+1, first, firsts[i])
		}
	}
}

func TestWalk_SmallMapMarksWhereTheWalkIs(t *testing.T) {
	w := largeWorkshopWindow(t, fyne.NewSize(1280, 720))
	w.walk.Toggle()
	k := w.walk
	pageDown(k)
	pageDown(k)
	first, count := k.Columns()
	if len(k.mini.Marks()) == 0 {
		t.Fatal("the small map marks nothing")
	}
	for c := 0; c < len(k.small.Columns); c++ {
		col := k.small.Columns[c]
		mid := board.Box{X: col.X + col.W/2, Y: k.small.Bands[col.Band].Box.Y + 0.5}
		marked := false
		for _, m := range k.mini.Marks() {
			marked = marked || (mid.X >= m.X && mid.X <= m.X+m.W && mid.Y >= m.Y && mid.Y <= m.Y+m.H)
		}
		if in := c >= first && c < first+count; marked != in {
			t.Errorf("column %d marked %v on the small map; the walk shows columns %d–%d", c, marked, first, first+count-1)
		}
	}
	var boxes int
	for _, o := range test.WidgetRenderer(k.mini).Objects() {
		if r, ok := o.(*fcanvas.Rectangle); ok && r.StrokeColor == canvas.MarkColor {
			boxes++
			if r.Position().Y < k.size.Height*0.8 {
				t.Errorf("the small map's mark is at y %.0f, not at the bottom of the %.0f px window", r.Position().Y, k.size.Height)
			}
		}
	}
	if boxes != len(k.mini.Marks()) {
		t.Errorf("%d mark boxes drawn for %d marks", boxes, len(k.mini.Marks()))
	}
}

func TestWalk_EscapeEndsItAndWResumesTheSameStep(t *testing.T) {
	w := largeWorkshopWindow(t, fyne.NewSize(1280, 720))
	before, _ := board.Encode(w.Document().Board())
	w.TypedRune('W')
	k := w.walk
	pageDown(k)
	pageDown(k)
	at, _ := k.Step()
	for _, r := range "123456nNtToO" {
		k.screen.TypedRune(r)
	}
	k.screen.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	k.screen.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if k.Showing() || w.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape did not end the walk")
	}
	if after, _ := board.Encode(w.Document().Board()); string(after) != string(before) {
		t.Error("keys during the walk changed the board")
	}
	w.TypedRune('w')
	if now, _ := k.Step(); !k.Showing() || now != at {
		t.Errorf("W again shows step %d, the walk was at %d", now+1, at+1)
	}
}

func TestWalk_LargerTextOnALargerScreen(t *testing.T) {
	for _, c := range []struct {
		size fyne.Size
		min  float32
	}{{fyne.NewSize(1920, 1080), 27}, {fyne.NewSize(1024, 768), 19.2}} {
		w := largeWorkshopWindow(t, c.size)
		w.walk.Toggle()
		for _, tx := range mapTexts(w.walk.main) {
			if tx.TextSize < c.min-0.01 {
				t.Errorf("at %v, %q is %.1f px; want %.1f (1/40 of the height)", c.size, tx.Text, tx.TextSize, c.min)
				break
			}
		}
	}
}

func TestWalk_CtrlZeroDuringTheWalkShowsTheOverviewAlone(t *testing.T) {
	w := largeWorkshopWindow(t, fyne.NewSize(1280, 720))
	w.TypedRune('w')
	w.TypedShortcut(ctrl(fyne.Key0))
	if w.walk.Showing() || !w.overview.Showing() || len(w.win.Canvas().Overlays().List()) != 1 {
		t.Fatalf("Ctrl+0 during the walk: walk %v, overview %v, %d overlays", w.walk.Showing(), w.overview.Showing(), len(w.win.Canvas().Overlays().List()))
	}
	w.overview.screen.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if w.win.Canvas().Overlays().Top() != nil {
		t.Error("Escape from the overview left something over the board")
	}
}
