#!/usr/bin/env bash
# Runs the engine: installs PostgreSQL if missing; the API starts its own local cluster.
set -euo pipefail
cd "$(dirname "$0")"
scripts/prerequisites.sh
scripts/restore.sh
exec dotnet run --project Competition.Api -c Release --no-restore -- "$@"
