package main

// End-to-end tests of the keyboard and mouse at a room's pace: a lane key
// right after a click, quick dot-voting clicks, and board shortcuts typed
// into a dialog.

import (
	"fmt"
	"image"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"pathmap/board"
)

// stickyBoxes finds the stickies of one lane color on the screen: the
// connected areas of exactly color c right of minX and below minY, at least
// 60×30 pixels, left to right.
func stickyBoxes(img image.Image, c board.Color, minX, minY int) []image.Rectangle {
	b := img.Bounds()
	is := func(x, y int) bool {
		r, g, bl, _ := img.At(x, y).RGBA()
		return uint8(r>>8) == c.R && uint8(g>>8) == c.G && uint8(bl>>8) == c.B
	}
	seen := make(map[image.Point]bool)
	var boxes []image.Rectangle
	for y := max(b.Min.Y, minY); y < b.Max.Y; y++ {
		for x := max(b.Min.X, minX); x < b.Max.X; x++ {
			p := image.Pt(x, y)
			if seen[p] || !is(x, y) {
				continue
			}
			box := image.Rectangle{Min: p, Max: p.Add(image.Pt(1, 1))}
			stack := []image.Point{p}
			seen[p] = true
			for len(stack) > 0 {
				q := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				box = box.Union(image.Rectangle{Min: q, Max: q.Add(image.Pt(1, 1))})
				for _, n := range []image.Point{{q.X + 1, q.Y}, {q.X - 1, q.Y}, {q.X, q.Y + 1}, {q.X, q.Y - 1}} {
					if n.In(b) && n.X >= minX && n.Y >= minY && !seen[n] && is(n.X, n.Y) {
						seen[n] = true
						stack = append(stack, n)
					}
				}
			}
			if box.Dx() >= 60 && box.Dy() >= 30 {
				boxes = append(boxes, box)
			}
		}
	}
	sort.Slice(boxes, func(i, j int) bool { return boxes[i].Min.X < boxes[j].Min.X })
	return boxes
}

// keysBoardFile writes a board with the given stickies, each placed at its
// lane's top in the column given, and returns its path.
func keysBoardFile(t *testing.T, stickies ...board.Sticky) string {
	t.Helper()
	b := board.New()
	b.Stickies = nil
	for i, s := range stickies {
		s.ID = i + 1
		s.X = s.X * (board.StickyWidth + board.ColumnGap)
		s.Y, s.W, s.H = b.LaneTop(s.Lane)+board.LanePad, board.StickyWidth, board.StickyHeight
		b.Stickies = append(b.Stickies, s)
	}
	b.FitLanes()
	path := filepath.Join(t.TempDir(), "keys.pathmap")
	if err := board.Save(path, b); err != nil {
		t.Fatal(err)
	}
	return path
}

// startKeysApp starts pathmap on path with key repeat off (a held key must
// not repeat on a loaded machine) and finds count stickies of lane l.
func startKeysApp(t *testing.T, path string, l board.Lane, count int) (string, *exec.Cmd, []image.Rectangle) {
	t.Helper()
	need(t, "import", "xset")
	display := startXvfb(t)
	exec.Command("xset", "-display", display, "r", "off").Run()
	cmd, _ := startApp(t, display, path)
	var boxes []image.Rectangle
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		boxes = stickyBoxes(screenshot(t, display), l.Fill(), int(board.LabelWidth)+10, 100)
		if len(boxes) == count {
			return display, cmd, boxes
		}
		time.Sleep(500 * time.Millisecond)
	}
	t.Fatalf("found %d %s stickies on screen, want %d: %v", len(boxes), l.Name(), count, boxes)
	return "", nil, nil
}

func click(t *testing.T, display string, r image.Rectangle) {
	t.Helper()
	c := r.Min.Add(r.Max).Div(2)
	xdo(t, display, "mousemove", fmt.Sprint(c.X), fmt.Sprint(c.Y))
	xdo(t, display, "click", "1")
}

// savedBoard presses Ctrl+S and waits until the file satisfies ok.
func savedBoard(t *testing.T, display, path string, ok func(*board.Board) bool) *board.Board {
	t.Helper()
	xdo(t, display, "key", "ctrl+s")
	var b *board.Board
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if got, err := board.Load(path); err == nil {
			b = got
			if ok(b) {
				return b
			}
		}
		time.Sleep(300 * time.Millisecond)
	}
	return b
}

// A lane key pressed 0.1 s after a click on an event puts the new sticky
// under that event, not under the one selected before.
func TestE2E_LaneKeyRightAfterAClickGoesUnderTheClickedEvent(t *testing.T) {
	path := keysBoardFile(t, board.Sticky{Lane: board.Events, Text: "Code reviewed"},
		board.Sticky{Lane: board.Events, Text: "Deployed to staging", X: 1}, board.Sticky{Lane: board.Events, Text: "Released", X: 2})
	display, cmd, events := startKeysApp(t, path, board.Events, 3)
	teams := []string{"Release team", "QA", "Ops"}
	for i, at := range []int{1, 0, 2} {
		click(t, display, events[at])
		time.Sleep(100 * time.Millisecond)
		xdo(t, display, "key", "3")
		time.Sleep(300 * time.Millisecond)
		xdo(t, display, "type", "--delay", "40", teams[i])
		xdo(t, display, "key", "Return")
		time.Sleep(700 * time.Millisecond) // the next click comes after the double-click time
	}
	b := savedBoard(t, display, path, func(b *board.Board) bool { return len(b.InLane(board.Teams)) == 3 })
	if b == nil || len(b.InLane(board.Teams)) != 3 {
		t.Fatalf("the saved board does not hold the three teams: %+v", b)
	}
	want := map[string]string{"Release team": "Deployed to staging", "QA": "Code reviewed", "Ops": "Released"}
	for _, s := range b.InLane(board.Teams) {
		if e, _ := b.EventOf(s); e.Text != want[s.Text] {
			t.Errorf("%q typed 0.1 s after clicking %q sits under %q", s.Text, want[s.Text], e.Text)
		}
	}
	quitByKeyboard(t, display, cmd, 15*time.Second)
}

// Seven clicks 0.2 s apart on a pain point in voting mode are seven votes,
// and none opens the pain point's text.
func TestE2E_SevenQuickVoteClicksAreSevenVotes(t *testing.T) {
	path := keysBoardFile(t, board.Sticky{Lane: board.Events, Text: "Code reviewed"},
		board.Sticky{Lane: board.PainPoints, Text: "Reviews wait two days"})
	display, cmd, pains := startKeysApp(t, path, board.PainPoints, 1)
	xdo(t, display, "key", "v")
	time.Sleep(500 * time.Millisecond)
	for i := 0; i < 7; i++ {
		click(t, display, pains[0])
		time.Sleep(200 * time.Millisecond)
	}
	time.Sleep(time.Second)
	// Were the text open, these keys would type into it instead.
	xdo(t, display, "key", "v")
	b := savedBoard(t, display, path, func(b *board.Board) bool { return board.VotesCast(b) >= 7 })
	if b == nil {
		t.Fatal("the board was not saved")
	}
	pain := b.InLane(board.PainPoints)
	if len(pain) != 1 || pain[0].Votes != 7 || pain[0].Text != "Reviews wait two days" {
		t.Fatalf("after seven quick clicks the pain point is %+v; want 7 votes and its text unchanged", pain)
	}
	quitByKeyboard(t, display, cmd, 15*time.Second)
}

// Ctrl+A typed in a dialog's field selects the field's text, not every
// sticky; after Escape closes the dialog, Delete deletes nothing.
func TestE2E_CtrlAInADialogThenEscapeThenDeleteLeavesTheBoard(t *testing.T) {
	path := keysBoardFile(t, board.Sticky{Lane: board.Events, Text: "Code reviewed"},
		board.Sticky{Lane: board.Systems, Text: "GitHub"}, board.Sticky{Lane: board.Events, Text: "Released", X: 1})
	display, cmd, _ := startKeysApp(t, path, board.Events, 2)

	// Typed, selected with Ctrl+A and typed again: the field holds the
	// second typing only, which Ctrl+Enter imports.
	xdo(t, display, "key", "ctrl+i")
	time.Sleep(800 * time.Millisecond)
	xdo(t, display, "type", "--delay", "40", "Jonas")
	xdo(t, display, "key", "ctrl+a")
	time.Sleep(200 * time.Millisecond)
	xdo(t, display, "type", "--delay", "40", "Jonas")
	xdo(t, display, "key", "ctrl+Return")
	time.Sleep(800 * time.Millisecond)
	xdo(t, display, "key", "Escape") // clear the selection of the imported sticky
	time.Sleep(300 * time.Millisecond)

	xdo(t, display, "key", "ctrl+i")
	time.Sleep(800 * time.Millisecond)
	xdo(t, display, "type", "--delay", "40", "Extra")
	xdo(t, display, "key", "ctrl+a")
	time.Sleep(200 * time.Millisecond)
	xdo(t, display, "key", "Escape")
	time.Sleep(500 * time.Millisecond)
	xdo(t, display, "key", "Delete")
	time.Sleep(500 * time.Millisecond)

	b := savedBoard(t, display, path, func(b *board.Board) bool { return len(b.Stickies) == 4 })
	if b == nil {
		t.Fatal("the board was not saved")
	}
	var texts []string
	for _, s := range b.Stickies {
		texts = append(texts, s.Text)
	}
	if len(b.Stickies) != 4 {
		t.Fatalf("the board holds %q; want the three stickies and the one imported", texts)
	}
	found := false
	for _, s := range b.Stickies {
		found = found || s.Text == "Jonas"
	}
	if !found {
		t.Fatalf("the board holds %q; want one sticky \"Jonas\" (typing after Ctrl+A replaces the field's text)", texts)
	}
	quitByKeyboard(t, display, cmd, 15*time.Second)
}
