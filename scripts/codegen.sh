#!/usr/bin/env bash
# Writes Wolverine's generated handler and endpoint code into Competition.Api/Internal/Generated, where it is
# committed and loaded statically at start-up (nothing is compiled at run time).
#   scripts/codegen.sh         regenerate (after changing an endpoint's or a handler's signature)
#   scripts/codegen.sh check   fail when the committed code is stale (CI)
set -euo pipefail
cd "$(dirname "$0")/.."
generated=Competition.Api/Internal/Generated
# Generating needs no database: a connection string keeps the API from starting its local cluster.
export ConnectionStrings__Competition="Host=127.0.0.1;Port=1;Database=codegen;Username=codegen"
# Built without the old generated code, which may no longer compile against changed signatures.
rm -rf "$generated"
dotnet build Competition.Api -c Release -nologo -v q --no-restore >/dev/null
(cd Competition.Api && dotnet bin/Release/net10.0/Competition.Api.dll codegen write >/dev/null)
if [ "${1:-}" = "check" ]; then
  if ! git diff --quiet --exit-code -- "$generated" || [ -n "$(git ls-files --others --exclude-standard -- "$generated")" ]; then
    git status --short -- "$generated" | head -20 >&2
    echo "The committed Wolverine code in $generated is stale: run scripts/codegen.sh and commit it." >&2
    exit 1
  fi
fi
