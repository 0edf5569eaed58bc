package board

import "testing"

func TestPastTenseHint_DeployToProdSuggestsDeployedToProd(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Deploy to prod", "Deployed to prod"},
		{"Code review", "Code review completed"},
		{"Deploying to prod", "Deployed to prod"},
		{"Write code", "Wrote code"},
		{"Build the image", "Built the image"},
		{"Set up staging", "Staging set up"},
		{"Run tests", "Tests run"},
		{"Sign off release", "Release signed off"},
		{"Plan sprint", "Planned sprint"},
		{"Ship it", "Shipped it"},
		{"Go live", "Went live"},
		{"Approve change", "Approved change"},
		{"Security scan", "Security scan completed"},
		{"DEPLOY", "DEPLOYED"},
		{"Verify in staging", "Verified in staging"},
	} {
		got, ok := PastTenseHint(c.text)
		if !ok || got != c.want {
			t.Errorf("PastTenseHint(%q) = %q, %v; want %q", c.text, got, ok, c.want)
		}
	}
}

func TestPastTenseHint_PastEventsGetNoHint(t *testing.T) {
	for _, text := range []string{
		"Story picked up from backlog", "Customer used the new feature", "Code written and unit-tested",
		"Image built", "Tests run", "Code review done", "Security scan signed off", "Environment set up",
		"Somebody had an idea", "Release notes written", "PR merged", "Feature live", "Deployed to production",
		"Who owns staging?", "", "Change approved by CAB", "Bug fixed", "Specs drawn up",
		"Déploiement en prod", "部署到生产", // other languages: the word lists are English
		// A state or result reached reads as an event already.
		"Incident-free for a week", "Error-free release", "Stable in production for 2 weeks",
	} {
		if sug, ok := PastTenseHint(text); ok {
			t.Errorf("%q reads as past tense; got hint %q", text, sug)
		}
	}
}

func TestTenseHints_OnlyEventsAndNotDismissed(t *testing.T) {
	b := dupBoard(Events, "Deploy to prod", "Code review", "Code reviewed")
	b.Stickies = append(b.Stickies, Sticky{ID: 9, Lane: Systems, Text: "Deploy tool", X: 0, Y: 140, W: 168, H: 104})
	d := NewDocument(b, nil)
	d.Apply(&DismissHint{ID: 2, Dismissed: true})
	hints := TenseHints(d.Board())
	if len(hints) != 1 || hints[0].ID != 1 || hints[0].Suggestion != "Deployed to prod" {
		t.Fatalf("hints = %+v; want only the event \"Deploy to prod\" (the other was dismissed, systems are not events)", hints)
	}
	d.Undo()
	if len(TenseHints(d.Board())) != 2 {
		t.Fatal("undoing the dismissal did not bring the hint back")
	}
}

// Phrasings as teams write them on the wall, with what a careful writer
// would accept as the event ("" = reads as past already, no hint).
func TestPastTenseHint_ReadsRightToACarefulWriter(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Get CAB approval", "CAB approval given"},
		{"Get approval from security", "Approval from security given"},
		{"Obtain sign-off", "Sign-off given"},
		{"Get access to prod", "Access to prod granted"},
		{"Get a budget", "Budget approved"},
		{"Get test data", "Test data obtained"},
		{"Do a security review", "Security review done"},
		{"Perform load test", "Load test done"},
		{"Carry out pen test", "Pen test done"},
		{"Feature flag on", ""},
		{"Feature flag off", ""},
		{"Monitoring in place", ""},
		{"Turn on feature flag", "Feature flag turned on"},
		{"Turn feature flag on", "Turned feature flag on"},
		{"Tests pass", "Tests passed"},
		{"Build fails", "Build failed"},
		{"Pipeline runs", "Pipeline ran"},
		{"Build passes", "Build passed"},
		{"Sign off release", "Release signed off"},
		{"Roll back deployment", "Deployment rolled back"},
		{"Pick up story", "Story picked up"},
		{"Hand over to ops", "Handed over to ops"},
		{"Set up monitoring", "Monitoring set up"},
		{"CAB approval", "CAB approval given"},
		{"Security sign-off", "Security sign-off given"},
		{"Code review", "Code review completed"},
		{"Security scan", "Security scan completed"},
		{"UAT", "UAT completed"},
		{"Deploy to prod.", "Deployed to prod"},
		{"Merge PR", "Merged PR"},
		{"Raise change request", "Raised change request"},
		{"Write release notes", "Wrote release notes"},
		{"Tag release", "Tagged release"},
		{"Notify stakeholders", "Notified stakeholders"},
		{"Go live", "Went live"},
		{"Wait for approval", "Waited for approval"},
		{"Testing in staging", "Tested in staging"},
		{"Release approved", ""},
		{"CAB approval received", ""},
		{"Access granted", ""},
		{"Ready for release", ""},
		{"Code merged", ""},
		{"Smoke tests green", ""},
		{"Ticket in Done column", ""},
		{"Deploy on Friday", "Deployed on Friday"},
		{"Switch on the flag", "Flag switched on"},
	} {
		got, ok := PastTenseHint(c.text)
		if c.want == "" {
			if ok {
				t.Errorf("%q reads as past; got hint %q", c.text, got)
			}
			continue
		}
		if !ok || got != c.want {
			t.Errorf("PastTenseHint(%q) = %q, %v; want %q", c.text, got, ok, c.want)
		}
	}
}
