package ui

import (
	"fyne.io/fyne/v2"
	fcanvas "fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
	"pathmap/ui/canvas"
)

// toolbar shows the board title, a palette with one button per lane in the
// lane's color, and the file and history actions.
func (w *Window) toolbar() fyne.CanvasObject {
	palette := container.NewHBox()
	for _, l := range board.AllLanes() {
		l := l
		swatch := fcanvas.NewRectangle(canvas.RGBA(l.Fill()))
		swatch.CornerRadius = 4
		swatch.StrokeColor = canvas.Darken(l.Fill(), 0.35)
		swatch.StrokeWidth = 1
		b := widget.NewButton(string(rune('1'+int(l)))+"  "+l.Name(), func() { w.view.AddSticky(l) })
		b.Importance = widget.LowImportance
		palette.Add(container.NewStack(swatch, b))
	}
	actions := widget.NewToolbar(
		widget.NewToolbarAction(theme.FileIcon(), w.files.NewBoard),
		widget.NewToolbarAction(theme.FolderOpenIcon(), w.files.Open),
		widget.NewToolbarAction(theme.DocumentSaveIcon(), w.files.Save),
		widget.NewToolbarSeparator(),
		widget.NewToolbarAction(theme.ContentUndoIcon(), w.edits.Undo),
		widget.NewToolbarAction(theme.ContentRedoIcon(), w.edits.Redo),
		widget.NewToolbarSeparator(),
		widget.NewToolbarAction(theme.ViewRestoreIcon(), w.edits.Tidy),
		widget.NewToolbarAction(theme.ZoomFitIcon(), w.view.Viewport().FitBoard),
		widget.NewToolbarSeparator(),
		widget.NewToolbarAction(theme.DocumentPrintIcon(), w.exporter.ExportPDF),
		widget.NewToolbarAction(theme.HelpIcon(), func() { w.commands.ShowHelp() }),
	)
	rename := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), w.edits.RenameBoard)
	rename.Importance = widget.LowImportance
	return container.NewVBox(
		container.NewBorder(nil, nil, nil, container.NewHBox(rename, actions), w.title),
		palette,
	)
}
