package inbox

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/network"
	"github.com/carepost/carepost/schedule"
)

// Service is the inbox as the app and the commands use it: the store, the
// syncer, and answering through the publishing engine.
type Service struct {
	*Store
	Sync *Syncer
	// Schedule keeps the answers; Engine sends them (the one path to a
	// network).
	Schedule *schedule.Store
	Engine   *schedule.Engine
	// Profile is the clinic's profile (staff names, emergency wording, and
	// what the privacy check treats as the clinic's own).
	Profile func(ctx context.Context) (drafts.Profile, error)
	// Zone is the clinic's time zone, for weeks and months.
	Zone func(ctx context.Context) (*time.Location, error)

	// threads are threads read from the network lately (see FullThread).
	threads threadCache
}

// FindingsError is an answer refused by the privacy check (reply mode).
type FindingsError struct {
	Findings []drafts.Finding
}

func (e *FindingsError) Error() string {
	return "The privacy check found what may be patient information in the answer; edit it, or keep each finding with a reason:\n" +
		schedule.FindingsText(e.Findings)
}

// ReplyInput is an answer staff wrote to one item.
type ReplyInput struct {
	ItemID int64
	Text   string
	Author string // who answers (a staff name)
	Kept   []schedule.KeptFinding
}

// CheckReply runs the privacy check in reply mode on an answer to it and
// returns what blocks it (nothing: it may go).
func (s *Service) CheckReply(ctx context.Context, text string, kept []schedule.KeptFinding) ([]drafts.Finding, error) {
	profile, err := s.profile(ctx)
	if err != nil {
		return nil, err
	}
	return schedule.PrivacyBlocks(text, profile, kept), nil
}

func (s *Service) profile(ctx context.Context) (drafts.Profile, error) {
	if s.Profile == nil {
		return drafts.Profile{}, nil
	}
	p, err := s.Profile(ctx)
	if errors.Is(err, drafts.ErrNoProfile) {
		return drafts.Profile{}, nil
	}
	return p, err
}

// Answer answers an item: the privacy check first (findings not kept with
// a reason refuse it with a *FindingsError), then the answer is recorded
// and sent through the publishing engine, as privately as the item was.
// An answer to a Google review waits for approval when the settings ask
// for it. The returned answer says how it stands.
func (s *Service) Answer(ctx context.Context, in ReplyInput) (schedule.Reply, error) {
	it, err := s.Get(ctx, in.ItemID)
	if err != nil {
		return schedule.Reply{}, err
	}
	if it.AccountID == 0 {
		return schedule.Reply{}, errors.New("the account that received this item was removed from CarePost; it cannot be answered from here")
	}
	text := strings.TrimSpace(in.Text)
	if text == "" {
		return schedule.Reply{}, errors.New("the answer is empty")
	}
	blocks, err := s.CheckReply(ctx, text, in.Kept)
	if err != nil {
		return schedule.Reply{}, err
	}
	if len(blocks) > 0 {
		return schedule.Reply{}, &FindingsError{Findings: blocks}
	}
	st, err := s.LoadSettings(ctx)
	if err != nil {
		return schedule.Reply{}, err
	}
	author := strings.TrimSpace(in.Author)
	if author == "" {
		author = "CarePost"
	}
	r, err := s.Schedule.QueueReply(ctx, schedule.ReplyRequest{ItemID: it.ID, AccountID: it.AccountID, To: it.Ref, Text: text,
		Private: it.Private, Language: it.Lang, Author: author, Kept: in.Kept,
		NeedsApproval: st.ReviewApproval && it.Kind == KindReview && it.Network == network.GBP})
	if err != nil {
		return schedule.Reply{}, err
	}
	if r.State == schedule.ReplyAwaitingApproval {
		return r, nil
	}
	return s.Engine.SendReply(ctx, r.ID)
}

// Approve lets an answer waiting for approval go out, and sends it.
func (s *Service) Approve(ctx context.Context, replyID int64, by string) (schedule.Reply, error) {
	if _, err := s.Schedule.ApproveReply(ctx, replyID, by); err != nil {
		return schedule.Reply{}, err
	}
	return s.Engine.SendReply(ctx, replyID)
}

// RetryAnswer sends again an answer that failed, was held or waited for a
// reconnect. For one held because CarePost could not tell whether it went
// out, staff pressing Retry is their word that it is not on the network.
func (s *Service) RetryAnswer(ctx context.Context, replyID int64) (schedule.Reply, error) {
	if _, err := s.Schedule.RetryReply(ctx, replyID); err != nil {
		return schedule.Reply{}, err
	}
	return s.Engine.SendReply(ctx, replyID)
}

// CancelAnswer drops an answer that has not gone out.
func (s *Service) CancelAnswer(ctx context.Context, replyID int64) (schedule.Reply, error) {
	return s.Schedule.CancelReply(ctx, replyID)
}

// Medians are the current week's and month's median first-response times
// in the clinic's zone (Answered 0: nothing answered yet).
func (s *Service) Medians(ctx context.Context, now time.Time) (week, month Median, err error) {
	loc := time.UTC
	if s.Zone != nil {
		if l, zerr := s.Zone(ctx); zerr == nil && l != nil {
			loc = l
		}
	}
	ws := periodStart(now, PeriodWeek, loc)
	ms := periodStart(now, PeriodMonth, loc)
	for _, q := range []struct {
		p     Period
		start time.Time
		out   *Median
	}{{PeriodWeek, ws, &week}, {PeriodMonth, ms, &month}} {
		got, err := s.ResponseMedians(ctx, q.p, q.start, now.Add(time.Second), loc)
		if err != nil {
			return week, month, err
		}
		*q.out = Median{Start: q.start, Period: q.p, Business: -1}
		if len(got) > 0 {
			*q.out = got[len(got)-1]
		}
	}
	return week, month, nil
}

// FormatDuration is a response time as staff read it: "45 min", "3.5 h",
// "2.1 days".
func FormatDuration(d time.Duration) string {
	switch {
	case d < time.Hour:
		return fmt.Sprintf("%d min", int(d.Round(time.Minute)/time.Minute))
	case d < 48*time.Hour:
		return fmt.Sprintf("%.1f h", d.Hours())
	}
	return fmt.Sprintf("%.1f days", d.Hours()/24)
}
