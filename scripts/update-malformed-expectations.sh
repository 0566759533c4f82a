#!/usr/bin/env bash
# Regenerates tests/data/malformed/<name>.expected from the current spokewise-cli: the whole stderr
# of `spokewise-cli validate <name>.json`, with the file's path written as <FILE>. Review the diff
# (git diff tests/data/malformed) before committing: these files are what the CLI test compares.
#
# Usage: scripts/update-malformed-expectations.sh [path/to/spokewise-cli]
#        (default: build-debug/app/cli/spokewise-cli, built by scripts/test.sh)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cli=${1:-"$root/build-debug/app/cli/spokewise-cli"}
if [[ ! -x "$cli" ]]; then
    echo "update-malformed-expectations: no spokewise-cli at $cli; build it first (scripts/test.sh) or pass its path." >&2
    exit 2
fi

dir="$root/tests/data/malformed"
count=0
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for file in "$dir"/*.json; do
    name=$(basename "$file" .json)
    set +e
    LC_ALL=C.UTF-8 LANGUAGE= "$cli" validate "$file" 2>"$tmp" >/dev/null
    code=$?
    set -e
    if [[ $code -ne 2 ]]; then
        echo "update-malformed-expectations: warning: $name.json exits $code, not 2" >&2
    fi
    err=$(cat "$tmp"; printf x)
    err=${err%x}
    printf '%s' "${err//"$file"/<FILE>}" > "$dir/$name.expected"
    count=$((count + 1))
done
echo "update-malformed-expectations: wrote $count .expected files in tests/data/malformed (review with git diff)."
