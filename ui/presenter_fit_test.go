package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// wordsBottom is where the presenter band's last line of words ends.
func wordsBottom(p *presenter) float32 {
	bottom := float32(0)
	for _, l := range []*widget.Label{p.stepNo, p.title, p.prompt} {
		// A wrapped label is as tall as its lines at its width.
		y := p.text.Position().Y + l.Position().Y + l.MinSize().Height
		bottom = max(bottom, y)
	}
	return bottom
}

// On a 1024×768 projector every step's title and prompt stay in the band
// above the board, never running onto the Events lane.
func TestPresenter_EveryPromptStaysInTheBandAt1024x768(t *testing.T) {
	w, _, _ := newSessionWindow(t)
	w.win.Resize(fyne.NewSize(1024, 768))
	key(w, fyne.KeyF5)
	p := w.session.presenter
	for i := range w.Document().Board().Agenda.Steps {
		w.session.goTo(i)
		band := p.root.Size().Height
		if bottom := wordsBottom(p); bottom > band {
			t.Errorf("step %d: the words end at %v px, below the %v px band", i+1, bottom, band)
		}
		if band > 0.45*768+1 {
			t.Errorf("step %d: the band takes %v of 768 px", i+1, band)
		}
	}
}

// Presenter mode refits the board to the room left below the band, so the
// bottom lane is not cut off, and leaving it fits the board again.
func TestPresenter_RefitsTheBoardSoTheBottomLaneShows(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1024, Height: 768}, {Width: 1280, Height: 720}} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			w, _, _ := newSessionWindow(t)
			w.win.Resize(size)
			v := w.view
			v.Viewport().Pan(-300, 0) // the facilitator had panned: no longer fitted
			key(w, fyne.KeyF5)
			b := w.Document().Board()
			if bottom := v.Viewport().ToScreen(0, b.Height()).Y; bottom > v.Size().Height+0.5 {
				t.Errorf("in presenter mode the board ends at %v px in a %v px view: the bottom lane is cut off", bottom, v.Size().Height)
			}
			if top := v.Viewport().ToScreen(0, 0).Y; top < -0.5 {
				t.Errorf("in presenter mode the Events lane starts at %v px, above the view", top)
			}
			key(w, fyne.KeyF5)
			if bottom := v.Viewport().ToScreen(0, b.Height()).Y; bottom > v.Size().Height+0.5 {
				t.Errorf("after presenter mode the board ends at %v px in a %v px view", bottom, v.Size().Height)
			}
		})
	}
}

// A paused timer says so in presenter mode: the room must not think time
// is running out.
func TestPresenter_PausedTimerShowsAsPaused(t *testing.T) {
	w, c, _ := newSessionWindow(t)
	w.win.Resize(fyne.NewSize(1024, 768))
	key(w, fyne.KeyF5)
	p := w.session.presenter
	if p.state.Visible() && p.state.Text == "Paused" {
		t.Fatal("a timer never started shows as paused")
	}
	key(w, fyne.KeySpace)
	c.advance(30 * 1e9)
	w.session.tick()
	if p.state.Visible() && p.state.Text != "" {
		t.Fatalf("a running timer is labelled %q", p.state.Text)
	}
	running := p.clock.Color
	key(w, fyne.KeySpace)
	if !p.state.Visible() || p.state.Text != "Paused" {
		t.Fatalf("after Space paused the timer, the presenter shows %q (visible %v) under the clock", p.state.Text, p.state.Visible())
	}
	if p.clock.Color == running {
		t.Error("the paused clock's digits look the same as when running")
	}
	key(w, fyne.KeySpace)
	if p.state.Visible() && p.state.Text == "Paused" {
		t.Error("the timer runs again but still shows as paused")
	}
}
