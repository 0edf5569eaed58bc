package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
)

// timerPaused is the color of a paused timer's digits and its "Paused"
// label: grey, so the room sees at a glance that the clock is not running.
var timerPaused = color.NRGBA{R: 0xb0, G: 0xbe, B: 0xc5, A: 0xff}

// pausedColor shows "Paused" under the clock while the step's timer is
// stopped after it ran, and returns the digits' color: grey when paused,
// else c.
func (p *presenter) pausedColor(c color.Color) color.Color {
	a := p.s.agenda()
	paused := !a.Running && a.Actual(a.Current, p.s.now()) > 0
	text := ""
	if paused {
		text, c = "Paused", timerPaused
	}
	if p.state.Text != text {
		p.state.Text = text
		p.state.TextSize = p.clock.TextSize / 4
		setVisible(p.state, paused)
		p.state.Refresh()
	}
	return c
}

// layoutState puts the "Paused" label under the clock, centred on it.
func (p *presenter) layoutState(clockPos fyne.Position, clockSize fyne.Size) {
	p.state.TextSize = p.clock.TextSize / 4
	sz := p.state.MinSize()
	p.state.Move(fyne.NewPos(clockPos.X+(clockSize.Width-sz.Width)/2, clockPos.Y+clockSize.Height-sz.Height*0.6))
	p.state.Resize(sz)
}
