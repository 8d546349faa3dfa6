// Package wiring owns how CarePost's parts are put together over one
// database: the drafts and accounts services, the connectors, the
// publications store and the publishing engine. The window, every command
// and the UI tests build them with New, so a setting cannot mean one thing
// in the app and another in `carepost publish-due`, and what the tests run
// is what staff run.
package wiring

import (
	"context"
	"net/http"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/connect"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/inbox"
	"github.com/carepost/carepost/schedule"
	"github.com/carepost/carepost/store"
)

// Options are what differs between the running app and its tests.
type Options struct {
	// Vault is the keychain; nil is the system's (accounts.NewVault).
	Vault *accounts.Vault
	// HTTP is the client connectors use; nil is their default.
	HTTP *http.Client
	// Now is the clock; nil is time.Now.
	Now func() time.Time
}

// Services are CarePost's parts over one database.
type Services struct {
	DB       *store.DB
	Drafts   *drafts.Service
	Accounts *accounts.Service
	Manager  *connect.Manager
	Schedule *schedule.Store
	// Engine is the one path from CarePost to a network: scheduled posts,
	// Post now and `carepost post` all go through it. It reads the grace
	// window and the approval rule from the settings at every run.
	Engine *schedule.Engine
	// Inbox reads every account's replies, mentions and messages and
	// answers them through Engine.
	Inbox *inbox.Service
}

// New wires the services over db.
func New(db *store.DB, o Options) *Services {
	now := o.Now
	if now == nil {
		now = time.Now
	}
	vault := o.Vault
	if vault == nil {
		vault = accounts.NewVault()
	}
	s := &Services{DB: db, Drafts: drafts.NewService(db, now)}
	s.Accounts = accounts.NewService(db, vault, now)
	s.Drafts.OwnHandles = s.ownHandles
	s.Manager = connect.NewManager(s.Accounts, now)
	s.Manager.HTTP = o.HTTP
	s.Schedule = schedule.NewStore(db, s.Drafts, s.Accounts, now)
	s.Engine = &schedule.Engine{
		Store: s.Schedule,
		// Connectors never let the HTTP transport re-send a publish (see
		// accounts/wire): a lost answer is reconciled by the engine.
		Connectors: s.connector,
		Drafts:     s.Drafts,
		Accounts:   s.Accounts,
		Now:        now,
		// Posts far enough ahead go to networks with their own scheduler,
		// so they are published with this computer off.
		NativeHandOff: true,
		// Answers to inbox items: the privacy check knows the clinic's
		// own details, and a sent answer is recorded on its item in the
		// same transaction.
		Replies: schedule.ReplyGates{Profile: s.Drafts.Profile, Answered: inbox.MarkAnsweredTx},
	}
	s.Inbox = newInbox(s, now)
	return s
}

func (s *Services) connector(ctx context.Context, id int64) (accounts.Connector, accounts.Account, error) {
	a, err := s.Accounts.Get(ctx, id)
	if err != nil {
		return nil, a, err
	}
	c, err := s.Manager.Connector(ctx, a)
	return c, a, err
}

// PublishNow sends a ready draft to the accounts at once through the
// engine, recording the clinic's zone on each publication.
func (s *Services) PublishNow(ctx context.Context, draftID int64, accountIDs []int64) ([]schedule.NowResult, error) {
	zone, err := s.ClinicZoneName(ctx)
	if err != nil {
		return nil, err
	}
	return s.Engine.PublishNow(ctx, draftID, accountIDs, zone)
}

// ClinicZoneName is the clinic's IANA zone; UTC before the clinic profile
// is set up.
func (s *Services) ClinicZoneName(ctx context.Context) (string, error) {
	loc, err := s.Drafts.Zone(ctx)
	if err != nil {
		return "", err
	}
	return loc.String(), nil
}

// ownHandles are the clinic's connected accounts' handles, for the privacy
// check; an unreadable list leaves the check to its own judgement.
func (s *Services) ownHandles(ctx context.Context) []string {
	list, err := s.Accounts.List(ctx)
	if err != nil {
		return nil
	}
	out := make([]string, 0, len(list))
	for _, a := range list {
		out = append(out, a.Handle)
	}
	return out
}
