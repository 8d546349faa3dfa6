package inbox

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/carepost/carepost/accounts"

	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/inbox/triage"
)

// Triage is triage's reading of a new item, as the syncer stores it.
func Triage(text string) Assessment {
	r := triage.Assess(text)
	return Assessment{Urgent: r.Urgent, Reasons: r.Reasons, Category: r.Category, PrivateDetails: r.PrivateDetails,
		Spam: r.Spam, Abuse: r.Abuse, Lang: r.Lang}
}

// Suggestions are what the reply box offers for one item.
type Suggestions struct {
	// Suggested is triage's answer for it: the emergency guidance for an
	// urgent one, "move to a private channel" for a public one sharing
	// health details, a thank-you otherwise ("" for spam and abuse).
	Suggested string
	// Saved are the built-in privacy-safe replies in the item's language,
	// then the clinic's own.
	Saved []SavedReply
}

// Suggest is the reply box's suggestions for it, with the clinic's
// emergency wording filled in.
func (s *Service) Suggest(ctx context.Context, it Item) (Suggestions, error) {
	profile, err := s.profile(ctx)
	if err != nil {
		return Suggestions{}, err
	}
	r := triage.Result{Urgent: it.Urgent, Category: it.Category, Reasons: it.UrgentReasons, PrivateDetails: it.PrivateDetails && !it.Private,
		Spam: it.Spam, Abuse: it.Abuse, Lang: it.Lang, Question: triage.IsQuestion(it.Text)}
	out := Suggestions{Suggested: triage.SuggestedReply(r, it.Lang, profile.EmergencyWording)}
	for _, b := range triage.BuiltIns(it.Lang) {
		out.Saved = append(out.Saved, SavedReply{Name: b.Name, Text: triage.FillEmergency(b.Text, it.Lang, profile.EmergencyWording)})
	}
	own, err := s.SavedReplies(ctx)
	if err != nil {
		return out, err
	}
	out.Saved = append(out.Saved, own...)
	return out, nil
}

// ClinicProfile is the clinic's profile (empty before first run).
func (s *Service) ClinicProfile(ctx context.Context) (drafts.Profile, error) { return s.profile(ctx) }

// SyncAll reads every account now (see Syncer.SyncAll).
func (s *Service) SyncAll(ctx context.Context, progress func(done, total int, r Result)) ([]Result, error) {
	return s.Sync.SyncAll(ctx, progress)
}

// MarkSeen tells every account's network that the clinic has seen its
// notifications up to at (Bluesky's "seen" mark; others keep none). It is
// staff's explicit action: reading never does it. The accounts it could
// not reach are named in the error; the others are marked.
func (s *Service) MarkSeen(ctx context.Context, at time.Time) error {
	list, err := s.Sync.Accounts.List(ctx)
	if err != nil {
		return err
	}
	var failed []string
	for _, a := range list {
		if err := s.Sync.MarkSeen(ctx, a.ID, at); err != nil {
			failed = append(failed, a.Network.Label()+" "+a.Name()+": "+accounts.UserMessage(err))
		}
	}
	if len(failed) > 0 {
		return errors.New("not marked seen on " + strings.Join(failed, "; "))
	}
	return nil
}
