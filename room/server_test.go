package room

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"pathmap/board"
)

type resp struct {
	status int
	body   map[string]any
	header http.Header
}

type httpClient = *http.Client

func send(t testing.TB, c httpClient, method, url, body string, hdr ...string) resp {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		if hdr[i] == "Host" {
			req.Host = hdr[i+1]
			continue
		}
		req.Header.Set(hdr[i], hdr[i+1])
	}
	res, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	data, _ := io.ReadAll(res.Body)
	out := resp{status: res.StatusCode, header: res.Header}
	_ = json.Unmarshal(data, &out.body)
	return out
}

// joined returns a phone that said hello to r.
func joined(t testing.TB, r *Room, nick string) *http.Client {
	t.Helper()
	c := newPhone()
	if got := send(t, c, "POST", r.URL()+"/hello", fmt.Sprintf(`{"nick":%q}`, nick)); got.status != 200 {
		t.Fatalf("hello: %d %v", got.status, got.body)
	}
	return c
}

func cid(n int) string { return fmt.Sprintf("test-id-%016d", n) }

func TestRoom_PageHasStrictHeaders(t *testing.T) {
	r, _ := openTestRoom(t, Options{})
	got := send(t, newPhone(), "GET", r.URL(), "")
	if got.status != 200 {
		t.Fatalf("page: %d", got.status)
	}
	if csp := got.header.Get("Content-Security-Policy"); !strings.HasPrefix(csp, "default-src 'self'") {
		t.Fatalf("CSP = %q", csp)
	}
	if got.header.Get("X-Content-Type-Options") != "nosniff" {
		t.Fatalf("no nosniff")
	}
}

func TestRoom_WrongTokenIs404(t *testing.T) {
	r, _ := openTestRoom(t, Options{})
	bad := r.JoinURL() + "/t/" + newToken()
	for _, c := range []struct{ method, path, body string }{
		{"GET", "", ""}, {"POST", "/hello", `{}`}, {"GET", "/events", ""},
		{"POST", "/sticky", `{"id":"` + cid(1) + `","text":"x","lane":"events"}`},
	} {
		if got := send(t, newPhone(), c.method, bad+c.path, c.body); got.status != http.StatusNotFound {
			t.Errorf("%s %s with a wrong token: %d, want 404", c.method, c.path, got.status)
		}
	}
	for _, p := range []string{"/board.pathmap", "/../room.go", "/admin", "/t/"} {
		if got := send(t, newPhone(), "GET", r.JoinURL()+p, ""); got.status != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", p, got.status)
		}
	}
}

func TestRoom_NotJoinedIs403(t *testing.T) {
	r, _ := openTestRoom(t, Options{})
	got := send(t, newPhone(), "POST", r.URL()+"/sticky", `{"id":"`+cid(1)+`","text":"Deployed","lane":"events"}`)
	if got.status != http.StatusForbidden {
		t.Fatalf("sticky without joining: %d, want 403", got.status)
	}
	if got := send(t, newPhone(), "GET", r.URL()+"/events", ""); got.status != http.StatusForbidden {
		t.Fatalf("feed without joining: %d, want 403", got.status)
	}
}

func TestRoom_HostMismatchRefused(t *testing.T) {
	r, _ := openTestRoom(t, Options{})
	for _, host := range []string{"evil.example:80", "localhost" + r.Addr()[strings.LastIndex(r.Addr(), ":"):], "attacker.test"} {
		got := send(t, newPhone(), "GET", r.URL(), "", "Host", host)
		if got.status != http.StatusMisdirectedRequest {
			t.Errorf("Host %q: %d, want 421", host, got.status)
		}
	}
}

func TestRoom_CrossOriginPostRefused(t *testing.T) {
	r, f := openTestRoom(t, Options{})
	c := joined(t, r, "")
	body := `{"id":"` + cid(1) + `","text":"Deployed","lane":"events"}`
	got := send(t, c, "POST", r.URL()+"/sticky", body, "Sec-Fetch-Site", "cross-site")
	if got.status != http.StatusForbidden {
		t.Fatalf("cross-site post: %d, want 403", got.status)
	}
	got = send(t, c, "POST", r.URL()+"/sticky", body, "Origin", "http://evil.example")
	if got.status != http.StatusForbidden {
		t.Fatalf("post with a foreign Origin: %d, want 403", got.status)
	}
	if got := send(t, c, "POST", r.URL()+"/join", `{"code":"`+r.Code()+`"}`, "Sec-Fetch-Site", "cross-site"); got.status != http.StatusNotFound && got.status != http.StatusForbidden {
		t.Fatalf("cross-site join: %d", got.status)
	}
	if n := len(f.board().Stickies); n != 5 {
		t.Fatalf("a refused post changed the board: %d stickies", n)
	}
	got = send(t, c, "POST", r.URL()+"/sticky", body, "Sec-Fetch-Site", "same-origin", "Origin", r.JoinURL())
	if got.status != 200 {
		t.Fatalf("same-origin post: %d %v", got.status, got.body)
	}
}

func TestRoom_BodyOver4KiBIs413(t *testing.T) {
	r, _ := openTestRoom(t, Options{})
	c := joined(t, r, "")
	big := `{"id":"` + cid(1) + `","text":"` + strings.Repeat("a", MaxBody) + `","lane":"events"}`
	if got := send(t, c, "POST", r.URL()+"/sticky", big); got.status != http.StatusRequestEntityTooLarge {
		t.Fatalf("big body: %d, want 413", got.status)
	}
	// Without a length up front the limit still holds while reading.
	req, _ := http.NewRequest("POST", r.URL()+"/sticky", io.MultiReader(strings.NewReader(big)))
	req.ContentLength = -1
	res, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("big chunked body: %d, want 413", res.StatusCode)
	}
}

func TestRoom_TextOver200IsRefused(t *testing.T) {
	r, _ := openTestRoom(t, Options{})
	c := joined(t, r, "")
	long := strings.Repeat("ü", MaxText+1)
	got := send(t, c, "POST", r.URL()+"/sticky", `{"id":"`+cid(1)+`","text":"`+long+`","lane":"events"}`)
	if got.status != http.StatusBadRequest || !strings.Contains(fmt.Sprint(got.body["error"]), "200") {
		t.Fatalf("201 characters: %d %v", got.status, got.body)
	}
}

func TestRoom_PostRateIs429(t *testing.T) {
	r, _ := openTestRoom(t, Options{})
	c := joined(t, r, "")
	codes := []int{}
	for i := 0; i < 7; i++ {
		got := send(t, c, "POST", r.URL()+"/sticky", fmt.Sprintf(`{"id":"%s","text":"Event %d","lane":"events"}`, cid(i), i))
		codes = append(codes, got.status)
	}
	want := []int{200, 200, 200, 200, 200, 429, 429}
	if fmt.Sprint(codes) != fmt.Sprint(want) {
		t.Fatalf("seven quick posts answered %v, want %v (a burst of five)", codes, want)
	}
	// A retry of a sticky already taken is not a new post: no 429.
	if got := send(t, c, "POST", r.URL()+"/sticky", `{"id":"`+cid(0)+`","text":"Event 0","lane":"events"}`); got.status != 200 {
		t.Fatalf("retry after the limit: %d", got.status)
	}
	// Another phone has its own budget.
	if got := send(t, joined(t, r, ""), "POST", r.URL()+"/sticky", `{"id":"`+cid(99)+`","text":"Other","lane":"events"}`); got.status != 200 {
		t.Fatalf("second phone: %d", got.status)
	}
}

func TestRoom_JoinCodeTriesLimited(t *testing.T) {
	r, _ := openTestRoom(t, Options{})
	c := newPhone()
	wrong := "ZZZZZZ"
	if wrong == r.Code() {
		wrong = "YYYYYY"
	}
	for i := 0; i < JoinTriesPerMin; i++ {
		if got := send(t, c, "POST", r.JoinURL()+"/join", `{"code":"`+wrong+`"}`); got.status != http.StatusForbidden {
			t.Fatalf("wrong code %d: %d, want 403", i, got.status)
		}
	}
	if got := send(t, c, "POST", r.JoinURL()+"/join", `{"code":"`+r.Code()+`"}`); got.status != http.StatusTooManyRequests {
		t.Fatalf("sixth try in a minute: %d, want 429 even with the right code", got.status)
	}
}

func TestRoom_JoinCodeGivesTheRoom(t *testing.T) {
	r, _ := openTestRoom(t, Options{})
	typed := strings.ToLower(r.Code()[:3]) + " " + r.Code()[3:]
	got := send(t, newPhone(), "POST", r.JoinURL()+"/join", `{"code":"`+typed+`"}`)
	if got.status != 200 || r.JoinURL()+fmt.Sprint(got.body["path"]) != r.URL() {
		t.Fatalf("join with %q: %d %v, want the room's URL %s", typed, got.status, got.body, r.URL())
	}
}

func TestRoom_RetryNeverDuplicates(t *testing.T) {
	r, f := openTestRoom(t, Options{})
	c := joined(t, r, "Ana")
	body := `{"id":"` + cid(7) + `","text":"Deployed to staging","lane":"events"}`
	var first int
	for i := 0; i < 4; i++ {
		got := send(t, c, "POST", r.URL()+"/sticky", body)
		if got.status != 200 || got.body["status"] != string(Applied) {
			t.Fatalf("try %d: %d %v", i, got.status, got.body)
		}
		id := int(got.body["sticky"].(float64))
		if i == 0 {
			first = id
		} else if id != first {
			t.Fatalf("retry %d answered sticky %d, first was %d", i, id, first)
		}
	}
	// Even from a new phone identity (the cookie was lost) the id is known.
	if got := send(t, joined(t, r, ""), "POST", r.URL()+"/sticky", body); got.body["status"] != string(Applied) {
		t.Fatalf("retry from a rejoined phone: %v", got.body)
	}
	n := 0
	for _, s := range f.board().Stickies {
		if s.Text == "Deployed to staging" {
			n++
			if !s.FromRoom || s.Author != "Ana" || s.Lane != board.Events {
				t.Fatalf("room sticky %+v lacks its mark, author or lane", s)
			}
		}
	}
	if n != 1 {
		t.Fatalf("%d copies on the board after retries, want 1", n)
	}
	var canUndo bool
	f.withDoc(func(d *board.Document) { canUndo = d.CanUndo() })
	if canUndo {
		t.Fatalf("a room sticky went into the facilitator's Ctrl+Z history")
	}
}

func TestRoom_CloseStopsServing(t *testing.T) {
	r, _ := openTestRoom(t, Options{})
	c := joined(t, r, "")
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	cl := &http.Client{Timeout: 2 * time.Second}
	if _, err := cl.Get(r.URL()); err == nil {
		t.Fatalf("the room still answers after Close")
	}
	_ = c
}
