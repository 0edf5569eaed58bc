package canvas

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// minLaneNameText is the smallest type a lane name is set in: zoomed far
// out a thin lane's name gets smaller and wraps, but stays readable on a
// projector rather than disappear.
const minLaneNameText = 10

// laneName is a lane's name in the lane-name column: bold, wrapped onto
// as many lines as the column's width needs, in the largest type from the
// theme's text size down to minLaneNameText that fits the lane's height.
type laneName struct {
	name  string
	lines []*canvas.Text
	// box holds the lines, for drawing in one piece.
	box *fyne.Container
}

func newLaneName(name string) *laneName {
	return &laneName{name: name, box: &fyne.Container{}}
}

// wrapName splits name into lines no wider than width in type size ts.
func wrapName(name string, width, ts float32) []string {
	style := fyne.TextStyle{Bold: true}
	var lines []string
	line := ""
	for _, w := range strings.Fields(name) {
		try := strings.TrimSpace(line + " " + w)
		if line != "" && fyne.MeasureText(try, ts, style).Width > width {
			lines = append(lines, line)
			line = w
			continue
		}
		line = try
	}
	return append(lines, line)
}

// nameLineHeight is the height of one line of a lane name in type size ts.
func nameLineHeight(ts float32) float32 {
	return fyne.MeasureText("Ag", ts, fyne.TextStyle{Bold: true}).Height
}

// fit works out the type size and lines for a column width wide and a
// lane height high: the largest size whose lines fit, else the smallest.
func (n *laneName) fit(width, height float32) (float32, []string) {
	for ts := theme.TextSize(); ts > minLaneNameText; ts-- {
		lines := wrapName(n.name, width, ts)
		if float32(len(lines))*nameLineHeight(ts) <= height {
			return ts, lines
		}
	}
	return minLaneNameText, wrapName(n.name, width, minLaneNameText)
}

// layout sets the name at pos in a column width wide, in a lane height
// high, and returns the height it takes.
func (n *laneName) layout(pos fyne.Position, width, height float32) float32 {
	ts, lines := n.fit(width, height)
	for len(n.lines) < len(lines) {
		t := canvas.NewText("", theme.Color(theme.ColorNameForeground))
		t.TextStyle = fyne.TextStyle{Bold: true}
		n.lines = append(n.lines, t)
	}
	if len(n.box.Objects) != len(lines) {
		n.box.Objects = n.box.Objects[:0]
		for _, t := range n.lines[:len(lines)] {
			n.box.Objects = append(n.box.Objects, t)
		}
	}
	lh := nameLineHeight(ts)
	fg := theme.Color(theme.ColorNameForeground)
	for i, text := range lines {
		t := n.lines[i]
		if t.Text != text || t.TextSize != ts || t.Color != fg {
			t.Text, t.TextSize, t.Color = text, ts, fg
			t.Refresh()
		}
		t.Move(fyne.NewPos(0, float32(i)*lh))
		t.Resize(fyne.NewSize(width, lh))
	}
	n.box.Move(pos)
	n.box.Resize(fyne.NewSize(width, float32(len(lines))*lh))
	return float32(len(lines)) * lh
}

// Text is the name as drawn, its lines joined by a space, and the type
// size; for tests.
func (n *laneName) Text() (string, float32) {
	var parts []string
	var ts float32
	for _, o := range n.box.Objects {
		t := o.(*canvas.Text)
		parts = append(parts, t.Text)
		ts = t.TextSize
	}
	return strings.Join(parts, " "), ts
}
