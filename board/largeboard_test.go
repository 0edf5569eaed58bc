package board

import (
	"flag"
	"path/filepath"
	"testing"
)

// The large workshop board is a finished map at a real workshop's size: 26
// events, stickies in several scripts, stacked columns, voted pain points,
// actions with and without owners and due dates, timings and spans that
// cross many columns. It lives in testdata so the exporters' tests use the
// same board; go test ./board -run TestLargeWorkshop -update-large writes it.

var updateLarge = flag.Bool("update-large", false, "rewrite testdata/large-workshop.pathmap")

// largeWorkshopPath is the board's file, for this package's tests.
var largeWorkshopPath = filepath.Join("testdata", "large-workshop.pathmap")

type largeCell struct {
	lane  Lane
	col   int
	text  string
	votes int
	owner string
	due   string
}

var largeEvents = []string{
	"Story picked up from backlog",
	"Refinement with the product owner",
	"Design review",
	"Branch created",
	"Code written with unit tests",
	"Pull request opened",
	"Code review by two people",
	"CI build green",
	"Security scan (SAST/DAST) passed",
	"Merged to main",
	"Artefact published to the registry",
	"Deployed to dev",
	"Integrationstests bestanden",
	"QA sign-off",
	"Change request raised",
	"CAB approval",
	"Развёртывание на стейджинг",
	"Performance test run",
	"Release notes written",
	"Go/no-go meeting",
	"部署到生产环境",
	"Smoke tests passed",
	"Feature flag turned on",
	"Παρακολούθηση ελέγχθηκε",
	"Support team briefed",
	"Customer used the new feature",
}

var largeCells = []largeCell{
	{Systems, 0, "Jira", 0, "", ""},
	{Systems, 2, "Figma", 0, "", ""},
	{Systems, 4, "IntelliJ / VS Code", 0, "", ""},
	{Systems, 5, "GitHub Enterprise", 0, "", ""},
	{Systems, 7, "Jenkins (self-hosted)", 0, "", ""},
	{Systems, 7, "SonarQube quality gate", 0, "", ""},
	{Systems, 8, "Checkmarx", 0, "", ""},
	{Systems, 10, "Artifactory", 0, "", ""},
	{Systems, 11, "Kubernetes-Cluster Entwicklung", 0, "", ""},
	{Systems, 14, "ServiceNow", 0, "", ""},
	{Systems, 16, "Argo CD", 0, "", ""},
	{Systems, 17, "k6 / Grafana", 0, "", ""},
	{Systems, 20, "Helm + Argo CD", 0, "", ""},
	{Systems, 22, "LaunchDarkly", 0, "", ""},
	{Systems, 23, "Datadog-Dashboards", 0, "", ""},
	{Teams, 0, "Product owner", 0, "", ""},
	{Teams, 2, "UX + architects", 0, "", ""},
	{Teams, 4, "Feature team", 0, "", ""},
	{Teams, 6, "Two reviewers from the team", 0, "", ""},
	{Teams, 8, "AppSec (shared, 3 people)", 0, "", ""},
	{Teams, 11, "Platform team", 0, "", ""},
	{Teams, 13, "Equipo de QA en Bogotá", 0, "", ""},
	{Teams, 15, "Change Advisory Board", 0, "", ""},
	{Teams, 16, "Команда эксплуатации", 0, "", ""},
	{Teams, 19, "Release manager", 0, "", ""},
	{Teams, 20, "运维团队", 0, "", ""},
	{Teams, 24, "1st-line support", 0, "", ""},
	{PainPoints, 1, "Stories arrive without acceptance criteria", 4, "", ""},
	{PainPoints, 2, "Design review only every second Thursday", 6, "", ""},
	{PainPoints, 4, "Local build takes 25 minutes", 3, "", ""},
	{PainPoints, 6, "PRs wait two days for a second reviewer", 11, "", ""},
	{PainPoints, 6, "Reviews of 2,000-line diffs", 2, "", ""},
	{PainPoints, 6, "Nobody owns the review rota", 1, "", ""},
	{PainPoints, 7, "Flaky end-to-end tests: re-run until green", 9, "", ""},
	{PainPoints, 8, "False positives block the pipeline", 5, "", ""},
	{PainPoints, 10, "Registry credentials expire silently", 0, "", ""},
	{PainPoints, 12, "Testumgebung oft belegt", 3, "", ""},
	{PainPoints, 13, "Manual regression suite: 3 days", 8, "", ""},
	{PainPoints, 14, "Change request form has 40 fields", 4, "", ""},
	{PainPoints, 15, "CAB meets weekly; a missed slot costs 7 days", 10, "", ""},
	{PainPoints, 15, "Approvers need a PDF of the test report", 2, "", ""},
	{PainPoints, 16, "Стейджинг отличается от прода", 7, "", ""},
	{PainPoints, 17, "Load test needs a booked slot", 1, "", ""},
	{PainPoints, 19, "Go/no-go needs everyone in one room", 3, "", ""},
	{PainPoints, 20, "只能在周末窗口部署", 6, "", ""},
	{PainPoints, 20, "Rollback is manual and untested", 5, "", ""},
	{PainPoints, 23, "Τα alerts δεν φτάνουν στην ομάδα", 2, "", ""},
	{Timings, 3, "10 min", 0, "", ""},
	{Timings, 9, "1h", 0, "", ""},
	{Timings, 18, "2h", 0, "", ""},
	{Timings, 21, "30 min", 0, "", ""},
	{Timings, 24, "1d", 0, "", ""},
	{Timings, 25, "S", 0, "", ""},
	{Actions, 1, "Definition of ready checklist in Jira", 0, "Priya Raman", "2026-12-04"},
	{Actions, 2, "Weekly design slot instead of fortnightly", 0, "Jürgen Weiß", ""},
	{Actions, 6, "Review rota with a named reviewer of the day", 0, "Sam", "2026-12-02"},
	{Actions, 7, "Quarantine flaky tests, fix top ten", 0, "Ana Sofía", "2026-12-11"},
	{Actions, 13, "Automate the regression suite: which parts first?", 0, "", ""},
	{Actions, 15, "Ask CAB for standard-change pre-approval", 0, "Olga Смирнова", "2026-12-15"},
	{Actions, 16, "Почему стейджинг расходится с продом?", 0, "", ""},
	{Actions, 20, "Automated rollback in the Helm chart", 0, "", "2027-01-15"},
	{Actions, 22, "Who owns the flag clean-up?", 0, "", ""},
	{Actions, 23, "把告警接入值班群", 0, "王伟", "2026-12-20"},
}

// largeSpans are timing brackets over event columns (first, last).
var largeSpans = []struct {
	from, to int
	label    string
}{{0, 2, "3d"}, {4, 9, "2d"}, {10, 13, "3-5d"}, {14, 16, "1w"}, {17, 22, "2d"}}

// buildLargeWorkshop lays the board out as the editor would: one column
// per event, stickies stacked under their events, lanes grown to hold the
// stacks, the Timings lane keeping its strip for the brackets.
func buildLargeWorkshop() *Board {
	b := &Board{Title: "Checkout service: path to production", Agenda: DefaultAgenda()}
	step := StickyWidth + ColumnGap
	stack := map[[2]int]int{}
	rows := [LaneCount]int{1, 1, 1, 1, 1, 1}
	for _, c := range largeCells {
		k := [2]int{int(c.lane), c.col}
		stack[k]++
		rows[c.lane] = max(rows[c.lane], stack[k])
	}
	for l := range rows {
		b.LaneHeights[l] = RowsHeight(rows[l])
	}
	b.LaneHeights[Timings] += SpanStrip
	id := 1
	for i, text := range largeEvents {
		b.Stickies = append(b.Stickies, Sticky{ID: id, Lane: Events, Text: text,
			X: float64(i) * step, Y: LanePad, W: StickyWidth, H: StickyHeight})
		id++
	}
	seen := map[[2]int]int{}
	for _, c := range largeCells {
		k := [2]int{int(c.lane), c.col}
		row := seen[k]
		seen[k]++
		b.Stickies = append(b.Stickies, Sticky{ID: id, Lane: c.lane, Text: c.text,
			X: float64(c.col) * step, Y: b.LaneTop(c.lane) + LanePad + float64(row)*(StickyHeight+LaneGap),
			W: StickyWidth, H: StickyHeight, Votes: c.votes, Owner: c.owner, Due: c.due})
		id++
	}
	for i, sp := range largeSpans {
		b.Spans = append(b.Spans, Span{ID: i + 1, From: sp.from + 1, To: sp.to + 1, Label: sp.label})
	}
	return b
}

func TestLargeWorkshop_FileMatchesItsRecipe(t *testing.T) {
	want := buildLargeWorkshop()
	if *updateLarge {
		if err := Save(largeWorkshopPath, want); err != nil {
			t.Fatal(err)
		}
	}
	got, err := Load(largeWorkshopPath)
	if err != nil {
		t.Fatalf("%v (write it with -update-large)", err)
	}
	if len(got.Stickies) != len(want.Stickies) || len(got.Stickies) < 80 || len(got.InLane(Events)) < 25 {
		t.Fatalf("large board has %d stickies and %d events; want %d stickies (≥ 80) and ≥ 25 events",
			len(got.Stickies), len(got.InLane(Events)), len(want.Stickies))
	}
}
