package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// votingBanner says dot-voting is on, with the tally, in the status bar in
// place of the key hint: there it covers no sticky, where a banner on the
// board hid the Questions & actions lane. A click on it stops voting.
type votingBanner struct {
	button *widget.Button
	hint   fyne.CanvasObject
	root   *fyne.Container
}

// newVotingBanner stands in for hint while voting; stop ends voting.
func newVotingBanner(hint fyne.CanvasObject, stop func()) *votingBanner {
	b := &votingBanner{hint: hint, button: widget.NewButton("", stop)}
	b.button.Importance = widget.HighImportance
	b.button.Hide()
	b.root = container.NewStack(hint, b.button)
	return b
}

// show puts text on the banner in place of the hint; "" hides it.
func (b *votingBanner) show(text string) {
	if text == "" {
		b.button.Hide()
		b.hint.Show()
		return
	}
	b.button.SetText(text)
	b.hint.Hide()
	b.button.Show()
}

// Text is what the banner says, "" while hidden.
func (b *votingBanner) Text() string {
	if !b.button.Visible() {
		return ""
	}
	return b.button.Text
}
