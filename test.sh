#!/usr/bin/env bash
# Runs every test (unit, contract, API, live push, browser) and prints one closing line:
# "N passed, M failed". Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"
scripts/prerequisites.sh browser || { echo "0 passed, 1 failed"; exit 1; }

results=TestResults
rm -rf "$results"; mkdir -p "$results"
(cd tests/node && npm ci --no-audit --no-fund --loglevel=error) || { echo "0 passed, 1 failed"; exit 1; }

scripts/restore.sh || { echo "0 passed, 1 failed"; exit 1; }
# Wolverine's generated code is committed and loaded statically: stale code fails here, with what to run.
scripts/codegen.sh check || { echo "0 passed, 1 failed"; exit 1; }
dotnet build Competition.sln -c Release -nologo -v q --no-restore || { echo "0 passed, 1 failed"; exit 1; }

status=0
for project in tests/*.Tests/*.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
done

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
projects=$(ls tests/*.Tests/*.csproj | wc -l)
reports=$(ls "$results"/*.trx 2>/dev/null | wc -l)
# A test project that crashed before writing its report counts as a failure.
if [ "$reports" -lt "$projects" ]; then failed=$((failed + projects - reports)); status=1; fi
[ "$failed" -gt 0 ] && status=1

echo "$passed passed, $failed failed"
exit $status
