#!/usr/bin/env bash
# Runs the engine: installs PostgreSQL if missing; the API starts its own local cluster.
set -euo pipefail
cd "$(dirname "$0")"
scripts/prerequisites.sh
scripts/restore.sh
# One admin key for this machine, kept across runs (the console remembers it), unless one is configured.
export Competition__AdminKeyFile="${Competition__AdminKeyFile:-$PWD/.local/admin-key}"
# The venue network, not only this machine: tablets and phones open the links in its QR codes.
exec dotnet run --project Competition.Api -c Release --no-restore -- --urls "${ASPNETCORE_URLS:-http://0.0.0.0:5080}" "$@"
