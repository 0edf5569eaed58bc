//go:build !race

package export

// raceOn: see race_on_test.go.
const raceOn = false
