#!/usr/bin/env bash
# `make bench`: times start-up side by side under a private Xvfb — a bare
# Fyne window, CarePost with one draft and CarePost with 10,000 drafts —
# and prints medians, ratios and resident memory (see scripts/startbench).
# RUNS=N sets the launches of each (default 7).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "${REPO_ROOT}"

scripts/deps.sh screenshot
use_go

work="$(mktemp -d -t carepost-bench.XXXXXX)"
cleanup() {
	stop_xvfb
	rm -rf "${work}"
}
trap cleanup EXIT

log "building"
go build -o "${work}/carepost" ./cmd/carepost
go build -o "${work}/barewindow" ./scripts/startbench/barewindow
go build -o "${work}/startbench" ./scripts/startbench

start_xvfb
log "Xvfb ${XVFB_SCREEN} on DISPLAY=${DISPLAY}"
"${work}/startbench" --bare "${work}/barewindow" --app "${work}/carepost" --work "${work}" --runs "${RUNS:-7}"
