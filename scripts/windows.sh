#!/usr/bin/env bash
# Cross-builds bin/carepost.exe for 64-bit Windows with MinGW-w64 (what
# `make windows` runs). Fyne needs cgo, hence the cross C compiler.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "${REPO_ROOT}"

scripts/deps.sh windows
use_go

out="bin/carepost.exe"
mkdir -p bin
log "go build (windows/amd64, mingw) -> ${out}"
CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
	go build -ldflags "-H=windowsgui" -o "${out}" ./cmd/carepost

if [[ "$(head -c 2 "${out}")" != "MZ" ]]; then
	die "${out} is not a Windows (PE) executable"
fi
log "${out}: $(stat -c %s "${out}") bytes"
