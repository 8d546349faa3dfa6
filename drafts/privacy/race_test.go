//go:build race

package privacy

// raceDetector: the tests run under the race detector.
const raceDetector = true
