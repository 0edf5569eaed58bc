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
