#!/usr/bin/env bash
# `make screenshot`: runs CarePost under a private Xvfb on a fresh temporary
# data folder and saves the screen.
# Usage: scripts/screenshot.sh [OUT.png [WIDTHxHEIGHT]]  (default
# docs/screenshot.png at 1280x800)
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "${REPO_ROOT}"

scripts/deps.sh screenshot
use_go

out="${1:-docs/screenshot.png}"
XVFB_SCREEN="${2:-1280x800}x24"
work="$(mktemp -d -t carepost-shot.XXXXXX)"
app_pid=""
cleanup() {
	if [[ -n "${app_pid}" ]]; then
		kill "${app_pid}" 2>/dev/null || true
		wait "${app_pid}" 2>/dev/null || true
	fi
	stop_xvfb
	rm -rf "${work}"
}
trap cleanup EXIT

log "building the app"
go build -o "${work}/carepost" ./cmd/carepost

start_xvfb
log "Xvfb ${XVFB_SCREEN} on DISPLAY=${DISPLAY}"

mkdir -p "${work}/data" "${work}/home"
# Synthetic clinic, drafts and consents, so the picture shows real work.
go run ./scripts/demo-data --data-dir "${work}/data" >/dev/null
# A throwaway home too, so Fyne's settings of a real user are not used.
env -u CAREPOST_DATA HOME="${work}/home" XDG_CONFIG_HOME="${work}/home/.config" \
	XDG_CACHE_HOME="${work}/home/.cache" XDG_DATA_HOME="${work}/home/.local/share" \
	"${work}/carepost" --data-dir "${work}/data" >"${work}/app.log" 2>&1 &
app_pid=$!

wid=""
for _ in $(seq 1 120); do # up to 60 s
	if ! kill -0 "${app_pid}" 2>/dev/null; then
		cat "${work}/app.log" >&2
		die "carepost exited before its window appeared"
	fi
	wid="$(xdotool search --onlyvisible --name 'CarePost' 2>/dev/null | head -n 1 || true)"
	[[ -n "${wid}" ]] && break
	sleep 0.5
done
if [[ -z "${wid}" ]]; then
	cat "${work}/app.log" >&2
	die "no CarePost window within 60 s"
fi

# No window manager runs here: fill the screen ourselves.
read -r width height < <(xdotool getdisplaygeometry)
xdotool windowmove "${wid}" 0 0
xdotool windowsize "${wid}" "${width}" "${height}"
sleep 3 # let it lay out and draw at the new size
# Open the newest draft (the patient story) so the editor and its privacy
# findings are in the picture.
xdotool mousemove 330 150 click 1
sleep 2

mkdir -p "$(dirname "${out}")"
import -window root "${out}"
[[ -s "${out}" ]] || die "no screenshot was written"
log "saved ${out} ($(identify -format '%wx%h' "${out}"))"
