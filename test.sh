#!/usr/bin/env bash
# Runs every test project against private, throwaway PostgreSQL, RabbitMQ and Redis instances on free ports,
# stops them again, and ends with the line "N passed, N failed" (", N skipped" when any). Exits non-zero on any
# failure. Extra arguments go to every `dotnet test` (e.g. --filter).
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

command -v dotnet >/dev/null || { echo "test.sh: the .NET SDK (dotnet) is required" >&2; echo "0 passed, 1 failed"; exit 1; }

data=$(mktemp -d "${TMPDIR:-/tmp}/careservices-test.XXXXXX")
cleanup() {
  scripts/servers.sh stop "$data" >/dev/null 2>&1 || true
  rm -rf "$data"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

started=$SECONDS
if ! scripts/servers.sh start "$data" >/dev/null; then
  echo "test.sh: the test servers did not start" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
# shellcheck disable=SC1091
source "$data/servers.env"
export CARESERVICES_TEST_POSTGRES="$CARESERVICES_POSTGRES"
export CARESERVICES_TEST_RABBITMQ="$CARESERVICES_RABBITMQ"
export CARESERVICES_TEST_RABBITMQ_MANAGEMENT="$CARESERVICES_RABBITMQ_MANAGEMENT"
export CARESERVICES_TEST_REDIS="$CARESERVICES_REDIS"

# The dashboard's browser test drives Debian's Chromium.
scripts/browser.sh install || echo "test.sh: no chromium; the dashboard's browser test will fail" >&2

echo "test.sh: building"
if ! dotnet build CareServices.sln -c Release -nologo -clp:ErrorsOnly; then
  echo "test.sh: the build failed" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

counter() { # <attribute> <trx files...>: the attribute of their <Counters>, summed
  local attribute="$1"
  shift
  grep -ho "<Counters [^>]*" "$@" 2>/dev/null | grep -o " $attribute=\"[0-9]*\"" | grep -o '[0-9]*' | awk '{ s += $1 } END { print s + 0 }'
}
counts() { echo "$(counter passed "$@") passed, $(counter failed "$@") failed, $(counter notExecuted "$@") skipped"; }

results="$data/results"
mkdir -p "$results"
status=0
crashed=0
# One project at a time: on two cores, parallel test hosts would only slow each other down.
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  echo "test.sh: $name"
  if ! dotnet test "$project" -c Release --no-build --nologo \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" --results-directory "$results" "$@" \
      > "$results/$name.log" 2>&1; then
    status=1
    # Each failed test with its message, up to its stack trace.
    awk '/^  Failed /{show=1} /^  Stack Trace:/{show=0} show' "$results/$name.log" | head -60
    [[ -f "$results/$name.trx" ]] || { crashed=$((crashed + 1)); tail -30 "$results/$name.log"; }
  fi
  [[ -f "$results/$name.trx" ]] && echo "test.sh: $name: $(counts "$results/$name.trx")"
done

passed=$(counter passed "$results"/*.trx)
failed=$(( $(counter failed "$results"/*.trx) + crashed ))
skipped=$(counter notExecuted "$results"/*.trx)
(( failed > 0 )) && status=1

echo "test.sh: finished in $(( SECONDS - started ))s"
summary="$passed passed, $failed failed"
(( skipped > 0 )) && summary="$summary, $skipped skipped"
echo "$summary"
exit "$status"
