package room

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"strings"
)

// codeAlphabet has no characters that look alike when read off a
// projector: no 0/O, no 1/l/I. Upper case only, so a phone's keyboard
// capitalisation does not matter (the code is compared upper-cased).
const codeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

// CodeLength is the number of characters in a join code.
const CodeLength = 6

// newToken returns 128 random bits as URL-safe text: the secret in the
// room's QR code.
func newToken() string {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		panic("room: no random numbers: " + err.Error()) // crypto/rand never fails on supported systems
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// newJoinCode returns a random code of CodeLength characters from
// codeAlphabet, drawn without bias.
func newJoinCode() string {
	var sb strings.Builder
	for sb.Len() < CodeLength {
		sb.WriteByte(codeAlphabet[randIntn(len(codeAlphabet))])
	}
	return sb.String()
}

func randIntn(n int) int {
	// Rejection sampling: bytes at or above the largest multiple of n
	// would favour the first letters.
	limit := 256 - 256%n
	b := make([]byte, 1)
	for {
		if _, err := rand.Read(b); err != nil {
			panic("room: no random numbers: " + err.Error())
		}
		if int(b[0]) < limit {
			return int(b[0]) % n
		}
	}
}

// sameSecret compares two secrets in constant time.
func sameSecret(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }

// normaliseCode reads a join code as typed: case and the spaces or dashes
// people put in are ignored.
func normaliseCode(s string) string {
	s = strings.ToUpper(s)
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' {
			return -1
		}
		return r
	}, s)
}
