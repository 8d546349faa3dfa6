package inbox

// An item's thread: what CarePost stored (the clinic's post, earlier
// messages, the clinic's answers) merged with what the network says stands
// above the item, so staff answer with the conversation in view.

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/network"
	"github.com/carepost/carepost/schedule"
)

// ThreadEntry is one message in an item's thread.
type ThreadEntry struct {
	Who    string
	Text   string
	At     time.Time
	Own    bool  // the clinic's post or answer
	ItemID int64 // the inbox item, 0 for the clinic's own and for messages read only from the network
	// ReplyID and State are the clinic's answer's, when it is one;
	// Problem is why an answer that did not go out is stuck, in the
	// engine's words (what to check, what to do).
	ReplyID int64
	State   string
	Problem string
	// RemoteID is the network's id (or URI) of the message, when known.
	RemoteID string
	URL      string
	// Private: only the people in the conversation see it.
	Private bool
	// FromNetwork: read from the network just now, not kept by CarePost.
	FromNetwork bool
}

// Thread is an item's context as CarePost stored it, oldest first: the
// clinic's post it reacts to (when CarePost published it), earlier
// messages in the same thread with the clinic's answers to them, then the
// item and its answers. It reads only the database.
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
			out = append(out, ThreadEntry{Who: "The clinic's post", Text: text, At: at, Own: true,
				RemoteID: refKey(*it.Subject), URL: it.Subject.URL})
		}
	}
	earlier, err := s.Earlier(ctx, it, 20)
	if err != nil {
		return nil, err
	}
	for _, e := range append(earlier, it) {
		out = append(out, ThreadEntry{Who: e.Who(), Text: e.Text, At: e.CreatedAt, ItemID: e.ID,
			RemoteID: e.RemoteID, URL: e.URL, Private: e.Private})
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
				ReplyID: r.ID, State: strings.ReplaceAll(string(r.State), "_", " "), Problem: stuckReason(r),
				RemoteID: r.RemoteID, URL: r.RemoteURL, Private: r.Private})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.Before(out[j].At) })
	return out, nil
}

// stuckReason is what staff read under an answer that is not on its way:
// failed, held or waiting for a reconnect ("" for any other).
func stuckReason(r schedule.Reply) string {
	switch r.State {
	case schedule.ReplyFailed, schedule.ReplyHeld, schedule.ReplyNeedsReconnect:
		return schedule.ReplyOutcomeMessage(r)
	}
	return ""
}

// ThreadView is an item's whole thread: what CarePost stored merged with
// what the network returned, once each, oldest first.
type ThreadView struct {
	Entries []ThreadEntry
	// Note says in plain words what the thread is missing (earlier
	// messages that could not be loaded, or are gone from the network);
	// "" when nothing is.
	Note string
}

// Before are the entries above the item (its context); the item itself
// and what follows are left out.
func (v ThreadView) Before(itemID int64) []ThreadEntry {
	for i, e := range v.Entries {
		if e.ItemID == itemID {
			return v.Entries[:i]
		}
	}
	return v.Entries
}

// From are the item and what follows it (its answers).
func (v ThreadView) From(itemID int64) []ThreadEntry {
	for i, e := range v.Entries {
		if e.ItemID == itemID {
			return v.Entries[i:]
		}
	}
	return nil
}

// How long a thread read from the network is reused, so moving back and
// forth through the inbox does not ask the network each time (and a
// failure is not retried at once). Kept in memory only: nothing read for
// context is stored, so retention has nothing more to remove.
const (
	threadCacheFor       = 2 * time.Minute
	threadFailureFor     = 20 * time.Second
	threadCacheMax       = 256
	networkThreadTimeout = 8 * time.Second
)

type cachedThread struct {
	thread accounts.Thread
	err    error
	until  time.Time
}

// threadCache holds recent network threads by item id.
type threadCache struct {
	mu    sync.Mutex
	items map[int64]cachedThread
}

func (c *threadCache) get(id int64, now time.Time) (cachedThread, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	t, ok := c.items[id]
	if !ok || !now.Before(t.until) {
		return cachedThread{}, false
	}
	return t, true
}

func (c *threadCache) put(id int64, t cachedThread, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.items == nil {
		c.items = map[int64]cachedThread{}
	}
	if len(c.items) >= threadCacheMax {
		for k, v := range c.items {
			if !now.Before(v.until) {
				delete(c.items, k)
			}
		}
		for k := range c.items {
			if len(c.items) < threadCacheMax {
				break
			}
			delete(c.items, k)
		}
	}
	c.items[id] = t
}

func (c *threadCache) clear() {
	c.mu.Lock()
	c.items = nil
	c.mu.Unlock()
}

// FullThread is the item's thread with what the network says stands above
// it: the clinic's post at the root (marked the clinic's) and the earlier
// messages, merged with what CarePost stored and de-duplicated, oldest
// first. Reading the network only reads (accounts.ThreadReader) and may
// wait on it: call it off the UI goroutine. When the network cannot be
// read, the stored thread comes back with a Note saying so; err is only
// for the database.
func (s *Service) FullThread(ctx context.Context, it Item) (ThreadView, error) {
	it, err := s.Get(ctx, it.ID)
	if err != nil {
		return ThreadView{}, err
	}
	local, err := s.Thread(ctx, it)
	if err != nil {
		return ThreadView{}, err
	}
	view := ThreadView{Entries: local}
	if !wantsNetworkThread(it) || s.Sync == nil || s.Sync.Connectors == nil {
		return view, nil
	}
	t, err := s.networkThread(ctx, it)
	switch {
	case errors.Is(err, errNoThreadReader):
		view.Note = fmt.Sprintf("%s doesn't let CarePost read earlier messages; this shows what CarePost has stored.", it.Network.Label())
		return view, nil
	case err != nil:
		view.Note = "Earlier messages could not be loaded: " + threadFailure(err) + ". This shows what CarePost has stored."
		return view, nil
	}
	if t.Missing {
		view.Note = fmt.Sprintf("Some earlier messages are no longer on %s (deleted, or hidden from the clinic).", it.Network.Label())
	}
	view.Entries = mergeThread(local, t.Ancestors)
	return view, nil
}

// wantsNetworkThread: only an item that answers something has anything
// above it; a private conversation's messages are all in the inbox
// already; a review has no thread; a text retention removed is not read
// back from the network.
func wantsNetworkThread(it Item) bool {
	return it.ParentID != "" && it.AccountID != 0 && it.Conversation == "" && it.Kind != KindReview && !it.BodyRemoved &&
		(it.Ref.ID != "" || it.Ref.URI != "")
}

var errNoThreadReader = errors.New("the connector reads no threads")

// networkThread asks the item's connector for what stands above it, or
// takes a recent answer from the cache.
func (s *Service) networkThread(ctx context.Context, it Item) (accounts.Thread, error) {
	now := s.now()
	if c, ok := s.threads.get(it.ID, now); ok {
		return c.thread, c.err
	}
	conn, _, err := s.Sync.Connectors(ctx, it.AccountID)
	if err != nil {
		return accounts.Thread{}, err
	}
	tr, ok := conn.(accounts.ThreadReader)
	if !ok {
		return accounts.Thread{}, errNoThreadReader
	}
	rctx, cancel := context.WithTimeout(ctx, networkThreadTimeout)
	defer cancel()
	t, err := tr.Thread(rctx, it.Ref, it.Subject)
	if ctx.Err() != nil {
		// The caller gave up (another item was opened): nothing learnt.
		return t, err
	}
	until := now.Add(threadCacheFor)
	if err != nil {
		until = now.Add(threadFailureFor)
		var e *accounts.Error
		if errors.As(err, &e) && e.RetryAt.After(until) {
			until = e.RetryAt // a spent limit: not before it is renewed
		}
	}
	s.threads.put(it.ID, cachedThread{thread: t, err: err, until: until}, now)
	return t, err
}

// threadFailure is why the network's part of a thread is missing, in
// staff's words.
func threadFailure(err error) string {
	var e *accounts.Error
	if !errors.As(err, &e) {
		if errors.Is(err, context.DeadlineExceeded) {
			return "the network took too long to answer"
		}
		return err.Error()
	}
	name := e.Network.Label()
	switch e.Kind {
	case accounts.KindAuth:
		return name + " needs you to sign in again (Accounts, then Reconnect)"
	case accounts.KindRateLimited:
		if e.RetryAfter > 0 {
			return fmt.Sprintf("%s asked CarePost to slow down; open the message again in %s", name, e.RetryAfter.Round(time.Second))
		}
		return name + " asked CarePost to slow down; open the message again shortly"
	case accounts.KindTransient:
		return name + " could not be reached just now"
	case accounts.KindRejected:
		if e.Message != "" {
			return name + " refused: " + e.Message
		}
		return name + " refused to show them"
	}
	return e.Error()
}

// mergeThread adds the network's ancestors to the stored thread: one
// entry per message (a stored one wins, with its item, answer and state,
// and a text retention removed stays removed), oldest first.
func mergeThread(local []ThreadEntry, ancestors []accounts.ThreadPost) []ThreadEntry {
	out := append([]ThreadEntry(nil), local...)
	known := map[string]int{}
	for i, e := range out {
		if e.RemoteID != "" {
			known[e.RemoteID] = i
		}
	}
	for i, p := range ancestors {
		key := refKey(p.Ref)
		if j, ok := known[key]; ok && key != "" {
			if out[j].URL == "" {
				out[j].URL = p.Ref.URL
			}
			continue
		}
		e := ThreadEntry{Who: threadWho(p, i == 0), Text: p.Text, At: p.CreatedAt, Own: p.Own,
			RemoteID: key, URL: p.Ref.URL, Private: p.Private, FromNetwork: true}
		if key != "" {
			known[key] = len(out)
		}
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.Before(out[j].At) })
	return out
}

// threadWho names a message read from the network as the stored ones are
// named.
func threadWho(p accounts.ThreadPost, root bool) string {
	if p.Own {
		if root {
			return "The clinic's post"
		}
		if p.Author != "" {
			return "The clinic (" + p.Author + ")"
		}
		return "The clinic"
	}
	return Item{Author: p.Author, AuthorName: p.AuthorName}.Who()
}

// DeleteAuthor deletes every message from one author on a network (see
// Store.DeleteAuthor) and forgets the threads read from the network, which
// may quote them.
func (s *Service) DeleteAuthor(ctx context.Context, n network.Network, author string) (int, error) {
	s.threads.clear()
	return s.Store.DeleteAuthor(ctx, n, author)
}

// HasContext reports whether anything may stand above the item in its
// thread (it answers something, belongs to a conversation, or quotes the
// clinic), so the inbox makes room for it before it loads. List pages'
// items answer it too.
func (it Item) HasContext() bool {
	return it.ParentID != "" || it.Conversation != "" || it.Kind == KindQuote
}
