package wiring

import (
	"context"
	"time"

	"github.com/carepost/carepost/inbox"
	"github.com/carepost/carepost/stats"
)

// Stats is the engagement history over the same database, connectors and
// clock as the publishing engine: snapshots are read through the very
// connectors that publish. It holds no state of its own, so the app, the
// commands and the tests may each take one. The month's inbox figures
// come from the inbox: items received and first-response times.
func (s *Services) Stats() *stats.Service {
	st := stats.NewService(s.DB, s.Drafts, s.Accounts, s.connector, s.Engine.Now)
	if s.Inbox != nil && s.Inbox.Store != nil {
		st.Inbox = inboxFigures{store: s.Inbox.Store, zone: s.Drafts.Zone}
	}
	return st
}

// inboxFigures gives the statistics the inbox's figures: how many items
// arrived, and the first-response times of those answered.
type inboxFigures struct {
	store *inbox.Store
	zone  func(context.Context) (*time.Location, error)
}

func (f inboxFigures) InboxFigures(ctx context.Context, from, to time.Time) (stats.InboxPeriod, error) {
	loc, err := f.zone(ctx)
	if err != nil {
		return stats.InboxPeriod{}, err
	}
	medians, err := f.store.ResponseMedians(ctx, inbox.PeriodMonth, from, to, loc)
	if err != nil {
		return stats.InboxPeriod{}, err
	}
	received, err := f.store.Received(ctx, from, to)
	if err != nil {
		return stats.InboxPeriod{}, err
	}
	out := stats.InboxPeriod{Items: stats.Count{N: int64(received), Reported: true}}
	for _, m := range medians {
		// [from, to) is one calendar month: at most one median.
		out.Answered += m.Answered
		out.MedianFirstResponse = m.Calendar
	}
	return out, nil
}
