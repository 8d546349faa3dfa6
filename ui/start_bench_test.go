package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// benchmarkStart times NewMainWindow, which opens on the drafts list, over
// a data folder with n drafts; the two benchmarks side by side show what of
// start-up grows with the data.
func benchmarkStart(b *testing.B, n int) {
	svc, acc := newFlowService(b, true)
	seedManyDrafts(b, svc, n)
	ws := wiredFor(svc)
	a := test.NewTempApp(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m := NewMainWindow(a, svc, acc, func(string) error { return nil }, ws.Schedule)
		m.Window.Show()
		b.StopTimer()
		m.Window.Close()
		b.StartTimer()
	}
}

func BenchmarkStartWith1Draft(b *testing.B)      { benchmarkStart(b, 1) }
func BenchmarkStartWith10000Drafts(b *testing.B) { benchmarkStart(b, 10000) }
