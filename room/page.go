package room

import (
	"embed"
	"net/http"
)

// page is the participant's page, compiled into the binary: nothing is
// ever read from disk.
//
//go:embed page/index.html page/app.js page/app.css
var page embed.FS

func (r *Room) servePage(w http.ResponseWriter, _ *http.Request) {
	data, _ := page.ReadFile("page/index.html")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write(data)
}

func serveAsset(name, ctype string) http.HandlerFunc {
	data, err := page.ReadFile("page/" + name)
	if err != nil {
		panic("room: page asset missing from the binary: " + name)
	}
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", ctype)
		_, _ = w.Write(data)
	}
}
