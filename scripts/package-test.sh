#!/usr/bin/env bash
# Checks `make package`: it must produce dist/CarePost.tar.xz holding the
# binary, the icon and a .desktop file, and leave `git status` as it was.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "${REPO_ROOT}"

artefact="dist/CarePost.tar.xz"

before="$(git status --porcelain --untracked-files=all)"
rm -f "${artefact}"

make --no-print-directory package

after="$(git status --porcelain --untracked-files=all)"
if [[ "${before}" != "${after}" ]]; then
	printf 'FAIL: git status changed while make package ran (someone editing this tree at the same time shows up here too):\n' >&2
	diff <(printf '%s\n' "${before}") <(printf '%s\n' "${after}") >&2 || true
	exit 1
fi

[[ -s "${artefact}" ]] || die "${artefact} was not produced"
listing="$(tar -tJf "${artefact}")"
for want in 'bin/carepost$' '\.desktop$' 'pixmaps/.*\.png$'; do
	if ! grep -qE "${want}" <<<"${listing}"; then
		printf 'FAIL: %s has no entry matching %s; it holds:\n%s\n' "${artefact}" "${want}" "${listing}" >&2
		exit 1
	fi
done
log "package: ${artefact} ok, work tree unchanged"
