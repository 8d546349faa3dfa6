// Package inbox owns the clinic's one inbox: the replies, comments,
// mentions, quotes, private messages and reviews read from every connected
// account (sync), how staff handle them (new/done, read, assignee, labels,
// an internal note), full-text search, threads, the first-response time of
// each item and its weekly and monthly medians, the clinic's saved replies,
// and how long message bodies are kept.
//
// Reading is all it does on a network: answers go out through the
// publishing engine (schedule.Engine's reply path), the one path to a
// network, which tells the inbox who answered and when (MarkAnsweredTx).
// Likes, reposts and follows are not inbox items; sync keeps one row per
// reaction (inbox_reactions, no text) for the statistics to count.
package inbox
