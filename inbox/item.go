package inbox

import (
	"fmt"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/network"
)

// Kind is what an inbox item is.
type Kind string

const (
	KindReply   Kind = "reply"
	KindComment Kind = "comment"
	KindMention Kind = "mention"
	KindQuote   Kind = "quote"
	KindMessage Kind = "message" // a private/direct message
	KindReview  Kind = "review"
)

// Kinds are every kind, in the order filters offer them.
var Kinds = []Kind{KindReply, KindComment, KindMention, KindQuote, KindMessage, KindReview}

// Label is the kind as staff read it.
func (k Kind) Label() string {
	switch k {
	case KindReply:
		return "Reply"
	case KindComment:
		return "Comment"
	case KindMention:
		return "Mention"
	case KindQuote:
		return "Quote"
	case KindMessage:
		return "Message"
	case KindReview:
		return "Review"
	}
	return string(k)
}

// ParseKind reads a kind by name.
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds {
		if string(k) == s {
			return k, nil
		}
	}
	return "", fmt.Errorf("%q is not a kind of inbox item (reply, comment, mention, quote, message, review)", s)
}

// kindOf maps a connector's activity kind to an inbox kind; ok is false for
// reactions (likes, reposts, follows), which are not inbox items.
func kindOf(k accounts.ActivityKind) (Kind, bool) {
	switch k {
	case accounts.ActivityReply:
		return KindReply, true
	case accounts.ActivityComment:
		return KindComment, true
	case accounts.ActivityMention:
		return KindMention, true
	case accounts.ActivityQuote:
		return KindQuote, true
	case accounts.ActivityMessage:
		return KindMessage, true
	case accounts.ActivityReview:
		return KindReview, true
	}
	return "", false
}

// State is where staff are with an item.
type State string

const (
	StateNew  State = "new"
	StateDone State = "done"
)

// ParseState reads a state by name.
func ParseState(s string) (State, error) {
	switch State(s) {
	case StateNew, StateDone:
		return State(s), nil
	}
	return "", fmt.Errorf("%q is not an inbox state (new or done)", s)
}

// Item is one reply, comment, mention, quote, message or review.
type Item struct {
	ID        int64
	AccountID int64 // 0 once the account was removed
	Network   network.Network
	RemoteID  string
	// Ref answers it (the connector's own reference to the item). Ref and
	// Subject are filled by Get (and in threads), not in list pages.
	Ref          accounts.Ref
	Kind         Kind
	Private      bool
	AuthorID     string
	Author       string // handle
	AuthorName   string
	Text         string // "" once retention removed it (BodyRemoved)
	URL          string
	Subject      *accounts.Ref // the clinic's post it reacts to, when known
	ParentID     string        // the item it answers in a thread, when known
	Conversation string        // private messages: their conversation
	Rating       int
	CreatedAt    time.Time
	FetchedAt    time.Time

	// Triage when it arrived.
	Urgent         bool
	UrgentReasons  []string
	Category       string
	PrivateDetails bool // a public item sharing the writer's own health details
	Spam           bool
	Abuse          bool
	Lang           string

	State      State
	Read       bool
	Assignee   string
	Labels     []string
	Note       string
	AnsweredBy string
	AnsweredAt time.Time
	// ResponseTime is from CreatedAt to the first answer (0: unanswered);
	// BusinessResponseTime counts only the clinic's business hours (-1:
	// none were set when it was answered).
	ResponseTime         time.Duration
	BusinessResponseTime time.Duration
	BodyRemoved          bool
}

// Who is the author as staff read it: the display name and handle.
func (it Item) Who() string {
	switch {
	case it.AuthorName != "" && it.Author != "" && it.AuthorName != it.Author:
		return it.AuthorName + " (" + it.Author + ")"
	case it.Author != "":
		return it.Author
	case it.AuthorName != "":
		return it.AuthorName
	}
	return "someone"
}

// Audience says where an answer to the item will be seen.
func (it Item) Audience() string {
	if it.Private {
		return fmt.Sprintf("Private: only %s will see this answer (a private reply on %s).", it.Who(), it.Network.Label())
	}
	switch it.Kind {
	case KindReview:
		return fmt.Sprintf("Public: anyone who reads the clinic's reviews on %s will see this answer.", it.Network.Label())
	}
	return fmt.Sprintf("Public: anyone on %s can see this answer.", it.Network.Label())
}
