package canvas

import (
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pathmap/assets"
	"pathmap/board"
	"pathmap/internal/testboard"
	"pathmap/workshop"
)

// newTestSession starts a session on b that runs everything on the test's
// goroutine and writes nothing by itself.
func newTestSession(t *testing.T, b *board.Board) *workshop.Session {
	t.Helper()
	ws := workshop.New(workshop.Options{
		Board:       b,
		Run:         func(f func()) { f() },
		After:       func(time.Duration, func()) func() { return func() {} },
		RecoveryDir: t.TempDir(),
		SyncWrites:  true,
		Height:      StickyHeightFor,
	})
	t.Cleanup(ws.Stop)
	return ws
}

// newTestView shows b in a board view of a test window, sized like the
// board area of a laptop's window.
func newTestView(t *testing.T, b *board.Board) (*BoardView, *workshop.Session) {
	t.Helper()
	test.NewTempApp(t)
	ws := newTestSession(t, b)
	v := NewBoardView(ws)
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(1400, 860))
	v.Resize(fyne.NewSize(1200, 700))
	return v, ws
}

// sampleView shows the built-in sample board.
func sampleView(t *testing.T) (*BoardView, *workshop.Session) {
	t.Helper()
	b, err := board.Decode(assets.SampleBoard)
	if err != nil {
		t.Fatal(err)
	}
	return newTestView(t, b)
}

// laneBoard is a board with the given stickies, each at its lane's top,
// one column apart in the order given per lane unless it has an x.
var laneBoard = testboard.InLanes

// largeWorkshopView shows the large test board (26 events, 89 stickies) in
// a view of the given size.
func largeWorkshopView(t *testing.T, size fyne.Size) (*BoardView, *workshop.Session) {
	t.Helper()
	b, err := board.Load(filepath.Join("..", "..", "board", "testdata", "large-workshop.pathmap"))
	if err != nil {
		t.Fatal(err)
	}
	v, ws := newTestView(t, b)
	v.Resize(size)
	return v, ws
}

// stickyWithText is the board's sticky that says text.
func stickyWithText(t *testing.T, ws *workshop.Session, text string) board.Sticky {
	t.Helper()
	for _, s := range ws.Document().Board().Stickies {
		if s.Text == text {
			return s
		}
	}
	t.Fatalf("no sticky says %q", text)
	return board.Sticky{}
}
