#!/usr/bin/env bash
# Cross-builds the Windows executables for 64-bit Windows with MinGW-w64
# (what `make windows` runs). Fyne needs cgo, hence the cross C compiler.
#
#   bin/carepost.exe      linked as a GUI program (-H=windowsgui): opening it
#                         shows no console window. A subcommand typed into
#                         Command Prompt or PowerShell attaches to that
#                         console, but Command Prompt does not wait for it.
#   bin/carepost-cli.exe  the same code linked as a console program: waited
#                         for, with its output and exit status, by scripts,
#                         .bat files and Task Scheduler.
#
# Then checks each file's PE Subsystem field (2 GUI, 3 console).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "${REPO_ROOT}"

scripts/deps.sh windows
use_go

gui="bin/carepost.exe"
cli="bin/carepost-cli.exe"
mkdir -p bin

# build OUT WHAT [GO BUILD FLAGS...]
build() {
	local out="$1" what="$2"
	shift 2
	log "go build (windows/amd64, mingw, ${what}) -> ${out}"
	CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
		go build "$@" -o "${out}" ./cmd/carepost
	if [[ "$(head -c 2 "${out}")" != "MZ" ]]; then
		die "${out} is not a Windows (PE) executable"
	fi
	log "${out}: $(stat -c %s "${out}") bytes"
}

build "${gui}" "GUI program" -ldflags "-H=windowsgui"
build "${cli}" "console program"

log "checking the PE subsystem of ${gui} (GUI) and ${cli} (console)"
result="$(CAREPOST_GUI_EXE="${REPO_ROOT}/${gui}" CAREPOST_CLI_EXE="${REPO_ROOT}/${cli}" \
	go test -count=1 -run '^TestPESubsystem$' -v ./cmd/carepost/ 2>&1)" || {
	printf '%s\n' "${result}" >&2
	die "the PE subsystem check failed"
}
printf '%s\n' "${result}"
# A test that was skipped or not found would pass silently.
for exe in GUI CLI; do
	if ! grep -q -- "--- PASS: TestPESubsystem/CAREPOST_${exe}_EXE" <<<"${result}"; then
		die "the PE subsystem check of the ${exe} build did not run"
	fi
done
