package room

import "pathmap/board"

// Session is what the room needs from the running workshop session: one
// door for edits that is safe from any goroutine, and news of changes. The
// room never touches a board.Document directly.
type Session interface {
	// Do runs f on the session's own goroutine with the current document;
	// the channel is closed once f has run.
	Do(f func(e Editor)) <-chan struct{}
	// OnChange calls f after every change of the board and when the whole
	// document is replaced, until cancel is called. f must not block.
	OnChange(f func()) (cancel func())
}

// Editor is the session's document as the room sees it inside Do.
type Editor interface {
	// Board is the board as it is now; change it only through the Apply
	// methods.
	Board() *board.Board
	// ApplyRoom applies an edit that came from the room: it is saved like
	// any other, but is not in the facilitator's undo history. An edit that
	// would cross a limit of the file format is refused with the
	// *board.LimitError, and the board stays as it was.
	ApplyRoom(c board.Command) error
	// ApplyFacilitator applies an edit the facilitator made in the app
	// (deleting a sticky): it can be undone.
	ApplyFacilitator(c board.Command)
}
