package ui

import (
	"fmt"
	"net"
	"pathmap/ui/canvas"
	"strings"

	"fyne.io/fyne/v2"
	fcanvas "fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pathmap/room"
	"pathmap/workshop"
)

// roomAddresses lists the addresses a room can listen on. Tests replace it
// with loopback: the machines they run on may have no LAN at all.
var roomAddresses = room.LANAddresses

// roomNetworkHelp is what the facilitator reads when phones cannot reach
// the room: the usual reasons, each with what to do.
const roomNetworkHelp = `Phones join over the local Wi-Fi; no internet is needed.

• Guest and hotel Wi-Fi often keep devices apart. Turn on the laptop's hotspot (or a phone's) and have everyone join it.
• Android may leave a Wi-Fi that has no internet while mobile data is on. Turn mobile data off for the session, or tap "Stay connected".
• Windows asks whether pathmap may use the network: allow it on Private networks.
• If the QR code does not open, type the address shown under it by hand, then the join code.`

// roomPanel is the projector's view of an open room: the QR code, the
// address and join code, who has joined, and the facilitator's switches.
type roomPanel struct {
	host *roomHost
	r    *room.Room
	stop func() // stops the room's news
	dlg  dialog.Dialog

	code    *fcanvas.Text
	url     *widget.Label
	joinURL *widget.Label
	people  *widget.Label
	auto    *dialogCheck
	private *dialogCheck
	reveal  *widget.Button
	held    *widget.Label
	votes   *dialogCheck
	tray    *fyne.Container
	// persons lists who has joined, with a button to remove each.
	persons *fyne.Container
	// refused says what the board could not take from phones.
	refused *widget.Label
	// tallies is whether the board hides vote counts (room_menu.go).
	tallies tallyState
	// body is the panel's scrolled column: laid out again when the tray
	// or the people change its height.
	body   *fyne.Container
	scroll *container.Scroll
	// updating is set while refresh sets the switches, so their
	// callbacks do not act on the room again.
	updating bool
}

// roomHost opens and closes the room of one window's workshop; open is
// its panel while the room is open, nil otherwise.
type roomHost struct {
	ws   *workshop.Session
	win  fyne.Window       // parent of the room's dialogs
	view *canvas.BoardView // to keep text being typed before the room opens
	open *roomPanel
	// card shows how to join beside the board in presenter mode.
	card *roomCard
	// marks draws the room's stickies on the board and knows where they
	// are, for the right-click menu (room_marks.go).
	marks *roomMarks
}

// OpenRoom opens the room so phones can join, or shows it again when it is
// open already. With several network addresses it asks which one; with
// none it says why phones could not join and what to do.
func (h *roomHost) OpenRoom() {
	h.view.FinishEdit()
	if h.open != nil {
		h.open.dlg.Show()
		return
	}
	addrs, err := roomAddresses()
	if err != nil || len(addrs) == 0 {
		msg := "This computer is on no network that phones can reach."
		if err != nil {
			msg = fmt.Sprintf("The network addresses of this computer cannot be read (%v).", err)
		}
		h.showHelp("No network for the room", msg)
		return
	}
	if len(addrs) == 1 {
		h.openOn(addrs[0])
		return
	}
	labels := make([]string, len(addrs))
	for i, a := range addrs {
		labels[i] = fmt.Sprintf("%s   (%s)", a.IP, a.Interface)
	}
	pick := newDialogSelect(labels, nil)
	pick.SetSelectedIndex(0)
	content := container.NewVBox(
		widget.NewLabel("Phones must be on the same network as the address you choose."),
		pick)
	dialog.ShowCustomConfirm("Open the room", "Open", "Cancel", content, func(ok bool) {
		if ok && pick.SelectedIndex() >= 0 {
			h.openOn(addrs[pick.SelectedIndex()])
		}
	}, h.win)
}

// showRoomHelp shows a problem with the network and the network help.
func (h *roomHost) showHelp(title, msg string) {
	text := widget.NewLabel(msg + "\n\n" + roomNetworkHelp)
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(title, "OK", text, h.win)
	d.Resize(fyne.NewSize(640, 420))
	d.Show()
}

// roomNews runs the room panel's updates, which come from the room's own
// goroutines, on Fyne's goroutine; tests replace it.
var roomNews = fyne.Do

// openRoomOn starts the room's server on a and shows the room panel.
func (h *roomHost) openOn(a room.Address) {
	r, err := room.Open(room.Options{
		Session: room.Workshop(h.ws),
		Addr:    net.JoinHostPort(a.IP.String(), "0"),
		Height:  canvas.StickyHeightFor,
	})
	if err != nil {
		h.showHelp("The room cannot open", fmt.Sprintf("The room cannot listen on %s: %v", a.IP, err))
		return
	}
	p := &roomPanel{host: h, r: r}
	if err := p.build(); err != nil {
		_ = r.Close()
		dialog.ShowError(err, h.win)
		return
	}
	if err := h.card.setRoom(r); err != nil {
		_ = r.Close()
		dialog.ShowError(err, h.win)
		return
	}
	h.open = p
	p.stop = r.OnChange(func() { roomNews(p.refresh) })
	p.refresh()
	p.dlg.Show()
}

// CloseRoom stops the room's server; phones can no longer join or send.
// Stickies still waiting in the tray or held back by a private brainstorm
// would be dropped with the room, so it asks first.
func (h *roomHost) CloseRoom() {
	p := h.open
	if p == nil {
		return
	}
	waiting := len(p.r.Tray()) + p.r.Held()
	if waiting == 0 {
		h.closeNow()
		return
	}
	dialog.ShowConfirm("Close the room",
		fmt.Sprintf("%d stickies from the room are not on the board yet (tray or private brainstorm). Close the room and drop them?", waiting),
		func(ok bool) {
			if ok {
				h.closeNow()
			}
		}, h.win)
}

// closeRoomNow stops the room without asking, as quitting does.
func (h *roomHost) closeNow() {
	p := h.open
	if p == nil {
		return
	}
	h.open = nil
	p.stop()
	p.dlg.Hide()
	_ = h.card.setRoom(nil)
	h.view.Refresh() // vote counts and the room's menu follow
	if err := p.r.Close(); err != nil {
		fyne.LogError("closing the room", err)
	}
}

// build makes the panel's widgets and its dialog.
func (p *roomPanel) build() error {
	png, err := p.r.QR(512)
	if err != nil {
		return err
	}
	qr := fcanvas.NewImageFromResource(fyne.NewStaticResource("room-qr.png", png))
	qr.FillMode = fcanvas.ImageFillContain
	qr.ScaleMode = fcanvas.ImageScalePixels // a QR code must stay sharp
	qr.SetMinSize(fyne.NewSize(320, 320))

	p.code = fcanvas.NewText(p.r.Code(), theme.Color(theme.ColorNameForeground))
	p.code.TextSize = 64
	p.code.TextStyle = fyne.TextStyle{Bold: true, Monospace: true}
	p.joinURL = widget.NewLabelWithStyle(p.r.JoinURL(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.joinURL.SizeName = theme.SizeNameSubHeadingText
	p.url = widget.NewLabel(p.r.URL())
	p.url.Wrapping = fyne.TextWrapBreak
	p.url.Selectable = true
	p.people = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.people.SizeName = theme.SizeNameSubHeadingText

	p.auto = newDialogCheck("Auto-accept stickies", func(on bool) {
		if !p.updating {
			p.r.SetAutoAccept(on)
		}
	})
	p.private = newDialogCheck("Private brainstorm", func(on bool) {
		if p.updating {
			return
		}
		if on {
			p.r.StartPrivate()
		} else {
			p.r.Reveal()
		}
	})
	p.reveal = widget.NewButton("Reveal", p.r.Reveal)
	p.held = widget.NewLabel("")
	p.votes = newDialogCheck("Reveal votes", func(on bool) {
		if !p.updating {
			p.r.RevealVotes(on)
		}
	})
	p.tray = container.NewVBox()
	p.persons = container.NewVBox()
	p.refused = widget.NewLabel("")
	p.refused.Wrapping = fyne.TextWrapWord
	p.refused.Importance = widget.DangerImportance
	p.refused.Hide()

	join := container.NewVBox(
		widget.NewLabelWithStyle("Scan the code, or open", fyne.TextAlignLeading, fyne.TextStyle{}),
		p.joinURL,
		widget.NewLabel("and type the join code"),
		p.code,
		p.people,
	)
	controls := container.NewVBox(
		widget.NewSeparator(),
		p.auto,
		container.NewHBox(p.private, p.reveal, p.held),
		p.votes,
		p.tray,
		p.refused,
		p.persons,
		widget.NewSeparator(),
		widget.NewLabel("Full address (what the QR code holds):"),
		p.url,
	)
	p.body = container.NewVBox(join, controls)
	p.scroll = container.NewVScroll(p.body)
	// Close stays in view however long the tray and the list of people.
	closeRow := container.NewHBox(widget.NewButton("Close the room", p.host.CloseRoom))
	content := container.NewBorder(nil, nil, qr, nil, container.NewBorder(nil, closeRow, nil, nil, p.scroll))
	p.dlg = dialog.NewCustom("The room is open", "Hide", content, p.host.win)
	p.dlg.Resize(fyne.NewSize(900, 640))
	return nil
}

// refresh shows the room as it is now. It runs on Fyne's goroutine.
func (p *roomPanel) refresh() {
	if p.host.open != p {
		return // closed meanwhile
	}
	p.updating = true
	defer func() { p.updating = false }()
	n := p.r.Participants()
	p.host.card.setPeople(n)
	switch n {
	case 0:
		p.people.SetText("Nobody has joined yet")
	case 1:
		p.people.SetText("1 person has joined")
	default:
		p.people.SetText(fmt.Sprintf("%d people have joined", n))
	}
	auto := p.r.AutoAccept()
	p.auto.SetChecked(auto)
	private := p.r.Private()
	p.private.SetChecked(private)
	if private {
		p.reveal.Enable()
		p.held.SetText(fmt.Sprintf("%d collected unseen", p.r.Held()))
	} else {
		p.reveal.Disable()
		p.held.SetText("")
	}
	revealed := p.r.VotesRevealed()
	p.votes.SetChecked(revealed)
	p.refreshTray(auto)
	p.refreshPeople()
	// The tray and the list of people grew or shrank: lay the column out
	// again, or their rows would be drawn over what follows.
	p.body.Refresh()
	p.scroll.Refresh()
	if n, why := p.r.Refusals(); n > 0 {
		p.refused.SetText(fmt.Sprintf("The board could not take %s from phones; their senders were told. Last: %s",
			countOf(n, "item", "items"), why))
		p.refused.Show()
	}
	// The board shows vote counts only once they are revealed.
	if st := map[bool]tallyState{true: tallyShown, false: tallyHidden}[revealed]; st != p.tallies {
		p.tallies = st
		p.host.view.Refresh()
	}
}

// refreshTray lists the stickies waiting for the facilitator.
func (p *roomPanel) refreshTray(auto bool) {
	pending := p.r.Tray()
	var rows []fyne.CanvasObject
	if !auto || len(pending) > 0 {
		head := widget.NewLabelWithStyle(fmt.Sprintf("Waiting for you: %d", len(pending)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		all := widget.NewButton("Accept all", p.r.AcceptAll)
		if len(pending) == 0 {
			all.Disable()
		}
		rows = append(rows, container.NewHBox(head, all))
	}
	for _, it := range pending {
		id := it.ID
		who := "anonymous"
		if it.Author != "" {
			who = it.Author
		}
		text := widget.NewLabel(fmt.Sprintf("%s: %s (%s)", it.Lane.Name(), strings.TrimSpace(it.Text), who))
		text.Wrapping = fyne.TextWrapWord
		settle := func(f func(string) error) func() {
			return func() {
				if err := f(id); err != nil {
					fyne.LogError("settling a sticky from the room", err)
				}
			}
		}
		rows = append(rows, container.NewBorder(nil, nil, nil,
			container.NewHBox(widget.NewButton("Accept", settle(p.r.Accept)), widget.NewButton("Reject", settle(p.r.Reject))),
			text))
	}
	p.tray.Objects = rows
	p.tray.Refresh()
}
