#!/usr/bin/env bash
# Installs the pinned front-end packages from npm and copies what the portal serves into
# src/Mensenhandel.Web/wwwroot/lib (committed), with each package's licence beside it.
# Building and running the portal never needs npm; run this only after changing frontend/package.json.
set -euo pipefail
web="$(cd "$(dirname "$0")/../Mensenhandel.Web" && pwd)"
cd "$web/frontend"
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi

lib="$web/wwwroot/lib"
rm -rf "$lib"
mkdir -p "$lib/utrecht" "$lib/voorbeeld-design-tokens" "$lib/chart.js"

utrecht=node_modules/@utrecht/component-library-css
cp "$utrecht/dist/index.css" "$lib/utrecht/component-library.css"
cp "$utrecht/LICENSE.md" "$lib/utrecht/LICENSE.md"

tokens=node_modules/@nl-design-system-unstable/voorbeeld-design-tokens
cp "$tokens/dist/theme.css" "$lib/voorbeeld-design-tokens/theme.css"
cp "$tokens/LICENSE.md" "$lib/voorbeeld-design-tokens/LICENSE.md"

cp node_modules/chart.js/dist/chart.umd.min.js "$lib/chart.js/chart.umd.min.js"
cp node_modules/chart.js/LICENSE.md "$lib/chart.js/LICENSE.md"

{
  echo "# Vendored front-end packages"
  echo
  echo "Copied by src/scripts/vendor-frontend.sh from npm; do not edit by hand."
  echo
  for pkg in @utrecht/component-library-css @nl-design-system-unstable/voorbeeld-design-tokens chart.js; do
    node -e "const p=require('./node_modules/$pkg/package.json');console.log('- '+p.name+' '+p.version+' ('+p.license+')')"
  done
} > "$lib/README.md"
echo "Vendored into $lib"
