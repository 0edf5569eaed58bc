package ui

import (
	"fmt"
	"image"
	"image/png"
	"net/http"
	"net/http/cookiejar"
	"os"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"

	"pathmap/board"
)

// decodeQR reads the QR code in img as a phone's camera would, with a
// decoder the app itself does not use.
func decodeQR(t *testing.T, img image.Image) string {
	t.Helper()
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		t.Fatal(err)
	}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_TRY_HARDER: true})
	if err != nil {
		t.Fatalf("no QR code can be read from the picture: %v", err)
	}
	return res.GetText()
}

// crop is the part of img that o covers on the window's canvas.
func crop(w *Window, img image.Image, o fyne.CanvasObject) image.Image {
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	scale := float32(img.Bounds().Dx()) / w.win.Canvas().Size().Width
	r := image.Rect(int(pos.X*scale), int(pos.Y*scale), int((pos.X+o.Size().Width)*scale), int((pos.Y+o.Size().Height)*scale))
	return img.(interface {
		SubImage(image.Rectangle) image.Image
	}).SubImage(r)
}

func TestRoomCard_PresenterModeShowsTheWayInLarge(t *testing.T) {
	w, p := openTestRoom(t)
	p.dlg.Hide()
	c := w.session.roomCard
	if c.Visible() {
		t.Fatal("the room's card shows while not presenting")
	}
	w.win.Resize(fyne.NewSize(1024, 768))
	key(w, fyne.KeyF5)
	if !c.Visible() || c.Size().Width < 0.25*1024 {
		t.Fatalf("presenter mode with the room open: card shown %v, %v wide", c.Visible(), c.Size().Width)
	}
	if c.code.Text != p.r.Code() || c.code.TextSize < 768/14 {
		t.Fatalf("the join code %q is set at %v px, want %q at 1/14 of the screen or more", c.code.Text, c.code.TextSize, p.r.Code())
	}
	if c.url.Text != p.r.JoinURL() || !c.url.Visible() {
		t.Fatalf("the card shows the address %q, want %q", c.url.Text, p.r.JoinURL())
	}
	if c.qr.Size().Width < 0.25*768 {
		t.Fatalf("the QR code is %v px on a 768 px high screen", c.qr.Size().Width)
	}
	// Everything on the card is inside it: nothing runs off the screen.
	for _, o := range []fyne.CanvasObject{c.qr, c.url, c.code, c.count} {
		end := o.Position().Add(o.Size())
		if end.X > c.Size().Width+1 || end.Y > c.Size().Height+1 {
			t.Fatalf("a part of the card ends at %v, outside the card's %v", end, c.Size())
		}
	}
	if got := decodeQR(t, crop(w, w.win.Canvas().Capture(), c)); got != p.r.URL() {
		t.Fatalf("the projected QR code holds %q, want the room's address with its token %q", got, p.r.URL())
	}

	unfolded := c.Size().Width
	c.Tapped(nil)
	if c.qr.Visible() || c.Size().Width >= unfolded || !c.code.Visible() {
		t.Fatal("a click did not fold the card to the code and address")
	}
	key(w, fyne.KeyF5)
	if c.Visible() {
		t.Fatal("the card stays after leaving presenter mode")
	}
	key(w, fyne.KeyF5)
	w.room.closeNow()
	if c.Visible() {
		t.Fatal("the card stays after the room closed")
	}
}

func TestRoom_PanelQRCodeHoldsTheRoomURL(t *testing.T) {
	w, p := openTestRoom(t)
	w.win.Resize(fyne.NewSize(1024, 768))
	if got := decodeQR(t, w.win.Canvas().Capture()); got != p.r.URL() {
		t.Fatalf("the room panel's QR code holds %q, want %q", got, p.r.URL())
	}
}

func TestRoomCard_Shot(t *testing.T) {
	out := os.Getenv("ROOM_SHOT")
	if out == "" {
		t.Skip("ROOM_SHOT names the PNG files to write (…-panel.png, …-presenter.png)")
	}
	w, p := openTestRoom(t)
	p.auto.SetChecked(false)
	for i, nick := range []string{"Ana", "", "Bartholomew (release)"} {
		jar, _ := cookiejar.New(nil)
		phone := &http.Client{Jar: jar, Timeout: 15 * time.Second}
		post(t, phone, p.r.URL()+"/hello", map[string]string{"nick": nick})
		post(t, phone, p.r.URL()+"/sticky", map[string]any{"id": fmt.Sprintf("phone-sticky-shot-%08d", i),
			"text": "Waited two days for the change advisory board to meet and approve the release", "lane": "pain"})
	}
	eventually(t, "three wait in the tray", func() bool { return len(p.r.Tray()) == 3 })
	write := func(name string) {
		w.win.Resize(fyne.NewSize(1024, 768))
		f, err := os.Create(out + name)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		png.Encode(f, w.win.Canvas().Capture())
	}
	onRoomUI(func() { write("-panel.png") })
	onRoomUI(func() {
		p.scroll.ScrollToBottom()
		write("-panel-end.png")
	})
	onRoomUI(func() {
		p.dlg.Hide()
		key(w, fyne.KeyF5)
		write("-presenter.png")
		key(w, fyne.KeyF5)
	})
	p.r.AcceptAll()
	eventually(t, "accepted", func() bool { return len(w.Document().Board().InLane(board.PainPoints)) == 3 })
	onRoomUI(func() { write("-marks.png") })
	onRoomUI(func() {
		m := marksOf(t, w)
		m.now = func() time.Time { return time.Now().Add(roomArrival) }
		w.view.Refresh()
		write("-marks-later.png")
	})
}
