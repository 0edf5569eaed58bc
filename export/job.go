package export

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"pathmap/board"
)

// Job is one export run: which files to write from one board, and how. The
// command line and the Export dialog both run exports through it, so they
// write the same files and report problems the same way.
type Job struct {
	Board *board.Board
	// Output paths; "" skips that format.
	PDF, PNG, ActionsPNG, Markdown, CSV string
	// Paper and Poster lay out the PDF (see PDFOptions).
	Paper  Paper
	Poster bool
	// Scale is the PNGs' pixels per board unit; zero means 1.
	Scale float64
	// Created dates the PDF and the pictures; zero means now.
	Created time.Time
	// Fonts finds the fallback font; nil searches the machine.
	Fonts FontSearch
	// Progress, when set, is told before each file is made: done files of
	// total so far, and the file about to be made. It is called on the
	// goroutine running the job.
	Progress func(done, total int, path string)
}

// Result is what a successful Job did.
type Result struct {
	// Written lists the files written, in the order of Job's fields.
	Written []string
	// Missing lists the characters no installed font could draw; they
	// print as empty boxes. Nil when everything could be drawn.
	Missing []rune
	// Fonts is what the search for a fallback font did: the machine's
	// search when the job searched the machine, or only the font given.
	Fonts *FontLookup
}

// Warning is one line describing Missing for a person, or "" when nothing
// is missing: which characters print as empty boxes and what helps.
func (r Result) Warning() string {
	if len(r.Missing) == 0 {
		return ""
	}
	var shown []string
	for i, c := range r.Missing {
		if i == 12 {
			shown = append(shown, fmt.Sprintf("and %d more", len(r.Missing)-12))
			break
		}
		shown = append(shown, fmt.Sprintf("%c (U+%04X)", c, c))
	}
	noun := "characters print as empty boxes"
	if len(r.Missing) == 1 {
		noun = "character prints as an empty box"
	}
	why := "NotoSans has no glyph for them and no other font was given"
	if r.Fonts != nil {
		why = r.Fonts.explain()
	}
	return fmt.Sprintf("%d %s: %s; %s; install a TrueType font that has them (Debian: fonts-droid-fallback or fonts-wqy-microhei for Chinese, Japanese and Korean) and export again",
		len(r.Missing), noun, strings.Join(shown, ", "), why)
}

// output is one file of a job.
type output struct {
	path  string
	write func(io.Writer) error
}

// Run carries out j, all or nothing. Every file is made in memory first,
// then written to a temporary file next to its target; only when all of
// them are on disk do they replace their targets (board.WriteFilesAtomic).
// A failed export leaves no half-written file and no new or changed file.
// A target that is a folder, a device, a pipe or a read-only file is
// refused before anything is made. Errors name the file: "OUT.pdf:
// <problem>".
func Run(j Job) (Result, error) {
	if j.Board == nil {
		return Result{}, errNoBoard
	}
	var outs []output
	add := func(path string, write func(io.Writer) error) {
		if path != "" {
			outs = append(outs, output{path, write})
		}
	}
	scale := j.Scale
	if scale == 0 {
		scale = 1
	}
	// Search once for all files.
	var lookup *FontLookup
	var fb *Fallback
	if j.Fonts == nil {
		l := SystemFontLookup()
		lookup, fb = &l, l.Found
	} else if fb = j.Fonts(); fb != nil {
		lookup = &FontLookup{Found: fb}
	}
	fixed := func() *Fallback { return fb }
	b := j.Board
	add(j.PDF, func(w io.Writer) error {
		return PDF(w, b, PDFOptions{Created: j.Created, Paper: j.Paper, Poster: j.Poster, Fonts: fixed})
	})
	add(j.PNG, func(w io.Writer) error {
		return MapPNG(w, b, PNGOptions{Scale: scale, Fonts: fixed, Created: j.Created})
	})
	add(j.ActionsPNG, func(w io.Writer) error {
		return ActionsPNG(w, b, PNGOptions{Scale: scale, Fonts: fixed, Created: j.Created})
	})
	add(j.Markdown, func(w io.Writer) error { return Markdown(w, b) })
	add(j.CSV, func(w io.Writer) error { return CSV(w, b) })
	if len(outs) == 0 {
		return Result{}, errors.New("nothing to export: choose at least one format")
	}
	if err := distinctPaths(outs); err != nil {
		return Result{}, err
	}
	// A folder, a device or a read-only file among the targets fails the
	// job before anything is made.
	for _, o := range outs {
		if err := board.CheckWritable(o.path); err != nil {
			return Result{}, err
		}
	}
	made := make([][]byte, len(outs))
	for i, o := range outs {
		if j.Progress != nil {
			j.Progress(i, len(outs), o.path)
		}
		var buf bytes.Buffer
		if err := o.write(&buf); err != nil {
			var fe *board.FileError
			if errors.As(err, &fe) {
				return Result{}, err
			}
			return Result{}, &board.FileError{Path: o.path, Err: err}
		}
		made[i] = buf.Bytes()
	}
	res := Result{Missing: Unprintable(b, fb), Fonts: lookup}
	files := make([]board.FileData, len(outs))
	for i, o := range outs {
		files[i] = board.FileData{Path: o.path, Data: made[i]}
	}
	if err := board.WriteFilesAtomic(files); err != nil {
		return res, err
	}
	for _, o := range outs {
		res.Written = append(res.Written, o.path)
	}
	if j.Progress != nil {
		j.Progress(len(outs), len(outs), "")
	}
	return res, nil
}

// distinctPaths refuses two formats written to one file: the second would
// silently replace the first.
func distinctPaths(outs []output) error {
	seen := map[string]bool{}
	for _, o := range outs {
		abs, err := filepath.Abs(o.path)
		if err != nil {
			abs = o.path
		}
		if seen[abs] {
			return fmt.Errorf("%s: two formats would be written to this one file", o.path)
		}
		seen[abs] = true
	}
	return nil
}

// DefaultNames returns the file names an export to folder dir uses for a
// board saved as base (a name without extension): base.pdf, base.png,
// base-actions.png, base-actions.md and base-actions.csv.
func DefaultNames(dir, base string) (pdf, png, actionsPNG, md, csv string) {
	p := func(suffix string) string { return filepath.Join(dir, base+suffix) }
	return p(".pdf"), p(".png"), p("-actions.png"), p("-actions.md"), p("-actions.csv")
}
