package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// projectorTheme is Fyne's light theme with a little more contrast: rooms
// with a projector wash out pale grays and thin text.
type projectorTheme struct{}

// NewTheme returns the theme pathmap uses.
func NewTheme() fyne.Theme { return projectorTheme{} }

func (projectorTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNameForeground:
		return color.NRGBA{R: 0x11, G: 0x11, B: 0x11, A: 0xff}
	case theme.ColorNameBackground:
		return color.NRGBA{R: 0xf7, G: 0xf7, B: 0xf5, A: 0xff}
	case theme.ColorNameInputBackground:
		return color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0x99}
	}
	return theme.DefaultTheme().Color(n, theme.VariantLight)
}

func (projectorTheme) Font(s fyne.TextStyle) fyne.Resource { return theme.DefaultTheme().Font(s) }

func (projectorTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (projectorTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameText:
		return 15
	case sizePresenterStep, sizePresenterTitle, sizePresenterPrompt:
		// The presenter's own sizes are set by its theme override; a label
		// measured before it sits under that override must still get a
		// real size, never 0 (which crashes Fyne's word wrapping).
		return 15
	}
	return theme.DefaultTheme().Size(n)
}
