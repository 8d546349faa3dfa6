package drafts

import (
	"context"
	"errors"
	"testing"
)

func TestZoneIsTheClinicProfiles(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name    string
		setup   func(t *testing.T, s *Service)
		want    string
		wantErr error
	}{
		{"UTC before the profile is set", func(*testing.T, *Service) {}, "UTC", nil},
		{"the profile's zone", func(t *testing.T, s *Service) {
			p := clinicFixture
			p.TimeZone = "Pacific/Auckland"
			if err := s.SaveProfile(ctx, p); err != nil {
				t.Fatal(err)
			}
		}, "Pacific/Auckland", nil},
		{"UTC when the profile has no zone", func(t *testing.T, s *Service) {
			if _, err := s.db.ExecContext(ctx, `INSERT INTO clinic_profile (id, name, time_zone, updated_at) VALUES (1, 'Maple Grove', '', '')`); err != nil {
				t.Fatal(err)
			}
		}, "UTC", nil},
		{"an error for a zone this computer does not know", func(t *testing.T, s *Service) {
			if _, err := s.db.ExecContext(ctx, `INSERT INTO clinic_profile (id, name, time_zone, updated_at) VALUES (1, 'Maple Grove', 'Atlantis/Lost_City', '')`); err != nil {
				t.Fatal(err)
			}
		}, "", ErrUnknownZone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := newTestService(t)
			tt.setup(t, s)
			loc, err := s.Zone(ctx)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if err == nil && loc.String() != tt.want {
				t.Fatalf("zone %s, want %s", loc, tt.want)
			}
		})
	}
}
