#!/usr/bin/env bash
# `pnpm openapi:lint`: the OpenAPI document, exported from the app, passes Redocly's lint (redocly.yaml) with no
# errors, and the TypeScript types openapi-typescript generates from it type-check under strict settings.
set -euo pipefail
# No usage data sent from CI or a developer machine, no update notice.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
cd "$(dirname "$0")/../../../.."

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

pnpm -s openapi:export "$dir/openapi.json"
pnpm exec redocly lint --config redocly.yaml "$dir/openapi.json"
pnpm exec openapi-typescript "$dir/openapi.json" --output "$dir/openapi.d.ts"
pnpm exec tsc --noEmit --strict --noUncheckedIndexedAccess --exactOptionalPropertyTypes "$dir/openapi.d.ts"
echo "openapi:lint: no lint errors; generated types type-check"
