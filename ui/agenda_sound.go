package ui

import (
	"bytes"
	"context"
	"encoding/binary"
	"math"
	"os"
	"os/exec"
	"sync"
	"time"
)

// Fyne plays no sound. At the end of a step pathmap plays a short chime
// through whichever command-line player the system has (PipeWire, PulseAudio
// or ALSA), and rings the terminal bell when there is none. The flash on
// screen is the signal that always works; the sound is a bonus that may be
// missing on a locked-down laptop.

var chimePlayers = [][]string{{"pw-play"}, {"paplay"}, {"aplay", "-q"}}

var (
	chimeOnce sync.Once
	chimePath string
)

// playChime plays the chime without waiting for it.
func playChime() {
	go func() {
		chimeOnce.Do(func() {
			// A file of our own, not a fixed name in /tmp that someone
			// else could have planted or own.
			f, err := os.CreateTemp("", "pathmap-chime-*.wav")
			if err != nil {
				return
			}
			_, err = f.Write(chimeWAV())
			if f.Close() == nil && err == nil {
				chimePath = f.Name()
			}
		})
		for _, player := range chimePlayers {
			bin, err := exec.LookPath(player[0])
			if err != nil || chimePath == "" {
				continue
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			err = exec.CommandContext(ctx, bin, append(player[1:], chimePath)...).Run()
			cancel()
			if err == nil {
				return
			}
		}
		os.Stderr.WriteString("\a")
	}()
}

// chimeWAV is two short soft tones (A5 then E6), 16-bit mono PCM.
func chimeWAV() []byte {
	const rate = 22050
	var pcm []int16
	for _, f := range []float64{880, 1318.5} {
		n := rate * 35 / 100
		for i := 0; i < n; i++ {
			t := float64(i) / rate
			env := math.Exp(-4 * t) // a bell's decay, no click at the start
			pcm = append(pcm, int16(0.5*math.MaxInt16*env*math.Sin(2*math.Pi*f*t)))
		}
	}
	var b bytes.Buffer
	le := binary.LittleEndian
	size := uint32(len(pcm) * 2)
	b.WriteString("RIFF")
	binary.Write(&b, le, 36+size)
	b.WriteString("WAVEfmt ")
	// fmt chunk: size, PCM, mono, sample rate, byte rate, block align, bits.
	for _, v := range []any{uint32(16), uint16(1), uint16(1), uint32(rate), uint32(rate * 2), uint16(2), uint16(16)} {
		binary.Write(&b, le, v)
	}
	b.WriteString("data")
	binary.Write(&b, le, size)
	binary.Write(&b, le, pcm)
	return b.Bytes()
}
