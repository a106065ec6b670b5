#!/usr/bin/env bash
# Restores NuGet packages exactly as the committed lock files name them (locked mode): a version
# changed in Directory.Packages.props or a .csproj without its lock file fails here, with what to run.
set -uo pipefail
cd "$(dirname "$0")/.."
if ! dotnet restore Competition.sln --locked-mode -nologo -v q; then
  cat >&2 <<'MSG'

Restore failed in locked mode. If a package version or reference was changed on purpose, update
the lock files and commit them:

    dotnet restore Competition.sln --force-evaluate
    git add '*packages.lock.json'

Otherwise the message above names the package that could not be restored from the feed.
MSG
  exit 1
fi
