package canvas

import (
	"image/color"

	"pathmap/board"
)

// RGBA turns a board color into one Fyne can draw.
func RGBA(c board.Color) color.NRGBA { return color.NRGBA{R: c.R, G: c.G, B: c.B, A: 0xff} }

// Darken mixes c with black; used for lane label strips and borders so a lane
// reads as one unit.
func Darken(c board.Color, by float64) color.NRGBA {
	f := 1 - by
	return color.NRGBA{R: uint8(float64(c.R) * f), G: uint8(float64(c.G) * f), B: uint8(float64(c.B) * f), A: 0xff}
}
