package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

func TestPresenter_F5HidesChromeAndShowsStepLarge(t *testing.T) {
	w, _, _ := newSessionWindow(t)
	w.win.Resize(fyne.NewSize(1920, 1080))
	w.session.ToggleAgendaPanel()
	key(w, fyne.KeyF5)
	s := w.session
	if !w.session.Presenting() || s.top.Visible() || s.bottom.Visible() || s.panel.Visible() || s.prompt.root.Visible() {
		t.Fatal("presenter mode left editing chrome on screen")
	}
	if !s.presenter.root.Visible() || !w.view.Visible() {
		t.Fatal("presenter mode does not show the step band and the board")
	}
	if w.win.MainMenu() != nil {
		t.Fatal("the menu bar is still shown in presenter mode")
	}
	h := w.win.Canvas().Size().Height
	if size := s.presenter.clock.TextSize; size*0.7 < h/8 {
		t.Fatalf("clock type %v px on a %v px screen: digits under 1/8 of the height", size, h)
	}
	if s.presenter.clock.Text != "05:00" || !strings.Contains(s.presenter.title.Text, "Start and final") || s.presenter.prompt.Text == "" {
		t.Fatalf("presenter shows %q / %q / %q", s.presenter.clock.Text, s.presenter.title.Text, s.presenter.prompt.Text)
	}
	key(w, fyne.KeyPageDown)
	if !strings.Contains(s.presenter.title.Text, "Brainstorm") {
		t.Fatalf("PageDown in presenter mode: title %q", s.presenter.title.Text)
	}
	key(w, fyne.KeyEscape)
	if w.session.Presenting() || !s.top.Visible() || !s.panel.Visible() || w.win.MainMenu() == nil {
		t.Fatal("Escape did not bring the editing window back")
	}
}

func TestPresenter_F5TogglesBack(t *testing.T) {
	w, _, _ := newSessionWindow(t)
	key(w, fyne.KeyF5)
	key(w, fyne.KeyF5)
	if w.session.Presenting() || !w.session.bottom.Visible() {
		t.Fatal("second F5 did not leave presenter mode")
	}
}

// A long title and prompt must stay inside the band on a small projector,
// not run over the board.
func TestPresenter_LongPromptFitsInTheBand(t *testing.T) {
	w, _, _ := newSessionWindow(t)
	w.win.Resize(fyne.NewSize(1280, 720))
	w.session.goTo(3) // the walkthrough: the longest title and prompt
	key(w, fyne.KeyF5)
	p := w.session.presenter
	band := p.root.Size().Height
	if band == 0 || band > 0.45*720+1 {
		t.Fatalf("band is %v px high on a 720 px screen", band)
	}
	if bottom := p.text.Position().Y + p.text.MinSize().Height; bottom > band {
		t.Fatalf("the words end at %v px, below the %v px band", bottom, band)
	}
	if p.clock.TextSize*0.7 < 720.0/8 {
		t.Fatalf("clock type %v px is too small for a 720 px screen", p.clock.TextSize)
	}
}

// Before the window has a size, the presenter's type sizes are 0; a label
// laid out at size 0 crashed Fyne's word wrapping (division by zero).
func TestPresenterTheme_NeverGivesTextSizeZero(t *testing.T) {
	th := &presenterTheme{sizes: map[fyne.ThemeSizeName]float32{sizePresenterTitle: 0}}
	for _, n := range []fyne.ThemeSizeName{sizePresenterTitle, sizePresenterPrompt, sizePresenterStep} {
		if th.Size(n) < 1 {
			t.Errorf("size %s = %v", n, th.Size(n))
		}
	}
}
