#!/usr/bin/env bash
# Adds a migration with the same name to both providers' migration sets (PostgreSQL and SQLite).
# Usage: src/scripts/add-migration.sh <Name>
set -euo pipefail
name=${1:?usage: src/scripts/add-migration.sh <MigrationName>}
cd "$(dirname "$0")/../.."
dotnet tool restore >/dev/null
for provider in Postgres Sqlite; do
  project=src/Mensenhandel.Migrations.$provider
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done
