package room

import (
	"pathmap/board"
	"pathmap/workshop"
)

// Workshop adapts the app's workshop session to what the room needs. Room
// edits go in with board.SourceRoom, so they are saved and autosaved like
// any other edit but stay out of the facilitator's Ctrl+Z history.
func Workshop(s *workshop.Session) Session { return workshopDoor{s} }

type workshopDoor struct{ s *workshop.Session }

func (w workshopDoor) Do(f func(e Editor)) <-chan struct{} {
	return w.s.Do(func(d *board.Document) { f(docEditor{d}) })
}

// OnChange listens to edits and to the board being replaced (another file
// opened). The session's listeners belong to its owner goroutine, so they
// are added and removed there, without waiting: Open and Close may be
// called from that goroutine (a menu item in the app).
func (w workshopDoor) OnChange(f func()) func() {
	var stop []func()
	w.s.Do(func(*board.Document) {
		stop = append(stop, w.s.OnChange(f), w.s.OnReplaced(func(*board.Document) { f() }))
	})
	return func() {
		w.s.Do(func(*board.Document) {
			for _, c := range stop {
				c()
			}
		})
	}
}

type docEditor struct{ d *board.Document }

func (e docEditor) Board() *board.Board              { return e.d.Board() }
func (e docEditor) ApplyRoom(c board.Command) error  { return e.d.ApplyFrom(board.SourceRoom, c) }
func (e docEditor) ApplyFacilitator(c board.Command) { e.d.ApplyFrom(board.SourceFacilitator, c) }
