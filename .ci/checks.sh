#!/usr/bin/env bash
# Security scan and packaging check, run by .ci/run after the build (offline apart from the npm registry).
#  1. electronegativity over the sources: fails on any HIGH or MEDIUM finding not reviewed in scripts/electronegativity.ts.
#  2. electron-builder --dir with a stand-in Electron executable (the real one cannot be downloaded here),
#     then tests/build/packaged.check.ts asserts what app.asar holds and that the fuses were flipped.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
step() { printf '\n--- %s (%ss so far) ---\n' "$*" "$((SECONDS - started))"; }

if [ ! -f out/main/index.js ] || [ ! -f out/preload/index.cjs ] || [ ! -f out/renderer/index.html ]; then
  step "build (out/ is missing)"
  npx electron-vite build
fi

step "electronegativity"
npx tsx scripts/electronegativity.ts

step "electron-builder --dir with a stand-in Electron"
standin=$(mktemp -d)
trap 'rm -rf "$standin"' EXIT
# An executable named electron that carries Electron 45's fuse wire as shipped
# (sentinel, wire version 1, 8 fuses: 1 0 1 1 0 0 0 1), so electron-builder can flip the fuses
# and the check can read them back.
{
  printf '#!/bin/sh\necho "Stand-in for Electron, made by .ci/checks.sh: it only lets electron-builder pack offline." >&2\nexit 1\n# '
  printf 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX\001\010%s\n' '10110001'
} >"$standin/electron"
chmod +x "$standin/electron"
rm -rf release/linux-unpacked
npx electron-builder --dir --linux --config electron-builder.yml -c.electronDist="$standin"

step "what the package holds"
npx vitest run --config tests/build/vitest.config.ts

printf '\nchecks.sh passed in %ss\n' "$((SECONDS - started))"
