package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"pathmap/assets"
	"pathmap/board"
	"pathmap/export"
)

const (
	appID   = "org.pathmap.app"
	version = "0.1.0"
)

const usage = `pathmap — run a Path to Production Mapping workshop on a board of stickies.

Usage:
  pathmap                      open a new board
  pathmap FILE.pathmap         open FILE, or start a new board that Save writes to FILE
  pathmap sample FILE.pathmap  write the built-in sample board to FILE (never overwrites)
  pathmap export [--pdf OUT.pdf] [--png OUT.png] FILE.pathmap
                               export without opening a window (works with no display)
  pathmap --help | --version

Export writes the map and the action list to a PDF (page 1 the map, page 2
the actions, questions and pain points) and the map to a PNG. It exits with
status 0 on success; on any problem it prints one line naming the file and
what is wrong, exits with status 1, and changes no input file.
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
			if err := runExport(args[1:]); err != nil {
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
// untitled board and the error, so the bad file is never written over.
func boardToOpen(args []string) (string, *board.Board, error) {
	if len(args) == 0 {
		return "", board.New(), nil
	}
	path := args[0]
	b, err := board.Load(path)
	switch {
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
	if _, err := f.Write(assets.SampleBoard); err != nil {
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

// runExport carries out `pathmap export`.
func runExport(args []string) error {
	fl := flag.NewFlagSet("export", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	pdf := fl.String("pdf", "", "write the map and action list to this PDF file")
	png := fl.String("png", "", "write the map to this PNG file")
	if err := fl.Parse(args); err != nil {
		return fmt.Errorf("export: %v; usage: pathmap export [--pdf OUT.pdf] [--png OUT.png] FILE.pathmap", err)
	}
	if fl.NArg() != 1 {
		return errors.New("export needs one board file: pathmap export [--pdf OUT.pdf] [--png OUT.png] FILE.pathmap")
	}
	in := fl.Arg(0)
	if *pdf == "" && *png == "" {
		return fmt.Errorf("%s: nothing to export; give --pdf OUT.pdf and/or --png OUT.png", in)
	}
	for _, out := range []string{*pdf, *png} {
		if out != "" && sameFile(in, out) {
			return fmt.Errorf("%s: refusing to export over the board file itself", out)
		}
	}
	b, err := board.Load(in)
	if err != nil {
		return err
	}
	if *pdf != "" {
		if err := export.WriteFile(*pdf, func(w io.Writer) error { return export.PDF(w, b, export.PDFOptions{}) }); err != nil {
			return err
		}
	}
	if *png != "" {
		if err := export.WriteFile(*png, func(w io.Writer) error { return export.PNG(w, b, 1) }); err != nil {
			return err
		}
	}
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
