#!/usr/bin/env bash
# Stop the Bluesky reference servers started by start.sh: dev-env, Redis
# and PostgreSQL. Safe to run when they are not running.
set -uo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# stop_pid FILE: TERM the process (and its group, when it leads one), wait,
# then KILL what is left.
stop_pid() {
	local file="$1" pid
	[[ -f "${file}" ]] || return 0
	pid="$(cat "${file}")"
	rm -f "${file}"
	[[ -n "${pid}" ]] && kill -0 "${pid}" 2>/dev/null || return 0
	kill -TERM -- "-${pid}" 2>/dev/null || kill -TERM "${pid}" 2>/dev/null
	for _ in $(seq 1 40); do
		kill -0 "${pid}" 2>/dev/null || return 0
		sleep 0.25
	done
	kill -KILL -- "-${pid}" 2>/dev/null || kill -KILL "${pid}" 2>/dev/null
}

stop_pid "${DEVENV_DIR}/devenv.pid"
stop_pid "${REDIS_DIR}/redis.pid"
if [[ -f "${PG_DIR}/data/postmaster.pid" ]]; then
	as_pg "'${PG_BIN}/pg_ctl' -D '${PG_DIR}/data' -m fast -w stop" >/dev/null 2>&1 || true
fi
log "Bluesky peer stopped"
