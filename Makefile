# pathmap — the two commands a new machine needs: `make run` and `make test`.
# Both install the Debian packages they need first (apt-get, as root or via sudo).
SHELL := /bin/bash
GO ?= $(shell command -v go 2>/dev/null || echo /usr/local/go/bin/go)
TAGS := -tags migrated_fynedo
BIN := ./pathmap
export LANG := en_US.UTF-8

# Fyne's GLFW build needs X11 and Wayland headers; the tests need a virtual
# screen (xvfb), a keyboard robot (xdotool), screenshots (imagemagick) and
# PDF text extraction (poppler-utils).
DEB_PACKAGES := gcc pkg-config libgl1-mesa-dev xorg-dev libwayland-dev libxkbcommon-dev \
	wayland-protocols xvfb xdotool imagemagick poppler-utils

# Only the room's end-to-end test needs a browser: Debian's Chromium,
# driven over loopback (room/browser_test.go).
BROWSER_PACKAGES := chromium

.PHONY: deps deps-browser build run test fuzz bench sample clean

# The board loader's fuzz targets (board/decode_fuzz_test.go). `make test`
# runs each briefly; `make fuzz FUZZTIME=10m` hunts longer. A failing input
# is saved to board/testdata/fuzz/ and rerun by every `go test` after.
FUZZ_TARGETS := FuzzDecode FuzzDecodeSticky
FUZZTIME ?= 10s

deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi

deps-browser:
	@$(MAKE) --no-print-directory deps DEB_PACKAGES="$(BROWSER_PACKAGES)"

build: deps
	$(GO) build $(TAGS) -o $(BIN) .

sample.pathmap: | build
	$(BIN) sample sample.pathmap

run: build sample.pathmap
	$(BIN) sample.pathmap

test: deps deps-browser
	$(GO) vet $(TAGS) ./...
	$(GO) test -race -count=1 ./board/... ./workshop/... ./export/...
	$(GO) test -race -count=1 ./room/...
	$(MAKE) --no-print-directory fuzz FUZZTIME=$(FUZZTIME)
	$(GO) test -run '^$$' -fuzz '^FuzzParseDuration$$' -fuzztime 5s ./board/
	$(GO) test $(TAGS) -count=1 ./ui/...
	$(GO) test $(TAGS) -count=1 -timeout 20m .

fuzz:
	@for f in $(FUZZ_TARGETS); do \
	  echo "fuzz $$f for $(FUZZTIME)"; \
	  $(GO) test -run '^$$' -fuzz "^$$f\$$" -fuzztime $(FUZZTIME) ./board/ || exit 1; \
	done

bench: deps
	$(GO) test $(TAGS) -run '^$$' -bench . -benchmem ./board/... ./export/... ./ui/... ./room/...

clean:
	rm -f $(BIN)
