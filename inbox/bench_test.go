package inbox

import (
	"fmt"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/network"
)

// benchItems are n synthetic items, one a minute back from t0: replies,
// mentions and private messages from 5,000 authors, every 500th urgent (a clinic hears of few emergencies)
// (the stand-in triage reads the "URGENT:" prefix).
func benchItems(from, n int) []accounts.Activity {
	words := []string{"opening hours", "flu shot", "parking", "new patients", "Saturday clinic", "thank you", "billing question", "vaccination"}
	out := make([]accounts.Activity, n)
	for i := range out {
		k := from + i
		text := fmt.Sprintf("Hello, a question about %s and %s, message %d", words[k%len(words)], words[(k/7)%len(words)], k)
		if k%500 == 0 {
			text = "URGENT: " + text
		}
		kind := accounts.ActivityMention
		switch k % 5 {
		case 1:
			kind = accounts.ActivityReply
		case 2:
			kind = accounts.ActivityMessage
		}
		out[i] = accounts.Activity{Ref: accounts.Ref{ID: fmt.Sprint(k), URL: fmt.Sprintf("https://social.example/@u%d/%d", k%5000, k)},
			Kind: kind, Private: kind == accounts.ActivityMessage, Author: fmt.Sprintf("@u%d@social.example", k%5000),
			AuthorName: fmt.Sprintf("User %d", k%5000), Text: text, CreatedAt: t0.Add(-time.Duration(k) * time.Minute)}
	}
	return out
}

const benchSize = 100_000

// seeded is an inbox of benchSize items over two accounts, some done.
func seeded(b *testing.B) (*env, accounts.Account) {
	b.Helper()
	e := newEnv(b)
	a := e.addAccount(network.Mastodon, "clinic")
	other := e.addAccount(network.Bluesky, "clinic.bsky.social")
	const batch = 5000
	for from := 0; from < benchSize; from += batch {
		// A quarter of the items, spread through time, on the second account.
		var mine, theirs []accounts.Activity
		for i, it := range benchItems(from, batch) {
			if i%4 == 0 {
				theirs = append(theirs, it)
			} else {
				mine = append(mine, it)
			}
		}
		for _, part := range []struct {
			acct  accounts.Account
			items []accounts.Activity
		}{{a, mine}, {other, theirs}} {
			if _, err := e.store.Ingest(e.ctx, Batch{AccountID: part.acct.ID, Network: part.acct.Network, Activities: part.items,
				Cursor: fmt.Sprint(from + batch)}, e.syncer.Assess); err != nil {
				b.Fatal(err)
			}
		}
	}
	if _, err := e.db.Exec(`UPDATE inbox_items SET state = 'done', read = 1 WHERE id % 3 = 0`); err != nil {
		b.Fatal(err)
	}
	if _, err := e.db.Exec(`ANALYZE`); err != nil {
		b.Fatal(err)
	}
	return e, a
}

// BenchmarkIngest is the rate items are stored, triaged by the stand-in
// and indexed for search, in pages of 100 (a page a network returns), into
// an inbox that already holds 100,000 items: "forward" as a running sync
// brings them (each page newer than the last), "backfill" as a first sync
// reads back through history.
func BenchmarkIngest(b *testing.B) {
	for _, forward := range []bool{true, false} {
		name := "backfill"
		if forward {
			name = "forward"
		}
		b.Run(name, func(b *testing.B) {
			e, a := seeded(b)
			const page = 100
			n := 0
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				items := benchItems(benchSize+i*page, page)
				for j := range items {
					if forward {
						// Newer with every page, after everything stored.
						items[j].CreatedAt = t0.Add(time.Duration(i*page+j+1) * time.Minute)
					}
				}
				b.StartTimer()
				if _, err := e.store.Ingest(e.ctx, Batch{AccountID: a.ID, Network: a.Network, Activities: items, Cursor: fmt.Sprint(n)}, e.syncer.Assess); err != nil {
					b.Fatal(err)
				}
				n += page
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "items/s")
		})
	}
}

// BenchmarkFirstPage is the list's first page under the filters staff
// use, over 100,000 items.
func BenchmarkFirstPage(b *testing.B) {
	e, a := seeded(b)
	for _, tc := range []struct {
		name string
		f    Filter
	}{
		{"new", Filter{State: StateNew}},
		{"unread", Filter{Unread: true}},
		{"account+kind", Filter{AccountID: a.ID, Kind: KindMessage}},
		{"network+new", Filter{Network: network.Bluesky, State: StateNew}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				p, err := e.store.List(e.ctx, tc.f)
				if err != nil || len(p.Items) != DefaultPageSize {
					b.Fatalf("%d items, %v", len(p.Items), err)
				}
			}
		})
	}
	b.Run("unread count", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := e.store.Unread(e.ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkSearch is a full-text search's first page over 100,000 items:
// a rare word, a common one, and two words.
func BenchmarkSearch(b *testing.B) {
	e, _ := seeded(b)
	for _, q := range []string{"message 4242", "parking", "flu vaccination", "u4242"} {
		b.Run(q, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				p, err := e.store.List(e.ctx, Filter{Search: q})
				if err != nil || len(p.Items) == 0 {
					b.Fatalf("%d items, %v", len(p.Items), err)
				}
			}
		})
	}
}
