package accounts

import (
	"context"
	"errors"
	"time"
)

// ReplyFinder is a connector that can list the account's own answers
// under one item, so an answer whose network response was lost is looked
// for where it would be before it is sent again. On Facebook Pages,
// Instagram and LinkedIn an answer to a comment is itself a comment, which
// RecentPosts never lists; a connector whose answers RecentPosts does list
// (Mastodon statuses, X posts) need not be a ReplyFinder.
type ReplyFinder interface {
	// OwnReplies lists the account's own answers to the item to (an
	// Activity's Ref, as Reply was given it) made at or after since,
	// newest first, with their text as the network now shows it. r is
	// the answer as it was sent (Private says where a private answer
	// went). When the network's list does not reach back to since, or the
	// place the answer went cannot be read, the error wraps
	// ErrReplyNotSettled, with what was read: an answer among those is
	// found, but finding none settles nothing, and the caller must not
	// send again on a guess.
	OwnReplies(ctx context.Context, to Ref, r ReplyPost, since time.Time) ([]RecentPost, error)
}

// ErrReplyNotSettled is what a ReplyFinder wraps when it cannot tell
// whether an answer is there (see ReplyFinder.OwnReplies).
var ErrReplyNotSettled = errors.New("could not tell whether the answer is already there")
