package canvas

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"pathmap/assets"
	"pathmap/board"
)

// sampleMap shows the sample board folded into two bands at 16 px text.
func sampleMap(t *testing.T) (*WrappedMap, *board.Board) {
	t.Helper()
	test.NewTempApp(t)
	b, err := board.Decode(assets.SampleBoard)
	if err != nil {
		t.Fatal(err)
	}
	f := &FontMeasure{}
	m := NewWrappedMap(f.Measure)
	w := test.NewTempWindow(t, m)
	w.Resize(fyne.NewSize(1400, 900))
	l := board.WrapBands(b, 2, 9, f.Measure)
	m.ShowLayout(l, 16, fyne.NewPos(10, 10), 0, len(l.Bands))
	return m, b
}

func texts(m *WrappedMap) []*canvas.Text {
	var out []*canvas.Text
	for _, o := range test.WidgetRenderer(m).Objects() {
		if t, ok := o.(*canvas.Text); ok {
			out = append(out, t)
		}
	}
	return out
}

func TestWrappedMap_ClickNamesTheStickyUnderThePointer(t *testing.T) {
	m, b := sampleMap(t)
	var tapped, doubled []int
	m.OnTap = func(id int) { tapped = append(tapped, id) }
	m.OnDoubleTap = func(id int) { doubled = append(doubled, id) }
	target := m.Layout().Stickies[len(m.Layout().Stickies)-1]
	pos, size := m.At(target.Box)
	mid := pos.AddXY(size.Width/2, size.Height/2)
	m.Tapped(&fyne.PointEvent{Position: mid})
	m.DoubleTapped(&fyne.PointEvent{Position: mid})
	m.Tapped(&fyne.PointEvent{Position: fyne.NewPos(2, 2)}) // the margin
	if len(tapped) != 2 || tapped[0] != target.ID || tapped[1] != 0 || len(doubled) != 1 || doubled[0] != target.ID {
		s, _ := b.Sticky(target.ID)
		t.Errorf("clicks on %q (%d) then the margin reported %v, double-click %v", s.Text, target.ID, tapped, doubled)
	}
}

func TestWrappedMap_DrawsEveryStickysLinesOrPlainBlocks(t *testing.T) {
	m, b := sampleMap(t)
	lines := 0
	for _, ws := range m.Layout().Stickies {
		lines += len(ws.Lines) + len(ws.Badge)
	}
	got := texts(m)
	// The lane names are drawn too, one or two lines each and band.
	if len(got) < lines || len(got) > lines+2*board.LaneCount*len(m.Layout().Bands) {
		t.Errorf("%d texts drawn for %d lines of %d stickies", len(got), lines, len(b.Stickies))
	}
	for _, tx := range got {
		if tx.TextSize < 13 {
			t.Errorf("%q drawn at %.1f px on a 16 px map", tx.Text, tx.TextSize)
		}
	}
	m.Plain = true
	m.Refresh()
	if n := len(texts(m)); n != 0 {
		t.Errorf("a plain map draws %d texts", n)
	}
}

func TestWrappedMap_DrawsOnlyTheBandsAsked(t *testing.T) {
	m, _ := sampleMap(t)
	l := m.Layout()
	m.ShowLayout(l, 16, fyne.NewPos(10, 10), 1, 2)
	for _, ws := range l.Stickies {
		if inSecond := l.Columns[ws.Column].Band == 1; m.Drawn(ws) != inSecond {
			t.Errorf("sticky %d of band %d: drawn %v", ws.ID, l.Columns[ws.Column].Band, m.Drawn(ws))
		}
	}
	first := l.Stickies[0]
	pos, size := m.At(first.Box)
	if l.Columns[first.Column].Band == 0 && m.StickyAt(pos.AddXY(size.Width/2, size.Height/2)) != 0 {
		t.Error("a sticky of a band not drawn answers a click")
	}
}

func TestFontMeasure_LeavesRoomOverFynesOwnWidth(t *testing.T) {
	test.NewTempApp(t)
	f := &FontMeasure{}
	for _, s := range []string{"Deployed to staging", "部署到生产环境", "Ω"} {
		for _, bold := range []bool{false, true} {
			fyneW := float64(fyne.MeasureText(s, 100, fyne.TextStyle{Bold: bold}).Width) / 100
			if got := f.Measure(s, bold); got < fyneW*1.05 || got > fyneW*textSlack+0.01 {
				t.Errorf("%q bold %v measures %.3f em; Fyne says %.3f", s, bold, got, fyneW)
			}
		}
	}
}
