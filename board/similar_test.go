package board

import (
	"fmt"
	"testing"
)

func TestSameMeaning_CodeReviewedMatchesCodeReviewDone(t *testing.T) {
	for _, c := range [][2]string{
		{"Code reviewed", "code review done"},
		{"code review done", "Code-review completed"},
		{"Code reviewed", "Code-review completed"},
		{"Code reveiwed", "Code reviewed"},             // swapped letters
		{"Deplyed to staging", "Deployed to staging"},  // a letter missing
		{"Deployed to prod", "Deployed to production"}, // abbreviation
		{"Reviewed and merged", "Merged and reviewed"}, // word order
		{"PR merged", "Pull request merged!"},          // abbreviation, punctuation
		{"Tests passed", "Tests done"},                 // both only say it happened
		{"Security scans signed off", "security scan signed-off"},
		{"Deployment to production", "Deployed to production"},
		{"Change approved by the CAB", "CAB approved change"},
		{"Planned the sprint", "Sprint planned"},
		{"Code written", "Wrote code"},
		{"Image built", "Built image"},
		{"Env set up", "Environment setup done"},
		{"CI build green", "Build passed"},                          // "CI build" is the build
		{"Build passes on CI", "Build succeeded"},                   // green / passed / succeeded
		{"Feature toggled on for customers", "Feature flag on"},     // toggle / flag, "on"
		{"Peer review completed", "Code reviewed"},                  // peer review / code review
		{"PR approved", "Code review done"},                         // an approved PR is the review
		{"Released to production", "Deployed to production"},        // released / deployed, same place
		{"Pushed to prod", "Deployed to production"},                // pushed to a place
		{"Monitoring configured", "Monitoring set up"},              // configured / set up
		{"Merge request opened", "PR opened"},                       // GitLab's pull request
		{"Change advisory board approval", "CAB approved"},          // the name spelled out
		{"Security review signed off", "Security sign-off"},         // review and approval: one step
		{"Unit test suite green", "Unit tests passed"},              // suite / tests
		{"Feature flag flipped on", "Enable feature flag"},          // flipped on / enabled
		{"SAST passed", "Security static scan done"},                // the acronym spelled out
		{"Artifact uploaded to Artifactory", "Artifacts published"}, // uploaded / published
	} {
		if !SameMeaning(c[0], c[1]) {
			t.Errorf("%q and %q say the same thing; not found as duplicates (tokens %v / %v)", c[0], c[1], meaningTokens(c[0]), meaningTokens(c[1]))
		}
	}
}

func TestSameMeaning_DeployedToStagingIsNotDeployedToProduction(t *testing.T) {
	for _, c := range [][2]string{
		{"Deployed to staging", "Deployed to production"},
		{"Deployed to QA", "Deployed to UAT"},
		{"Tests passed", "Tests failed"},
		{"Unit tests passed", "Integration tests passed"},
		{"Approved by CAB", "Approved by security"},
		{"Release 1.2 shipped", "Release 1.3 shipped"},
		{"Code reviewed", "Code written"},
		{"Story picked up", "Story picked up from backlog by the team lead"},
		{"Done", "Completed"}, // nothing left to compare
		{"Merged to main", "Merged to master"},
		{"Pen test booked", "Pen test passed"},
		{"Build started", "Build finished"},
		{"Released to staging", "Deployed to production"},
		{"CI build red", "CI build green"},
		{"Build kicked off", "Build passed"},
		{"Feature flag created", "Feature flag on"},
		{"Feature flag on", "Feature flag off"},
		{"Feature flag removed", "Feature flag enabled"},
		{"Code review requested", "Code reviewed"},
		{"PR merged to main", "Merged to main"},
		{"Hotfix shipped to prod", "Shipped to production"},
		{"Image pushed to registry", "Pushed to prod"},
		{"DAST scan done", "SAST scan done"},
		{"Dynamic scan completed", "Security scan"},
		{"Unit tests written", "Unit tests passed"},
	} {
		if SameMeaning(c[0], c[1]) {
			t.Errorf("%q and %q mean different things; marked as duplicates (tokens %v / %v)", c[0], c[1], meaningTokens(c[0]), meaningTokens(c[1]))
		}
	}
}

// dupBoard is a board with the given texts in one lane, side by side.
func dupBoard(lane Lane, texts ...string) *Board {
	b := &Board{}
	for i, t := range texts {
		b.Stickies = append(b.Stickies, Sticky{ID: i + 1, Lane: lane, Text: t, X: float64(i) * 188,
			Y: b.LaneTop(lane) + LanePad, W: StickyWidth, H: StickyHeight})
	}
	return b
}

func ExampleSameMeaning() {
	fmt.Println(SameMeaning("Code reviewed", "Code-review completed"), SameMeaning("Deployed to staging", "Deployed to production"))
	// Output: true false
}

func TestFindDuplicates_OffersTheGroupsAWorkshopRunMissed(t *testing.T) {
	b := dupBoard(Events, "CI build green", "Feature flag on", "Peer review completed", "Build passed",
		"Code reviewed", "Feature toggled on for customers", "code review done", "Build started",
		"Released to staging", "Released to production", "Deployed to production")
	var got [][]string
	for _, g := range FindDuplicates(b) {
		var texts []string
		for _, id := range g.IDs {
			texts = append(texts, b.Stickies[id-1].Text)
		}
		got = append(got, texts)
	}
	want := [][]string{
		{"CI build green", "Build passed"},
		{"Feature flag on", "Feature toggled on for customers"},
		{"Peer review completed", "Code reviewed", "code review done"},
		{"Released to production", "Deployed to production"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Review duplicates offers %q; want %q", got, want)
	}
}
