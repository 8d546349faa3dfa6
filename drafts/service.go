package drafts

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/carepost/carepost/store"
)

// Service is the drafts room's entry point: profile, templates, drafts,
// media and consents, all in one database.
type Service struct {
	db       *store.DB
	mediaDir string
	now      func() time.Time
	// OwnHandles lists the handles of the clinic's connected accounts, so
	// the privacy check never takes them for a person's; nil is none.
	// wiring.New sets it from the accounts.
	OwnHandles func(context.Context) []string
}

// NewService uses db for rows and a media/ folder beside it for image files.
// now is the clock; pass time.Now outside tests.
func NewService(db *store.DB, now func() time.Time) *Service {
	return &Service{db: db, mediaDir: filepath.Join(db.Dir, "media"), now: now}
}

// stamp is now as every stored time is written (store.Stamp).
func (s *Service) stamp() string { return store.Stamp(s.now()) }

// parseStamp reads a stored time; "" or unreadable text is the zero time.
func parseStamp(v string) time.Time {
	t, _ := store.ParseStamp(v) // stored times are all store.Stamp's: only damaged data fails
	return t
}

// ErrNoProfile means first run has not saved the clinic profile yet.
var ErrNoProfile = errors.New("the clinic profile has not been set up yet")

// Profile returns the clinic profile, or ErrNoProfile on first run.
func (s *Service) Profile(ctx context.Context) (Profile, error) {
	var p Profile
	var staff string
	err := s.db.Read().QueryRowContext(ctx, `SELECT name, phone, website, address, time_zone, emergency_wording, staff_names
		FROM clinic_profile WHERE id = 1`).Scan(&p.Name, &p.Phone, &p.Website, &p.Address, &p.TimeZone, &p.EmergencyWording, &staff)
	if errors.Is(err, sql.ErrNoRows) {
		return Profile{}, ErrNoProfile
	}
	if err != nil {
		return Profile{}, fmt.Errorf("reading the clinic profile: %w", err)
	}
	p.StaffNames = splitStoredLines(staff)
	return p, nil
}

// ValidateProfile explains, in words for the person filling the form, what
// is missing or wrong.
func ValidateProfile(p Profile) error {
	var problems []string
	if strings.TrimSpace(p.Name) == "" {
		problems = append(problems, "enter the clinic's name")
	}
	if strings.TrimSpace(p.Phone) == "" {
		problems = append(problems, "enter the clinic's public phone number")
	} else if digits := countableDigits(p.Phone); len(digits) < 7 {
		problems = append(problems, fmt.Sprintf("the phone number %q has too few digits", p.Phone))
	}
	if strings.TrimSpace(p.TimeZone) == "" {
		problems = append(problems, "choose the clinic's time zone")
	} else if _, err := time.LoadLocation(p.TimeZone); err != nil {
		problems = append(problems, fmt.Sprintf("%q is not a time zone CarePost knows (use a name like America/New_York)", p.TimeZone))
	}
	if w := strings.TrimSpace(p.Website); w != "" && strings.ContainsAny(w, " \t\n") {
		problems = append(problems, "the website cannot contain spaces")
	}
	if len(problems) > 0 {
		return fmt.Errorf("please %s", strings.Join(problems, "; "))
	}
	return nil
}

// SaveProfile validates and stores the clinic profile.
func (s *Service) SaveProfile(ctx context.Context, p Profile) error {
	if err := ValidateProfile(p); err != nil {
		return err
	}
	var staff []string
	for _, n := range p.StaffNames {
		if n = strings.TrimSpace(n); n != "" {
			staff = append(staff, n)
		}
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO clinic_profile (id, name, phone, website, address, time_zone, emergency_wording, staff_names, updated_at)
		VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, phone = excluded.phone, website = excluded.website,
			address = excluded.address, time_zone = excluded.time_zone, emergency_wording = excluded.emergency_wording,
			staff_names = excluded.staff_names, updated_at = excluded.updated_at`,
		strings.TrimSpace(p.Name), strings.TrimSpace(p.Phone), strings.TrimSpace(p.Website), strings.TrimSpace(p.Address),
		strings.TrimSpace(p.TimeZone), strings.TrimSpace(p.EmergencyWording), strings.Join(staff, "\n"), s.stamp())
	if err != nil {
		return fmt.Errorf("saving the clinic profile: %w", err)
	}
	return nil
}

// profileOrEmpty is for checks that must still run before first-run setup
// (the CLI on a fresh data folder): an empty profile simply allows nothing.
func (s *Service) profileOrEmpty(ctx context.Context) (Profile, error) {
	p, err := s.Profile(ctx)
	if errors.Is(err, ErrNoProfile) {
		return Profile{}, nil
	}
	return p, err
}

func splitStoredLines(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

func countableDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func joinNetworks(ns []Network) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = string(n)
	}
	return strings.Join(parts, ",")
}

// splitNetworks reads a stored list; unknown names (from a newer version)
// are dropped rather than failing the whole row.
func splitNetworks(s string) []Network {
	var out []Network
	for _, part := range strings.Split(s, ",") {
		if n, err := ParseNetwork(part); err == nil {
			out = append(out, n)
		}
	}
	return out
}
