#!/usr/bin/env bash
# Draws the README's pictures of the statistics from a synthetic year of
# posts: the dashboard at 1024x640 (docs/dashboard.png, Fyne's own
# renderer, no display needed) and the first page of that month's PDF
# summary (docs/summary-page1.png, with pdftoppm from poppler-utils); and
# the inbox at 1024x640 with a synthetic morning's messages (docs/inbox.png).
# Usage: scripts/stats-pictures.sh
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "${REPO_ROOT}"

scripts/deps.sh screenshot
use_go

work="$(mktemp -d -t carepost-stats.XXXXXX)"
trap 'rm -rf "${work}"' EXIT

CAREPOST_PICTURES="${work}" go test -count=1 -run '^(TestDashboardPicture|TestInboxPicture)$' ./ui/ >/dev/null
[[ -s "${work}/dashboard.png" && -s "${work}/summary-2026-11.pdf" && -s "${work}/inbox.png" ]] || die "the pictures were not drawn"
mkdir -p docs
cp "${work}/dashboard.png" docs/dashboard.png
cp "${work}/inbox.png" docs/inbox.png
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "${work}/summary-2026-11.pdf" docs/summary-page1
log "saved docs/dashboard.png, docs/summary-page1.png and docs/inbox.png"
