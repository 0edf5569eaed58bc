package export

import (
	"fmt"
	"strings"
)

// Paper is a sheet size the PDF is laid out for. The map always prints in
// landscape, the action list too, so a handout is one stack of pages.
type Paper string

// The paper sizes of office printers: A4 and A3 in most of the world,
// Letter and Tabloid (11×17 in) in North America.
const (
	A4      Paper = "A4"
	A3      Paper = "A3"
	Letter  Paper = "Letter"
	Tabloid Paper = "Tabloid"
)

// Papers lists the sizes offered, in the order a menu shows them.
var Papers = []Paper{A4, A3, Letter, Tabloid}

// landscape returns the sheet's size in mm, long side first.
func (p Paper) landscape() (w, h float64) {
	switch p {
	case A3:
		return 420, 297
	case Letter:
		return 279.4, 215.9
	case Tabloid:
		return 431.8, 279.4
	default:
		return 297, 210
	}
}

// ParsePaper reads a paper name as a person types it ("a3", "letter").
func ParsePaper(s string) (Paper, error) {
	for _, p := range Papers {
		if strings.EqualFold(s, string(p)) {
			return p, nil
		}
	}
	return "", fmt.Errorf("unknown paper %q: use A4, A3, Letter or Tabloid", s)
}
