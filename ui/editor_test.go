package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pathmap/board"
	"pathmap/workshop"
)

func TestStickyEditor_AHugePasteIsCutBeforeTheTextBoxAndSaysSo(t *testing.T) {
	w := newTestWindow(t, "")
	w.TypedRune('6')
	e := w.view.Editor()
	test.Type(e, "Notes: ")
	clip := fyne.CurrentApp().Clipboard()
	minutes := strings.Repeat("pasted minutes\n", 40000) // 600,000 characters
	clip.SetContent(minutes)
	e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	if n := len([]rune(e.Text)); n != board.MaxTextLength {
		t.Fatalf("the text box holds %d characters, want %d", n, board.MaxTextLength)
	}
	if !strings.HasPrefix(e.Text, "Notes: pasted minutes") {
		t.Fatalf("text box starts %q, want the typed words then the paste", e.Text[:30])
	}
	if !strings.Contains(w.state.Text, "cut to 2,000 characters") || !strings.Contains(w.state.Text, "600,007") {
		t.Fatalf("status = %q, want a note that the paste was cut and how long it was", w.state.Text)
	}
	if clip.Content() != minutes {
		t.Fatal("pasting changed the clipboard")
	}
}

func TestAutosave_TextBeingTypedIsCutToWhatAFileKeeps(t *testing.T) {
	path := filepath.Join(t.TempDir(), "long.pathmap")
	w, ft := newAutosaveWindow(t, path, t.TempDir())
	w.TypedRune('1')
	// Text set from elsewhere than the keyboard is not limited by the box.
	w.view.Editor().SetText(strings.Repeat("x", board.MaxTextLength+500))
	w.ws.Typing()
	ft.advance(workshop.AutosaveMax)
	b, err := board.Load(path)
	if err != nil {
		t.Fatalf("the autosaved board does not open again: %v", err)
	}
	long := 0
	for _, s := range b.Stickies {
		long = max(long, len([]rune(s.Text)))
	}
	if long != board.MaxTextLength {
		t.Fatalf("longest sticky in the file has %d characters, want the text kept up to %d", long, board.MaxTextLength)
	}
}
