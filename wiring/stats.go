package wiring

import "github.com/carepost/carepost/stats"

// Stats is the engagement history over the same database, connectors and
// clock as the publishing engine: snapshots are read through the very
// connectors that publish. It holds no state of its own, so the app, the
// commands and the tests may each take one.
func (s *Services) Stats() *stats.Service {
	return stats.NewService(s.DB, s.Drafts, s.Accounts, s.connector, s.Engine.Now)
}
