package board

import (
	"encoding/json"
	"fmt"
)

// migrations[i] turns a file of format version i+1 into version i+2, working
// on the decoded top-level JSON object. Files are migrated step by step up to
// FormatVersion when they are read; they are only ever written in the newest
// version. Each step has a fixture in testdata/formats/.
var migrations = []func(top map[string]json.RawMessage) error{
	migrate1to2,
	migrate2to3,
}

// migrate1to2: version 2 added optional fields (sticky owner, due and votes;
// timing spans). A version-1 file has none of them, so it reads as it is.
func migrate1to2(map[string]json.RawMessage) error { return nil }

// migrate2to3: version 3 added the optional sticky fields from ("room" for
// a sticky sent from a phone) and author. A version-2 file has neither.
func migrate2to3(map[string]json.RawMessage) error { return nil }

// migrate brings top from version to FormatVersion.
func migrate(top map[string]json.RawMessage, version int) error {
	for v := version; v < FormatVersion; v++ {
		if err := migrations[v-1](top); err != nil {
			return problem("", "format version %d: %v", v, err)
		}
	}
	top["version"] = json.RawMessage(fmt.Sprint(FormatVersion))
	return nil
}
