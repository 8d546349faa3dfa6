package wiring

import (
	"time"

	"github.com/carepost/carepost/inbox"
)

// newInbox wires the inbox over the services: its store, the syncer that
// reads every account through the same connectors as the engine, and
// triage on every new item.
func newInbox(s *Services, now func() time.Time) *inbox.Service {
	store := inbox.NewStore(s.DB, now)
	return &inbox.Service{
		Store:    store,
		Schedule: s.Schedule,
		Engine:   s.Engine,
		Profile:  s.Drafts.Profile,
		Zone:     s.Drafts.Zone,
		Sync: &inbox.Syncer{
			Store:      store,
			Accounts:   s.Accounts,
			Connectors: s.connector,
			Now:        now,
			Assess:     inbox.Triage,
		},
	}
}
