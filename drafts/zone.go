package drafts

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrUnknownZone means the clinic profile names a time zone this computer
// does not know.
var ErrUnknownZone = errors.New("the clinic's time zone is not known")

// Zone is the clinic's time zone, the one every screen and command reads
// dates and times in: the clinic profile's, or UTC before the profile (or
// its zone) is set. A zone name the computer does not know is an error
// (ErrUnknownZone), not a silent fallback.
func (s *Service) Zone(ctx context.Context) (*time.Location, error) {
	p, err := s.Profile(ctx)
	if errors.Is(err, ErrNoProfile) {
		return time.UTC, nil
	}
	if err != nil {
		return nil, err
	}
	name := strings.TrimSpace(p.TimeZone)
	if name == "" {
		return time.UTC, nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("%w: %q (choose it again under Clinic profile)", ErrUnknownZone, name)
	}
	return loc, nil
}
