package room

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"pathmap/board"
)

// flakyPost posts body until the room answers 200, the way the page does:
// the same id on every try, waiting after a 429. On the way, a random
// share of tries is cut off mid-flight (a phone walking out of Wi-Fi
// range), so the room may have taken a request whose answer was lost.
var dropped atomic.Int64

func flakyPost(c *http.Client, rng *rand.Rand, url, body string) (map[string]any, error) {
	for try := 0; try < 200; try++ {
		ctx, cancel := context.WithCancel(context.Background())
		if rng.IntN(5) == 0 {
			ctx, cancel = context.WithTimeout(context.Background(), time.Duration(rng.IntN(30))*time.Millisecond)
		}
		req, _ := http.NewRequestWithContext(ctx, "POST", url, strings.NewReader(body))
		res, err := c.Do(req)
		if err != nil {
			cancel()
			dropped.Add(1)
			continue // dropped: try again with the same id
		}
		data, err := io.ReadAll(res.Body)
		res.Body.Close()
		cancel()
		if err != nil {
			continue
		}
		switch res.StatusCode {
		case http.StatusOK:
			var out map[string]any
			_ = json.Unmarshal(data, &out)
			switch out["status"] {
			case string(Sending):
				continue // not applied yet: ask again
			case string(Rejected):
				return out, fmt.Errorf("%s: rejected", body)
			}
			return out, nil
		case http.StatusTooManyRequests:
			time.Sleep(time.Duration(5+rng.IntN(20)) * time.Millisecond)
			continue
		}
		return nil, fmt.Errorf("%s: %d %s", body, res.StatusCode, data)
	}
	return nil, fmt.Errorf("%s: gave up", body)
}

func TestRoom_LoadFiftyPhonesLoseNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("load test")
	}
	const phones, each = 50, 20
	r, f := openTestRoom(t, Options{Batch: 20 * time.Millisecond, PostEvery: 20 * time.Millisecond, PostBurst: 5})
	budget := f.board().Settings.Votes()
	var wg sync.WaitGroup
	errs := make(chan error, phones)
	for p := 0; p < phones; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(p), 7))
			c := newPhone()
			if _, err := flakyPost(c, rng, r.URL()+"/hello", `{"nick":"p`+fmt.Sprint(p)+`"}`); err != nil {
				errs <- err
				return
			}
			lanes := []string{"events", "systems", "teams", "pain", "timings", "actions"}
			for i := 0; i < each; i++ {
				body := fmt.Sprintf(`{"id":"load-%03d-%03d-xxxxxxxx","text":"Phone %d sticky %d","lane":%q,"under":3}`, p, i, p, i, lanes[rng.IntN(len(lanes))])
				if _, err := flakyPost(c, rng, r.URL()+"/sticky", body); err != nil {
					errs <- err
					return
				}
			}
			// Every vote of the budget, one taken back and moved, and one
			// more than the budget, which must be refused.
			mine := map[int]int{}
			n := 0
			vote := func(sticky, delta int) error {
				n++
				_, err := flakyPost(c, rng, r.URL()+"/vote", fmt.Sprintf(`{"id":"vote-%03d-%03d-xxxxxxxx","sticky":%d,"delta":%d}`, p, n, sticky, delta))
				if err == nil {
					mine[sticky] += delta
				}
				return err
			}
			for i := 0; i < budget; i++ {
				if err := vote(4+rng.IntN(2), 1); err != nil {
					errs <- err
					return
				}
			}
			if err := vote(4, 1); err == nil || !strings.Contains(err.Error(), "409") {
				errs <- fmt.Errorf("phone %d: a vote over the budget was not refused: %v", p, err)
				return
			}
			from := 4
			if mine[4] == 0 {
				from = 5
			}
			if err := vote(from, -1); err != nil {
				errs <- err
				return
			}
			// 409 here is right when a late try of the refused vote got in
			// after all: the budget is full; the checks below count it.
			if err := vote(9-from, 1); err != nil && !strings.Contains(err.Error(), " 409 ") {
				errs <- err
				return
			}
		}(p)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if dropped.Load() < 100 {
		t.Fatalf("only %d requests were dropped: the test did not exercise retries", dropped.Load())
	}
	t.Logf("%d requests dropped and retried", dropped.Load())
	b := f.board()
	seen := map[string]int{}
	room := 0
	for _, s := range b.Stickies {
		if s.FromRoom {
			room++
			seen[s.Text]++
		}
	}
	lost, doubled := 0, 0
	for p := 0; p < phones; p++ {
		for i := 0; i < each; i++ {
			switch seen[fmt.Sprintf("Phone %d sticky %d", p, i)] {
			case 0:
				lost++
			case 1:
			default:
				doubled++
			}
		}
	}
	if room != phones*each || lost != 0 || doubled != 0 {
		t.Fatalf("%d room stickies on the board, %d lost, %d duplicated; want %d, 0, 0", room, lost, doubled, phones*each)
	}
	// A try the phone gave up on may still reach the room after its
	// retry was answered, so the room's count is the truth the phone's
	// page shows (its live feed carries it); it must match the board.
	want, total := map[int]int{}, 0
	for _, p := range r.People() {
		if p.Votes > budget {
			t.Errorf("participant %d holds %d votes, over the budget %d", p.ID, p.Votes, budget)
		}
		total += p.Votes
	}
	r.mu.Lock()
	for _, p := range r.byID {
		for id, n := range p.votes {
			want[id] += n
		}
	}
	r.mu.Unlock()
	for _, id := range []int{4, 5} {
		if s, _ := b.Sticky(id); s.Votes != want[id] {
			t.Errorf("pain point %d has %d votes on the board, the room counts %d", id, s.Votes, want[id])
		}
	}
	if board.VotesCast(b) != total || total < phones*(budget-1) {
		t.Errorf("%d votes on the board, the room counts %d, phones cast about %d", board.VotesCast(b), total, phones*budget)
	}
}
