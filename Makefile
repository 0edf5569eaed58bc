# pathmap — the two commands a new machine needs: `make run` and `make test`.
# Both install the Debian packages they need first (apt-get, as root or via sudo).
SHELL := /bin/bash
GO ?= $(shell command -v go 2>/dev/null || echo /usr/local/go/bin/go)
TAGS := -tags migrated_fynedo
BIN := ./pathmap
export LANG := en_US.UTF-8

# Fyne's GLFW build needs X11 and Wayland headers; the tests need a virtual
# screen (xvfb), a keyboard robot (xdotool), screenshots (imagemagick), PDF
# text extraction (poppler-utils) and CJK fonts to print Chinese with: a
# TrueType font (fonts-droid-fallback) and a TrueType collection, .ttc
# (fonts-wqy-microhei).
DEB_PACKAGES := gcc pkg-config libgl1-mesa-dev xorg-dev libwayland-dev libxkbcommon-dev \
	wayland-protocols xvfb xdotool imagemagick poppler-utils fonts-droid-fallback fonts-wqy-microhei

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

# ---------------------------------------------------------------------------
# Packages for facilitators: `make dist` builds the Windows zip and the Linux
# package into dist/; `make install` / `make uninstall` put the Linux package
# into PREFIX (/usr/local, or PREFIX=~/.local without root). FyneApp.toml is
# the one place for the name, ID and version.
VERSION := $(shell sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
# The fyne packaging tool, pinned; installed into .tools/ from the Go module proxy.
FYNE_TOOL_VERSION := v1.7.4
FYNE := $(CURDIR)/.tools/fyne-$(FYNE_TOOL_VERSION)
DIST := dist
PKG_BUILD := $(CURDIR)/build
WIN_NAME := pathmap-$(VERSION)-windows-amd64
LINUX_NAME := pathmap-$(VERSION)-linux-amd64
WIN_EXE := $(PKG_BUILD)/windows/$(WIN_NAME)/pathmap.exe
LINUX_PKG_DIR := $(PKG_BUILD)/linux/$(LINUX_NAME)
PREFIX ?= /usr/local
override PREFIX := $(patsubst ~%,$(HOME)%,$(PREFIX))
# A Wine prefix kept between runs: a fresh one takes ~25 s to set up.
WINEPREFIX ?= $(PKG_BUILD)/wine
DIST_DEB_PACKAGES := gcc-mingw-w64-x86-64 zip xz-utils desktop-file-utils shared-mime-info libxml2-utils libglib2.0-bin
WINE_DEB_PACKAGES := wine64 wine fonts-droid-fallback x11-xserver-utils
# Other engineers' apt runs may hold the lock for a while.
APT_GET := apt-get -o DPkg::Lock::Timeout=600

.PHONY: dist dist-deps wine-deps wine-prefix fyne-tool pkg-src windows linux-package install uninstall \
	test-dist test-windows test-linux-package

dist-deps wine-deps: deps
	@pkgs="$(if $(filter wine-deps,$@),$(WINE_DEB_PACKAGES),$(DIST_DEB_PACKAGES))"; missing=""; \
	for p in $$pkgs; do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  $$sudo $(APT_GET) update -qq && DEBIAN_FRONTEND=noninteractive $$sudo $(APT_GET) install -y -qq --no-install-recommends $$missing; \
	fi

fyne-tool:
	@test -x $(FYNE) || { echo "Installing fyne.io/tools/cmd/fyne@$(FYNE_TOOL_VERSION) into .tools/"; \
	  mkdir -p .tools/bin && GOBIN=$(CURDIR)/.tools/bin CGO_ENABLED=0 $(GO) install fyne.io/tools/cmd/fyne@$(FYNE_TOOL_VERSION) && \
	  mv .tools/bin/fyne $(FYNE); }

# The fyne tool builds from a copy of the sources: it raises Build in
# FyneApp.toml after every package, which would change a tracked file.
PKG_SRC := $(PKG_BUILD)/src
pkg-src:
	rm -rf $(PKG_SRC) && mkdir -p $(PKG_SRC)
	tar -cf - --exclude=./build --exclude=./dist --exclude=./.tools --exclude=./.git --exclude=./pathmap . \
	  | tar -xf - -C $(PKG_SRC)

# pathmap.exe with its icon and version resource, cross-compiled with
# mingw-w64: the fyne tool writes them into a .syso and builds a release
# binary (a GUI program: no console window opens on a double-click). The zip
# holds the .exe, a short README and the sample board. An existing
# --executable skips the tool's first build, made without the resource and
# then built again with it.
windows: dist-deps fyne-tool pkg-src
	rm -rf $(PKG_BUILD)/windows && mkdir -p $(PKG_BUILD)/windows/$(WIN_NAME) $(DIST)
	cd $(PKG_SRC) && touch pathmap.exe && \
	  CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++ GOOS=windows GOARCH=amd64 CGO_ENABLED=1 \
	  nice $(FYNE) package -os windows -release --executable pathmap.exe
	mv $(PKG_SRC)/pathmap.exe $(WIN_EXE)
	sed 's/$$/\r/; s/@VERSION@/$(VERSION)/g' packaging/windows/README.txt > $(PKG_BUILD)/windows/$(WIN_NAME)/README.txt
	cp assets/sample.pathmap "$(PKG_BUILD)/windows/$(WIN_NAME)/Sample board.pathmap"
	rm -f $(DIST)/$(WIN_NAME).zip && cd $(PKG_BUILD)/windows && zip -qr9 $(CURDIR)/$(DIST)/$(WIN_NAME).zip $(WIN_NAME)

# The fyne tool packages the binary, icon and .desktop file; the package
# then gets the .pathmap MIME type and an installer Makefile, and its
# .desktop file opens one board per window (%f). The binary is built like
# `make build` (plus stripping), so it shares the test build's cache.
linux-package: dist-deps fyne-tool pkg-src
	rm -rf $(PKG_BUILD)/linux && mkdir -p $(PKG_BUILD)/linux/fyne $(LINUX_PKG_DIR) $(DIST)
	nice $(GO) build $(TAGS) -ldflags "-s -w" -o $(PKG_BUILD)/linux/pathmap .
	cd $(PKG_SRC) && $(FYNE) package -os linux --executable $(PKG_BUILD)/linux/pathmap
	tar -xJf $(PKG_SRC)/pathmap.tar.xz -C $(PKG_BUILD)/linux/fyne
	cd $(PKG_BUILD)/linux && \
	  usr=$$(dirname $$(find fyne -path '*/bin/pathmap')) && usr=$${usr%/bin} && \
	  install -Dm755 $$usr/bin/pathmap $(LINUX_PKG_DIR)/bin/pathmap && \
	  install -Dm644 $$usr/share/pixmaps/org.pathmap.app.png $(LINUX_PKG_DIR)/share/icons/hicolor/256x256/apps/org.pathmap.app.png && \
	  install -Dm644 $$usr/share/applications/org.pathmap.app.desktop $(LINUX_PKG_DIR)/share/applications/org.pathmap.app.desktop
	sed -i 's/^Exec=pathmap %F$$/Exec=pathmap %f/' $(LINUX_PKG_DIR)/share/applications/org.pathmap.app.desktop
	install -Dm644 packaging/linux/pathmap.xml $(LINUX_PKG_DIR)/share/mime/packages/pathmap.xml
	install -Dm644 packaging/linux/Makefile $(LINUX_PKG_DIR)/Makefile
	sed 's/@VERSION@/$(VERSION)/g' packaging/linux/README.txt > $(LINUX_PKG_DIR)/README.txt
	tar -cJf $(DIST)/$(LINUX_NAME).tar.xz -C $(PKG_BUILD)/linux --owner=0 --group=0 $(LINUX_NAME)

dist: windows linux-package
	cd $(DIST) && rm -f SHA256SUMS && sha256sum $(WIN_NAME).zip $(LINUX_NAME).tar.xz > SHA256SUMS
	@echo "dist/ (pathmap $(VERSION)):"; cd $(DIST) && ls -l $(WIN_NAME).zip $(LINUX_NAME).tar.xz | awk '{printf "  %-42s %6.1f MB\n", $$9, $$5/1048576}'; \
	  cat SHA256SUMS | sed 's/^/  /'; \
	  echo "  inside: pathmap.exe $$(du -h $(WIN_EXE) | cut -f1), Linux pathmap $$(du -h $(LINUX_PKG_DIR)/bin/pathmap | cut -f1)"

install: linux-package
	$(MAKE) --no-print-directory -C $(LINUX_PKG_DIR) install PREFIX="$(PREFIX)" DESTDIR="$(DESTDIR)"

uninstall:
	$(MAKE) --no-print-directory -C packaging/linux uninstall PREFIX="$(PREFIX)" DESTDIR="$(DESTDIR)"

# The packages' own tests: the Windows build under Wine (command line and
# window under Xvfb) and the Linux package installed into a temporary
# prefix. .ci/run runs them after `make test`.
test-dist: test-windows test-linux-package

# Debian 12's Wine 8 lacks bcryptprimitives.dll, which Go programs need at
# start; the test prefix gets a stand-in (packaging/wine/bcryptprimitives.c).
WINE_ENV := WINEPREFIX=$(WINEPREFIX) WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
wine-prefix: wine-deps dist-deps
	@test -d $(WINEPREFIX)/drive_c/windows || { echo "Creating the Wine prefix $(WINEPREFIX)"; $(WINE_ENV) wineboot -i 2>/dev/null; }
	@dll=$(WINEPREFIX)/drive_c/windows/system32/bcryptprimitives.dll; \
	  if [ ! -f $$dll ]; then \
	    x86_64-w64-mingw32-gcc -O2 -shared -s -o $$dll packaging/wine/bcryptprimitives.c packaging/wine/bcryptprimitives.def -lbcrypt; \
	  fi

test-windows: windows wine-prefix
	$(WINE_ENV) PATHMAP_EXE=$(WIN_EXE) $(GO) test $(TAGS) -count=1 -timeout 15m -run '^TestWine_' -v .; \
	  status=$$?; $(WINE_ENV) wineserver -k 2>/dev/null; exit $$status

test-linux-package: linux-package
	PATHMAP_LINUX_PACKAGE=$(CURDIR)/$(DIST)/$(LINUX_NAME).tar.xz $(GO) test $(TAGS) -count=1 -run '^TestLinuxPackage_' -v .
