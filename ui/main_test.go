package ui

import (
	"os"
	"testing"

	"github.com/zalando/go-keyring"
)

func TestMain(m *testing.M) {
	// Screens that add accounts must never touch a real keychain in tests.
	keyring.MockInit()
	os.Exit(m.Run())
}
