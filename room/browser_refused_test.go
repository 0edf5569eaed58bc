package room

import (
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"pathmap/board"
)

func TestBrowser_PhoneShowsWhyTheBoardRefusedAndThatItWasRemoved(t *testing.T) {
	r, f := openTestRoom(t, Options{Batch: 50 * time.Millisecond})
	// The Systems lane already reaches the right edge of the board.
	f.withDoc(func(d *board.Document) {
		b := d.Board()
		d.Apply(board.AddSticky{Sticky: board.Sticky{ID: b.NextID(), Lane: board.Systems, Text: "far right",
			X: board.MaxCoordinate - 10, Y: b.LaneTop(board.Systems) + board.LanePad, W: board.StickyWidth, H: board.StickyHeight}})
	})
	p := phone(t, browser(t))
	if err := chromedp.Do(p, chromedp.Navigate(r.URL()), chromedp.WaitVisible(chromedp.CSS("#step-title"))); err != nil {
		t.Fatalf("open %s: %v", r.URL(), err)
	}
	if err := chromedp.Do(p,
		chromedp.Click(chromedp.CSS(`#lanes button[data-lane="systems"]`)),
		chromedp.SendKeys(chromedp.CSS("#text"), "Jenkins"),
		chromedp.Click(chromedp.CSS("#send")),
	); err != nil {
		t.Fatal(err)
	}
	waitText(t, p, "#mine", "not taken")
	waitText(t, p, "#mine .why", "past the edge of the board")
	if shot := os.Getenv("ROOM_PHONE_SHOT"); shot != "" {
		png, err := chromedp.Run(p, chromedp.FullScreenshot(90))
		if err == nil {
			err = os.WriteFile(shot, png, 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}

	if err := r.Remove(r.People()[0].ID); err != nil {
		t.Fatal(err)
	}
	waitText(t, p, "#gone-title", "You were removed")
	// Reloading the page does not bring them back.
	if err := chromedp.Do(p, chromedp.Reload(), chromedp.WaitReady(chromedp.CSS("body"))); err != nil {
		t.Fatal(err)
	}
	waitText(t, p, "#gone-title", "You were removed")
	if r.Participants() != 0 {
		t.Fatalf("%d participants after the removed phone reloaded, want 0", r.Participants())
	}
}
