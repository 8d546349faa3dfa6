package inbox

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/network"
)

// MaxPagesPerSync bounds how many pages one account's sync reads, so a
// first sync of a busy account ends and the next one goes on from its
// cursor.
const MaxPagesPerSync = 20

// Syncer reads every account's new activity into the store: in the
// background at the interval in the settings, and on demand. One failing
// account never stops the others; each records its own error.
type Syncer struct {
	Store    *Store
	Accounts interface {
		List(ctx context.Context) ([]accounts.Account, error)
		Get(ctx context.Context, id int64) (accounts.Account, error)
		MarkNeedsReconnect(ctx context.Context, id int64) error
	}
	// Connectors builds a live connector for an account.
	Connectors func(ctx context.Context, accountID int64) (accounts.Connector, accounts.Account, error)
	// Assess is triage, run on every new item's text (nil: no triage).
	Assess func(text string) Assessment
	Now    func() time.Time
	// Urgent hears of every new urgent item (a desktop notification); may
	// be nil. It is called off the UI goroutine.
	Urgent func(Item)

	mu      sync.Mutex
	running map[int64]bool // accounts being read now, so two syncs never read one account at once
}

// Result is how one account's sync went.
type Result struct {
	AccountID int64           `json:"account"`
	Network   network.Network `json:"network"`
	Account   string          `json:"name"`
	Added     int             `json:"added"`
	Reactions int             `json:"reactions"`
	// Err is the failure, Message what staff read about it.
	Err       error     `json:"-"`
	Message   string    `json:"error,omitempty"`
	ErrorKind string    `json:"error_kind,omitempty"` // auth, rate_limited, transient, rejected, other
	RetryAt   time.Time `json:"retry_at,omitempty"`
}

// OK reports whether the account was read.
func (r Result) OK() bool { return r.Err == nil }

func (s *Syncer) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

// ErrBusy means the account is being read by another sync right now.
var ErrBusy = errors.New("already being read")

// SyncAll reads every account, one after another; progress (may be nil)
// hears after each. The results are in the accounts' order.
func (s *Syncer) SyncAll(ctx context.Context, progress func(done, total int, r Result)) ([]Result, error) {
	list, err := s.Accounts.List(ctx)
	if err != nil {
		return nil, fmt.Errorf("listing the accounts: %w", err)
	}
	out := make([]Result, 0, len(list))
	for i, a := range list {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		r := s.sync(ctx, a)
		out = append(out, r)
		if progress != nil {
			progress(i+1, len(list), r)
		}
	}
	return out, nil
}

// SyncAccount reads one account.
func (s *Syncer) SyncAccount(ctx context.Context, accountID int64) (Result, error) {
	a, err := s.Accounts.Get(ctx, accountID)
	if err != nil {
		return Result{}, err
	}
	return s.sync(ctx, a), nil
}

func kindName(k accounts.ErrorKind) string {
	switch k {
	case accounts.KindAuth:
		return "auth"
	case accounts.KindRateLimited:
		return "rate_limited"
	case accounts.KindTransient:
		return "transient"
	case accounts.KindRejected:
		return "rejected"
	}
	return "other"
}

func (s *Syncer) claim(id int64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.running == nil {
		s.running = map[int64]bool{}
	}
	if s.running[id] {
		return false
	}
	s.running[id] = true
	return true
}

func (s *Syncer) release(id int64) {
	s.mu.Lock()
	delete(s.running, id)
	s.mu.Unlock()
}

// sync reads one account from its cursor, page by page; each page and the
// cursor after it are saved in one transaction.
func (s *Syncer) sync(ctx context.Context, a accounts.Account) Result {
	r := Result{AccountID: a.ID, Network: a.Network, Account: a.Name()}
	fail := func(err error) Result {
		r.Err = err
		r.Message = accounts.UserMessage(err)
		r.ErrorKind = kindName(accounts.ErrorKindOf(err))
		var ce *accounts.Error
		if errors.As(err, &ce) && ce.Kind == accounts.KindRateLimited {
			r.RetryAt = ce.RetryAt
			if r.RetryAt.IsZero() && ce.RetryAfter > 0 {
				r.RetryAt = s.now().Add(ce.RetryAfter)
			}
		}
		if ce != nil && ce.Kind == accounts.KindAuth {
			if mErr := s.Accounts.MarkNeedsReconnect(ctx, a.ID); mErr != nil {
				r.Message += " (and marking it failed: " + mErr.Error() + ")"
			}
		}
		if recErr := s.Store.recordSyncError(context.WithoutCancel(ctx), a.ID, r.Message, r.ErrorKind, r.RetryAt); recErr != nil {
			r.Message += " (" + recErr.Error() + ")"
		}
		return r
	}
	if a.Status == accounts.StatusNeedsReconnect {
		r.Err = &accounts.Error{Kind: accounts.KindAuth, Network: a.Network, Op: "read the inbox"}
		r.Message = accounts.UserMessage(r.Err)
		r.ErrorKind = "auth"
		return r
	}
	if !s.claim(a.ID) {
		r.Err = ErrBusy
		r.Message = a.Name() + " is already being read; its new messages will appear in a moment."
		r.ErrorKind = "busy"
		return r
	}
	defer s.release(a.ID)
	st, err := s.Store.SyncState(ctx, a.ID)
	if err != nil {
		r.Err, r.Message, r.ErrorKind = err, err.Error(), "other"
		return r
	}
	if st.ErrorKind == "rate_limited" && st.RetryAt.After(s.now()) {
		// The network asked us to wait: do not ask it again before then.
		r.Err = &accounts.Error{Kind: accounts.KindRateLimited, Network: a.Network, Op: "read the inbox",
			RetryAfter: st.RetryAt.Sub(s.now()), RetryAt: st.RetryAt}
		r.Message = accounts.UserMessage(r.Err)
		r.ErrorKind = "rate_limited"
		r.RetryAt = st.RetryAt
		return r
	}
	conn, acct, err := s.Connectors(ctx, a.ID)
	if err != nil {
		return fail(err)
	}
	cursor := st.Cursor
	for page := 0; page < MaxPagesPerSync; page++ {
		got, err := conn.FetchActivity(ctx, cursor)
		if err != nil {
			return fail(err)
		}
		in, err := s.Store.Ingest(ctx, Batch{AccountID: a.ID, Network: acct.Network, Activities: got.Items, Cursor: got.Cursor}, s.Assess)
		if err != nil {
			r.Err, r.Message, r.ErrorKind = err, err.Error(), "other"
			return r
		}
		r.Added += in.Added
		r.Reactions += in.Reactions
		if s.Urgent != nil {
			for _, it := range in.Urgent {
				s.Urgent(it)
			}
		}
		if len(got.Items) == 0 || got.Cursor == cursor {
			break
		}
		cursor = got.Cursor
	}
	return r
}

// MarkSeen tells the account's network that the clinic has seen its
// notifications up to at. Reading never does this; staff ask for it.
func (s *Syncer) MarkSeen(ctx context.Context, accountID int64, at time.Time) error {
	conn, _, err := s.Connectors(ctx, accountID)
	if err != nil {
		return err
	}
	return conn.MarkSeen(ctx, at)
}

// Run syncs every account at the interval in the settings until ctx ends,
// applying the retention setting after each round. X accounts are read
// only when their own, longer interval has passed (X bills each item
// read); Refresh (SyncAll) reads them too. after (may be nil) hears each
// round's results.
func (s *Syncer) Run(ctx context.Context, after func([]Result)) {
	for {
		st, serr := s.Store.LoadSettings(ctx)
		if serr != nil {
			st = DefaultSettings()
		}
		results, err := s.syncRound(ctx, st)
		if ctx.Err() != nil {
			return
		}
		if _, rerr := s.Store.ApplyRetention(ctx, st.Retention); rerr != nil && err == nil {
			err = rerr
		}
		if after != nil {
			if err != nil {
				results = append(results, Result{Err: err, Message: err.Error(), ErrorKind: "other"})
			}
			after(results)
		}
		t := time.NewTimer(st.SyncInterval)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}

// syncRound is one background round: every account but an X account
// read more recently than st.XSyncInterval (or any X account when that
// is 0, Refresh only).
func (s *Syncer) syncRound(ctx context.Context, st Settings) ([]Result, error) {
	list, err := s.Accounts.List(ctx)
	if err != nil {
		return nil, fmt.Errorf("listing the accounts: %w", err)
	}
	var out []Result
	for _, a := range list {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		if a.Network == network.X {
			due, err := s.xDue(ctx, a.ID, st.XSyncInterval)
			if err != nil {
				out = append(out, Result{AccountID: a.ID, Network: a.Network, Account: a.Name(), Err: err, Message: err.Error(), ErrorKind: "other"})
				continue
			}
			if !due {
				continue
			}
		}
		out = append(out, s.sync(ctx, a))
	}
	return out, nil
}

// xDue reports whether an X account's background read is due: its last
// attempt (worked or not, as a failed read is billed too) was every at
// least ago; never when every is 0.
func (s *Syncer) xDue(ctx context.Context, accountID int64, every time.Duration) (bool, error) {
	if every == 0 {
		return false, nil
	}
	st, err := s.Store.SyncState(ctx, accountID)
	if err != nil {
		return false, err
	}
	// A minute's slack, so an hourly read does not slip to the round after.
	return st.TriedAt.IsZero() || !s.now().Before(st.TriedAt.Add(every-time.Minute/2)), nil
}
