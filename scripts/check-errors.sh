#!/usr/bin/env bash
# Enforces: no error is dropped without a reason. Every call in the code
# (tests aside) whose error is ignored, or assigned to _, must either
# handle the error or carry a // comment saying why it can be ignored, on
# the same line or on a comment line directly above.
#
# errcheck lists the calls, for the Linux and the Windows build. The
# functions in check-errors.exclude are let through everywhere, each for
# the reason written there. Findings in the files named in
# check-errors.pending are only warned about: that list is temporary, for
# files others were editing when the rule came in, and is to be emptied.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
use_go
cd "${REPO_ROOT}"

ERRCHECK="github.com/kisielk/errcheck@v1.9.0"
EXCLUDE_FILE="scripts/check-errors.exclude"
PENDING_FILE="scripts/check-errors.pending"
BUILDS=(linux windows)

work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT

# Installed into a folder of its own so its exit code is its own (go run
# turns every failure into 1): 0 nothing found, 1 calls listed, other: it
# could not check the code.
GOBIN="${work}/bin" GOFLAGS='' go install "${ERRCHECK}"

: >"${work}/found"
for goos in "${BUILDS[@]}"; do
	rc=0
	GOOS="${goos}" "${work}/bin/errcheck" -blank -ignoretests -exclude "${EXCLUDE_FILE}" ./... \
		>"${work}/out" 2>"${work}/err" || rc=$?
	if ((rc > 1)) || [[ -s "${work}/err" ]]; then
		cat "${work}/err" >&2
		die "could not check the ${goos} build for ignored errors (exit ${rc})"
	fi
	cat "${work}/out" >>"${work}/found"
done

# pending: the paths listed in PENDING_FILE (# starts a comment).
declare -A pending=()
if [[ -f "${PENDING_FILE}" ]]; then
	while read -r path _; do
		[[ -z "${path}" || "${path}" == \#* ]] && continue
		pending["${path}"]=0
	done <"${PENDING_FILE}"
fi

# code_of LINE: the line with its string and rune literals blanked, so
# "https://…" is not taken for a comment.
code_of() {
	# shellcheck disable=SC2016 # the backquotes are Go's, not the shell's
	sed -E -e 's/"([^"\\]|\\.)*"/""/g' -e 's/`[^`]*`/``/g' -e "s/'([^'\\\\]|\\\\.)+'/''/g" <<<"$1"
}

# has_reason FILE LINE: a // comment with some text on LINE, or a line
# holding only such a comment directly above it.
has_reason() {
	local file="$1" n="$2" this above
	this="$(sed -n "${n}p" "${file}")"
	if [[ "$(code_of "${this}")" =~ //[[:space:]]*[^[:space:]] ]]; then
		return 0
	fi
	((n > 1)) || return 1
	above="$(sed -n "$((n - 1))p" "${file}")"
	[[ "${above}" =~ ^[[:space:]]*//[[:space:]]*[^[:space:]] ]]
}

bad=0
warned=0
seen=0
# errcheck prints "/abs/path/file.go:LINE:COL:<TAB>code"; the same call in
# both builds is counted once.
while IFS= read -r finding; do
	[[ "${finding}" =~ ^(.+\.go):([0-9]+):[0-9]+:[[:space:]]*(.*)$ ]] || {
		printf 'FAIL: cannot read this line of the check'"'"'s output: %s\n' "${finding}" >&2
		bad=$((bad + 1))
		continue
	}
	file="${BASH_REMATCH[1]#"${REPO_ROOT}/"}"
	line="${BASH_REMATCH[2]}"
	code="${BASH_REMATCH[3]}"
	seen=$((seen + 1))
	if has_reason "${file}" "${line}"; then
		continue
	fi
	if [[ -v "pending[${file}]" ]]; then
		pending["${file}"]=$((pending["${file}"] + 1))
		warn "${file}:${line}: an error is ignored without a reason (allowed for now by ${PENDING_FILE}): ${code}"
		warned=$((warned + 1))
		continue
	fi
	printf 'FAIL: %s:%s: an error is ignored without a reason: %s\n' "${file}" "${line}" "${code}" >&2
	bad=$((bad + 1))
done < <(sort -u "${work}/found" | sort -t: -k1,1 -k2,2n)

for path in "${!pending[@]}"; do
	if ((pending["${path}"] == 0)); then
		warn "${path} has no unexplained ignored error left: remove it from ${PENDING_FILE}"
	fi
done

if ((bad)); then
	cat >&2 <<EOF
${bad} call(s) above drop an error without saying why. For each one, either
handle the error (return it with context, show it, or log it), or put a //
comment on the same line or on the line just above saying why it can be
ignored. A function whose error can never matter at any call may go in
${EXCLUDE_FILE} instead, with the reason.
EOF
	exit 1
fi
log "ignored errors: ok ($((seen - warned)) ignored on purpose, each with a reason; ${warned} left to explain in ${PENDING_FILE})"
