// Package accounts owns the clinic's connected social accounts: their rows
// (never a secret), the credential vault in the OS keychain, and the one
// Connector interface every network implements in its own sub-package
// (accounts/mastodon, accounts/bluesky, …). Errors from every network come
// back as *Error with a Kind, so callers decide what to do without knowing
// the network.
//
// It never imports Fyne.
package accounts
