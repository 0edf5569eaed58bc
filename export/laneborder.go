package export

import "pathmap/board"

// laneBorder is how the notes of one lane are outlined on paper and in the
// picture: each lane its own weight and dash pattern, so a grayscale print
// or a color-blind reader still tells the lanes apart.
type laneBorder struct {
	// Weight multiplies the export's base line width.
	Weight float64
	// Dash is the on, off, on, off … lengths in mm on the PDF's fit map;
	// the PNG scales them (pngDashUnit). Nil is a solid line.
	Dash []float64
	// Round gives the dashes round ends, which turns near-zero dashes into
	// dots.
	Round bool
}

// borderOf is lane l's outline. Events and pain points are solid, the
// first bold and the second heavy, as the eye should find them first; the
// others are dashes, dots and dash-dots.
func borderOf(l board.Lane) laneBorder {
	switch l {
	case board.Events:
		return laneBorder{Weight: 1.6}
	case board.Systems:
		return laneBorder{Weight: 1, Dash: []float64{1.6, 0.8}}
	case board.Teams:
		return laneBorder{Weight: 1.2, Dash: []float64{0.01, 0.9}, Round: true}
	case board.PainPoints:
		return laneBorder{Weight: 2.4}
	case board.Timings:
		return laneBorder{Weight: 1, Dash: []float64{1.8, 0.6, 0.3, 0.6}}
	default:
		return laneBorder{Weight: 1, Dash: []float64{3, 1}}
	}
}
