#!/usr/bin/env bash
# Enforces the package boundaries:
#   - the domain packages (and their tests) never depend on fyne.io/...,
#     directly or through another package;
#   - package ui (and its sub-packages) never imports database/sql or the
#     SQLite driver itself: it reaches data through the domain packages;
#   - the privacy check (drafts/privacy, a domain package: drafts/... covers
#     it) never depends on package drafts, which imports it: it takes the
#     clinic's details as its own privacy.Own.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
use_go
cd "${REPO_ROOT}"

DOMAIN_DIRS=(drafts store accounts schedule inbox stats)
UI_FORBIDDEN_RE='^(database/sql(/.*)?|github\.com/mattn/go-sqlite3(/.*)?)$'
PRIVACY_DIR=drafts/privacy
PRIVACY_FORBIDDEN_RE='^github\.com/carepost/carepost/drafts( \[.*\])?$'

# packages_in DIR: the Go packages under ./DIR, none if it has no Go code.
packages_in() {
	[[ -d "$1" ]] || return 0
	if ! find "$1" -name '*.go' -print -quit | grep -q .; then
		return 0
	fi
	go list "./$1/..."
}

bad=0
checked=0

for dir in "${DOMAIN_DIRS[@]}"; do
	mapfile -t pkgs < <(packages_in "${dir}")
	for pkg in "${pkgs[@]}"; do
		checked=$((checked + 1))
		# -test: also what the package's tests pull in.
		offenders="$(go list -deps -test -f '{{.ImportPath}}' "${pkg}" | grep -E '^fyne\.io/' | sort -u || true)"
		if [[ -n "${offenders}" ]]; then
			printf 'FAIL: %s depends on Fyne:\n' "${pkg}" >&2
			# Show which of the package's own imports pull it in.
			go list -f '{{.ImportPath}}: imports {{join .Imports " "}}' "${pkg}" >&2
			printf '  fyne packages reached (%d), e.g.: %s\n' "$(wc -l <<<"${offenders}")" \
				"$(head -n 3 <<<"${offenders}" | tr '\n' ' ')" >&2
			bad=1
		fi
	done
done

mapfile -t ui_pkgs < <(packages_in ui)
for pkg in "${ui_pkgs[@]}"; do
	checked=$((checked + 1))
	offenders="$(go list -f '{{join .Imports "\n"}}{{"\n"}}{{join .TestImports "\n"}}{{"\n"}}{{join .XTestImports "\n"}}' "${pkg}" |
		grep -E "${UI_FORBIDDEN_RE}" | sort -u || true)"
	if [[ -n "${offenders}" ]]; then
		printf 'FAIL: %s imports %s (ui must use the domain packages, not SQL)\n' \
			"${pkg}" "$(tr '\n' ' ' <<<"${offenders}")" >&2
		bad=1
	fi
done

mapfile -t privacy_pkgs < <(packages_in "${PRIVACY_DIR}")
if ((${#privacy_pkgs[@]} == 0)); then
	printf 'FAIL: no Go package in %s (the privacy check)\n' "${PRIVACY_DIR}" >&2
	bad=1
fi
for pkg in "${privacy_pkgs[@]}"; do
	checked=$((checked + 1))
	# -deps -test: directly, through another package, or from its tests.
	offenders="$(go list -deps -test -f '{{.ImportPath}}' "${pkg}" | grep -E "${PRIVACY_FORBIDDEN_RE}" | sort -u || true)"
	if [[ -n "${offenders}" ]]; then
		printf 'FAIL: %s depends on %s (drafts imports the privacy check, not the other way round)\n' \
			"${pkg}" "$(tr '\n' ' ' <<<"${offenders}")" >&2
		go list -f '{{.ImportPath}}: imports {{join .Imports " "}}' "${pkg}" >&2
		bad=1
	fi
done

# The leaves import nothing of CarePost's: network (which networks exist
# and what each allows), graphemes and links (how a text is counted).
for dir in network graphemes links; do
	mapfile -t pkgs < <(packages_in "${dir}")
	for pkg in "${pkgs[@]}"; do
		[[ "${pkg}" == */linkstest ]] && continue # test data for links' users
		checked=$((checked + 1))
		offenders="$(go list -f '{{join .Imports "\n"}}' "${pkg}" | grep -E '^github\.com/carepost/carepost(/|$)' | sort -u || true)"
		if [[ -n "${offenders}" ]]; then
			printf 'FAIL: %s is a leaf but imports %s\n' "${pkg}" "$(tr '\n' ' ' <<<"${offenders}")" >&2
			bad=1
		fi
	done
done

# The connectors (accounts and below) never depend on drafts, directly or
# through another package: they share the network leaf with it instead.
mapfile -t acct_pkgs < <(packages_in accounts)
for pkg in "${acct_pkgs[@]}"; do
	checked=$((checked + 1))
	offenders="$(go list -deps -f '{{.ImportPath}}' "${pkg}" | grep -E '^github\.com/carepost/carepost/(drafts|schedule|ui|wiring)(/|$)' | sort -u || true)"
	if [[ -n "${offenders}" ]]; then
		printf 'FAIL: %s depends on %s (connectors use the network package, not drafts)\n' "${pkg}" "$(tr '\n' ' ' <<<"${offenders}")" >&2
		bad=1
	fi
done

# The domain never reaches up: drafts, schedule and accounts import neither
# ui nor wiring nor cmd; store imports no domain room.
for dir in drafts schedule accounts store; do
	mapfile -t pkgs < <(packages_in "${dir}")
	for pkg in "${pkgs[@]}"; do
		checked=$((checked + 1))
		re='^github\.com/carepost/carepost/(ui|wiring|cmd)(/|$)'
		[[ "${dir}" == store ]] && re='^github\.com/carepost/carepost/(ui|wiring|cmd|drafts|schedule|accounts|inbox|stats)(/|$)'
		offenders="$(go list -f '{{join .Imports "\n"}}' "${pkg}" | grep -E "${re}" | sort -u || true)"
		if [[ -n "${offenders}" ]]; then
			printf 'FAIL: %s imports %s, against the arrows (cmd -> ui -> domain -> store)\n' "${pkg}" "$(tr '\n' ' ' <<<"${offenders}")" >&2
			bad=1
		fi
	done
done

if ((bad)); then
	exit 1
fi
log "import boundaries: ok (${checked} packages checked)"
