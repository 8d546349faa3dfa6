package drafts

// Profile is the clinic's own public identity. Templates fill {{clinic.*}}
// variables from it, and the privacy check treats its phone, address,
// website, name and staff names as the clinic's own, never as patient data.
type Profile struct {
	Name     string
	Phone    string
	Website  string
	Address  string
	TimeZone string // IANA name, e.g. "America/New_York"
	// EmergencyWording is what the clinic tells people with an urgent
	// problem, e.g. "If this is an emergency, call 911."
	EmergencyWording string
	// StaffNames are public names of the clinic's providers and staff
	// ("Dr. Ana Ruiz"), one per entry.
	StaffNames []string
}

// Complete reports whether the profile has what first run asks for.
func (p Profile) Complete() bool {
	return p.Name != "" && p.Phone != "" && p.TimeZone != ""
}
