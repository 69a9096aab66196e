#!/usr/bin/env bash
# Makes the upgrade test's data folder (issue 13): local-stack/src/test/resources/upgrade/previous-release.zip.
#   infra/upgrade-fixture/make.sh <commit of the previous release>
# Builds that commit in a worktree, starts its ./posflow run on a fresh data folder, lets this build's
# UpgradeFixture write three merchants' business through REST, stops the stack gracefully (as an upgrade
# would) and zips the folder: the H2 files (events, read models, inbox), the broker's log directory
# (topics and the consumer groups' offsets) and merchants.json (who is who). Logs are left out.
set -euo pipefail
cd "$(dirname "$0")/../.."
commit=${1:?usage: infra/upgrade-fixture/make.sh <commit of the previous release>}
root=$(pwd)
release=$(mktemp -d)/release
out=local-stack/src/test/resources/upgrade/previous-release.zip

git worktree add --detach "$release" "$commit"
trap 'git -C "$root" worktree remove --force "$release"' EXIT
(cd "$release" && ./mvnw -B -q package -DskipTests)
./mvnw -B -q package -DskipTests -pl local-stack -am
classpath="local-stack/target/classes:$(cat local-stack/target/classpath.txt)"

(cd "$release" && exec java -cp "local-stack/target/classes:$(cat local-stack/target/classpath.txt)" \
  io.posflow.localstack.LocalStack run) &
stack=$!
for port in 8081 8082 8083 8084 8085; do
  until curl -sf "http://127.0.0.1:$port/actuator/health" | grep -q UP; do
    kill -0 "$stack" 2>/dev/null || { echo "the previous release's stack died; see $release/data/logs"; exit 1; }
    sleep 2
  done
done
java -cp "$classpath" io.posflow.localstack.UpgradeFixture "$release/data/merchants.json"
kill -TERM "$stack"
wait "$stack" || true

mkdir -p "$(dirname "$out")"
rm -f "$out"
(cd "$release/data" && rm -rf logs jars kafka-server.properties && jar --create --no-manifest --file "$root/$out" .)
echo "Wrote $out ($(du -h "$out" | cut -f1)) from $commit"
