package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"pathmap/assets"
	"pathmap/board"
	"pathmap/export"
)

const usage = `pathmap — run a Path to Production Mapping workshop on a board of stickies.

Usage:
  pathmap                      open a new board
  pathmap FILE.pathmap         open FILE, or start a new board that Save writes to FILE
  pathmap sample FILE.pathmap  write the built-in sample board to FILE (never overwrites)
  pathmap export [--pdf F] [--png F] [--actions-png F] [--md F] [--csv F]
                 [--paper A4|A3|Letter|Tabloid] [--poster] [--scale N] FILE.pathmap
                               export without opening a window (works with no display)
  pathmap --help | --version

Export writes the handouts of a board:
  --pdf F          the map and the action list, landscape on --paper (A4 unless
                   given); the map fit to one page, or with --poster at a
                   legible size over several pages to tape together
  --png F          a picture of the map, --scale pixels per board unit (1, 2, 4)
  --actions-png F  a picture of the action list
  --md F, --csv F  the action list as Markdown; the actions as CSV (action,
                   owner, due, event, status) for a tracker
It exits with status 0 on success, after a one-line warning on stderr if some
characters print as empty boxes for lack of a font; on any problem it prints
one line naming the file and what is wrong, exits with status 1, writes no
output file and changes no input file.
`

// windowOpener starts the GUI; tests pass a fake one.
type windowOpener func(path string, b *board.Board, loadErr error)

// run carries out one command line and returns the exit status.
func run(args []string, stdout, stderr io.Writer, open windowOpener) int {
	fail := func(err error) int {
		fmt.Fprintln(stderr, "pathmap: "+err.Error())
		return 1
	}
	if len(args) > 0 {
		switch args[0] {
		case "-h", "-help", "--help", "help":
			fmt.Fprint(stdout, usage)
			return 0
		case "--version", "version":
			fmt.Fprintln(stdout, "pathmap", version)
			return 0
		case "sample":
			if len(args) != 2 {
				return fail(errors.New("sample needs one file name: pathmap sample FILE.pathmap"))
			}
			if err := writeSample(args[1]); err != nil {
				return fail(err)
			}
			fmt.Fprintln(stdout, "Wrote the sample board to "+args[1])
			return 0
		case "export":
			if err := runExport(args[1:], stdout, stderr); err != nil {
				return fail(err)
			}
			return 0
		}
	}
	if len(args) > 1 {
		return fail(fmt.Errorf("too many arguments %q; see pathmap --help", args))
	}
	if len(args) == 1 && len(args[0]) > 1 && args[0][0] == '-' {
		return fail(fmt.Errorf("unknown option %s; see pathmap --help", args[0]))
	}
	path, b, err := boardToOpen(args)
	open(path, b, err)
	return 0
}

// boardToOpen decides what the window starts on. A missing file is a new
// board that will be saved there; a file that fails to load gives a new,
// untitled board and the error, so the bad file is never written over. A
// damaged board that could be repaired opens, bound to its file, with a
// *board.Repaired error listing the repairs for the window to show.
func boardToOpen(args []string) (string, *board.Board, error) {
	if len(args) == 0 {
		return "", board.New(), nil
	}
	path := args[0]
	b, repairs, err := board.LoadWithReport(path)
	switch {
	case err == nil && len(repairs) > 0:
		return path, b, &board.Repaired{Path: path, Repairs: repairs}
	case err == nil:
		return path, b, nil
	case errors.Is(err, fs.ErrNotExist):
		return path, board.New(), nil
	}
	return "", board.New(), err
}

// writeSample writes the sample board to path unless something is there.
func writeSample(path string) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s: already exists; the sample is only written to a new file", path)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return &board.FileError{Path: path, Err: errors.Unwrap(err)}
	}
	// O_EXCL never replaces a file; a failed write removes the half file.
	_, err = f.Write(assets.SampleBoard)
	if err == nil {
		err = f.Sync()
	}
	if err != nil {
		f.Close()
		os.Remove(path)
		return &board.FileError{Path: path, Err: err}
	}
	if err := f.Close(); err != nil {
		os.Remove(path)
		return &board.FileError{Path: path, Err: err}
	}
	return nil
}

// exportUsage is the synopsis of `pathmap export`, repeated in its errors.
const exportUsage = "pathmap export [--pdf F] [--png F] [--actions-png F] [--md F] [--csv F] [--paper A4|A3|Letter|Tabloid] [--poster] [--scale N] FILE.pathmap"

// runExport carries out `pathmap export`: it says on stdout which files it
// wrote and, when some characters print as empty boxes, warns on stderr in
// one line; an error it returns for run to print.
func runExport(args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("export", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	pdf := fl.String("pdf", "", "write the map and action list to this PDF file")
	png := fl.String("png", "", "write the map to this PNG file")
	actionsPNG := fl.String("actions-png", "", "write the action list to this PNG file")
	md := fl.String("md", "", "write the action list to this Markdown file")
	csvOut := fl.String("csv", "", "write the actions to this CSV file")
	paper := fl.String("paper", "A4", "PDF paper size")
	poster := fl.Bool("poster", false, "print the map as a poster over several pages")
	scale := fl.Float64("scale", 1, "PNG pixels per board unit")
	if err := fl.Parse(args); err != nil {
		return fmt.Errorf("export: %v; usage: %s", err, exportUsage)
	}
	if fl.NArg() != 1 {
		return errors.New("export needs one board file: " + exportUsage)
	}
	in := fl.Arg(0)
	outs := []string{*pdf, *png, *actionsPNG, *md, *csvOut}
	if strings.Join(outs, "") == "" {
		return fmt.Errorf("%s: nothing to export; give at least one of --pdf, --png, --actions-png, --md, --csv", in)
	}
	p, err := export.ParsePaper(*paper)
	if err != nil {
		return fmt.Errorf("export: %v", err)
	}
	if !(*scale > 0 && *scale <= export.MaxPNGScale) {
		return fmt.Errorf("export: --scale %g is out of range: use more than 0 and at most %g (1, 2 or 4 are usual)", *scale, export.MaxPNGScale)
	}
	for _, out := range outs {
		if out != "" && sameFile(in, out) {
			return fmt.Errorf("%s: refusing to export over the board file itself", out)
		}
	}
	b, err := board.Load(in)
	if err != nil {
		return err
	}
	res, err := export.Run(export.Job{Board: b, PDF: *pdf, PNG: *png, ActionsPNG: *actionsPNG, Markdown: *md, CSV: *csvOut,
		Paper: p, Poster: *poster, Scale: *scale})
	if err != nil {
		return err
	}
	if w := res.Warning(); w != "" {
		fmt.Fprintln(stderr, "pathmap: warning: "+w)
	}
	fmt.Fprintln(stdout, "Wrote "+strings.Join(res.Written, ", "))
	return nil
}

// sameFile reports whether a and b name the same file, existing or not.
func sameFile(a, b string) bool {
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(ia, ib)
	}
	pa, _ := filepath.Abs(a)
	pb, _ := filepath.Abs(b)
	return pa == pb
}
