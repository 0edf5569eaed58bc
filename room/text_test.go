package room

import (
	"strings"
	"testing"
)

func TestCleanText_StripsControlAndBidi(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"  Code review done  ", "Code review done"},
		{"Deployed\nto\tstaging", "Deployed to staging"},
		{"evil\u202egnp.exe", "evilgnp.exe"},
		{"a\u2066b\u2069c\u200fd", "abcd"},
		{"bell\x07 and\x00 nul", "bell and nul"},
		{"Größe 部署 👩‍💻", "Größe 部署 👩‍💻"},
		{"zero\u200bwidth", "zerowidth"},
	} {
		got, ok := cleanText(c.in, MaxText)
		if got != c.want || !ok {
			t.Errorf("cleanText(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

func TestCleanText_RefusesOverLimit(t *testing.T) {
	if _, ok := cleanText(strings.Repeat("é", MaxText), MaxText); !ok {
		t.Fatalf("%d characters refused", MaxText)
	}
	if _, ok := cleanText(strings.Repeat("é", MaxText+1), MaxText); ok {
		t.Fatalf("%d characters accepted", MaxText+1)
	}
}

func TestJoinCode_NoLookAlikes(t *testing.T) {
	seen := map[string]bool{}
	for i := 0; i < 2000; i++ {
		c := newJoinCode()
		if len(c) != CodeLength {
			t.Fatalf("code %q has %d characters", c, len(c))
		}
		if strings.ContainsAny(c, "0O1lI") {
			t.Fatalf("code %q has a look-alike character", c)
		}
		seen[c] = true
	}
	if len(seen) < 1990 {
		t.Fatalf("only %d different codes in 2000", len(seen))
	}
	if tok := newToken(); len(tok) != 22 {
		t.Fatalf("token %q is not 128 bits in base64", tok)
	}
	if normaliseCode("ab c-7k") != "ABC7K" {
		t.Fatalf("typed code not normalised: %q", normaliseCode("ab c-7k"))
	}
}
