#!/usr/bin/env bash
# Publishes the API for production into OUT (default out/api): Release, framework-dependent, and on x86-64 Linux
# compiled ahead of time (ReadyToRun), so a start does not spend its first second in the JIT: bench/ coldstart
# measures the first read at about 1.4 s this way against about 1.9 s from the plain build. Elsewhere the same
# publish without ReadyToRun. Restores in locked mode, like every build here. Run the result with
#     dotnet OUT/Competition.Api.dll
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-out/api}
if [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ]; then
  aot=(-r linux-x64 --self-contained false -p:PublishReadyToRun=true)
else
  echo "publish: $(uname -s)-$(uname -m) is not linux-x64; publishing without ReadyToRun" >&2
  aot=()
fi
dotnet publish Competition.Api -c Release "${aot[@]}" -p:RestoreLockedMode=true -o "$out" -nologo -v q
echo "published to $out"
