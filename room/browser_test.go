package room

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"pathmap/board"
)

// browser starts headless Chromium for a test; the test is skipped where
// Chromium is not installed (make test installs it).
func browser(t *testing.T) context.Context {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		if path, err = exec.LookPath("chromium-browser"); err != nil {
			t.Skip("chromium is not installed (make test installs it)")
		}
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.Headless,
		chromedp.Flag("no-proxy-server", true), chromedp.Flag("disable-features", "Translate,OptimizationHints,MediaRouter"),
	)
	alloc, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := context.WithTimeout(alloc, 90*time.Second)
	t.Cleanup(cancel2)
	ctx, cancel3 := chromedp.NewContext(ctx)
	t.Cleanup(cancel3)
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// phone opens a tab in a browser context of its own (its own cookies and
// storage), with a phone's screen: 390 × 844 CSS pixels at 3×, touch.
func phone(t *testing.T, parent context.Context) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(parent, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(3), chromedp.EmulateMobile, chromedp.EmulateTouch)); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("read %s: %v", sel, err)
	}
	return s
}

// waitText waits until the element's text contains want.
func waitText(t *testing.T, ctx context.Context, sel, want string) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	var s string
	for time.Now().Before(deadline) {
		s, _ = chromedp.Run(ctx, chromedp.Evaluate[string](`(function(){var e=document.querySelector(`+jsString(sel)+`);return e?e.innerText:""})()`))
		if strings.Contains(s, want) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s reads %q, want it to contain %q", sel, s, want)
}

func jsString(s string) string { return "'" + strings.ReplaceAll(s, "'", "\\'") + "'" }

func TestBrowser_PhoneJoinsAddsAStickyAndVotes(t *testing.T) {
	r, f := openTestRoom(t, Options{Batch: 50 * time.Millisecond})
	b := browser(t)

	// First phone: scans the QR code, i.e. opens the URL with the token.
	p1 := phone(t, b)
	if err := chromedp.Do(p1, chromedp.Navigate(r.URL()), chromedp.WaitVisible(chromedp.CSS("#step-title"))); err != nil {
		t.Fatalf("open %s: %v", r.URL(), err)
	}
	waitText(t, p1, "#step-title", "Brainstorm events")
	waitText(t, p1, "#past", "past tense")
	if err := chromedp.Do(p1,
		chromedp.SendKeys(chromedp.CSS("#text"), "Deployed to staging"),
		chromedp.KeyEvent("\r"),
	); err != nil {
		t.Fatal(err)
	}
	waitText(t, p1, "#mine", "sent ✓")
	found := false
	for _, s := range f.board().Stickies {
		found = found || (s.Text == "Deployed to staging" && s.FromRoom && s.Lane == board.Events)
	}
	if !found {
		t.Fatalf("the sticky typed on the phone is not on the board")
	}

	// A pain point under an event, with the lane changed by hand.
	if err := chromedp.Do(p1,
		chromedp.Click(chromedp.CSS(`#lanes button[data-lane="pain"]`)),
		chromedp.WaitVisible(chromedp.CSS("#under-row")),
		chromedp.SetValue(chromedp.CSS("#under"), "3"),
		chromedp.SendKeys(chromedp.CSS("#text"), "Nobody owns staging"),
		chromedp.Click(chromedp.CSS("#send")),
	); err != nil {
		t.Fatal(err)
	}
	waitText(t, p1, "#pains", "Nobody owns staging")
	nb := f.board()
	var pain board.Sticky
	for _, s := range nb.Stickies {
		if s.Text == "Nobody owns staging" {
			pain = s
		}
	}
	if e, ok := nb.EventOf(pain); !ok || e.ID != 3 || pain.Lane != board.PainPoints {
		t.Fatalf("pain point %+v is not under the chosen event", pain)
	}

	// Vote: the first pain point gets a dot; tallies stay hidden.
	if err := chromedp.Do(p1, chromedp.Click(chromedp.CSS(`#pains li:first-child button:last-child`))); err != nil {
		t.Fatal(err)
	}
	waitText(t, p1, "#votes-left", "2 of 3 votes left")
	deadline := time.Now().Add(5 * time.Second)
	for board.VotesCast(f.board()) != 1 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := board.VotesCast(f.board()); n != 1 {
		t.Fatalf("%d votes on the board, want 1", n)
	}

	// The facilitator presses Page Down: the phone follows.
	f.withDoc(func(d *board.Document) { d.ChangeWithoutUndo(func(b *board.Board) { b.Agenda.Current = 6 }) })
	waitText(t, p1, "#step-title", "Pain points")

	if shot := os.Getenv("ROOM_PHONE_SHOT"); shot != "" {
		png, err := chromedp.Run(p1, chromedp.FullScreenshot(90))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(shot, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// Second phone, its own browser context: types the URL and the code.
	p2 := phone(t, b)
	if err := chromedp.Do(p2, chromedp.Navigate(r.JoinURL()), chromedp.WaitVisible(chromedp.CSS("#code")),
		chromedp.SendKeys(chromedp.CSS("#code"), strings.ToLower(r.Code())), chromedp.Click(chromedp.CSS("#join-form button")),
		chromedp.WaitVisible(chromedp.CSS("#step-title"))); err != nil {
		t.Fatal(err)
	}
	waitText(t, p2, "#step-title", "Pain points")
	waitText(t, p2, "#people", "2 people")
	if s := text(t, p2, "#pains"); strings.Contains(s, "in all") || strings.Contains(s, "●") {
		t.Fatalf("second phone sees tallies or the first phone's votes before the reveal: %q", s)
	}
	if !text2hidden(t, p2, "#mine-box") {
		t.Fatalf("second phone lists stickies it did not send")
	}
	r.RevealVotes(true)
	waitText(t, p2, "#pains", "1 vote in all")
}

func text2hidden(t *testing.T, ctx context.Context, sel string) bool {
	hidden, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector(`+jsString(sel)+`).hidden`))
	if err != nil {
		t.Fatal(err)
	}
	return hidden
}
