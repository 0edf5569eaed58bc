package board

// SnapToColumn is where a sticky w wide dropped with its left edge at x
// comes to rest across the map: centred under the event whose column is
// nearest its centre, so a drop between two columns lands in one of them
// and never sits between them, where only Tidy up would settle it. With no
// events on the board x is kept.
func (b *Board) SnapToColumn(x, w float64) float64 {
	cx := x + w/2
	best, found, bestDist := Sticky{}, false, 0.0
	for _, e := range b.InLane(Events) {
		ex, _ := e.Center()
		d := ex - cx
		if d < 0 {
			d = -d
		}
		if !found || d < bestDist {
			best, found, bestDist = e, true, d
		}
	}
	if !found {
		return x
	}
	ex, _ := best.Center()
	return ex - w/2
}
