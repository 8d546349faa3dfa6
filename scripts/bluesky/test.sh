#!/usr/bin/env bash
# Run the Bluesky integration tests (the connector, the inbox, the
# statistics) against the real reference servers: install them (fast when
# already installed), start them on 127.0.0.1, run the tests, and always
# stop them.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
here="$(dirname "${BASH_SOURCE[0]}")"
use_go

cleanup() { bash "${here}/stop.sh" || true; }
trap cleanup EXIT INT TERM

t0=${SECONDS}
bash "${here}/install.sh"
t1=${SECONDS}
bash "${here}/start.sh"
t2=${SECONDS}
cd "${REPO_ROOT}"
CAREPOST_BSKY_PDS="http://localhost:${BSKY_PDS_PORT}" go test -count=1 -run Integration -v ./accounts/bluesky/ ./inbox/ ./stats/
t3=${SECONDS}
log "Bluesky integration: install $((t1 - t0)) s, start $((t2 - t1)) s, test $((t3 - t2)) s"
