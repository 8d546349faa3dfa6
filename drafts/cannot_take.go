package drafts

// CannotTake says in plain words why network n cannot take d as CarePost
// sends it, or "" when it can. It is said before Post now and Schedule,
// so staff do not learn it from a refusal. Length, findings and consents
// are the review's business (Review); this is what no edit of the text
// fixes.
func CannotTake(n Network, d Draft) string {
	switch n {
	case Instagram:
		if len(d.Images) == 0 {
			return "Instagram takes only posts with a picture."
		}
		// Instagram fetches pictures itself from a public web address;
		// a desktop app has none to give it.
		return "Instagram takes pictures only from a public web address, which CarePost on this computer does not have: post this one in Instagram itself."
	case GBP:
		if len(d.Images) > 0 {
			return "Google Business Profile takes pictures only from a public web address, which CarePost does not have: untick it, or remove the picture, or add the picture in Google Business Profile itself."
		}
	}
	return ""
}
