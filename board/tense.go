package board

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The method's tip: "Events should be in past tense to make the final map
// consistent." These functions read an event the way a facilitator skims a
// wall of stickies: does any word say it has happened? They use word lists
// and suffixes only, so they work offline and explain themselves.

// irregularPast maps the base form of common irregular verbs to the form
// used for an event that has happened (the simple past).
var irregularPast = map[string]string{
	"build": "built", "rebuild": "rebuilt", "run": "ran", "rerun": "reran", "write": "wrote", "rewrite": "rewrote",
	"do": "did", "redo": "redid", "make": "made", "send": "sent", "go": "went", "get": "got", "give": "gave",
	"take": "took", "begin": "began", "choose": "chose", "find": "found", "hold": "held", "keep": "kept",
	"meet": "met", "pay": "paid", "sell": "sold", "tell": "told", "buy": "bought", "bring": "brought",
	"catch": "caught", "teach": "taught", "think": "thought", "understand": "understood", "win": "won",
	"see": "saw", "know": "knew", "draw": "drew", "show": "showed", "break": "broke", "freeze": "froze",
	"spin": "spun", "lead": "led", "feed": "fed", "read": "read", "cut": "cut", "put": "put", "set": "set",
	"reset": "reset", "hit": "hit", "shut": "shut", "let": "let", "quit": "quit", "spread": "spread",
	"say": "said", "come": "came", "become": "became", "leave": "left", "lose": "lost", "spend": "spent",
	"stand": "stood", "rise": "rose", "wake": "woke", "have": "had", "be": "was", "fall": "fell",
	"shake": "shook", "speak": "spoke", "sign": "signed", "withdraw": "withdrew", "upload": "uploaded",
	"obtain": "obtained", "receive": "received", "gain": "gained", "secure": "secured", "perform": "performed",
	"carry": "carried", "conduct": "conducted", "turn": "turned", "switch": "switched", "flip": "flipped",
	"roll": "rolled", "hand": "handed", "wrap": "wrapped", "kick": "kicked",
}

// pastForms are words that say something has happened: simple pasts and
// participles of irregular verbs.
var pastForms = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`built rebuilt ran rerun reran run written rewritten wrote done did
		made sent went gone got gotten gave given took taken began begun chose chosen found held kept met
		paid sold told bought brought caught taught thought understood won saw seen knew known drew drawn
		shown broke broken froze frozen spun led fed said came become became left lost spent stood rose
		risen woke woken had was were fell fallen shook shaken spoke spoken withdrew withdrawn upheld`) {
		m[w] = true
	}
	return m
}()

// stateWords describe the state an event leaves behind ("Feature live",
// "Tests complete"); they read as past unless a verb leads ("Go live").
var stateWords = map[string]bool{"complete": true, "ready": true, "live": true, "available": true, "over": true, "green": true,
	"stable": true, "healthy": true, "successful": true}

// isStateWord reports whether w names the state an event leaves behind:
// a state word, or a "-free" compound ("Incident-free for a week",
// "Error-free release"), which tells of a result already reached.
func isStateWord(w string) bool {
	if stateWords[w] {
		return true
	}
	stem, free := strings.CutSuffix(w, "-free")
	return free && stem != ""
}

// sameInPast are verbs whose past is their base form: they read as past
// after a noun ("Environment set up") but as an order first ("Set up env").
var sameInPast = map[string]bool{"read": true, "cut": true, "put": true, "set": true, "reset": true, "hit": true,
	"shut": true, "let": true, "quit": true, "spread": true, "run": true, "rerun": true, "upset": true}

// notPastED end in "ed" without being a past: "Need for speed".
var notPastED = map[string]bool{"need": true, "speed": true, "seed": true, "feed": true, "breed": true,
	"bleed": true, "proceed": true, "exceed": true, "succeed": true, "weed": true, "greed": true, "bed": true,
	"red": true, "shed": true, "embed": true, "sled": true, "hundred": true, "sacred": true, "naked": true,
	"wicked": true, "shred": true, "ted": true, "med": true, "fed": false}

// commonVerbs are the verbs workshop stickies start with when written as a
// task ("Deploy to prod") rather than an event; with irregularPast they let
// a hint turn the first word into its past.
var commonVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`deploy redeploy release test retest review merge approve sign push commit
		create open raise submit plan design develop implement fix check scan verify validate pick start finish
		complete publish ship roll install configure provision promote tag package notify request accept demo
		present estimate refine prioritise prioritize groom analyse analyze monitor document update schedule book
		hand load migrate restore announce train onboard log close triage assign discuss agree pass upload
		download prepare sync integrate enable disable register apply update upgrade rollback revert clone
		fork branch rebase compile lint audit pentest certify hand-off handover approve escalate decide
		communicate inform ask answer contact call email order receive deliver launch trigger queue wait
		pull tidy clean archive back-up backup file share import export write build run do make send go
		get give take begin choose find hold keep meet pay sell tell buy bring catch teach think understand
		win see know draw show break freeze spin lead feed read cut put set reset hit shut let quit spread
		rebuild rerun rewrite redo withdraw`) {
		m[w] = true
	}
	return m
}()

// words splits text into lower-case words, keeping inner hyphens and
// apostrophes so "signed-off" and "team's" stay one word.
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\''
	})
}

// isPastWord reports whether one word reads as past: an irregular form, or
// a regular "-ed" verb.
func isPastWord(w string) bool {
	for _, part := range strings.Split(w, "-") {
		if pastForms[part] {
			return true
		}
		if strings.HasSuffix(part, "ed") && utf8.RuneCountInString(part) >= 4 && !notPastED[part] {
			return true
		}
	}
	return false
}

// ReadsAsPast reports whether an event's text reads as something that has
// happened: any word past tense ("Code reviewed", "Tests run",
// "Signed off by security"), except a same-form verb leading a task ("Set
// up staging"). A question is never flagged: it is not an event yet.
func ReadsAsPast(text string) bool {
	ws := words(text)
	if len(ws) == 0 || strings.Contains(text, "?") {
		return true
	}
	_, verbFirst := verbBase(ws[0])
	if len(ws) >= 2 && ((!verbFirst && endStates[ws[len(ws)-1]]) || ws[len(ws)-2]+" "+ws[len(ws)-1] == "in place") {
		return true // "Feature flag on", "Monitoring in place": the state left behind
	}
	for i, w := range ws {
		if i == 0 && sameInPast[w] {
			continue
		}
		if isPastWord(w) || (i > 0 && sameInPast[w]) || (isStateWord(w) && !verbFirst) {
			return true
		}
	}
	return false
}

// PastTenseHint returns a past-tense wording for an event that does not read
// as past, and false when the text is fine: "Deploy to prod" → "Deployed to
// prod", "Deploying to prod" → "Deployed to prod", "Write code" → "Wrote
// code", "Set up staging" → "Staging set up", "Code review" → "Code review
// completed".
func PastTenseHint(text string) (string, bool) {
	text = strings.TrimSpace(text)
	if ReadsAsPast(text) || !englishLetters(text) {
		return "", false
	}
	text = strings.TrimRight(text, ".!")
	if hint, ok := pastInPlace(text); ok {
		return hint, true // "Tests pass" → "Tests passed", "Build fails" → "Build failed"
	}
	first, rest := splitFirstWord(text)
	base, ok := verbBase(strings.ToLower(first))
	if !ok {
		return text + " " + participleFor(text, "completed"), true
	}
	if rest != "" && (obtainVerbs[base] || doVerbs[base]) {
		// "Get CAB approval" → "CAB approval given", not "Got CAB
		// approval"; "Do security review" → "Security review done".
		if p, r := splitFirstWord(rest); doVerbs[base] && strings.EqualFold(p, "out") && r != "" {
			rest = r // "Carry out a review"
		}
		rest = dropArticle(rest)
		fallback := "obtained"
		if doVerbs[base] {
			fallback = "done"
		}
		return capitalise(rest) + " " + participleFor(rest, fallback), true
	}
	if p, r := splitFirstWord(rest); !sameInPast[base] && (movableParticle(p) || (strings.EqualFold(p, "on") && switchVerbs[base])) && r != "" && !isPreposition(r) {
		// "Sign off release" → "Release signed off", as "Set up staging".
		return capitalise(dropArticle(r)) + " " + pastOf(base) + " " + strings.ToLower(p), true
	}
	if sameInPast[base] {
		// "Set up staging": move the verb after what it acts on.
		particle := ""
		if p, r := splitFirstWord(rest); isParticle(p) {
			particle, rest = " "+strings.ToLower(p), r
		}
		if rest == "" {
			return capitalise(first) + particle, true
		}
		return capitalise(rest) + " " + strings.ToLower(first) + particle, true
	}
	return matchCase(first, pastOf(base)) + suffixSpace(rest), true
}

// englishLetters reports whether every letter is a plain Latin one. The
// word lists are English; on "Déployé en prod" or "部署到生产" a hint would
// only be noise.
// endStates end an event that names the state it left: "Feature flag on".
var endStates = map[string]bool{"on": true, "off": true, "enabled": true, "disabled": true, "open": true, "closed": true}

// obtainVerbs lead a task whose event is the thing obtained ("Get CAB
// approval" → "CAB approval given"); doVerbs lead one whose event is the
// thing done ("Do a security review" → "Security review done").
var obtainVerbs = map[string]bool{"get": true, "obtain": true, "receive": true, "gain": true, "secure": true}
var doVerbs = map[string]bool{"do": true, "perform": true, "carry": true, "conduct": true}

// grantedThings are what somebody gives rather than what gets done: "CAB
// approval given", "Access granted", not "CAB approval completed".
var grantedThings = map[string]string{"approval": "given", "sign-off": "given", "signoff": "given",
	"go-ahead": "given", "permission": "granted", "access": "granted", "consent": "given", "budget": "approved",
	"funding": "approved", "ok": "given"}

// participleFor is the word that says the noun phrase text has happened:
// "given" for an approval, "granted" for access, fallback otherwise.
func participleFor(text, fallback string) string {
	ws := words(text)
	for i := len(ws) - 1; i >= 0; i-- {
		if p, ok := grantedThings[ws[i]]; ok {
			return p
		}
	}
	return fallback
}

// pastInPlace turns a present verb after the subject into its past:
// "Tests pass" → "Tests passed", "Build fails" → "Build failed". Only a
// verb in the third person, or a base form after a plural, counts, so that
// "Code review" stays a noun.
func pastInPlace(text string) (string, bool) {
	fs := strings.Fields(text)
	if len(fs) < 2 || len(fs) > 3 {
		return "", false
	}
	subject, w := strings.ToLower(fs[len(fs)-2]), strings.ToLower(fs[len(fs)-1])
	var base string
	switch {
	case strings.HasSuffix(w, "es") && commonVerbs[strings.TrimSuffix(w, "es")] && strings.HasSuffix(strings.TrimSuffix(w, "es"), "ss"):
		base = strings.TrimSuffix(w, "es") // "passes"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && presentVerbs[strings.TrimSuffix(w, "s")]:
		base = strings.TrimSuffix(w, "s") // "fails", "runs"
	case presentVerbs[w] && strings.HasSuffix(subject, "s") && !strings.HasSuffix(subject, "ss"):
		base = w // "Tests pass"
	default:
		return "", false
	}
	fs[len(fs)-1] = matchCase(fs[len(fs)-1], pastOf(base))
	return strings.Join(fs, " "), true
}

// presentVerbs are the verbs a team writes after a subject ("Build fails",
// "Pipeline runs"); nouns that are also verbs ("review", "scan") are left
// out, for "Security scan" names a thing.
var presentVerbs = wordSet(`pass fail start finish run break succeed complete go stop begin end wait`)

// movableParticle: the particles of phrasal verbs that follow the object
// in an event ("Release signed off"); "in" and "on" are more often
// prepositions ("Verify in staging").
func movableParticle(w string) bool {
	switch strings.ToLower(w) {
	case "up", "off", "out", "over", "down", "back":
		return true
	}
	return false
}

// switchVerbs take "on" as a particle: "Turn on the flag" → "Flag turned on".
var switchVerbs = map[string]bool{"turn": true, "switch": true, "flip": true}

func isPreposition(rest string) bool {
	p, _ := splitFirstWord(rest)
	switch strings.ToLower(p) {
	case "to", "from", "with", "for", "by", "into", "onto", "at", "on", "in", "of":
		return true
	}
	return false
}

// dropArticle removes a leading "a", "an" or "the": "Do a review" →
// "Review done".
func dropArticle(s string) string {
	if p, r := splitFirstWord(s); r != "" {
		switch strings.ToLower(p) {
		case "a", "an", "the":
			return r
		}
	}
	return s
}

func englishLetters(text string) bool {
	for _, r := range text {
		if unicode.IsLetter(r) && r > unicode.MaxASCII {
			return false
		}
	}
	return true
}

func suffixSpace(rest string) string {
	if rest == "" {
		return ""
	}
	return " " + rest
}

func isParticle(w string) bool {
	switch strings.ToLower(w) {
	case "up", "off", "out", "in", "on", "down", "over", "back":
		return true
	}
	return false
}

// splitFirstWord splits off the first word (letters, digits, hyphens).
func splitFirstWord(text string) (first, rest string) {
	text = strings.TrimSpace(text)
	i := strings.IndexFunc(text, unicode.IsSpace)
	if i < 0 {
		return text, ""
	}
	return text[:i], strings.TrimSpace(text[i:])
}

// verbBase finds the base of a leading verb: "deploy" and "deploying" give
// "deploy". A leading "-s" word is taken for a plural noun ("Tests …"),
// which is far more common on an event sticky than "Deploys …".
func verbBase(w string) (string, bool) {
	if commonVerbs[w] || irregularPast[w] != "" {
		return w, true
	}
	for _, try := range []func(string) string{
		func(w string) string { return strings.TrimSuffix(w, "ing") },
		func(w string) string { return strings.TrimSuffix(w, "ing") + "e" },
		func(w string) string { // "running" → "run"
			b := strings.TrimSuffix(w, "ing")
			if n := len(b); n >= 2 && b[n-1] == b[n-2] {
				return b[:n-1]
			}
			return b
		},
	} {
		if b := try(w); b != w && (commonVerbs[b] || irregularPast[b] != "") {
			return b, true
		}
	}
	return "", false
}

// pastOf is the simple past of a verb's base form.
func pastOf(base string) string {
	if p := irregularPast[base]; p != "" {
		return p
	}
	if i := strings.LastIndex(base, "-"); i > 0 { // "hand-off" → "handed-off"
		return pastOf(base[:i]) + base[i:]
	}
	n := len(base)
	switch {
	case strings.HasSuffix(base, "e"):
		return base + "d"
	case n > 2 && base[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(base[n-2])):
		return base[:n-1] + "ied"
	case n >= 3 && doublesLast(base):
		return base + base[n-1:] + "ed"
	}
	return base + "ed"
}

// doublesLast: short verbs ending consonant-vowel-consonant double the
// last letter ("plan" → "planned", "ship" → "shipped"); longer ones
// mostly do not ("deliver" → "delivered").
func doublesLast(w string) bool {
	n := len(w)
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	if n > 4 || strings.IndexByte("wxy", w[n-1]) >= 0 {
		return false
	}
	return !vowel(w[n-1]) && vowel(w[n-2]) && !vowel(w[n-3])
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// matchCase writes word in the case of like: "DEPLOY" → "DEPLOYED",
// "Deploy" → "Deployed".
func matchCase(like, word string) string {
	if like == strings.ToUpper(like) && utf8.RuneCountInString(like) > 1 {
		return strings.ToUpper(word)
	}
	r, _ := utf8.DecodeRuneInString(like)
	if unicode.IsUpper(r) {
		return capitalise(word)
	}
	return word
}

// TenseHint is a suggestion for one event sticky.
type TenseHint struct {
	ID         int
	Suggestion string
}

// TenseHints lists the events that do not read as past tense and were not
// dismissed, with a suggested wording, in reading order.
func TenseHints(b *Board) []TenseHint {
	var out []TenseHint
	for _, s := range b.InLane(Events) {
		if s.HintDismissed {
			continue
		}
		if sug, ok := PastTenseHint(s.Text); ok {
			out = append(out, TenseHint{ID: s.ID, Suggestion: sug})
		}
	}
	return out
}

// DismissHint hides (or, with Dismissed false, shows again) the past-tense
// hint on one sticky; undoable, and saved with the board.
type DismissHint struct {
	ID        int
	Dismissed bool

	old bool
}

// Do sets the flag.
func (c *DismissHint) Do(b *Board) {
	if i := b.Index(c.ID); i >= 0 {
		c.old, b.Stickies[i].HintDismissed = b.Stickies[i].HintDismissed, c.Dismissed
	}
}

// Undo restores it.
func (c *DismissHint) Undo(b *Board) {
	if i := b.Index(c.ID); i >= 0 {
		b.Stickies[i].HintDismissed = c.old
	}
}

// Name implements Command.
func (c *DismissHint) Name() string { return "Dismiss past-tense hint" }
