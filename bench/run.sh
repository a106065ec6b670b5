#!/usr/bin/env bash
# The benchmark set (about ten minutes on 2 cores): builds Release (API + bench), installs the Node
# SignalR watcher, runs each benchmark of SET that the bench knows (each writes bench/results/<name>.md)
# and assembles bench/results.md: the machine, the date, the commit, then the sections in order.
# The soak (bench/Competition.Bench soak --minutes N) is not part of the set.
# marks-vs-old runs the marks workload against the API of the last commit before the move to Marten and
# Wolverine too: that commit is checked out in a git worktree under /tmp (OLD_TREE) and built there, never committed.
set -uo pipefail
cd "$(dirname "$0")/.."

SET=(append marks marks-vs-old screen noisy coldstart fanout scaleout rebuild)
OLD_TREE=${OLD_TREE:-/tmp/competition-old}
declare -A OPTIONS=(
  [append]="--seconds 3 --warmup 0.5"
  [marks-vs-old]="--old-api $OLD_TREE/Competition.Api/bin/Release/net10.0/Competition.Api.dll"
  [coldstart]="--published out/bench-api/Competition.Api.dll"
  # Boards of 30, 300 and 3,000 entries (issue: a board's cost should not grow with its category).
  [screen]="--entries 30,300,3000 --windows 5"
  [fanout]="--entries 3000 --top 20" # 10,000 top-20 screens of a 3,000-entry board (issue: p99 < 1 s, nothing lost); about 90 s
)

# The old engine's API: the parent of the migration commit, in a worktree at OLD_TREE, restored from its lock files and built (Release).
old_api() {
  local migration commit
  migration=$(git log -F --grep='Engine on Marten and Wolverine (in progress)' --format=%H -n 1)
  [ -n "$migration" ] || { echo "== marks-vs-old: no migration commit in this history"; return 1; }
  commit=$(git rev-parse "$migration^") || return 1
  if [ -e "$OLD_TREE" ] && [ "$(git -C "$OLD_TREE" rev-parse HEAD 2>/dev/null)" != "$commit" ]; then
    git worktree remove --force "$OLD_TREE" 2>/dev/null || { echo "== marks-vs-old: $OLD_TREE is not a worktree at $commit"; return 1; }
  fi
  [ -e "$OLD_TREE" ] || git worktree add --detach "$OLD_TREE" "$commit" >/dev/null 2>&1 || { echo "== marks-vs-old: git worktree add failed"; return 1; }
  (cd "$OLD_TREE" && dotnet restore Competition.Api --locked-mode -v q >/dev/null && dotnet build Competition.Api -c Release --no-restore -nologo -v q >/dev/null) \
    || { echo "== marks-vs-old: building the old API in $OLD_TREE failed"; return 1; }
  echo "== old engine: $(git log -1 --format='%h %s' "$commit" | cut -c1-100) (built in $OLD_TREE)"
}

started=$(date +%s)
scripts/prerequisites.sh >/dev/null || exit 1
dotnet build bench/Competition.Bench -c Release -nologo -v q || exit 1 # builds Competition.Api (Release) too
scripts/publish.sh out/bench-api >/dev/null || exit 1 # the API as production runs it, for coldstart
(cd bench/node && npm ci --no-audit --no-fund --loglevel=error) || exit 1
bench() { dotnet bench/Competition.Bench/bin/Release/net10.0/Competition.Bench.dll "$@"; }
known=$(bench list) || exit 1

mkdir -p bench/results
status=0
declare -A took
for name in "${SET[@]}"; do
  if ! grep -qx "$name" <<<"$known"; then echo "== $name: not in this build, skipped"; continue; fi
  echo "== $name"
  rm -f "bench/results/$name.md"
  if [ "$name" = marks-vs-old ] && ! old_api; then status=1; took[$name]=0; continue; fi
  t0=$(date +%s)
  # shellcheck disable=SC2086 # options are words
  bench "$name" ${OPTIONS[$name]:-} || { echo "== $name exited non-zero"; status=1; }
  took[$name]=$(( $(date +%s) - t0 ))
done

pg=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
{
  echo "# Benchmark results"
  echo
  echo "\`bench/run.sh\` — $(date -u '+%Y-%m-%d %H:%M') UTC, commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!bench/results.md' || echo ' (with uncommitted changes)'), $(( $(date +%s) - started )) s in all, builds included."
  echo
  echo "| machine | |"
  echo "|---|---|"
  echo "| CPU | $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores |"
  echo "| memory | $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) |"
  echo "| OS | $(. /etc/os-release && echo "$PRETTY_NAME"), Linux $(uname -r) |"
  echo "| PostgreSQL | $("$pg/postgres" --version 2>/dev/null | sed 's/^postgres (PostgreSQL) //') (local cluster, fsync on) |"
  echo "| .NET | SDK $(dotnet --version), runtime $(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ {v=$2} END {print v}') |"
  echo "| Node | $(node --version) |"
  echo "| load average at the end | $(cut -d' ' -f1-3 /proc/loadavg) |"
  echo
  echo "Timings are of this machine at this moment; other work on it shows in them. Ratios against a baseline"
  echo "measured in the same run on the same server are the figures to compare between runs."
  for name in "${SET[@]}"; do
    [ -n "${took[$name]:-}" ] || continue
    echo
    if [ -f "bench/results/$name.md" ]; then
      sed 's/^# /## /' "bench/results/$name.md"
      echo
      echo "_${name}: ${took[$name]} s._"
    else
      echo "## $name"
      echo
      echo "Did not complete (see the console output of bench/run.sh)."
    fi
  done
} >bench/results.md
echo "bench/results.md written ($(( $(date +%s) - started )) s)"
exit $status
