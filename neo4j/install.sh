#!/usr/bin/env bash
# Installs what the local Neo4j needs beyond npm: a Java 17 runtime and Maven (Debian's packages,
# unless present), then the Neo4j Community jars from Maven Central into neo4j/lib (~125 MB,
# cached in ~/.m2). Non-interactive, for CI (.ci/run) and fresh machines; apt needs root.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
java -version 2>&1 | head -1
node -r tsx/cjs neo4j/cli.ts --install
