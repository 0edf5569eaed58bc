package room

import (
	"bytes"
	"image/png"
	"testing"
)

func TestRoom_QRIsAPNGOfTheURL(t *testing.T) {
	r, _ := openTestRoom(t, Options{})
	data, err := r.QR(320)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("QR code is no PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() != 320 || b.Dy() != 320 {
		t.Fatalf("QR code is %v, want 320×320", b)
	}
	// The corner is the quiet zone: white, so phones find the code.
	if c, _, _, _ := img.At(2, 2).RGBA(); c != 0xffff {
		t.Fatalf("QR code has no white quiet zone")
	}
}
