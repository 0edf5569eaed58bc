package canvas

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"pathmap/board"
)

// laneIcon is a symbol for each lane, shown with its name and on its
// stickies, so a lane is never told apart by color alone (color-blind
// viewers, grayscale projectors).
func laneIcon(l board.Lane) fyne.Resource {
	switch l {
	case board.Events:
		return theme.MediaPlayIcon()
	case board.Systems:
		return theme.ComputerIcon()
	case board.Teams:
		return theme.AccountIcon()
	case board.PainPoints:
		return theme.WarningIcon()
	case board.Timings:
		return theme.HistoryIcon()
	}
	return theme.QuestionIcon()
}

// LaneStroke gives each lane's stickies their own border weight, a second
// cue besides color: events, the spine of the map, and pain points stand out.
func LaneStroke(l board.Lane) float32 {
	switch l {
	case board.Events, board.PainPoints:
		return 2.5
	}
	return 1
}
