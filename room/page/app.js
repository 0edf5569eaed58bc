// pathmap room: the participant's page. Plain HTTP on the local Wi-Fi, so
// no crypto.subtle or crypto.randomUUID: ids come from getRandomValues.
// Everything sent is kept in localStorage until the board has applied it,
// and re-sent on reconnect with the same id, so nothing is lost or doubled.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var m = location.pathname.match(/^\/t\/([A-Za-z0-9_-]{22})\/?$/);

  function newId() {
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    var s = "";
    for (var i = 0; i < b.length; i++) s += (b[i] < 16 ? "0" : "") + b[i].toString(16);
    return s;
  }

  function store(key, value) {
    try { localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* private mode: memory only */ }
  }
  function load(key, fallback) {
    try { var v = localStorage.getItem(key); return v ? JSON.parse(v) : fallback; } catch (e) { return fallback; }
  }

  function post(path, body) {
    return fetch(path, {
      method: "POST", credentials: "same-origin", cache: "no-store",
      headers: { "Content-Type": "application/json" }, body: JSON.stringify(body)
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (data) {
        return { status: res.status, data: data, retryAfter: Number(res.headers.get("Retry-After")) || 0 };
      });
    });
  }

  if (!m) { joinPage(); return; }
  roomPage("/t/" + m[1]);

  function joinPage() {
    $("join").hidden = false;
    $("join-form").addEventListener("submit", function (e) {
      e.preventDefault();
      $("join-msg").textContent = "";
      post("/join", { code: $("code").value }).then(function (r) {
        if (r.status === 200 && r.data.path) { location.replace(r.data.path); return; }
        $("join-msg").textContent = r.data.error || "That did not work. Try again.";
      }, function () { $("join-msg").textContent = "No connection to the board. Are you on the room's Wi-Fi?"; });
    });
  }

  function roomPage(base) {
    var KEY = "pathmap-room:" + base;
    var outbox = load(KEY + ":outbox", []);   // [{id, kind, body, status, text, lane, error}]
    var state = null;
    var lane = null, laneStep = null, laneChosen = false;
    var online = false, sending = false, es = null, retryTimer = null;
    var laneInfo = {};

    // The phone's own id, kept across reloads: a removed participant is
    // known by it (and by the cookie), not by an address other phones may
    // share behind one router.
    var device = load("pathmap-room:device", "");
    if (!/^[0-9a-f]{32}$/.test(device)) { device = newId(); store("pathmap-room:device", device); }

    $("room").hidden = false;
    $("nick").value = load(KEY + ":nick", "");
    showNick();

    function saveOutbox() {
      // Applied and rejected stickies are kept for the list, the newest 50;
      // votes only until they are settled.
      outbox = outbox.filter(function (it) { return it.kind === "sticky" || !settled(it.status); });
      if (outbox.length > 50) outbox = outbox.filter(function (it, i) { return !settled(it.status) || i >= outbox.length - 50; });
      store(KEY + ":outbox", outbox);
    }
    function settled(s) { return s === "applied" || s === "rejected"; }

    function hello() {
      return post(base + "/hello", { nick: $("nick").value, device: device }).then(function (r) {
        if (r.status === 200) { connect(); return true; }
        if (r.status === 404) { gone("The room is closed", "Scan the QR code on the projector again."); return false; }
        if (r.data.removed) { gone("You were removed from the room", ""); return false; }
        if (r.status === 403) { gone("You cannot join", r.data.error || ""); return false; }
        throw new Error(r.data.error || "hello failed");
      });
    }

    function start() {
      hello().catch(function () { setOnline(false); setTimeout(start, 3000); });
    }

    function connect() {
      if (es) es.close();
      es = new EventSource(base + "/events");
      es.addEventListener("state", function (e) {
        state = JSON.parse(e.data);
        setOnline(true);
        render();
        flush();
      });
      es.addEventListener("removed", function () { es.close(); gone("You were removed from the room", ""); });
      es.onopen = function () {
        // After a reconnect, post again whatever is not settled: the same
        // id finds the first copy, so nothing is doubled.
        outbox.forEach(function (it) { it.acked = false; });
        setOnline(true); flush();
      };
      es.onerror = function () {
        setOnline(false);
        if (es.readyState === EventSource.CLOSED) { es = null; setTimeout(start, 2000); }
      };
    }

    function gone(title, text) {
      if (es) es.close();
      $("room").hidden = true; $("gone").hidden = false;
      $("gone-title").textContent = title; $("gone-text").textContent = text;
    }

    function setOnline(on) {
      online = on;
      $("conn").textContent = on ? "connected" : "offline — what you send is kept and sent later";
      $("conn").className = on ? "conn" : "conn off";
    }

    // flush sends what is not settled yet, one at a time, oldest first.
    function flush() {
      if (sending || !online) return;
      var it = null;
      for (var i = 0; i < outbox.length; i++) {
        var o = outbox[i];
        if (o.status === "unsent" || (o.status === "sending" && !o.acked)) { it = o; break; }
      }
      if (!it) return;
      sending = true;
      post(base + "/" + it.kind, it.body).then(function (r) {
        sending = false;
        if (r.status === 200) {
          // "sending": the room has it and the live feed will say when the
          // board applied it; it is posted again only after a reconnect.
          it.status = r.data.status; it.error = r.data.error || ""; it.acked = true;
          if (it.kind === "vote" && it.error) $("vote-msg").textContent = it.error;
        } else if (r.status === 429 || r.status >= 500) {
          it.error = r.data.error || ""; saveOutbox(); renderMine();
          later((r.retryAfter || 2) * 1000);
          return;
        } else if (r.data.removed) {
          gone("You were removed from the room", ""); return;
        } else if (r.status === 403 && /Join/.test(r.data.error || "")) {
          start(); return; // the cookie was lost: say hello again, then resend
        } else {
          it.status = "rejected"; it.error = r.data.error || "Not taken.";
          if (it.kind === "vote") $("vote-msg").textContent = it.error;
        }
        saveOutbox(); render(); flush();
      }, function () {
        sending = false; setOnline(false); later(3000);
      });
    }
    function later(ms) {
      clearTimeout(retryTimer);
      retryTimer = setTimeout(function () { online = true; flush(); }, ms);
    }

    function render() {
      if (!state) return;
      state.lanes.forEach(function (l) { laneInfo[l.key] = l; });
      var st = state.step, li = laneInfo[st.lane] || state.lanes[0];
      if (laneStep !== st.number) { laneStep = st.number; laneChosen = false; }
      if (!laneChosen || !lane) lane = st.lane;
      $("step-no").textContent = "Step " + st.number + " of " + st.of + " · " + li.name;
      $("step-title").textContent = st.title;
      $("step-prompt").textContent = st.prompt;
      $("step-tip").textContent = st.tip;
      $("step-tip").hidden = !st.tip;
      var card = $("step");
      card.style.background = li.fill; card.style.color = li.ink;
      $("private").hidden = !state.private;
      $("people").textContent = state.people + (state.people === 1 ? " person" : " people") + " in the room";
      renderLanes(); renderUnder(); renderMine(); renderVotes();
    }

    function renderLanes() {
      var box = $("lanes");
      if (!box.childNodes.length) {
        state.lanes.forEach(function (l) {
          var b = document.createElement("button");
          b.type = "button"; b.setAttribute("role", "radio"); b.dataset.lane = l.key;
          b.textContent = l.name;
          b.style.background = l.fill; b.style.color = l.ink;
          b.addEventListener("click", function () { lane = l.key; laneChosen = true; renderLanes(); renderUnder(); });
          box.appendChild(b);
        });
      }
      Array.prototype.forEach.call(box.childNodes, function (b) { b.setAttribute("aria-checked", b.dataset.lane === lane ? "true" : "false"); });
      var past = $("past");
      past.hidden = lane !== "events" || state.step.lane !== "events";
      past.textContent = state.reminders.pastTense;
      $("text").placeholder = "One sticky for " + (laneInfo[lane] ? laneInfo[lane].name : "the board") + "…";
    }

    function renderUnder() {
      var show = lane === "systems" || lane === "teams" || lane === "pain";
      $("under-row").hidden = !show || !state.events.length;
      var sel = $("under"), keep = sel.value;
      while (sel.options.length > 1) sel.remove(1);
      state.events.forEach(function (e) {
        var o = document.createElement("option");
        o.value = String(e.id); o.textContent = e.text;
        sel.appendChild(o);
      });
      sel.value = keep;
      if (sel.selectedIndex < 0) sel.value = "0";
    }

    var statusText = {
      unsent: "not sent yet", sending: "sending…", applied: "sent ✓", waiting: "waiting for the facilitator",
      held: "collected — revealed later", rejected: "not taken"
    };

    function renderMine() {
      var mine = outbox.filter(function (it) { return it.kind === "sticky"; });
      var moved = false;
      if (state) mine.forEach(function (it) {
        var s = state.mine[it.id], why = (state.why || {})[it.id];
        if (s && it.status !== "unsent" && s !== it.status) { it.status = s; moved = true; }
        if (why && it.error !== why) { it.error = why; moved = true; }
      });
      if (moved) store(KEY + ":outbox", outbox);
      $("mine-box").hidden = !mine.length;
      var ul = $("mine");
      ul.textContent = "";
      mine.slice().reverse().forEach(function (it) {
        var li = document.createElement("li");
        var l = laneInfo[it.lane];
        if (l) li.style.borderLeftColor = l.fill;
        var t = document.createElement("span"); t.className = "t"; t.textContent = it.text;
        var s = document.createElement("span");
        s.className = "s" + (it.status === "applied" ? " ok" : it.status === "rejected" ? " bad" : "");
        s.textContent = statusText[it.status] || it.status;
        li.appendChild(t); li.appendChild(s);
        if (it.error && it.status === "rejected") {
          // Why the board did not take it, in words, not a tooltip a phone cannot show.
          var why = document.createElement("span"); why.className = "why"; why.textContent = it.error;
          li.appendChild(why);
        }
        ul.appendChild(li);
      });
    }

    function renderVotes() {
      var pains = state.pains || [];
      $("vote-box").hidden = !pains.length;
      var used = 0;
      Object.keys(state.myVotes).forEach(function (k) { used += state.myVotes[k]; });
      var left = Math.max(state.budget - used, 0);
      $("votes-left").textContent = left + " of " + state.budget + " votes left";
      $("votes-hidden").hidden = state.revealed;
      var ul = $("pains");
      ul.textContent = "";
      pains.forEach(function (p) {
        var mineN = state.myVotes[String(p.id)] || 0;
        var li = document.createElement("li");
        var t = document.createElement("span"); t.className = "t"; t.textContent = p.text;
        if (state.revealed) {
          var tally = document.createElement("span"); tally.className = "tally";
          tally.textContent = (p.votes || 0) + " vote" + (p.votes === 1 ? "" : "s") + " in all";
          t.appendChild(tally);
        }
        var minus = document.createElement("button"); minus.type = "button"; minus.textContent = "−";
        minus.setAttribute("aria-label", "Take a vote back from " + p.text); minus.disabled = mineN === 0;
        var dots = document.createElement("span"); dots.className = "dots";
        dots.textContent = mineN ? new Array(mineN + 1).join("●") : "○";
        var plus = document.createElement("button"); plus.type = "button"; plus.textContent = "+";
        plus.setAttribute("aria-label", "Vote for " + p.text); plus.disabled = left === 0;
        minus.addEventListener("click", function () { vote(p.id, -1); });
        plus.addEventListener("click", function () { vote(p.id, 1); });
        li.appendChild(t); li.appendChild(minus); li.appendChild(dots); li.appendChild(plus);
        ul.appendChild(li);
      });
    }

    function vote(id, delta) {
      $("vote-msg").textContent = "";
      // Show the tap at once; the live feed brings the server's count.
      var k = String(id);
      state.myVotes[k] = Math.max((state.myVotes[k] || 0) + delta, 0);
      renderVotes();
      var vid = newId();
      outbox.push({ id: vid, kind: "vote", status: "unsent", body: { id: vid, sticky: id, delta: delta } });
      saveOutbox(); flush();
    }

    function send() {
      var text = $("text").value.replace(/\s+/g, " ").trim();
      $("add-msg").textContent = "";
      if (!text) return;
      if (text.length > 200) { $("add-msg").textContent = "A sticky has at most 200 characters."; return; }
      var id = newId();
      var under = $("under-row").hidden ? 0 : Number($("under").value) || 0;
      outbox.push({ id: id, kind: "sticky", status: "unsent", text: text, lane: lane,
        body: { id: id, text: text, lane: lane, under: under } });
      $("text").value = ""; count();
      saveOutbox(); renderMine(); flush();
    }

    function count() { $("count").textContent = $("text").value.length + " / 200"; }
    function showNick() { $("nick-shown").textContent = $("nick").value ? "(" + $("nick").value + ")" : "(anonymous)"; }

    $("add").addEventListener("submit", function (e) { e.preventDefault(); send(); });
    $("text").addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); send(); }
    });
    $("text").addEventListener("input", count);
    $("nick-form").addEventListener("submit", function (e) {
      e.preventDefault();
      store(KEY + ":nick", $("nick").value); showNick();
      post(base + "/hello", { nick: $("nick").value, device: device });
      document.querySelector("details.you").open = false;
    });
    window.addEventListener("online", function () { online = true; flush(); });
    renderMine();
    start();
  }
})();
