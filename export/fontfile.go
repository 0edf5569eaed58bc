package export

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sync"

	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
)

// Reading the fallback font from a file: a TrueType font (.ttf), or one face
// out of a TrueType collection (.ttc), the form Windows ships its Chinese
// and Japanese fonts in (msyh.ttc, simsun.ttc, msgothic.ttc) and Debian
// its WenQuanYi fonts (fonts-wqy-microhei). gofpdf reads neither
// collections nor CFF (PostScript) outlines, so a face is cut out of the
// collection into a TrueType file of its own, in memory, and a CFF font is
// turned down with a reason the export can repeat.

// cjkProbe is a character every Chinese, Japanese and Korean font has
// (部, "part"): a face that lacks it is no help for CJK text.
const cjkProbe = '\u90E8'

// fallbackCache keeps opened fallback fonts: a CJK font is megabytes, and
// both the PDF and the PNG of one export need it.
var fallbackCache sync.Map // path → fontOpen

type fontOpen struct {
	fb  *Fallback
	err error
}

// openFallback opens the font at path as the fallback, or says why it
// cannot be one.
func openFallback(path string) (*Fallback, error) {
	if f, ok := fallbackCache.Load(path); ok {
		o := f.(fontOpen)
		return o.fb, o.err
	}
	fb, err := readFallback(path)
	fallbackCache.Store(path, fontOpen{fb, err})
	return fb, err
}

func readFallback(path string) (*Fallback, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, errors.New("cannot be read")
	}
	if len(data) >= 4 && string(data[:4]) == "ttcf" {
		return collectionFallback(path, data)
	}
	if !isSFNT(data) {
		return nil, errors.New("is not a TrueType or OpenType font")
	}
	if !hasTable(data, "glyf") {
		return nil, errors.New("has CFF (PostScript) outlines, which the PDF cannot embed")
	}
	ot, err := opentype.Parse(data)
	if err != nil {
		return nil, errors.New("is damaged: " + err.Error())
	}
	return &Fallback{Path: path, Data: data, OT: ot, w: newWidthTable(ot)}, nil
}

// collectionFallback takes the first TrueType face of the collection data
// that has CJK characters, or else its first TrueType face.
func collectionFallback(path string, data []byte) (*Fallback, error) {
	n, err := collectionSize(data)
	if err != nil {
		return nil, err
	}
	var first *Fallback
	cff := 0
	for i := range n {
		// Look at the face's table directory before cutting it out: a
		// collection of CFF faces (Noto CJK: ten faces, 19 MB) is turned
		// down without copying any.
		if at := int(binary.BigEndian.Uint32(data[12+4*i:])); at < len(data) && !hasTable(data[at:], "glyf") {
			cff++
			continue
		}
		face, err := collectionFace(data, i)
		if err != nil {
			return nil, fmt.Errorf("face %d of %d is damaged: %v", i+1, n, err)
		}
		ot, err := opentype.Parse(face)
		if err != nil {
			return nil, fmt.Errorf("face %d of %d is damaged: %v", i+1, n, err)
		}
		fb := &Fallback{Path: path, Face: i, Faces: n, Data: face, OT: ot, w: newWidthTable(ot)}
		if fb.w.has(cjkProbe) {
			return fb, nil
		}
		if first == nil {
			first = fb
		}
	}
	if first != nil {
		return first, nil
	}
	if cff == n {
		if n == 1 {
			return nil, errors.New("is a collection of one face with CFF (PostScript) outlines, which the PDF cannot embed")
		}
		return nil, fmt.Errorf("is a collection of %d faces, all with CFF (PostScript) outlines, which the PDF cannot embed", n)
	}
	return nil, errors.New("has no usable face")
}

// isSFNT reports whether data starts like a TrueType or OpenType font.
func isSFNT(data []byte) bool {
	if len(data) < 12 {
		return false
	}
	switch string(data[:4]) {
	case "\x00\x01\x00\x00", "true", "OTTO":
		return true
	}
	return false
}

// collectionSize is the number of faces in the TrueType collection data.
func collectionSize(data []byte) (int, error) {
	if len(data) < 12 || string(data[:4]) != "ttcf" {
		return 0, errors.New("is not a TrueType collection")
	}
	n := int(binary.BigEndian.Uint32(data[8:]))
	if n < 1 || n > 1000 || 12+4*n > len(data) {
		return 0, fmt.Errorf("is a damaged collection (%d faces)", n)
	}
	return n, nil
}

// collectionFace cuts face i out of the TrueType collection data: a font
// file of its own with the face's tables, which in a collection may be
// shared with other faces and lie anywhere in the file.
func collectionFace(data []byte, i int) ([]byte, error) {
	n, err := collectionSize(data)
	if err != nil {
		return nil, err
	}
	if i < 0 || i >= n {
		return nil, fmt.Errorf("no face %d in a collection of %d", i, n)
	}
	be := binary.BigEndian
	at := int(be.Uint32(data[12+4*i:]))
	if at < 0 || at+12 > len(data) {
		return nil, errors.New("its table directory is outside the file")
	}
	tables := int(be.Uint16(data[at+4:]))
	if at+12+16*tables > len(data) {
		return nil, errors.New("its table directory is cut short")
	}
	size := 12 + 16*tables
	type table struct{ off, length int }
	src := make([]table, tables)
	for t := range tables {
		rec := data[at+12+16*t:]
		off, length := int(be.Uint32(rec[8:])), int(be.Uint32(rec[12:]))
		if off < 0 || length < 0 || off+length > len(data) || off+length < off {
			return nil, fmt.Errorf("table %q is outside the file", rec[:4])
		}
		src[t] = table{off, length}
		size += (length + 3) &^ 3
	}
	out := make([]byte, 12+16*tables, size)
	copy(out, data[at:at+12+16*tables])
	headAt := -1
	for t, tb := range src {
		rec := out[12+16*t:]
		be.PutUint32(rec[8:], uint32(len(out)))
		if string(rec[:4]) == "head" {
			headAt = len(out)
		}
		out = append(out, data[tb.off:tb.off+tb.length]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	// The file's checksum, as a font file of its own must have it.
	if headAt >= 0 && headAt+12 <= len(out) {
		be.PutUint32(out[headAt+8:], 0)
		be.PutUint32(out[headAt+8:], 0xB1B0AFBA-fontChecksum(out))
	}
	return out, nil
}

// fontChecksum is the sum of data as big-endian 32-bit words.
func fontChecksum(data []byte) uint32 {
	var sum uint32
	for i := 0; i+4 <= len(data); i += 4 {
		sum += binary.BigEndian.Uint32(data[i:])
	}
	return sum
}

// familyName is the face's family name, for messages, or "".
func familyName(f *opentype.Font) string {
	var buf sfnt.Buffer
	name, err := f.Name(&buf, sfnt.NameIDFamily)
	if err != nil {
		return ""
	}
	return name
}
