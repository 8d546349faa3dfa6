# shellcheck shell=bash
# Helpers shared by the scripts in this folder. Source it; do not run it.
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# REPO_ROOT is the repository's top folder (the one holding go.mod).
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT

# Every go build, test, vet and run needs SQLite's full-text search (the
# inbox's search): mattn/go-sqlite3 compiles FTS5 in only under this tag.
case " ${GOFLAGS:-} " in
*sqlite_fts5*) ;;
*) GOFLAGS="${GOFLAGS:+${GOFLAGS} }-tags=sqlite_fts5" ;;
esac
export GOFLAGS

# Screen size for Xvfb (the window test and `make screenshot`).
XVFB_SCREEN="1280x800x24"

log() { printf '==> %s\n' "$*"; }
warn() { printf 'WARN: %s\n' "$*" >&2; }
die() {
	printf 'FAIL: %s\n' "$*" >&2
	exit 1
}

# path_add DIR: append DIR to PATH if it is a folder and not already there.
path_add() {
	local dir="$1"
	[[ -d "${dir}" ]] || return 0
	case ":${PATH}:" in
	*":${dir}:"*) ;;
	*) PATH="${PATH}:${dir}" ;;
	esac
	export PATH
}

# use_go: make `go` and the binaries it installs reachable on PATH.
# The standard install location is tried when `go` is not on PATH; deps.sh
# checks the version and explains what to do when Go is missing.
use_go() {
	if ! command -v go >/dev/null 2>&1; then
		path_add "/usr/local/go/bin"
	fi
	if command -v go >/dev/null 2>&1; then
		local gobin
		gobin="$(go env GOBIN)"
		if [[ -z "${gobin}" ]]; then
			gobin="$(go env GOPATH | cut -d: -f1)/bin"
		fi
		path_add "${gobin}"
	fi
	path_add "${HOME:-/root}/go/bin"
}

# XVFB_PID and XVFB_DISPLAY are set by start_xvfb.
XVFB_PID=""
XVFB_DISPLAY=""

# start_xvfb: start a private Xvfb on the first free display from :99 upward
# and export DISPLAY. Call stop_xvfb from an EXIT trap.
start_xvfb() {
	command -v Xvfb >/dev/null 2>&1 || die "Xvfb is not installed (run: scripts/deps.sh test)"
	command -v xdotool >/dev/null 2>&1 || die "xdotool is not installed (run: scripts/deps.sh test)"
	local n waited
	for n in $(seq 99 140); do
		# Skip a display that some other server already answers on. One
		# with a stale lock makes our Xvfb exit at once: then try the next.
		if DISPLAY=":${n}" xdotool getdisplaygeometry >/dev/null 2>&1; then
			continue
		fi
		Xvfb ":${n}" -screen 0 "${XVFB_SCREEN}" -nolisten tcp >/dev/null 2>&1 &
		XVFB_PID=$!
		waited=0
		while ((waited < 100)); do # up to 10 s
			if ! kill -0 "${XVFB_PID}" 2>/dev/null; then
				break # it died, most likely the display was taken: try the next
			fi
			if DISPLAY=":${n}" xdotool getdisplaygeometry >/dev/null 2>&1; then
				# Nothing answered here before we started, so this is ours
				# as long as it is still running.
				if kill -0 "${XVFB_PID}" 2>/dev/null; then
					XVFB_DISPLAY=":${n}"
					export DISPLAY="${XVFB_DISPLAY}"
					return 0
				fi
				break
			fi
			sleep 0.1
			waited=$((waited + 1))
		done
		stop_xvfb
	done
	die "could not start Xvfb on any display from :99 to :140"
}

# stop_xvfb: stop the Xvfb started by start_xvfb, if any, and wait for it.
stop_xvfb() {
	if [[ -n "${XVFB_PID}" ]]; then
		kill "${XVFB_PID}" 2>/dev/null || true
		wait "${XVFB_PID}" 2>/dev/null || true
		XVFB_PID=""
		XVFB_DISPLAY=""
	fi
}
