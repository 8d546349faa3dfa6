#!/usr/bin/env bash
# Start the Bluesky reference servers installed by install.sh, every
# listener on 127.0.0.1: PostgreSQL, Redis, then @atproto/dev-env (PLC
# directory, PDS, AppView, Ozone). Waits until dev-env says it is ready and
# prints the ports. Stop them with stop.sh.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

[[ -x "${NODE_DIR}/bin/node" && -f "${DEVENV_DIR}/node_modules/@atproto/dev-env/dist/bin.js" ]] ||
	die "the Bluesky peer is not installed in ${BSKY_PEER_DIR}: run scripts/bluesky/install.sh"
redis="$(redis_bin)"
[[ -n "${redis}" ]] || die "redis-server not found: run scripts/bluesky/install.sh"
[[ -x "${PG_BIN}/postgres" ]] || die "PostgreSQL 15 not found in ${PG_BIN}: run scripts/bluesky/install.sh"

for port in "${BSKY_PLC_PORT}" "${BSKY_PDS_PORT}" "${BSKY_APPVIEW_PORT}" "${BSKY_OZONE_PORT}" "${BSKY_PG_PORT}" "${BSKY_REDIS_PORT}"; do
	if (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; then
		die "port ${port} on 127.0.0.1 is already in use (a peer still running? scripts/bluesky/stop.sh)"
	fi
done

write_loopback

# PostgreSQL: a throwaway cluster under the peer folder.
mkdir -p "${PG_DIR}"
if [[ "$(id -u)" == "0" ]]; then
	# PostgreSQL will not run as root: its cluster belongs to postgres.
	chown postgres:postgres "${PG_DIR}"
	as_pg "test -w '${PG_DIR}'" ||
		die "the postgres user cannot reach ${PG_DIR}; set BSKY_PEER_DIR to a folder it can reach"
fi
if [[ ! -f "${PG_DIR}/data/PG_VERSION" ]]; then
	log "initdb"
	as_pg "'${PG_BIN}/initdb' -D '${PG_DIR}/data' -U pg --auth=trust -E UTF8 >'${PG_DIR}/initdb.log' 2>&1"
fi
log "starting PostgreSQL on 127.0.0.1:${BSKY_PG_PORT}"
as_pg "'${PG_BIN}/pg_ctl' -D '${PG_DIR}/data' -l '${PG_DIR}/pg.log' -w -o \"-c listen_addresses=127.0.0.1 -p ${BSKY_PG_PORT} -k '${PG_DIR}' -c max_connections=200 -c fsync=off\" start" >/dev/null
"${PG_BIN}/psql" -h 127.0.0.1 -p "${BSKY_PG_PORT}" -U pg -d postgres -qc 'drop database if exists bsky' -c 'create database bsky'

log "starting Redis on 127.0.0.1:${BSKY_REDIS_PORT}"
mkdir -p "${REDIS_DIR}"
LD_LIBRARY_PATH="${REDIS_DIR}/usr/lib/x86_64-linux-gnu" "${redis}" --bind 127.0.0.1 --port "${BSKY_REDIS_PORT}" \
	--save '' --appendonly no --dir "${REDIS_DIR}" >"${REDIS_DIR}/redis.log" 2>&1 &
echo $! >"${REDIS_DIR}/redis.pid"

log "starting @atproto/dev-env"
cd "${DEVENV_DIR}"
rm -rf tmp && mkdir tmp
: >devenv.log
PATH="${NODE_DIR}/bin:${PATH}" TMPDIR="${DEVENV_DIR}/tmp" LOG_ENABLED=false \
	DB_POSTGRES_URL="postgresql://pg@127.0.0.1:${BSKY_PG_PORT}/bsky" DB_POSTGRES_SCHEMA=dev \
	REDIS_HOST="127.0.0.1:${BSKY_REDIS_PORT}" \
	NODE_OPTIONS="--require ${LOOPBACK_JS} --dns-result-order=ipv4first" \
	setsid "${NODE_DIR}/bin/node" node_modules/@atproto/dev-env/dist/bin.js >devenv.log 2>&1 </dev/null &
echo $! >devenv.pid

for _ in $(seq 1 360); do
	if grep -q 'Dev environment is ready' devenv.log; then
		break
	fi
	if ! kill -0 "$(cat devenv.pid)" 2>/dev/null; then
		tail -n 40 devenv.log >&2
		die "dev-env exited before it was ready (log: ${DEVENV_DIR}/devenv.log)"
	fi
	sleep 0.5
done
grep -q 'Dev environment is ready' devenv.log || {
	tail -n 40 devenv.log >&2
	die "dev-env not ready after 180 s (log: ${DEVENV_DIR}/devenv.log)"
}

# Every listener must be on loopback only.
if command -v ss >/dev/null 2>&1; then
	pids="$(cat devenv.pid) $(cat "${REDIS_DIR}/redis.pid")"
	for pid in ${pids}; do
		if ss -Hltnp 2>/dev/null | grep "pid=${pid}," | awk '{print $4}' | grep -Ev '^(127\.0\.0\.1|\[::1\]):' >&2; then
			die "a peer server listens beyond loopback; stopping is up to stop.sh"
		fi
	done
fi

log "Bluesky peer ready (dev-env pid $(cat devenv.pid)), all on 127.0.0.1:"
echo "PLC      http://127.0.0.1:${BSKY_PLC_PORT}"
echo "PDS      http://localhost:${BSKY_PDS_PORT}"
echo "AppView  http://127.0.0.1:${BSKY_APPVIEW_PORT}"
echo "Ozone    http://127.0.0.1:${BSKY_OZONE_PORT}"
echo "Postgres 127.0.0.1:${BSKY_PG_PORT}  Redis 127.0.0.1:${BSKY_REDIS_PORT}"
