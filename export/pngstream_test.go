package export

import (
	"bytes"
	"errors"
	"hash/adler32"
	"image"
	"image/color"
	"image/png"
	"testing"
)

func TestEncodeStrips_DecodesToTheSamePixels(t *testing.T) {
	// A picture with a different color on every row and column, drawn in
	// strips of 16 rows: every strip boundary must join exactly.
	const w, h = 301, 203
	want := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			want.SetRGBA(x, y, color.RGBA{uint8(x), uint8(y * 3), uint8(x ^ y), 255})
		}
	}
	var buf bytes.Buffer
	err := encodeStrips(&buf, w, h, 96, func() stripPainter {
		return func(dst *image.RGBA) error {
			for y := dst.Rect.Min.Y; y < dst.Rect.Max.Y; y++ {
				copy(dst.Pix[dst.PixOffset(0, y):dst.PixOffset(w, y)], want.Pix[want.PixOffset(0, y):want.PixOffset(w, y)])
			}
			return nil
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := png.Decode(&buf)
	if err != nil {
		t.Fatalf("the PNG does not decode: %v", err)
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			r, g, b, _ := got.At(x, y).RGBA()
			if c := want.RGBAAt(x, y); uint8(r>>8) != c.R || uint8(g>>8) != c.G || uint8(b>>8) != c.B {
				t.Fatalf("pixel (%d, %d) = %v, want %v", x, y, got.At(x, y), c)
			}
		}
	}
}

func TestAdler32Combine(t *testing.T) {
	a, b := []byte("the path to production"), bytes.Repeat([]byte{0xff, 7}, 70000)
	got := adler32Combine(adler32.Checksum(a), adler32.Checksum(b), int64(len(b)))
	if want := adler32.Checksum(append(append([]byte{}, a...), b...)); got != want {
		t.Errorf("combined %08x, want %08x", got, want)
	}
}

func TestEncodeStrips_WriteErrorIsReturned(t *testing.T) {
	err := encodeStrips(failingWriter{}, 100, 5000, 96, func() stripPainter { return func(*image.RGBA) error { return nil } })
	if err == nil {
		t.Fatal("a failing writer gave no error")
	}
}

// A strip that cannot be drawn fails the whole picture, whichever worker
// drew it.
func TestEncodeStrips_PaintErrorFailsThePicture(t *testing.T) {
	boom := errors.New("glyph cannot be drawn")
	var buf bytes.Buffer
	err := encodeStrips(&buf, 2000, 5000, 96, func() stripPainter {
		return func(dst *image.RGBA) error {
			if dst.Rect.Min.Y > 2000 {
				return boom
			}
			return nil
		}
	})
	if !errors.Is(err, boom) {
		t.Fatalf("encodeStrips error = %v, want the painter's", err)
	}
}
