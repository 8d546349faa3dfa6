package accounts

import (
	"context"
	"time"
)

// ThreadReader is a connector that can read what an inbox item answers:
// the messages above it in its thread, up to the post that started it
// (the clinic's own, when the item reacts to one). It only reads: it never
// changes anything on the network. Networks without such a read (or whose
// items have no thread, like reviews) are not ThreadReaders.
type ThreadReader interface {
	// Thread returns the item's ancestors, oldest first. post is the
	// clinic's post the item reacts to when the inbox knows it (some
	// networks cannot find it from the item alone); nil otherwise.
	Thread(ctx context.Context, item Ref, post *Ref) (Thread, error)
}

// Thread is what stands above an item in its conversation.
type Thread struct {
	// Ancestors are oldest first: the thread's root (the clinic's post,
	// when it is one) first, the message the item answers last. The item
	// itself is never among them.
	Ancestors []ThreadPost
	// Missing is true when the network left a gap: a message above the
	// item was deleted, or is hidden from the clinic (blocked, not
	// visible to it), so the chain shown is not whole.
	Missing bool
}

// ThreadPost is one message above an item.
type ThreadPost struct {
	Ref        Ref // Ref.URL is its web link when the network gives one
	AuthorID   string
	Author     string // handle
	AuthorName string // display name
	Text       string
	CreatedAt  time.Time
	// Own is true when the clinic's account wrote it.
	Own bool
	// Private is true when only the people in the conversation can see it
	// (a Mastodon direct or followers-only status).
	Private bool
}
