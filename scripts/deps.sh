#!/usr/bin/env bash
# Checks (and, as root on Debian/Ubuntu, installs) what building and testing
# CarePost needs, then downloads the Go modules.
#
# Usage: scripts/deps.sh [run|build|test|windows|package|screenshot]
#   run, build  C compiler and the X11/OpenGL headers Fyne links against
#   test        the above, plus Xvfb, xauth, xdotool and ImageMagick for the
#               window test, poppler-utils for the summary's PDF; with
#               CI=true or FULL=1 also what `windows` and `package` need
#   windows     the above build packages plus the MinGW-w64 cross compiler
#   package     the build packages plus xz and git, and the fyne tool
#   screenshot  the build packages plus Xvfb, xdotool and ImageMagick
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MIN_GO_MAJOR=1
MIN_GO_MINOR=26
# The Fyne command-line tool used by `make package`.
FYNE_TOOL_PKG="fyne.io/tools/cmd/fyne"
FYNE_TOOL_VERSION="v1.7.4"

mode="${1:-run}"

BUILD_PKGS=(gcc pkg-config libgl1-mesa-dev libx11-dev libxext-dev libxcursor-dev
	libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev)
# poppler-utils: pdftotext reads the monthly summary back in its tests,
# pdftoppm pictures its first page for the README.
X_PKGS=(xvfb xauth xdotool imagemagick poppler-utils)
# The real Secret Service for the keychain test.
KEYRING_PKGS=(gnome-keyring dbus-daemon)
WINDOWS_PKGS=(gcc-mingw-w64-x86-64)
PACKAGE_PKGS=(xz-utils git)

full=0
if [[ "${CI:-}" == "true" || "${FULL:-}" == "1" ]]; then
	full=1
fi

need_fyne_tool=0
case "${mode}" in
run | build)
	pkgs=("${BUILD_PKGS[@]}")
	;;
test)
	pkgs=("${BUILD_PKGS[@]}" "${X_PKGS[@]}" "${KEYRING_PKGS[@]}")
	if ((full)); then
		pkgs+=("${WINDOWS_PKGS[@]}" "${PACKAGE_PKGS[@]}")
		need_fyne_tool=1
	fi
	;;
windows)
	pkgs=("${BUILD_PKGS[@]}" "${WINDOWS_PKGS[@]}")
	;;
package)
	pkgs=("${BUILD_PKGS[@]}" "${PACKAGE_PKGS[@]}")
	need_fyne_tool=1
	;;
screenshot)
	pkgs=("${BUILD_PKGS[@]}" "${X_PKGS[@]}")
	;;
*)
	die "unknown mode '${mode}' (use run, build, test, windows, package or screenshot)"
	;;
esac

# --- system packages --------------------------------------------------------

is_installed() {
	local status
	status="$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" || return 1
	[[ "${status}" == "installed" ]]
}

missing_pkgs() {
	local p
	for p in "$@"; do
		if ! is_installed "${p}"; then
			printf '%s\n' "${p}"
		fi
	done
}

if ! command -v dpkg-query >/dev/null 2>&1; then
	warn "no dpkg-query: not a Debian-based system, so packages are not checked."
	warn "Install your system's equivalents of these Debian packages: ${pkgs[*]}"
else
	mapfile -t missing < <(missing_pkgs "${pkgs[@]}")
	if ((${#missing[@]} > 0)); then
		if [[ "$(id -u)" -ne 0 ]]; then
			printf 'FAIL: missing system packages: %s\n' "${missing[*]}" >&2
			printf 'Install them with:\n  sudo apt-get install -y %s\n' "${missing[*]}" >&2
			exit 1
		fi
		log "installing missing system packages: ${missing[*]}"
		apt-get update -q
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
		mapfile -t still < <(missing_pkgs "${missing[@]}")
		if ((${#still[@]} > 0)); then
			die "still missing after apt-get install: ${still[*]}"
		fi
	fi
	log "system packages for '${mode}': ok (${#pkgs[@]} checked)"
fi

# --- Go -----------------------------------------------------------------------

go_help() {
	cat >&2 <<EOF
Go ${MIN_GO_MAJOR}.${MIN_GO_MINOR} or newer is needed. To install it:
  1. download go${MIN_GO_MAJOR}.${MIN_GO_MINOR}.<latest patch>.linux-amd64.tar.gz from https://go.dev/dl/
  2. sudo rm -rf /usr/local/go && sudo tar -C /usr/local -xzf go${MIN_GO_MAJOR}.${MIN_GO_MINOR}.*.linux-amd64.tar.gz
  3. add it to PATH, e.g. in ~/.profile:  export PATH="\$PATH:/usr/local/go/bin:\$HOME/go/bin"
EOF
}

go_was_on_path=1
command -v go >/dev/null 2>&1 || go_was_on_path=0
use_go
if ! command -v go >/dev/null 2>&1; then
	printf 'FAIL: go is not on PATH and not in /usr/local/go/bin\n' >&2
	go_help
	exit 1
fi
if ((!go_was_on_path)); then
	warn "go was not on PATH; using $(command -v go). Add its folder to PATH:"
	warn "  export PATH=\"\$PATH:$(dirname "$(command -v go)")\""
fi

# GOTOOLCHAIN=local: report the Go that is installed, not one go.mod would fetch.
go_version="$(GOTOOLCHAIN=local go version)"
if [[ "${go_version}" =~ go([0-9]+)\.([0-9]+) ]]; then
	major="${BASH_REMATCH[1]}"
	minor="${BASH_REMATCH[2]}"
	if ((major < MIN_GO_MAJOR || (major == MIN_GO_MAJOR && minor < MIN_GO_MINOR))); then
		printf 'FAIL: %s is too old\n' "${go_version}" >&2
		go_help
		exit 1
	fi
	log "Go: ${go_version#go version }"
else
	warn "could not read a version from '${go_version}'; assuming it is new enough"
fi

# --- the fyne tool (packaging) -------------------------------------------------

if ((need_fyne_tool)); then
	if command -v fyne >/dev/null 2>&1 && fyne version 2>/dev/null | grep -q "cli version: ${FYNE_TOOL_VERSION}\$"; then
		log "fyne tool ${FYNE_TOOL_VERSION}: ok"
	else
		log "installing the fyne tool: go install ${FYNE_TOOL_PKG}@${FYNE_TOOL_VERSION}"
		(cd "${REPO_ROOT}" && GOFLAGS='' go install "${FYNE_TOOL_PKG}@${FYNE_TOOL_VERSION}")
		command -v fyne >/dev/null 2>&1 || die "fyne was installed but is not on PATH (add \$(go env GOPATH)/bin to PATH)"
	fi
fi

# --- Go modules ----------------------------------------------------------------

log "go mod download"
(cd "${REPO_ROOT}" && go mod download)
log "deps '${mode}': ok"
