package accounts

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/carepost/carepost/network"
)

// Image is one picture to publish, with its alt text.
type Image struct {
	Data     []byte
	MIMEType string // "image/jpeg", "image/png", …
	FileName string
	AltText  string
	Width    int
	Height   int
}

// Ref points at a remote post, comment or message. Networks fill what they
// use: Mastodon and most others an ID; Bluesky a URI and CID (and the
// thread root's, for replies); a direct message its conversation too.
// Store it whole (it marshals to JSON): Reply needs it back as it was.
type Ref struct {
	ID      string `json:"id,omitempty"`
	URI     string `json:"uri,omitempty"`
	CID     string `json:"cid,omitempty"`
	RootURI string `json:"root_uri,omitempty"`
	RootCID string `json:"root_cid,omitempty"`
	URL     string `json:"url,omitempty"`
	// Conversation is the direct-message conversation the item belongs to
	// (Messenger's thread id, X's dm_conversation_id), so a private answer
	// goes back into it.
	Conversation string `json:"conversation,omitempty"`
}

// Post is what to publish.
type Post struct {
	Text     string
	Images   []Image
	ReplyTo  *Ref
	Language string // BCP 47, e.g. "en"; empty lets the network decide
	// ScheduleAt asks the network to publish later itself (Mastodon
	// scheduled_at, Facebook scheduled_publish_time). Zero means now. A
	// connector without native scheduling returns an error of KindRejected.
	ScheduleAt time.Time
	// IdempotencyKey is sent where the network honours one (Mastodon's
	// Idempotency-Key header); it identifies one publication across retries.
	IdempotencyKey string
}

// Published is the network's answer to a successful publish or reply.
type Published struct {
	Ref
	// Scheduled is true when the network accepted it for later publication.
	Scheduled bool
	At        time.Time
}

// ActivityKind says what an inbox item is.
type ActivityKind string

const (
	ActivityReply   ActivityKind = "reply"
	ActivityMention ActivityKind = "mention"
	ActivityComment ActivityKind = "comment"
	ActivityQuote   ActivityKind = "quote"
	ActivityMessage ActivityKind = "message" // a direct/private message
	ActivityReview  ActivityKind = "review"
	ActivityLike    ActivityKind = "like"
	ActivityRepost  ActivityKind = "repost"
	ActivityFollow  ActivityKind = "follow"
)

// Activity is one reply, mention, comment, quote, message, review or
// reaction. Likes, reposts and follows are delivered too (they feed the
// stats); the inbox lists only the others.
type Activity struct {
	// Ref is the item itself, so it can be replied to; Ref.URL is its web
	// link when the network gives one (direct messages often have none).
	Ref        Ref
	Kind       ActivityKind
	AuthorID   string
	Author     string // handle
	AuthorName string // display name
	Text       string
	CreatedAt  time.Time
	// Subject is the clinic's own post the item reacts to, when known.
	Subject *Ref
	// Parent is the item this one answers within a thread (the clinic's
	// post, the clinic's earlier reply, or someone else's comment), when
	// known. It equals Subject when the item answers the clinic's post
	// directly.
	Parent *Ref
	// Conversation groups direct messages of one conversation (the same as
	// Ref.Conversation); empty otherwise.
	Conversation string
	// Private is true when only the clinic (and the people in the
	// conversation) can see the item: a direct message, a Mastodon
	// "direct" or followers-only ("private") status, a Messenger or
	// Instagram message, a Bluesky chat message. A reply to it must be sent
	// with ReplyPost.Private.
	Private bool
	Rating  int // reviews: 1–5 stars; 0 otherwise
}

// Inbox reports whether the item belongs in the inbox list (replies,
// comments, mentions, quotes, messages, reviews) rather than only the stats
// (likes, reposts, follows).
func (a Activity) Inbox() bool {
	switch a.Kind {
	case ActivityLike, ActivityRepost, ActivityFollow:
		return false
	}
	return true
}

// ActivityPage is one batch of activity, oldest first is not guaranteed.
// Cursor is opaque: pass it to the next FetchActivity to get only items not
// yet returned (an item never comes back once a page carrying it was
// returned with its Cursor). An empty Cursor in the request means "from the
// start" (as far back as the connector reads on a first sync).
type ActivityPage struct {
	Items  []Activity
	Cursor string
	// Notes say in plain words what could not be read although the rest
	// was (e.g. Messenger messages without the permission to read them),
	// so staff know what the inbox is missing. Not an error: Items and
	// Cursor are good.
	Notes []string
}

// ReplyPost is an answer to one item.
type ReplyPost struct {
	Text string
	// Private keeps the answer no more public than the item it answers:
	// set it when the item is Private. Mastodon sends it with visibility
	// "direct" (mentioning the author, so it reaches them); Facebook and
	// Instagram answer in a private message where the Graph API allows it;
	// a network that cannot answer privately refuses with an *Error of
	// KindRejected in plain words, never falling back to a public reply.
	Private bool
	// IdempotencyKey identifies one reply across retries; it is sent where
	// the network honours one (Mastodon's Idempotency-Key header).
	IdempotencyKey string
	Language       string // BCP 47, e.g. "en"; empty lets the network decide
}

// PostMetrics are counts for one published post. -1 means the network does
// not report that count.
type PostMetrics struct {
	Ref         Ref
	Likes       int64
	Reposts     int64
	Replies     int64
	Quotes      int64
	Impressions int64
}

// AccountMetrics are counts for the account as a whole.
type AccountMetrics struct {
	Followers int64
	At        time.Time
}

// Limits are what the network allows this account.
type Limits struct {
	MaxChars         int
	MaxImages        int
	NativeScheduling bool
	MinScheduleAhead time.Duration
	MaxScheduleAhead time.Duration
}

// Connector is one connected account on one network.
type Connector interface {
	Network() network.Network
	Limits(ctx context.Context) (Limits, error)
	Publish(ctx context.Context, p Post) (Published, error)
	// Reply answers the item to (an Activity's Ref). A private item is
	// answered privately (r.Private), never more publicly than it was.
	Reply(ctx context.Context, to Ref, r ReplyPost) (Published, error)
	// FetchActivity returns what happened since cursor. It only reads: it
	// never changes anything on the network (not even "seen" marks).
	FetchActivity(ctx context.Context, cursor string) (ActivityPage, error)
	// MarkSeen tells the network the clinic has seen its notifications up
	// to at (Bluesky's app.bsky.notification.updateSeen). Networks without
	// such a mark return nil.
	MarkSeen(ctx context.Context, at time.Time) error
	PostMetrics(ctx context.Context, refs []Ref) ([]PostMetrics, error)
	AccountMetrics(ctx context.Context) (AccountMetrics, error)
	// RecentPosts lists the account's newest posts (newest first), so a
	// publish whose outcome is unknown can be looked for before a retry.
	RecentPosts(ctx context.Context, limit int) ([]RecentPost, error)
	// CancelScheduled withdraws a post handed to the network's own scheduler
	// (Publish with ScheduleAt) before it goes out. A network without native
	// scheduling returns an *Error of KindRejected saying so.
	CancelScheduled(ctx context.Context, ref Ref) error
}

// CommentHider is a connector that can hide a public comment on the
// clinic's own post (a Facebook Page, Instagram): hidden, it is seen by
// its writer and their friends only, so health details someone shared in
// public stop being on show. Networks without it are not CommentHiders.
type CommentHider interface {
	HideComment(ctx context.Context, ref Ref) error
}

// RecentPost is one of the account's own posts.
type RecentPost struct {
	Ref
	Text      string
	CreatedAt time.Time
}

// ErrorKind classifies a failure so callers know what to do next.
type ErrorKind int

const (
	// KindAuth: the token expired or was revoked; the user must reconnect.
	KindAuth ErrorKind = iota + 1
	// KindRateLimited: the network's limit is spent (an HTTP 429, or a
	// response whose rate-limit headers say none is left); wait RetryAfter
	// (until RetryAt), then try again. Connectors return it before
	// sending more requests, so callers never hammer a spent limit.
	KindRateLimited
	// KindTransient: 5xx, timeouts, offline; retry with backoff.
	KindTransient
	// KindRejected: the network refused the content; Message is its words.
	KindRejected
)

func (k ErrorKind) String() string {
	switch k {
	case KindAuth:
		return "auth expired"
	case KindRateLimited:
		return "rate limited"
	case KindTransient:
		return "transient"
	case KindRejected:
		return "rejected"
	}
	return "unknown"
}

// Error is every connector's error.
type Error struct {
	Kind       ErrorKind
	Network    network.Network
	Op         string // "publish", "upload image", …
	Status     int    // HTTP status, 0 when none
	Message    string // the network's own words, verbatim, when it gave any
	RetryAfter time.Duration
	// RetryAt is when to try again (now + RetryAfter), when known.
	RetryAt time.Time
	Err     error
}

func (e *Error) Error() string {
	msg := fmt.Sprintf("%s %s: %s", e.Network.Label(), e.Op, e.Kind)
	if e.Status != 0 {
		msg += fmt.Sprintf(" (HTTP %d)", e.Status)
	}
	if e.Message != "" {
		msg += ": " + e.Message
	} else if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	if e.RetryAfter > 0 {
		msg += fmt.Sprintf("; retry after %s", e.RetryAfter.Round(time.Second))
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// ErrorKindOf returns the kind of a connector error, or 0.
func ErrorKindOf(err error) ErrorKind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return 0
}

// UserMessage is what staff should read: plain words and what to do next.
// A rejection shows the network's own message verbatim.
func UserMessage(err error) string {
	var e *Error
	if !errors.As(err, &e) {
		return err.Error()
	}
	name := e.Network.Label()
	switch e.Kind {
	case KindAuth:
		return fmt.Sprintf("%s needs you to sign in again. Open Accounts and choose Reconnect.", name)
	case KindRateLimited:
		if e.RetryAfter > 0 {
			return fmt.Sprintf("%s asked us to slow down. CarePost will try again in %s.", name, e.RetryAfter.Round(time.Second))
		}
		return fmt.Sprintf("%s asked us to slow down. CarePost will try again shortly.", name)
	case KindTransient:
		return fmt.Sprintf("Could not reach %s just now (offline, or the network is having trouble). CarePost will try again.", name)
	case KindRejected:
		if e.Message != "" {
			return fmt.Sprintf("%s refused the post: %s", name, e.Message)
		}
		return fmt.Sprintf("%s refused the post.", name)
	}
	return e.Error()
}
