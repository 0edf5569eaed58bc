package room

import (
	"fmt"

	qrcode "github.com/skip2/go-qrcode"
)

// QR returns the room's URL as a QR code PNG of size × size pixels, black
// on white with the quiet zone phones need to find it.
func (r *Room) QR(size int) ([]byte, error) {
	png, err := qrcode.Encode(r.url, qrcode.Medium, size)
	if err != nil {
		return nil, fmt.Errorf("room: QR code of %s: %w", r.url, err)
	}
	return png, nil
}
