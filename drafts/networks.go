package drafts

import "github.com/carepost/carepost/network"

// The network identity lives in package network (a leaf the connectors
// share); these names keep drafts' callers and tests reading as before.

// Network names a place CarePost posts to; see network.Network.
type Network = network.Network

// The networks CarePost speaks to.
const (
	Mastodon  = network.Mastodon
	Bluesky   = network.Bluesky
	Facebook  = network.Facebook
	Instagram = network.Instagram
	LinkedIn  = network.LinkedIn
	X         = network.X
	GBP       = network.GBP
)

// AllNetworks lists every network in the order CarePost shows them.
var AllNetworks = network.All

// DefaultMastodonLimit is Mastodon's stock post length.
const DefaultMastodonLimit = network.DefaultMastodonLimit

// linkWeight is how long a link counts on X and on Mastodon.
const linkWeight = network.LinkWeight

// ImageRule is what a network accepts as a picture in a post.
type ImageRule = network.ImageRule

// ParseNetwork turns what someone typed into a Network.
func ParseNetwork(s string) (Network, error) { return network.Parse(s) }

// ParseNetworks reads a comma-separated list such as "mastodon, bluesky,x".
func ParseNetworks(list string) ([]Network, error) { return network.ParseList(list) }

// ImageRuleFor returns the network's picture rules.
func ImageRuleFor(n Network) ImageRule { return network.ImageRuleFor(n) }

// CheckImage returns a plain-English problem (or "") for one picture.
func CheckImage(n Network, mimeType string, size int64) string {
	return network.CheckImage(n, mimeType, size)
}
