package drafts

import (
	"math"
	"strconv"
	"sync"
	"testing"
)

func TestWithCommasGroupsThousands(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{0, "0"},
		{7, "7"},
		{999, "999"},
		{1000, "1,000"},
		{9999, "9,999"},
		{10000, "10,000"},
		{63206, "63,206"},
		{100000, "100,000"},
		{999999, "999,999"},
		{1000000, "1,000,000"},
		{1234567, "1,234,567"},
		{-1, "-1"},
		{-999, "-999"},
		{-1000, "-1,000"},
		{-4500, "-4,500"},
		{math.MaxInt64, "9,223,372,036,854,775,807"},
		{math.MinInt64, "-9,223,372,036,854,775,808"},
	}
	for _, tc := range tests {
		t.Run(strconv.Itoa(tc.n), func(t *testing.T) {
			if got := withCommas(tc.n); got != tc.want {
				t.Errorf("withCommas(%d) = %q, want %q", tc.n, got, tc.want)
			}
		})
	}
}

// TestWithCommasConcurrent checks the shared printer gives the same text
// when the counters of several drafts are worked out at once.
func TestWithCommasConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				if got := withCommas(63206); got != "63,206" {
					t.Errorf("withCommas(63206) = %q", got)
					return
				}
			}
		}()
	}
	wg.Wait()
}
