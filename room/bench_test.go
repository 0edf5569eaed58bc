package room

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkRoom_SubmitToApplied measures what a phone waits between
// sending a sticky and hearing it is on the board, with 50 phones sending
// without pause over loopback: the default gap between room edits, and a
// longer one, to show what the batching costs a phone.
func BenchmarkRoom_SubmitToApplied(b *testing.B) {
	for _, batch := range []time.Duration{DefaultBatch, 100 * time.Millisecond} {
		b.Run("batch="+batch.String(), func(b *testing.B) {
			const phones = 50
			r, _ := openTestRoom(b, Options{Batch: batch, PostEvery: time.Microsecond, PostBurst: 1 << 20})
			clients := make([]*http.Client, phones)
			for i := range clients {
				clients[i] = joined(b, r, "")
			}
			var next atomic.Int64
			lat := make([][]time.Duration, phones)
			b.ResetTimer()
			var wg sync.WaitGroup
			for p := 0; p < phones; p++ {
				wg.Add(1)
				go func(p int) {
					defer wg.Done()
					for {
						n := next.Add(1)
						if n > int64(b.N) {
							return
						}
						start := time.Now()
						got := send(b, clients[p], "POST", r.URL()+"/sticky", fmt.Sprintf(`{"id":"bench-%016d","text":"Sticky %d","lane":"systems"}`, n, n))
						if got.body["status"] != string(Applied) {
							b.Errorf("sticky %d: %d %v", n, got.status, got.body)
							return
						}
						lat[p] = append(lat[p], time.Since(start))
					}
				}(p)
			}
			wg.Wait()
			b.StopTimer()
			var all []time.Duration
			for _, l := range lat {
				all = append(all, l...)
			}
			sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
			if len(all) > 0 {
				b.ReportMetric(float64(all[len(all)/2])/1e6, "p50-ms")
				b.ReportMetric(float64(all[len(all)*99/100])/1e6, "p99-ms")
			}
		})
	}
}

// BenchmarkRoom_MemoryPerPhone measures the room's memory for each phone
// that has joined and holds the live feed open.
func BenchmarkRoom_MemoryPerPhone(b *testing.B) {
	const phones = 50
	for i := 0; i < b.N; i++ {
		r, _ := openTestRoom(b, Options{})
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		conns := make([]net.Conn, phones)
		for p := range conns {
			c := joined(b, r, fmt.Sprintf("Phone %d", p))
			u := r.URL()
			var cookie string
			for _, ck := range c.Jar.Cookies(mustURL(u + "/events")) {
				cookie = ck.Name + "=" + ck.Value
			}
			conn, err := net.Dial("tcp", r.Addr())
			if err != nil {
				b.Fatal(err)
			}
			path := u[strings.Index(u, "/t/"):]
			fmt.Fprintf(conn, "GET %s/events HTTP/1.1\r\nHost: %s\r\nCookie: %s\r\nAccept: text/event-stream\r\n\r\n", path, r.Addr(), cookie)
			br := bufio.NewReader(conn)
			for { // wait for the first message: the feed is up
				line, err := br.ReadString('\n')
				if err != nil {
					b.Fatal(err)
				}
				if strings.HasPrefix(line, "event: state") {
					break
				}
			}
			conns[p] = conn
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		used := (after.HeapInuse + after.StackInuse) - (before.HeapInuse + before.StackInuse)
		b.ReportMetric(float64(used)/phones/1024, "KiB/phone")
		for _, c := range conns {
			c.Close()
		}
		r.Close()
	}
}
