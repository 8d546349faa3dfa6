package drafts

import "github.com/carepost/carepost/drafts/privacy"

// The privacy (PHI) check lives in package drafts/privacy; these names keep
// the drafts API its callers use.

// Finding is one span of a text that may be patient information.
type Finding = privacy.Finding

// FindingKind says what sort of patient information a finding looks like.
type FindingKind = privacy.Kind

const (
	KindName         = privacy.KindName
	KindDate         = privacy.KindDate
	KindBirthDate    = privacy.KindBirthDate
	KindPhone        = privacy.KindPhone
	KindEmail        = privacy.KindEmail
	KindAddress      = privacy.KindAddress
	KindIdentifier   = privacy.KindIdentifier
	KindCondition    = privacy.KindCondition
	KindRelationship = privacy.KindRelationship
	KindHandle       = privacy.KindHandle
)

// NeverKept is the sentence that ends the reason of every finding that
// cannot be kept.
const NeverKept = privacy.NeverKept

// CheckOptions tells the privacy check what it is reading.
type CheckOptions struct {
	Reply   bool    // the text answers a public comment/review/message
	Profile Profile // the clinic's own name/phone/website/address/staff names are never flagged
	// OwnHandles are the clinic's own accounts ("@maplegrove@social.example"),
	// never taken for a person's handle.
	OwnHandles []string
}

// CheckPrivacy finds possible patient information in a post or reply; see
// privacy.Check.
func CheckPrivacy(text string, opts CheckOptions) []Finding {
	own := opts.Profile.privacyOwn()
	own.Handles = opts.OwnHandles
	return privacy.Check(text, privacy.Options{Reply: opts.Reply, Own: own})
}

// privacyOwn is what the privacy check needs of the clinic's profile.
func (p Profile) privacyOwn() privacy.Own {
	return privacy.Own{Name: p.Name, Phone: p.Phone, Website: p.Website, Address: p.Address, StaffNames: p.StaffNames}
}

// TextLanguage is the language a text is written in ("en" or "es"), read
// from its words: a post is tagged with it on the network, whatever the
// clinic's settings say.
func TextLanguage(text string) string { return privacy.Language(text) }
