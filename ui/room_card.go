package ui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"pathmap/room"
)

// roomCard is how to join the room, in presenter mode: a column at the
// right of the board with the QR code, the address to type and the join
// code, all sized from the screen's height to be read and scanned from the
// back of the room. It shows only while the room is open and the window
// presents. A click folds it to the code and address alone, giving the
// board the width back once everyone has joined; another click unfolds it.
type roomCard struct {
	widget.BaseWidget
	// screen is the size the card's type is set from: the window's canvas.
	screen func() fyne.Size
	// above is what the window shows above the card (the presenter's
	// band): the QR code gets the height that is left.
	above fyne.CanvasObject

	r          *room.Room
	presenting bool
	folded     bool
	people     int
	// laidOut is the width the window last laid the card out at.
	laidOut float32

	bg    *canvas.Rectangle
	qr    *canvas.Image
	open  *canvas.Text
	url   *canvas.Text
	with  *canvas.Text
	code  *canvas.Text
	count *canvas.Text
	hint  *canvas.Text
}

// Fractions of the screen's height for the card's parts: the QR code as
// big as half the height allows (and at most 0.3 of the width), the join
// code in type as large as the presenter's step title.
const (
	roomCardQR     = 0.5
	roomCardQRMaxW = 0.3
	roomCardCode   = 1.0 / 13
	roomCardURL    = 1.0 / 34
	roomCardSmall  = 1.0 / 48
)

// roomCardInk and roomCardFace are the card's colors: dark type on white,
// as the QR code needs a light quiet zone around it.
var (
	roomCardFace = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
	roomCardInk  = color.NRGBA{R: 0x1b, G: 0x1b, B: 0x1b, A: 0xff}
	roomCardRim  = color.NRGBA{R: 0x37, G: 0x47, B: 0x4f, A: 0xff}
)

func newRoomCard(screen func() fyne.Size, above fyne.CanvasObject) *roomCard {
	c := &roomCard{screen: screen, above: above}
	text := func(size float32, bold bool) *canvas.Text {
		t := canvas.NewText("", roomCardInk)
		t.Alignment = fyne.TextAlignCenter
		t.TextStyle.Bold = bold
		t.TextSize = size
		return t
	}
	c.bg = canvas.NewRectangle(roomCardFace)
	c.bg.StrokeColor, c.bg.StrokeWidth = roomCardRim, 2
	c.qr = canvas.NewImageFromResource(nil)
	c.qr.FillMode = canvas.ImageFillContain
	c.qr.ScaleMode = canvas.ImageScalePixels // a QR code must stay sharp
	c.open = text(0, false)
	c.open.Text = "Scan the code, or open"
	c.url = text(0, true)
	c.with = text(0, false)
	c.with.Text = "and type the code"
	// Monospace alone: themes (Fyne's test theme among them) need not carry
	// a bold monospace face, and a missing face cannot be measured.
	c.code = text(0, false)
	c.code.TextStyle.Monospace = true
	c.count = text(0, false)
	c.hint = text(0, false)
	c.hint.Color = roomCardRim
	c.ExtendBaseWidget(c)
	c.Hide()
	return c
}

// setRoom shows r's way in, or nothing when the room closed (nil).
func (c *roomCard) setRoom(r *room.Room) error {
	c.r, c.folded = r, false
	if r != nil {
		png, err := r.QR(1024)
		if err != nil {
			return err
		}
		c.qr.Resource = fyne.NewStaticResource("room-qr.png", png)
		c.url.Text, c.code.Text = r.JoinURL(), r.Code()
	}
	c.update()
	return nil
}

// setPresenting follows presenter mode going on and off.
func (c *roomCard) setPresenting(on bool) {
	c.presenting = on
	c.update()
}

// setPeople shows how many people have joined.
func (c *roomCard) setPeople(n int) {
	if n == c.people {
		return
	}
	c.people = n
	c.update()
}

// Tapped folds the card to the code and address, or unfolds it.
func (c *roomCard) Tapped(*fyne.PointEvent) {
	c.folded = !c.folded
	c.update()
}

// Cursor shows the card can be clicked.
func (c *roomCard) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (c *roomCard) update() {
	switch n := c.people; {
	case n == 1:
		c.count.Text = "1 person has joined"
	default:
		c.count.Text = fmt.Sprintf("%d people have joined", n)
	}
	show := c.r != nil && c.presenting
	if show == c.Visible() && !show {
		return // nothing to draw, nor to measure
	}
	if show {
		c.Show()
		c.Refresh()
	} else {
		c.Hide()
	}
	// When the card's width changes (shown, hidden, folded) the window
	// lays the board out again beside it; a new count of people only
	// redraws the card.
	if w := c.MinSize().Width; w != c.laidOut {
		c.laidOut = w
		if cv := fyne.CurrentApp().Driver().CanvasForObject(c); cv != nil && cv.Content() != nil {
			cv.Content().Refresh()
		}
	}
}

func (c *roomCard) foldHint() string {
	if c.folded {
		return "click for the QR code"
	}
	return "click to fold"
}

// sizes works out the QR code's side and the type sizes from the screen:
// the QR code takes what the words leave of the card's height.
func (c *roomCard) sizes() (qr, code, url, small float32) {
	s := c.screen()
	h := max(s.Height, 300)
	code, url, small = h*roomCardCode, max(h*roomCardURL, 14), max(h*roomCardSmall, 12)
	if c.folded {
		return 0, code, url, small
	}
	avail := h
	if c.above != nil && c.above.Visible() {
		avail -= c.above.MinSize().Height
	}
	line := func(ts float32) float32 { return fyne.MeasureText("Mg", ts, fyne.TextStyle{Bold: true}).Height }
	words := 2*line(small) + line(url) + line(code) + line(small*0.8) + 2*(code/3)
	qr = min(h*roomCardQR, max(s.Width, 400)*roomCardQRMaxW, avail-words)
	return max(qr, 0), code, url, small
}

// MinSize is as wide as the QR code, or as the address and code when
// folded; the board takes the rest of the width.
func (c *roomCard) MinSize() fyne.Size {
	if c.r == nil || !c.presenting {
		return fyne.Size{}
	}
	qr, code, url, _ := c.sizes()
	pad := code / 3
	w := max(qr,
		fyne.MeasureText(c.url.Text, url, c.url.TextStyle).Width,
		fyne.MeasureText(c.code.Text, code, c.code.TextStyle).Width)
	return fyne.NewSize(w+2*pad, 0)
}

// CreateRenderer implements fyne.Widget.
func (c *roomCard) CreateRenderer() fyne.WidgetRenderer { return &roomCardRenderer{c: c} }

type roomCardRenderer struct{ c *roomCard }

// Layout stacks the card's parts from the top: QR code, address, code;
// who has joined and the hint to fold it sit at the bottom.
func (r *roomCardRenderer) Layout(size fyne.Size) {
	c := r.c
	if c.r == nil || !c.presenting {
		return
	}
	qr, code, url, small := c.sizes()
	pad := code / 3
	c.bg.Move(fyne.NewPos(0, 0))
	c.bg.Resize(size)
	y := pad
	put := func(t *canvas.Text, ts float32, show bool) {
		if !show {
			t.Hide()
			return
		}
		t.Show()
		t.TextSize = ts
		h := fyne.MeasureText("Mg", ts, t.TextStyle).Height
		t.Move(fyne.NewPos(0, y))
		t.Resize(fyne.NewSize(size.Width, h))
		y += h
	}
	if qr > 0 {
		c.qr.Show()
		c.qr.Move(fyne.NewPos((size.Width-qr)/2, y))
		c.qr.Resize(fyne.NewSquareSize(qr))
		y += qr
	} else {
		c.qr.Hide()
	}
	put(c.open, small, !c.folded)
	put(c.url, url, true)
	put(c.with, small, !c.folded)
	put(c.code, code, true)
	// Who has joined and the hint to fold the card sit at the bottom.
	hh := fyne.MeasureText("Mg", small*0.8, c.hint.TextStyle).Height
	c.count.TextSize, c.hint.TextSize = small*0.8, small*0.8
	c.hint.Text = c.count.Text + " · " + c.foldHint()
	c.hint.Move(fyne.NewPos(0, size.Height-hh-pad/4))
	c.hint.Resize(fyne.NewSize(size.Width, hh))
	if c.folded {
		c.hint.Text = c.foldHint()
		c.count.TextSize = small
		put(c.count, small, true)
	} else {
		c.count.Hide()
	}
}

func (r *roomCardRenderer) MinSize() fyne.Size { return r.c.MinSize() }

func (r *roomCardRenderer) Refresh() {
	c := r.c
	r.Layout(c.Size())
	for _, o := range r.Objects() {
		o.Refresh()
	}
}

func (r *roomCardRenderer) Objects() []fyne.CanvasObject {
	c := r.c
	return []fyne.CanvasObject{c.bg, c.qr, c.open, c.url, c.with, c.code, c.count, c.hint}
}

func (r *roomCardRenderer) Destroy() {}
