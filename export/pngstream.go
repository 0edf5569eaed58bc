package export

import (
	"bytes"
	"cmp"
	"compress/flate"
	"encoding/binary"
	"hash/adler32"
	"hash/crc32"
	"image"
	"io"
	"math"
	"runtime"
	"sync"
)

// image/png needs the whole picture in memory (a 2,000-sticky board at 2×
// is 190 million pixels, 760 MB) and tries five filters on every row. This
// encoder draws the picture in horizontal strips on every core, filters
// each row with "Up" (flat colors make most rows repeat the one above) and
// compresses each strip as its own run of deflate blocks, as pigz does, so
// memory stays at a few strips and both cores work. The same picture gives
// the same bytes whatever the number of cores.

// stripPainter draws the rows dst.Bounds() of the picture into dst. An
// error (a glyph that cannot be drawn) fails the whole picture.
type stripPainter func(dst *image.RGBA) error

// stripBytes is about how much picture one strip holds.
const stripBytes = 4 << 20

// encodeStrips writes a width×height PNG drawn by painters made with
// newPainter, one per worker (painters keep caches that are not safe to
// share), declaring dpi dots per inch so it prints at its intended size.
func encodeStrips(w io.Writer, width, height int, dpi float64, newPainter func() stripPainter) error {
	rows := max(16, stripBytes/(4*width))
	n := (height + rows - 1) / rows
	workers := min(runtime.GOMAXPROCS(0), 4, n)

	type result struct {
		data  []byte
		adler uint32
		size  int64
	}
	// Each strip's result arrives on its own channel so they are written in
	// order.
	out := make([]chan result, n)
	for i := range out {
		out[i] = make(chan result, 1)
	}
	next := make(chan int)
	done := make(chan struct{})
	var wg sync.WaitGroup
	var paintErr error
	var paintMu sync.Mutex
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			paint := newPainter()
			var pix, raw []byte // reused: a strip is megabytes
			fw, _ := flate.NewWriter(nil, flate.BestSpeed)
			for i := range next {
				y0, y1 := i*rows, min(height, (i+1)*rows)
				// One row above the strip, for the Up filter of its first row.
				top := max(0, y0-1)
				pix = grow(pix, 4*width*(y1-top))
				img := &image.RGBA{Pix: pix, Stride: 4 * width, Rect: image.Rect(0, top, width, y1)}
				if err := paint(img); err != nil {
					paintMu.Lock()
					paintErr = cmp.Or(paintErr, err)
					paintMu.Unlock()
				}
				raw = grow(raw, (1+3*width)*(y1-y0))
				filterUp(raw, img, y0, y1)
				var comp bytes.Buffer
				fw.Reset(&comp)
				fw.Write(raw)
				if i == n-1 {
					fw.Close()
				} else {
					fw.Flush() // ends byte-aligned, so the next strip's blocks follow
				}
				select {
				case out[i] <- result{comp.Bytes(), adler32.Checksum(raw), int64(len(raw))}:
				case <-done:
					return
				}
			}
		}()
	}
	// A slot is taken for each strip handed out and given back once it is
	// written: at most 2×workers strips are in memory at once.
	slots := make(chan struct{}, 2*workers)
	go func() {
		defer close(next)
		for i := 0; i < n; i++ {
			select {
			case slots <- struct{}{}:
			case <-done:
				return
			}
			select {
			case next <- i:
			case <-done:
				return
			}
		}
	}()
	err := writePNG(w, width, height, dpi, n, func(i int) ([]byte, uint32, int64) {
		r := <-out[i]
		<-slots
		return r.data, r.adler, r.size
	})
	close(done)
	wg.Wait()
	return cmp.Or(paintErr, err)
}

// writePNG writes the PNG structure around n compressed strips that strip
// returns in order with the Adler-32 checksum and length of their raw data,
// and a pHYs chunk declaring dpi (none when dpi is 0).
func writePNG(w io.Writer, width, height int, dpi float64, n int, strip func(i int) ([]byte, uint32, int64)) error {
	if _, err := w.Write([]byte("\x89PNG\r\n\x1a\n")); err != nil {
		return err
	}
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(width))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(height))
	ihdr[8], ihdr[9] = 8, 2 // 8 bits per sample, RGB: the picture is opaque
	if err := writeChunk(w, "IHDR", ihdr[:]); err != nil {
		return err
	}
	if dpi > 0 {
		// pHYs: pixels per metre on both axes, unit 1 = metre.
		var phys [9]byte
		ppm := uint32(math.Round(dpi / 0.0254))
		binary.BigEndian.PutUint32(phys[0:], ppm)
		binary.BigEndian.PutUint32(phys[4:], ppm)
		phys[8] = 1
		if err := writeChunk(w, "pHYs", phys[:]); err != nil {
			return err
		}
	}
	// zlib header: deflate, 32 KB window, fastest level; then the strips.
	if err := writeChunk(w, "IDAT", []byte{0x78, 0x01}); err != nil {
		return err
	}
	adler := uint32(1)
	for i := 0; i < n; i++ {
		data, a, size := strip(i)
		adler = adler32Combine(adler, a, size)
		if err := writeChunk(w, "IDAT", data); err != nil {
			return err
		}
	}
	var sum [4]byte
	binary.BigEndian.PutUint32(sum[:], adler)
	if err := writeChunk(w, "IDAT", sum[:]); err != nil {
		return err
	}
	return writeChunk(w, "IEND", nil)
}

func writeChunk(w io.Writer, kind string, data []byte) error {
	var head [8]byte
	binary.BigEndian.PutUint32(head[:4], uint32(len(data)))
	copy(head[4:], kind)
	crc := crc32.NewIEEE()
	crc.Write(head[4:])
	crc.Write(data)
	var tail [4]byte
	binary.BigEndian.PutUint32(tail[:], crc.Sum32())
	for _, b := range [][]byte{head[:], data, tail[:]} {
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

// grow returns b resliced to n bytes, reallocated only when too small.
func grow(b []byte, n int) []byte {
	if cap(b) < n {
		return make([]byte, n)
	}
	return b[:n]
}

// filterUp writes rows y0 … y1-1 of img into dst as PNG scanlines with
// filter 2 (Up): each byte minus the one above it, alpha dropped; the row
// above y0 is in img unless y0 is 0. Runs of pixels equal to the row above,
// most of a map, are found with a fast compare and become zeros.
func filterUp(dst []byte, img *image.RGBA, y0, y1 int) {
	w := img.Rect.Dx()
	const chunk = 32 // pixels compared at once
	for y := y0; y < y1; y++ {
		line := dst[(y-y0)*(1+3*w):][:1+3*w]
		line[0] = 2
		out := line[1:]
		cur := img.Pix[img.PixOffset(0, y):][:4*w]
		if y == 0 {
			for x := 0; x < w; x++ {
				out[3*x], out[3*x+1], out[3*x+2] = cur[4*x], cur[4*x+1], cur[4*x+2]
			}
			continue
		}
		up := img.Pix[img.PixOffset(0, y-1):][:4*w]
		for x0 := 0; x0 < w; x0 += chunk {
			x1 := min(w, x0+chunk)
			c, u, o := cur[4*x0:4*x1], up[4*x0:4*x1], out[3*x0:3*x1]
			if bytes.Equal(c, u) {
				clear(o)
				continue
			}
			for i, j := 0, 0; i+3 < len(c) && i+3 < len(u) && j+2 < len(o); i, j = i+4, j+3 {
				o[j] = c[i] - u[i]
				o[j+1] = c[i+1] - u[i+1]
				o[j+2] = c[i+2] - u[i+2]
			}
		}
	}
}

// adler32Combine is the Adler-32 of two pieces of data joined, from each
// piece's checksum and the second one's length (zlib's adler32_combine).
func adler32Combine(a1, a2 uint32, len2 int64) uint32 {
	const base = 65521
	rem := uint64(len2 % base)
	s1 := uint64(a1 & 0xffff)
	s2 := (rem * s1) % base
	s1 += uint64(a2&0xffff) + base - 1
	s2 += uint64(a1>>16) + uint64(a2>>16) + base - rem
	s1 %= base
	s2 %= base
	return uint32(s1 | s2<<16)
}
