package board

// SnapToColumn is where a sticky w wide dropped with its left edge at x
// comes to rest across the map: centred under the event whose column is
// nearest its centre, so a drop between two columns lands in one of them
// and never sits between them, where only Tidy up would settle it. With no
// events on the board x is kept.
func (b *Board) SnapToColumn(x, w float64) float64 {
	best, found := nearestCenter(b.InLane(Events), x+w/2, nil)
	if !found {
		return x
	}
	ex, _ := best.Center()
	return ex - w/2
}
