package inbox

import (
	"context"
	"errors"
	"fmt"
	"sort"
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

// ThreadEntry is one message in an item's thread.
type ThreadEntry struct {
	Who    string
	Text   string
	At     time.Time
	Own    bool  // the clinic's post or answer
	ItemID int64 // the inbox item, 0 for the clinic's own
	// ReplyID and State are the clinic's answer's, when it is one.
	ReplyID int64
	State   string
}

// Thread is an item's context, oldest first: the clinic's post it reacts
// to (when CarePost published it), earlier messages in the same thread
// with the clinic's answers to them, then the item and its answers.
func (s *Service) Thread(ctx context.Context, it Item) ([]ThreadEntry, error) {
	// Read it whole: an item from a list page has no refs.
	it, err := s.Get(ctx, it.ID)
	if err != nil {
		return nil, err
	}
	var out []ThreadEntry
	if it.Subject != nil && s.Schedule != nil {
		if text, at, ok, err := s.Schedule.OwnPost(ctx, it.AccountID, refKey(*it.Subject)); err != nil {
			return nil, err
		} else if ok {
			out = append(out, ThreadEntry{Who: "The clinic's post", Text: text, At: at, Own: true})
		}
	}
	earlier, err := s.Earlier(ctx, it, 20)
	if err != nil {
		return nil, err
	}
	for _, e := range append(earlier, it) {
		out = append(out, ThreadEntry{Who: e.Who(), Text: e.Text, At: e.CreatedAt, ItemID: e.ID})
		if s.Schedule == nil {
			continue
		}
		replies, err := s.Schedule.RepliesTo(ctx, e.ID)
		if err != nil {
			return nil, err
		}
		for _, r := range replies {
			at := r.SentAt
			if at.IsZero() {
				at = r.CreatedAt
			}
			out = append(out, ThreadEntry{Who: "The clinic (" + r.Author + ")", Text: r.Text, At: at, Own: true,
				ReplyID: r.ID, State: strings.ReplaceAll(string(r.State), "_", " ")})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.Before(out[j].At) })
	return out, nil
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
