package board

import "strings"

// fillerWords carry no meaning of their own on a sticky.
var fillerWords = wordSet(`a an the to of in on at for by into onto from is are was were be been being has
	have had and & + it its our we us they their then with via`)

// doneWords only say that something happened, which every event does:
// "Code review done" is "Code reviewed", "Build green" is "Build passed".
var doneWords = wordSet(`done complete completed completion finished finish happened ok okay successfully
	successful success succeeded succeeds passed pass passes green granted`)

// lightVerbs only say that someone did the thing the other words name:
// "Get CAB approval" is "CAB approved", "Run security scan" is "Security
// scan", "Schema migration applied" is "Schema migrated". ("Enabled" is
// not one: "Feature flag on" is not "Feature flag created".)
var lightVerbs = wordSet(`get gets got gotten getting obtain obtained receive received given run runs ran
	perform performed do did carry carried execute executed conduct conducted turn turned switch switched
	go went gone apply applied applies`)

// phrases are runs of words that teams write several ways, each replaced by
// one spelling before anything else: "sign-off", "signed off" and "approval"
// say the same; "end to end" is "e2e" (and its "to" is no filler).
var phrases = []struct {
	words []string
	to    string
}{
	{[]string{"sign", "off"}, "approve"}, {[]string{"signed", "off"}, "approve"}, {[]string{"signs", "off"}, "approve"},
	{[]string{"signing", "off"}, "approve"},
	{[]string{"end", "to", "end"}, "e2e"},
	{[]string{"user", "acceptance", "testing"}, "uat"}, {[]string{"user", "acceptance", "tests"}, "uat"},
	{[]string{"user", "acceptance", "test"}, "uat"},
	{[]string{"pull", "request"}, "pr"}, {[]string{"pull", "requests"}, "pr"},
	// A merge request is GitLab's pull request.
	{[]string{"merge", "request"}, "pr"}, {[]string{"merge", "requests"}, "pr"},
	{[]string{"product", "owner"}, "po"},
	{[]string{"continuous", "integration"}, "ci"}, {[]string{"continuous", "delivery"}, "cd"},
	{[]string{"penetration", "test"}, "pentest"}, {[]string{"penetration", "tests"}, "pentest"},
	{[]string{"penetration", "testing"}, "pentest"}, {[]string{"pen", "test"}, "pentest"},
	{[]string{"pen", "tests"}, "pentest"}, {[]string{"pen", "testing"}, "pentest"}, {[]string{"pen", "tested"}, "pentest"},
	{[]string{"roll", "back"}, "rollback"}, {[]string{"rolled", "back"}, "rollback"},
	{[]string{"hand", "over"}, "handover"}, {[]string{"handed", "over"}, "handover"},
	{[]string{"set", "up"}, "setup"},
	{[]string{"go", "live"}, "live"}, {[]string{"went", "live"}, "live"}, {[]string{"gone", "live"}, "live"},
	// A flag's state is a word of its own, "on" included ("on" is
	// otherwise filler): "Feature flag on" is "Feature toggled on" is
	// "Feature flag enabled", and none of them is "Feature flag created".
	{[]string{"turn", "on"}, "enabled"}, {[]string{"turned", "on"}, "enabled"}, {[]string{"switched", "on"}, "enabled"},
	{[]string{"switch", "on"}, "enabled"}, {[]string{"flip", "on"}, "enabled"}, {[]string{"flipped", "on"}, "enabled"},
	{[]string{"turn", "off"}, "disabled"}, {[]string{"turned", "off"}, "disabled"}, {[]string{"switched", "off"}, "disabled"},
	{[]string{"switch", "off"}, "disabled"}, {[]string{"flip", "off"}, "disabled"}, {[]string{"flipped", "off"}, "disabled"},
	{[]string{"toggled", "on"}, "flag enabled"}, {[]string{"toggle", "on"}, "flag enabled"},
	{[]string{"toggled", "off"}, "flag disabled"}, {[]string{"toggle", "off"}, "flag disabled"},
	{[]string{"flag", "on"}, "flag enabled"}, {[]string{"flags", "on"}, "flag enabled"},
	{[]string{"feature", "on"}, "feature enabled"}, {[]string{"feature", "off"}, "feature disabled"},
	{[]string{"feature", "toggle"}, "feature flag"}, {[]string{"feature", "toggles"}, "feature flag"},
	{[]string{"change", "advisory", "board"}, "cab"},
	// A build is a CI build: "CI build green" is "Build passed", and so is
	// "Build passes on CI".
	{[]string{"ci", "build"}, "build"}, {[]string{"ci", "builds"}, "build"},
	{[]string{"on", "ci"}, ""}, {[]string{"in", "ci"}, ""},
	{[]string{"kick", "off"}, "start"}, {[]string{"kicked", "off"}, "started"},
	{[]string{"pick", "up"}, "start"}, {[]string{"picked", "up"}, "started"},
	{[]string{"spin", "up"}, "provision"}, {[]string{"spun", "up"}, "provisioned"},
	{[]string{"live", "in", "production"}, "live"}, {[]string{"live", "in", "prod"}, "live"},
	{[]string{"roll", "out"}, "deploy"}, {[]string{"rolled", "out"}, "deployed"}, {[]string{"rolls", "out"}, "deploy"},
	{[]string{"disaster", "recovery"}, "dr"},
}

// synonyms are the abbreviations and variants of the trade, in one
// spelling. A ticket, a request and a change ticket are raised, logged,
// created or opened: all the same step on the wall.
var synonyms = map[string]string{
	"prod": "production", "prd": "production", "stg": "staging", "env": "environment", "envs": "environment",
	"repo": "repository", "repos": "repository", "prs": "pr", "mrs": "pr", "setup": "setup",
	"signoff": "approve", "signedoff": "approve", "approval": "approve", "approvals": "approve",
	"dev": "development", "config": "setup", "docs": "documentation", "doc": "documentation",
	"tests": "test", "db": "database", "perf": "performance", "ops": "operations", "infosec": "security",
	"sec": "security", "toggle": "flag", "ticket": "request", "tickets": "request",
	"raise": "open", "raised": "open", "create": "open", "created": "open", "log": "open", "logged": "open",
	"opened": "open", "submit": "open", "submitted": "open", "penetration": "pentest", "pentests": "pentest",
	"pentesting": "pentest", "pentested": "pentest",
	// A release or a shipment is a deployment; the place says which one
	// ("Released to staging" is not "Deployed to production").
	"release": "deploy", "released": "deploy", "releases": "deploy", "releasing": "deploy",
	"ship": "deploy", "shipped": "deploy", "ships": "deploy", "shipping": "deploy",
	"rollout": "deploy", "promote": "deploy", "promoted": "deploy", "promotes": "deploy",
	"upload": "publish", "uploaded": "publish", "uploads": "publish",
	// A peer review is the code review; a test suite is the tests.
	"peer": "code", "suite": "test", "suites": "test",
	"red": "failed", "broken": "failed", "off": "disabled",
	"trigger": "start", "triggered": "start",
	"sized": "estimated", "size": "estimate", "pointed": "estimated",
	"configure": "setup", "configured": "setup", "configures": "setup", "configuring": "setup",
	"configuration": "setup",
	"schedule":      "book", "scheduled": "book", "jira": "request", "resolve": "close", "resolved": "close",
	"pack": "test", "packs": "test",
	"linter": "lint", "linting": "lint", "arch": "architecture", "schema": "database",
	"sast": "static security scan", "dast": "dynamic security scan",
}

// pushed says "deployed" of a place and "published" of an artifact:
// "Pushed to prod", "Image pushed to registry".
const pushed = "push"

// irregularBase maps past forms back to the base, so "Code written" and
// "Code write-up" compare by their verb.
var irregularBase = func() map[string]string {
	m := map[string]string{"written": "write", "rewritten": "rewrite", "gone": "go", "given": "give",
		"taken": "take", "begun": "begin", "chosen": "choose", "seen": "see", "known": "know", "drawn": "draw",
		"shown": "show", "broken": "break", "frozen": "freeze", "risen": "rise", "woken": "wake", "fallen": "fall",
		"spoken": "speak", "withdrawn": "withdraw", "gotten": "get"}
	for base, past := range irregularPast {
		if past != base && !strings.HasSuffix(past, "ed") {
			m[past] = base
		}
	}
	return m
}()

// distinguishing are words that make a longer sticky a different event
// from a shorter one it contains: another action ("Code reviewed" is not
// "Code reviewed and merged"), an outcome ("Pen test booked"), a place
// ("App deployed" vs "App deployed to staging"), a kind of test, or the
// pull request a change goes through ("PR merged to main" is not "Merged
// to main"). Other extra words only say more about the same thing:
// "Security scan" is "Security static scan (SAST) passed".
var distinguishing = func() map[string]bool {
	m := map[string]bool{}
	notVerbs := wordSet(`branch package file log document order email call queue backup back-up share export
		import tag demo`)
	for w := range commonVerbs {
		if !notVerbs[w] {
			m[stem(w)] = true
		}
	}
	for w := range irregularPast {
		m[stem(w)] = true
	}
	for w := range wordSet(`staging production development qa uat preprod pre sandbox canary local live test
		unit integration e2e smoke regression performance load contract manual automated acceptance
		fail failed failure start started book booked request requested reject rejected block blocked
		off disabled error errors broken retry partial draft open remove removed delete deleted hotfix
		dynamic pr`) {
		m[stem(w)] = true
	}
	return m
}()

func wordSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// partnerWords are distinguishing words that are no other event when a
// longer sticky adds one to a shorter sticky with its partner: "Security
// review signed off" is "Security sign-off", "Code review approved" is
// "Code reviewed".
var partnerWords = map[string]string{approved: stem("review"), stem("review"): approved}

// approved is the token of "approved", "approval", "sign-off" and "signed off".
var approved = stem("approve")

// deployPlaces are the places a team deploys to, as stemmed tokens.
var deployPlaces = func() map[string]bool {
	m := map[string]bool{}
	for w := range wordSet(`staging production development qa uat preprod sandbox canary live test dr
		environment`) {
		m[stem(w)] = true
	}
	return m
}()
