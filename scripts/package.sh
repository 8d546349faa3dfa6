#!/usr/bin/env bash
# `make package`: a Linux package (CarePost.tar.xz) made by `fyne package`
# from the root FyneApp.toml, moved into dist/.
#
# `fyne package` reads FyneApp.toml from the main package's folder, writes a
# generated Go file there while it builds, and bumps Build in FyneApp.toml on
# every run. None of that may touch the work tree, so it runs on a copy of
# the sources in a temporary staging folder, which is always removed.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "${REPO_ROOT}"

scripts/deps.sh package
use_go

[[ -f FyneApp.toml ]] || die "FyneApp.toml is missing at the repo root"
icon="$(sed -n 's/^[[:space:]]*Icon[[:space:]]*=[[:space:]]*"\(.*\)"[[:space:]]*$/\1/p' FyneApp.toml | head -n 1)"
[[ -n "${icon}" ]] || die "FyneApp.toml has no Icon"
[[ -f "${icon}" ]] || die "FyneApp.toml names Icon \"${icon}\", which does not exist"
name="$(sed -n 's/^[[:space:]]*Name[[:space:]]*=[[:space:]]*"\(.*\)"[[:space:]]*$/\1/p' FyneApp.toml | head -n 1)"
[[ -n "${name}" ]] || die "FyneApp.toml has no Name"

staging="$(mktemp -d -t carepost-package.XXXXXX)"
cleanup() { rm -rf "${staging}"; }
trap cleanup EXIT

# The sources as git sees them: tracked files plus new ones not ignored (so
# bin/, dist/ and other ignored output stay out). Deleted files are skipped.
log "staging the sources"
git ls-files -z --cached --others --exclude-standard |
	while IFS= read -r -d '' f; do
		if [[ -f "${f}" ]]; then printf '%s\0' "${f}"; fi
	done |
	tar --null --files-from=- -cf - | tar -xf - -C "${staging}"

src="${staging}/cmd/carepost"
[[ -d "${src}" ]] || die "cmd/carepost is missing"
cp FyneApp.toml "${src}/FyneApp.toml"
mkdir -p "$(dirname "${src}/${icon}")"
cp "${icon}" "${src}/${icon}"

log "fyne package -os linux --release (in the staging copy)"
(cd "${src}" && fyne package -os linux --release)

artefact="${src}/${name}.tar.xz"
[[ -s "${artefact}" ]] || die "fyne package did not produce ${name}.tar.xz"
mkdir -p dist
mv -f "${artefact}" "dist/${name}.tar.xz"
log "dist/${name}.tar.xz: $(stat -c %s "dist/${name}.tar.xz") bytes"
