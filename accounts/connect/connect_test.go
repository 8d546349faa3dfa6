package connect

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/zalando/go-keyring"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/network"
	"github.com/carepost/carepost/store"
)

func TestMain(m *testing.M) {
	keyring.MockInit()
	os.Exit(m.Run())
}

func newManager(t *testing.T) (*Manager, *drafts.Service) {
	t.Helper()
	db, err := store.Open(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return NewManager(accounts.NewService(db, accounts.NewVault(), time.Now), time.Now), drafts.NewService(db, time.Now)
}

func TestEverySetupIsComplete(t *testing.T) {
	seen := map[network.Network]bool{}
	for _, s := range Setups() {
		seen[s.Network] = true
		if len(s.Steps) == 0 || len(s.Fields) == 0 {
			t.Errorf("%s: no steps or fields", s.Network)
		}
	}
	for _, n := range network.All {
		if !seen[n] {
			t.Errorf("no add-account flow for %s", n.Label())
		}
	}
}

func TestAddRefusesMissingFields(t *testing.T) {
	m, _ := newManager(t)
	_, err := m.Add(context.Background(), network.Bluesky, map[string]string{"handle": "clinic.test"}, nil)
	if err == nil || !strings.Contains(err.Error(), "App password") {
		t.Fatalf("err = %v", err)
	}
}
