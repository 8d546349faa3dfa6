package stats

import (
	"context"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/store"
)

// ConnectorFunc returns the connector of one account (wiring's, the same
// the publishing engine uses).
type ConnectorFunc func(ctx context.Context, accountID int64) (accounts.Connector, accounts.Account, error)

// AccountLister lists the clinic's accounts; *accounts.Service is one.
type AccountLister interface {
	List(ctx context.Context) ([]accounts.Account, error)
}

// Clinic is what the figures need of the clinic: its zone (months are its
// calendar months), its name (the summary's cover) and its templates (to
// name what a post was made from); *drafts.Service is one.
type Clinic interface {
	Zone(ctx context.Context) (*time.Location, error)
	Profile(ctx context.Context) (drafts.Profile, error)
	Templates(ctx context.Context) ([]drafts.Template, error)
}

// InboxFigures gives a period's inbox volume and median first response.
// The inbox provides it; until it does, the figures read "not available".
type InboxFigures interface {
	InboxFigures(ctx context.Context, from, to time.Time) (InboxPeriod, error)
}

// InboxPeriod is the inbox over one period: counts only, never what was
// written or by whom.
type InboxPeriod struct {
	// Items: replies, comments, mentions, messages and reviews received
	// (not reported while the inbox does not count them by period).
	Items Count `json:"items"`
	// Answered is how many of them were answered; MedianFirstResponse is
	// over those (0 when none).
	Answered            int           `json:"answered"`
	MedianFirstResponse time.Duration `json:"median_first_response_ns"`
}

// Service keeps and reads the engagement history over one database.
type Service struct {
	db         *store.DB
	now        func() time.Time
	connectors ConnectorFunc
	accounts   AccountLister
	clinic     Clinic
	// Inbox, when set, adds inbox volume and response times to the month.
	Inbox InboxFigures
}

// NewService is the engagement history over db. connectors and accounts
// are needed only to take snapshots; now nil is time.Now.
func NewService(db *store.DB, clinic Clinic, acc AccountLister, connectors ConnectorFunc, now func() time.Time) *Service {
	if now == nil {
		now = time.Now
	}
	return &Service{db: db, now: now, connectors: connectors, accounts: acc, clinic: clinic}
}
