package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
	"pathmap/export"
	"pathmap/ui/canvas"
	"pathmap/workshop"
)

// The Export dialog makes the workshop's handouts in one go: the PDF to
// print, pictures of the map and the action list, and the action list as
// Markdown and CSV. Exporting a big board takes a moment, so it runs off
// the UI goroutine, with a progress bar, and the window stays usable.

// exporter opens the Export dialog on the window's board.
type exporter struct {
	ws   *workshop.Session
	win  fyne.Window       // parent of the dialog
	view *canvas.BoardView // to keep text being typed before exporting
}

// ShowExport opens the Export dialog (Ctrl+E).
func (e *exporter) ShowExport() { e.show(nil) }

// ExportPDF opens the Export dialog with only the PDF chosen.
func (e *exporter) ExportPDF() {
	e.show(func(f *exportForm) { f.only(f.pdf) })
}

// ExportPNG opens the Export dialog with only the map picture chosen.
func (e *exporter) ExportPNG() {
	e.show(func(f *exportForm) { f.only(f.png) })
}

func (e *exporter) show(preset func(*exportForm)) {
	e.view.FinishEdit()
	f := e.newForm()
	if preset != nil {
		preset(f)
	}
	d := dialog.NewCustomWithoutButtons("Export handouts", f.content, e.win)
	f.close = d.Hide
	d.Resize(fyne.NewSize(620, 0))
	d.Show()
}

// exportForm is the dialog's content and what it does, apart from the
// dialog so tests can fill it in and press Export.
type exportForm struct {
	ws                        *workshop.Session
	win                       fyne.Window
	pdf, png, actionsPNG, md  *dialogCheck
	csv                       *dialogCheck
	paper                     *dialogSelect
	layout, scale             *widget.RadioGroup
	folder, name              *dialogEntry
	progress                  *widget.ProgressBar
	status                    *widget.Label
	exportButton, closeButton *widget.Button
	content                   fyne.CanvasObject
	close                     func()
	onDone                    func(export.Result, error) // tests wait on it
	fonts                     export.FontSearch          // tests inject; nil searches the machine
	lastResult                export.Result
	lastErr                   error
}

// Labels of the layout and scale choices.
const (
	layoutFit    = "Fit the map on one page"
	layoutPoster = "Poster: legible size over several pages"
)

var scaleChoices = []string{"1×", "2×", "4×"}

func (e *exporter) newForm() *exportForm {
	f := &exportForm{ws: e.ws, win: e.win, close: func() {}}
	f.pdf = newDialogCheck("PDF: map and action list, to print", nil)
	f.png = newDialogCheck("PNG picture of the map", nil)
	f.actionsPNG = newDialogCheck("PNG picture of the action list", nil)
	f.md = newDialogCheck("Markdown action list, for e-mail or a wiki", nil)
	f.csv = newDialogCheck("CSV of the actions, for a tracker", nil)
	f.pdf.SetChecked(true)
	f.png.SetChecked(true)
	f.csv.SetChecked(true)
	var papers []string
	for _, p := range export.Papers {
		papers = append(papers, string(p))
	}
	f.paper = newDialogSelect(papers, nil)
	f.paper.SetSelected(string(export.A4))
	f.layout = widget.NewRadioGroup([]string{layoutFit, layoutPoster}, nil)
	f.layout.SetSelected(layoutFit)
	f.layout.Required = true
	f.scale = widget.NewRadioGroup(scaleChoices, nil)
	f.scale.Horizontal = true
	f.scale.Required = true
	releaseAfterChoice(f.layout)
	releaseAfterChoice(f.scale)
	f.scale.SetSelected("2×")

	dir, base := exportPlace(e.ws)
	f.folder = newDialogEntry()
	f.folder.SetText(dir)
	f.name = newDialogEntry()
	f.name.SetText(base)
	browse := widget.NewButton("Choose…", f.chooseFolder)

	f.progress = widget.NewProgressBar()
	f.progress.Hide()
	f.status = widget.NewLabel("")
	f.status.Wrapping = fyne.TextWrapWord
	f.exportButton = widget.NewButton("Export", f.start)
	f.exportButton.Importance = widget.HighImportance
	f.closeButton = widget.NewButton("Close", func() { f.close() })

	formats := container.NewVBox(f.pdf, f.png, f.actionsPNG, f.md, f.csv)
	form := widget.NewForm(
		widget.NewFormItem("Formats", formats),
		widget.NewFormItem("Paper (PDF)", f.paper),
		widget.NewFormItem("Map (PDF)", f.layout),
		widget.NewFormItem("Scale (PNG)", f.scale),
		widget.NewFormItem("Folder", container.NewBorder(nil, nil, nil, browse, f.folder)),
		widget.NewFormItem("File names", f.name),
	)
	buttons := container.NewHBox(layout.NewSpacer(), f.closeButton, f.exportButton)
	f.content = container.NewVBox(form, f.progress, f.status, buttons)
	return f
}

// only leaves just c checked.
func (f *exportForm) only(c *dialogCheck) {
	for _, x := range []*dialogCheck{f.pdf, f.png, f.actionsPNG, f.md, f.csv} {
		x.SetChecked(x == c)
	}
}

// exportPlace suggests where the files go: next to the board file, named
// after it; for a board never saved, the home folder and the board's title.
func exportPlace(ws *workshop.Session) (dir, base string) {
	if p := ws.Path(); p != "" {
		return filepath.Dir(p), strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
	}
	dir, err := os.UserHomeDir()
	if err != nil {
		dir = "."
	}
	return dir, strings.TrimSuffix(suggestName(ws, ".pdf"), ".pdf")
}

func (f *exportForm) chooseFolder() {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err == nil && u != nil {
			f.folder.SetText(u.Path())
		}
	}, f.win)
	if l, err := storage.ListerForURI(storage.NewFileURI(f.folder.Text)); err == nil {
		d.SetLocation(l)
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// job turns the form into an export of b.
func (f *exportForm) job(b *board.Board) (export.Job, error) {
	dir := strings.TrimSpace(f.folder.Text)
	base := strings.TrimSpace(f.name.Text)
	if dir == "" {
		return export.Job{}, fmt.Errorf("choose a folder to export to")
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return export.Job{}, fmt.Errorf("%s: there is no such folder", dir)
	}
	if base == "" || strings.ContainsAny(base, `/\`) {
		return export.Job{}, fmt.Errorf("give the files a name without slashes")
	}
	pdf, png, actionsPNG, md, csv := export.DefaultNames(dir, base)
	pick := func(c *dialogCheck, path string) string {
		if c.Checked {
			return path
		}
		return ""
	}
	j := export.Job{
		Board: b, PDF: pick(f.pdf, pdf), PNG: pick(f.png, png), ActionsPNG: pick(f.actionsPNG, actionsPNG),
		Markdown: pick(f.md, md), CSV: pick(f.csv, csv),
		Paper: export.Paper(f.paper.Selected), Poster: f.layout.Selected == layoutPoster, Fonts: f.fonts,
	}
	switch f.scale.Selected {
	case "1×":
		j.Scale = 1
	case "4×":
		j.Scale = 4
	default:
		j.Scale = 2
	}
	if j.PDF+j.PNG+j.ActionsPNG+j.Markdown+j.CSV == "" {
		return export.Job{}, fmt.Errorf("choose at least one format")
	}
	return j, nil
}

// start exports a copy of the board as it is now on another goroutine;
// widgets change only inside fyne.Do.
func (f *exportForm) start() {
	j, err := f.job(f.ws.Document().Board().Clone())
	if err != nil {
		f.finish(export.Result{}, err)
		return
	}
	f.exportButton.Disable()
	f.progress.SetValue(0)
	f.progress.Show()
	f.status.SetText("Exporting…")
	j.Progress = func(done, total int, path string) {
		fyne.Do(func() {
			f.progress.SetValue(float64(done) / float64(total))
			if path != "" {
				f.status.SetText("Making " + filepath.Base(path) + "…")
			}
		})
	}
	go func() {
		res, err := export.Run(j)
		fyne.Do(func() { f.finish(res, err) })
	}()
}

// finish shows where the files went, or what went wrong, in the dialog.
func (f *exportForm) finish(res export.Result, err error) {
	f.lastResult, f.lastErr = res, err
	f.exportButton.Enable()
	f.progress.Hide()
	switch {
	case err != nil:
		f.status.SetText("Not exported: " + err.Error())
		f.status.Importance = widget.DangerImportance
	default:
		var names []string
		for _, p := range res.Written {
			names = append(names, filepath.Base(p))
		}
		dir := ""
		if len(res.Written) > 0 {
			dir = filepath.Dir(res.Written[0])
		}
		msg := fmt.Sprintf("Saved to %s: %s.", dir, strings.Join(names, ", "))
		f.status.Importance = widget.MediumImportance
		if w := res.Warning(); w != "" {
			msg += "\nWarning: " + w + "."
			f.status.Importance = widget.WarningImportance
		}
		f.status.SetText(msg)
	}
	f.status.Refresh()
	if f.onDone != nil {
		f.onDone(res, err)
	}
}
