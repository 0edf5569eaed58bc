//go:build race

package export

// raceOn is set when the tests run under the race detector, which makes
// drawing pixels some ten times slower. Tests that draw huge pictures only
// to check their size or a pixel draw smaller ones then: the race detector
// learns nothing more from a bigger picture, and the plain run draws them.
const raceOn = true
