#!/usr/bin/env bash
# Runs the vault test against a real Secret Service: gnome-keyring inside a
# private D-Bus session, unlocked with a throwaway password.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${PATH}:/usr/local/go/bin"
home="$(mktemp -d "${TMPDIR:-/tmp}/carepost-keyring.XXXXXX")"
trap 'rm -rf "${home}"' EXIT
# A fresh home keeps the test's keyring apart from any real one.
HOME="${home}" XDG_DATA_HOME="${home}/.local/share" XDG_RUNTIME_DIR="${home}/run" \
GOCACHE="$(go env GOCACHE)" GOMODCACHE="$(go env GOMODCACHE)" GOPATH="$(go env GOPATH)" \
	dbus-run-session -- sh -c '
		mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
		printf %s throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null
		CAREPOST_REAL_KEYRING=1 go test -count=1 -v -run RealKeychain ./accounts/keychaintest/
	'
