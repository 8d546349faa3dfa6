#!/usr/bin/env bash
# Runs the vault test against a real Secret Service: gnome-keyring inside a
# private D-Bus session, unlocked with a throwaway password.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${PATH}:/usr/local/go/bin"
# Build first, outside the D-Bus session, so the session only runs the test.
go test -c -o /dev/null ./accounts/keychaintest/
state="$(mktemp -d "${TMPDIR:-/tmp}/carepost-keyring.XXXXXX")"
trap 'rm -rf "${state}"' EXIT
mkdir -p "${state}/run" "${state}/data"
chmod 700 "${state}/run"
# Private data and runtime folders keep the test's keyring apart from any
# real one; HOME stays, so Go finds its caches.
XDG_DATA_HOME="${state}/data" XDG_RUNTIME_DIR="${state}/run" \
	dbus-run-session -- sh -c '
		printf %s throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null
		CAREPOST_REAL_KEYRING=1 go test -count=1 -v -run RealKeychain ./accounts/keychaintest/
	'
