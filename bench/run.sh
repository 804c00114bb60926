#!/usr/bin/env bash
# Benchmarks from issue 3 ("Measure"), each on its own private servers and free ports, stopped again at exit.
#
#   bench/run.sh gateway   GET /api/assessment/recipients/{id} with wrk: direct, through a bare YARP proxy
#                          (bench/BareProxy) and through our gateway; last line: gateway/bare-proxy throughput ratio
#   bench/run.sh events    10,000 RecipientRegistered outbox rows in assessmentdb until Scheduling has committed
#                          every effect (bench/EventPath); last line: events/s
#   bench/run.sh decisions grants of five-line decisions at about 50 requests/s through the gateway (p95), then the
#                          reconciliation report for a zone of 1,000 recipients with a month of visits; last line:
#                          reconciliation report: N ms
#   bench/run.sh memory    AppHost + DCP + Aspire dashboard memory with the whole system under light load for an
#                          hour; last line: AppHost + DCP + dashboard memory after 60 min: N MiB
#   bench/run.sh activities matching one recipient against 2,000 activities and 1,000 volunteers, and the monthly
#                          calendar of a municipality with 500 occurrences, against the Activities service
#                          (bench/Activities.Bench); last lines: matching … N ms, monthly calendar … N ms
#   bench/run.sh plan      a generated district (600 recipients, 150 staff, about 2,000 visits a day in Nord-Steigen)
#                          built through the gateway, then its days (BENCH_DAYS) planned through Scheduling's API, POST /plans
#                          to published (bench/Scheduling.Bench); last line: wall time per day … N s
#   bench/run.sh worklist  the same, then every staff member reading their own work list through the gateway at a
#                          fixed rate (open loop); last line: work-list read p95 at 200 requests/s …: N ms
#   bench/run.sh journal   a care worker's journal reads (2,000 notes; care-relation check and access-log write
#                          included) and full-text searches (10,000 notes) through the gateway at BENCH_RATE (default
#                          100) requests/s (bench/Journal.Bench); last lines: journal read p95 … N ms, journal search p95 … N ms
#   bench/run.sh notifications a burst of 10,000 DecisionTerminated events (BENCH_EVENTS) into the Notifications
#                          service, each e-mailing a consenting relative through the local SMTP sink
#                          (bench/Notifications.Bench), then BENCH_PACED_EVENTS (2,000) at BENCH_RATE (200/s); last
#                          lines: notifications delivered per second: N, p95 from event published to message accepted
#                          by the sink: N ms
#   bench/run.sh demo      ./run.sh as a new user starts it (no .data folder; BENCH_REMOVE_DATA=1 removes an existing
#                          one), until it prints "Demo data ready", then stopped as Ctrl+C would; last line: demo
#                          ready N s after ./run.sh started
#   bench/run.sh otlp      the Aspire dashboard's OTLP ingest: the whole system started (time to every resource
#                          healthy), then OTLP/HTTP protobuf span batches from bench/OtlpSender into its dashboard;
#                          last line: otlp spans/s: N
#
# Environment: BENCH_ROUNDS (default 3) x BENCH_DURATION (wrk seconds per target and round, default 5),
# BENCH_WARMUP (seconds per target, default 20),
# BENCH_START_TIMEOUT (seconds a process may take to listen and be healthy, default 300),
# BENCH_WRK_TIMEOUT (seconds before wrk counts a request as failed, default 30),
# BENCH_CONNECTIONS (default 32), BENCH_EVENTS (default 10000), BENCH_WARMUP_EVENTS (unmeasured first: events 10000, notifications 1000), BENCH_NO_BUILD=1 (use the existing Release build),
# BENCH_GATEWAY_ENV (extra NAME=value settings for the gateway process only, e.g. DOTNET_gcServer=0),
# BENCH_SERVICE_ENV (the same for Assessment and Scheduling in the events benchmark), BENCH_SETTLE_SECONDS (events: the
# longest wait for the services and PostgreSQL to be quiet after the warm-up, default 60);
# otlp: BENCH_OTLP_SECONDS (default 10), BENCH_OTLP_SENDERS (default 4), BENCH_OTLP_BATCH (spans per request, default 512);
# memory: BENCH_MINUTES (default 60), BENCH_MEMORY_REQUESTS (registrations a minute, default 10);
# decisions: BENCH_GRANT_SECONDS (default 20), BENCH_RECIPIENTS (reconciliation zone size, default 1000);
# plan, worklist: BENCH_RECIPIENTS (default 600), BENCH_DAY_STAFF (80), BENCH_EVENING_STAFF (70), BENCH_PLAN_TIME_LIMIT
# (seconds, default the service's 20), BENCH_DAYS (days planned one after another, default 1), BENCH_RATE (requests/s,
# default 200), BENCH_SECONDS (default 30);
# demo: BENCH_GATEWAY_PORT (default 18180), BENCH_DASHBOARD_PORT (18988, and the next two), BENCH_DEMO_TIMEOUT (1800 s);
# journal: BENCH_RATE (default 100), BENCH_SECONDS (30), BENCH_WARMUP (5), BENCH_NOTES (2000), BENCH_SEARCH_NOTES (10000).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
source bench/lib/common.sh

readonly RELEASE=bin/Release/net10.0
readonly ASSESSMENT_DLL=services/Assessment/Assessment.Api/$RELEASE/CareServices.Assessment.Api.dll
readonly SCHEDULING_DLL=services/Scheduling/Scheduling.Api/$RELEASE/CareServices.Scheduling.Api.dll

start_assessment() { # [NAME=value...]
  local env
  mapfile -t env < <(service_env assessmentdb)
  bench_start assessment "$ASSESSMENT_DLL" "${env[@]}" "$@"
  ASSESSMENT=$REPLY
  bench_wait_ok assessment "$ASSESSMENT/health"
}

# One wrk run (same settings for every target); sets REQUESTS SECONDS_RUN P50 P99 (microseconds) and TICKS, the
# CPU time the serving process (proxy or service) used meanwhile: a figure that other load on the machine
# distorts far less than requests/s.
# Debian's wrk, installed when missing (as run.sh installs the servers; needs root or passwordless sudo).
need_wrk() {
  command -v wrk > /dev/null && return
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo -n"
  echo "bench: installing wrk (once)" >&2
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk > /dev/null ||
    die "wrk is needed and could not be installed: sudo apt-get install -y wrk"
}

run_wrk() { # <label> <seconds> <url> <pid>
  local errors before
  before=$(cpu_ticks "$4")
  read -r _ REQUESTS SECONDS_RUN P50 P99 errors < <(wrk -t2 -c"$CONNECTIONS" -d"$2s" --timeout "${WRK_TIMEOUT}s" --latency \
    -s bench/lib/wrk-report.lua -H "Authorization: Bearer $TOKEN" "$3" | grep '^wrk-report ')
  TICKS=$(( $(cpu_ticks "$4") - before ))
  (( errors == 0 )) || die "$1: $errors requests failed"
}

per_second() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Rounds alternate the order (A B C, C B A, ...) so load from other processes on this shared machine drifts
# evenly over the targets; requests/s is total requests over total time, p50/p99 the median over rounds, CPU
# per request that of the process answering wrk (the service itself for "direct", else the proxy).
# Sets RPS[<label>] and CPU[<label>] (microseconds per request).
measure_all() { # <label=process=url...>
  local round target name pid url order hz
  declare -A requests seconds ticks p50s p99s
  hz=$(getconf CLK_TCK)
  for target in "$@"; do
    IFS='=' read -r name pid url <<< "$target"
    run_wrk "$name warm-up" "$WARMUP" "$url" "${BENCH_PID[$pid]}"
  done
  for (( round = 1; round <= ROUNDS; round++ )); do
    order=("$@")
    (( round % 2 == 1 )) || mapfile -t order < <(printf '%s\n' "$@" | tac)
    for target in "${order[@]}"; do
      IFS='=' read -r name pid url <<< "$target"
      run_wrk "$name" "$DURATION" "$url" "${BENCH_PID[$pid]}"
      say "round $round $name: $(per_second "$REQUESTS" "$SECONDS_RUN") requests/s, p50 ${P50} us, p99 ${P99} us"
      requests[$name]=$(( ${requests[$name]:-0} + REQUESTS ))
      seconds[$name]=$(awk -v a="${seconds[$name]:-0}" -v b="$SECONDS_RUN" 'BEGIN { print a + b }')
      ticks[$name]=$(( ${ticks[$name]:-0} + TICKS ))
      p50s[$name]+=" $P50"
      p99s[$name]+=" $P99"
    done
  done
  printf '%-12s %12s %10s %10s %18s\n' target requests/s p50 p99 'CPU/request (us)'
  for target in "$@"; do
    IFS='=' read -r name pid url <<< "$target"
    RPS[$name]=$(per_second "${requests[$name]}" "${seconds[$name]}")
    CPU[$name]=$(awk -v t="${ticks[$name]}" -v hz="$hz" -v n="${requests[$name]}" 'BEGIN { printf "%.0f", t * 1e6 / hz / n }')
    printf '%-12s %12s %8.2fms %8.2fms %18s\n' "$name" "${RPS[$name]}" \
      "$(median <<< "${p50s[$name]}" | awk '{ print $1 / 1000 }')" "$(median <<< "${p99s[$name]}" | awk '{ print $1 / 1000 }')" \
      "${CPU[$name]}"
  done
}

bench_gateway() {
  DURATION=${BENCH_DURATION:-5} ROUNDS=${BENCH_ROUNDS:-3} WARMUP=${BENCH_WARMUP:-20} CONNECTIONS=${BENCH_CONNECTIONS:-32}
  # wrk counts an answer slower than its timeout (default 2 s) as an error; a loaded machine needs longer.
  WRK_TIMEOUT=${BENCH_WRK_TIMEOUT:-30}
  need_wrk
  bench_build services/Assessment/Assessment.Api/Assessment.Api.csproj gateway/Gateway.csproj bench/BareProxy/BareProxy.csproj \
    services/Identity/Identity.Api/Identity.Api.csproj
  bench_servers
  # RS256 tokens from the identity provider, validated by discovery (BENCH_AUTH=symmetric: the HS256 key of old).
  [[ "${BENCH_AUTH:-authority}" == symmetric ]] || start_identity
  start_assessment
  local jwt bare gateway id
  bench_start bare-proxy "bench/BareProxy/$RELEASE/CareServices.Bench.BareProxy.dll" \
    "services__assessment__http__0=$ASSESSMENT" ASPNETCORE_ENVIRONMENT=Production
  bare=$REPLY
  mapfile -t jwt < <(jwt_env)
  # The rate limiter still runs on every request; the limit is only set high enough never to reject one.
  local -a extra
  read -r -a extra <<< "${BENCH_GATEWAY_ENV:-}"
  bench_start gateway gateway/$RELEASE/CareServices.Gateway.dll "${jwt[@]}" \
    "services__assessment__http__0=$ASSESSMENT" Gateway__RateLimit__PermitLimit=100000000 "${extra[@]}"
  gateway=$REPLY
  bench_wait_ok gateway "$gateway/alive"

  TOKEN=$(bench_token CaseWorker 1848)
  id=$(curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"name":"Kari Nordmann","birthDate":"1938-05-17","nationalId":"17053810160","address":{"street":"Storgata 1","postalCode":"8283","city":"Leinesfjord","latitude":67.77,"longitude":15.12},"zone":"Nord-Steigen","preferredLanguage":"nb"}' \
    "$ASSESSMENT/api/assessment/recipients" | jq -r .id)
  local path="/api/assessment/recipients/$id"
  for url in "$ASSESSMENT$path" "$bare$path" "$gateway$path"; do
    curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "$url" || die "GET $url failed"
  done

  echo "GET $path, wrk -t2 -c$CONNECTIONS --timeout ${WRK_TIMEOUT}s --latency: ${WARMUP}s warm-up each, then $ROUNDS rounds of ${DURATION}s per target"
  echo "(gateway rate limit 100000000/min so it never rejects; the limiter still runs on every request)"
  if [[ -n "$BENCH_AUTHORITY" ]]; then
    echo "(tokens: RS256 from the identity provider, validated by its discovery document and JWKS)"
  else
    echo "(tokens: HS256 with a shared key, BENCH_AUTH=symmetric)"
  fi
  [[ -z "${BENCH_GATEWAY_ENV:-}" ]] || echo "(gateway environment: $BENCH_GATEWAY_ENV)"
  declare -A RPS CPU
  bench_load before
  measure_all "direct=assessment=$ASSESSMENT$path" "bare-proxy=bare-proxy=$bare$path" "gateway=gateway=$gateway$path"
  bench_load after
  awk -v g="${CPU[gateway]}" -v b="${CPU[bare-proxy]}" 'BEGIN { printf "gateway/bare-proxy CPU per request: %.1fx\n", g / b }'
  awk -v g="${RPS[gateway]}" -v b="${RPS[bare-proxy]}" 'BEGIN { printf "gateway/bare-proxy throughput ratio: %.2f\n", g / b }'
}

# Prints <label> and each process's CPU per event since the readings in the named array, then the total; sets
# CPU_TOTAL (ticks). Uses cpu_pids and hz of the caller.
cpu_per_event() { # <label> <array of tick readings> <events>
  local -n since=$2
  local name ticks line=$1
  CPU_TOTAL=0
  for name in assessment rabbitmq scheduling postgres; do
    ticks=$(( $(tree_ticks "${cpu_pids[$name]}") - since[$name] ))
    CPU_TOTAL=$(( CPU_TOTAL + ticks ))
    line+=" $name $(awk -v t="$ticks" -v hz="$hz" -v n="$3" 'BEGIN { printf "%.0f", t * 1e6 / hz / n }'),"
  done
  echo "$line total $(awk -v t="$CPU_TOTAL" -v hz="$hz" -v n="$3" 'BEGIN { printf "%.0f", t * 1e6 / hz / n }')"
}

# Waits until the given processes (and their children) together use under 5 % of a core over a second (at most
# BENCH_SETTLE_SECONDS, 60).
settle_services() { # <pid...>
  local hz started=$SECONDS before after pid limit=${BENCH_SETTLE_SECONDS:-60} spent=0
  hz=$(getconf CLK_TCK)
  while (( SECONDS - started < limit )); do
    before=0 after=0
    for pid in "$@"; do before=$(( before + $(tree_ticks "$pid") )); done
    sleep 1
    for pid in "$@"; do after=$(( after + $(tree_ticks "$pid") )); done
    spent=$(( spent + after - before ))
    (( (after - before) * 20 > hz )) || break
  done
  say "services and database quiet $(( SECONDS - started )) s after the warm-up (they used $(awk -v t="$spent" -v hz="$hz" 'BEGIN { printf "%.1f", t / hz }') s of CPU meanwhile: tiered compilation, autovacuum)"
}

bench_events() {
  local events=${BENCH_EVENTS:-10000} warmup=${BENCH_WARMUP_EVENTS:-10000} env queue=scheduling-recipient-registered
  bench_build services/Assessment/Assessment.Api/Assessment.Api.csproj \
    services/Scheduling/Scheduling.Api/Scheduling.Api.csproj bench/EventPath/EventPath.csproj
  bench_servers
  mapfile -t env < <(service_env schedulingdb)
  local -a extra
  read -r -a extra <<< "${BENCH_SERVICE_ENV:-}"
  [[ -z "${BENCH_SERVICE_ENV:-}" ]] || say "service environment: $BENCH_SERVICE_ENV"
  bench_start scheduling "$SCHEDULING_DLL" "${env[@]}" "${extra[@]}"
  bench_wait_ok scheduling "$REPLY/health"
  # Published events reach Scheduling only once its queue is bound and consumed.
  local deadline=$(( SECONDS + 60 ))
  until [[ "$(curl -fsS -u guest:guest "${CARESERVICES_RABBITMQ_MANAGEMENT}api/queues/%2F/$queue" 2>/dev/null | jq -r '.consumers // 0')" -gt 0 ]]; do
    (( SECONDS < deadline )) || die "no consumer on queue $queue"
    sleep 0.5
  done
  # Rows written from outside wake no dispatcher (the API's own commits do, through OutboxSignal), so a short
  # poll stands in for that signal.
  start_assessment Outbox__PollInterval=00:00:00.100 "${extra[@]}"

  say "writing $warmup warm-up, then $events measured RecipientRegistered events in 100-row transactions"
  # CPU time of every process on the path, so a run on a busy machine still says what one event costs.
  local -A cpu_pids=(
    [assessment]=${BENCH_PID[assessment]} [scheduling]=${BENCH_PID[scheduling]}
    [postgres]=$(source "$BENCH_DATA/postgres/instance.env" && echo "$POSTGRES_PID")
    [rabbitmq]=$(source "$BENCH_DATA/rabbitmq/instance.env" && echo "$RABBITMQ_PID"))
  local -A cpu_before
  local name
  for name in "${!cpu_pids[@]}"; do cpu_before[$name]=$(tree_ticks "${cpu_pids[$name]}"); done
  bench_load before
  dotnet "bench/EventPath/$RELEASE/CareServices.Bench.EventPath.dll" "$CARESERVICES_POSTGRES;Database=assessmentdb" \
    "$CARESERVICES_POSTGRES;Database=schedulingdb" "$events" 100 120 "$warmup" "$BENCH_DATA/go" > "$BENCH_DATA/events.out" &
  local driver=$!
  BENCH_PIDS+=("$driver")
  # A second reading once the warm-up's effects are committed (the driver says so, then writes the measured events):
  # what an event costs once the services' code is compiled and tiered, as in a service that has run a while.
  # Tiered compilation recompiles what the warm-up made hot on a background thread, for seconds after the warm-up's
  # effects are in, and PostgreSQL's autovacuum takes up the warm-up's rows; the measured events wait until the
  # services and the database are quiet, so that work is not counted per event.
  local -A cpu_warm
  if (( warmup > 0 )); then
    until grep -q '^warm-up:' "$BENCH_DATA/events.out" || ! kill -0 "$driver" 2>/dev/null; do sleep 0.05; done
    settle_services "${BENCH_PID[assessment]}" "${BENCH_PID[scheduling]}" "${cpu_pids[postgres]}"
    for name in "${!cpu_pids[@]}"; do cpu_warm[$name]=$(tree_ticks "${cpu_pids[$name]}"); done
  fi
  touch "$BENCH_DATA/go"
  if ! wait "$driver"; then
    cat "$BENCH_DATA/events.out"
    die "not every event reached Scheduling"
  fi
  bench_load after
  local hz
  hz=$(getconf CLK_TCK)
  # CPU covers the warm-up events too, which cost more than later ones (compilation): an upper bound per event.
  cpu_per_event "CPU per event (us, warm-up included):" cpu_before "$(( events + warmup ))"
  local total=$CPU_TOTAL counted=$(( events + warmup ))
  if (( warmup > 0 )); then
    cpu_per_event "CPU per event (us, after warm-up):" cpu_warm "$events"
    total=$CPU_TOTAL counted=$events
  fi
  awk -v t="$total" -v hz="$hz" -v n="$counted" -v c="$(nproc)" \
    'BEGIN { printf "CPU-bound capacity: %.0f events/s if the path had all %d cores to itself\n", n * c * hz / t, c }'
  cat "$BENCH_DATA/events.out"
}

# Starts the AppHost in the background with the given options; sets APPHOST_PID and APPHOST_LOG; waits for <line>.
start_apphost() { # <name> <line-to-wait-for> [options...]
  local name="$1" ready="$2" deadline=$(( SECONDS + 240 ))
  shift 2
  APPHOST_LOG="$BENCH_DATA/$name.log"
  dotnet AppHost/$RELEASE/CareServices.AppHost.dll "$@" > "$APPHOST_LOG" 2>&1 &
  APPHOST_PID=$!
  BENCH_PIDS+=("$APPHOST_PID")
  until grep -q "$ready" "$APPHOST_LOG"; do
    kill -0 "$APPHOST_PID" 2>/dev/null || { tail -n 30 "$APPHOST_LOG" >&2; die "$name exited during start-up"; }
    (( SECONDS < deadline )) || { tail -n 30 "$APPHOST_LOG" >&2; die "$name did not start"; }
    sleep 0.5
  done
}

stop_apphost() {
  kill -TERM "$APPHOST_PID" 2>/dev/null || true
  timeout 60 tail --pid="$APPHOST_PID" -f /dev/null || kill -KILL "$APPHOST_PID" 2>/dev/null || true
}

rss_mib() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# DCP (its API server, controllers and process monitors) and the Aspire dashboard of this AppHost: DCP detaches from
# the AppHost and watches it by PID, the dashboard runs under DCP. Servers and services are not counted.
aspire_pids() { # <kind: dcp|dashboard>
  local api pid ppid comm
  api=$(pgrep -f -- "dcp start-apiserver --monitor $APPHOST_PID" | head -n 1)
  [[ -n "$api" ]] || return 0
  declare -A tree=([$api]=1)
  [[ "$1" == dcp ]] && echo "$api"
  # Parents are listed before their children in PID order often enough; two passes catch the rest.
  for _ in 1 2 3; do
    while read -r pid ppid comm; do
      [[ -n "${tree[$ppid]:-}" && -z "${tree[$pid]:-}" ]] || continue
      tree[$pid]=1
      case "$1:$comm" in
        dcp:dcp | dashboard:Aspire.Dashboar*) echo "$pid" ;;
      esac
    done < <(ps -eo pid=,ppid=,comm=)
  done
}

rss_sum() { local pid total=0; for pid in "$@"; do total=$(( total + $(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0) )); done; echo $(( total / 1024 )); }

# AppHost, DCP and dashboard resident memory, total and each.
aspire_memory() {
  local dcp dashboard
  mapfile -t dcp < <(aspire_pids dcp)
  mapfile -t dashboard < <(aspire_pids dashboard)
  echo "$(( $(rss_mib "$APPHOST_PID") + $(rss_sum "${dcp[@]}") + $(rss_sum "${dashboard[@]}") )) MiB RSS (AppHost $(rss_mib "$APPHOST_PID"), DCP $(rss_sum "${dcp[@]}") in ${#dcp[@]} processes, dashboard $(rss_sum "${dashboard[@]}"))"
}

# The AppHost (which builds every service and the gateway) and the OTLP sender.
build_whole_system() {
  bench_build AppHost/AppHost.csproj bench/OtlpSender/OtlpSender.csproj
}

# The whole system as ./run.sh starts it: the AppHost with its own servers under the bench folder, the gateway, the
# dashboard and its OTLP receivers on free ports; sets GATEWAY, OTLP_HTTP and OTLP_KEY and prints the time until
# every resource is healthy (the gateway waits for all of them).
start_whole_system() {
  local gateway_port dashboard_port started
  gateway_port=$(free_port) dashboard_port=$(free_port)
  export ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development ASPIRE_ALLOW_UNSECURED_TRANSPORT=true
  export ASPNETCORE_URLS="http://localhost:$dashboard_port"
  export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="http://localhost:$(free_port)"
  OTLP_HTTP="http://localhost:$(free_port)"
  export ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL="$OTLP_HTTP"
  OTLP_KEY=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
  export AppHost__OtlpApiKey="$OTLP_KEY" AppHost__BrowserToken="$OTLP_KEY"
  GATEWAY="http://localhost:$gateway_port"
  say "starting the whole system through the AppHost"
  started=$SECONDS
  start_apphost apphost "Distributed application started" --data-dir "$BENCH_DATA/servers" --gateway-port "$gateway_port"
  bench_wait_ok apphost "$GATEWAY/health"
  echo "every resource healthy $(( SECONDS - started )) s after the AppHost started (built; servers' data folders new)"
  echo "AppHost + DCP + dashboard after start: $(aspire_memory)"
}

# The whole system under light load for BENCH_MINUTES: every minute BENCH_MEMORY_REQUESTS registrations through
# the gateway (each fanning out to all five services, with their traces, logs and metrics into the dashboard); the
# resident memory of AppHost, DCP and dashboard sampled once a minute.
bench_memory() {
  local minutes=${BENCH_MINUTES:-60} requests=${BENCH_MEMORY_REQUESTS:-10}
  local sender=bench/OtlpSender/$RELEASE/CareServices.Bench.OtlpSender.dll minute started memory failed=0
  build_whole_system
  start_whole_system
  echo "light load: $requests registrations a minute through the gateway, for $minutes minutes"
  started=$SECONDS
  for (( minute = 1; minute <= minutes; minute++ )); do
    dotnet "$sender" register "$GATEWAY" "$requests" > "$BENCH_DATA/register.out" 2>&1 || failed=$(( failed + 1 ))
    kill -0 "$APPHOST_PID" 2>/dev/null || die "the AppHost exited"
    sleep $(( started + minute * 60 - SECONDS > 0 ? started + minute * 60 - SECONDS : 0 ))
    memory=$(aspire_memory)
    # A slow round (a busy machine) delays the next sample: the label is the time that really passed.
    printf 'minute %3d: %s\n' "$(( (SECONDS - started) / 60 ))" "$memory"
  done
  (( failed == 0 )) || echo "$failed of $minutes load rounds had a failed registration"
  stop_apphost
  echo "AppHost + DCP + dashboard memory after $minutes min: ${memory%% MiB*} MiB"
}

# OTLP/HTTP protobuf span batches from bench/OtlpSender into the Aspire dashboard of the running system.
bench_otlp() {
  local seconds=${BENCH_OTLP_SECONDS:-10} senders=${BENCH_OTLP_SENDERS:-4} batch=${BENCH_OTLP_BATCH:-512}
  local sender=bench/OtlpSender/$RELEASE/CareServices.Bench.OtlpSender.dll dashboard before spans
  build_whole_system
  start_whole_system
  mapfile -t dashboard < <(aspire_pids dashboard)
  (( ${#dashboard[@]} == 1 )) || die "the dashboard process was not found"
  bench_load before
  before=$(cpu_ticks "${dashboard[0]}")
  dotnet "$sender" ingest "$OTLP_HTTP" "$OTLP_KEY" "$seconds" "$senders" "$batch" > "$BENCH_DATA/ingest.out" || { cat "$BENCH_DATA/ingest.out"; die "ingest failed"; }
  # The machine is shared: spans per CPU-second of the dashboard is the figure other load distorts least.
  spans=$(awk '/ spans in / { print $1 }' "$BENCH_DATA/ingest.out")
  awk -v t=$(( $(cpu_ticks "${dashboard[0]}") - before )) -v hz="$(getconf CLK_TCK)" -v s="$seconds" -v n="$spans" \
    'BEGIN { cpu = t / hz; printf "dashboard CPU: %.1f s (%.2f cores) for %d spans and the warm-up: %.0f spans per dashboard CPU-second (a lower bound: the CPU includes the warm-up)\n", cpu, cpu / (s + 2), n, n / cpu }'
  echo "AppHost + DCP + dashboard after the ingest: $(aspire_memory)"
  bench_load after
  stop_apphost
  cat "$BENCH_DATA/ingest.out"
}

bench_decisions() {
  local seconds=${BENCH_GRANT_SECONDS:-20} people=${BENCH_RECIPIENTS:-1000} jwt gateway token report times
  need_wrk
  bench_build services/Assessment/Assessment.Api/Assessment.Api.csproj gateway/Gateway.csproj
  bench_servers
  start_assessment
  mapfile -t jwt < <(jwt_env)
  bench_start gateway gateway/$RELEASE/CareServices.Gateway.dll "${jwt[@]}" \
    "services__assessment__http__0=$ASSESSMENT" Gateway__RateLimit__PermitLimit=100000000
  gateway=$REPLY
  bench_wait_ok gateway "$gateway/alive"
  token=$(bench_token CaseWorker 1848)

  # Grants: drafts for a warm-up and for the measured run, each draft granted once.
  local warmup_drafts="$BENCH_DATA/warmup-drafts.txt" drafts="$BENCH_DATA/drafts.txt"
  say "creating $(( 250 + seconds * 60 )) recipients with five-line drafts"
  python3 bench/decisions/prepare.py "$ASSESSMENT" "$token" 250 10000 > "$warmup_drafts" || die "prepare failed"
  python3 bench/decisions/prepare.py "$ASSESSMENT" "$token" $(( seconds * 60 )) 20000 > "$drafts" || die "prepare failed"
  local result requests run p50 p95 p99 errors
  ( cd bench/decisions && DRAFTS="$warmup_drafts" TOKEN=$token PAUSE_MS=80 wrk -t1 -c5 -d5s -s grant.lua "$gateway" > /dev/null )
  bench_load before
  result=$(cd bench/decisions && DRAFTS="$drafts" TOKEN=$token PAUSE_MS=80 wrk -t1 -c5 -d"${seconds}s" --latency -s grant.lua "$gateway" | grep '^wrk-report ')
  read -r _ requests run p50 p95 p99 errors <<< "$result"
  (( errors == 0 )) || die "$errors grants failed"
  awk -v n="$requests" -v s="$run" -v a="$p50" -v b="$p95" -v c="$p99" \
    'BEGIN { printf "grant a five-line decision through the gateway: %d grants in %.1f s (%.1f/s), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n", n, s, n / s, a / 1000, b / 1000, c / 1000 }'

  # Reconciliation: a zone of its own with granted decisions and a month of visits.
  say "creating $people recipients in Leiranger with granted decisions"
  python3 bench/decisions/prepare.py "$ASSESSMENT" "$token" "$people" 40000 Leiranger --grant > /dev/null || die "prepare failed"
  PGPASSWORD=postgres psql -q -X -v ON_ERROR_STOP=1 -v zone=Leiranger -v from=2027-01-01 -v to=2027-01-31 \
    "$(sed -E 's/Host=([^;]*);Port=([^;]*);Username=([^;]*);.*/postgresql:\/\/\3@\1:\2\/assessmentdb/' <<< "$CARESERVICES_POSTGRES")" \
    -f bench/decisions/visits.sql -t -A | tail -n 1 | xargs -I{} echo "visit_minutes rows (January 2027, Leiranger): {}"
  report="$gateway/api/assessment/follow-up/reconciliation?from=2027-01-01&to=2027-01-31&zone=Leiranger"
  curl -fsS -o "$BENCH_DATA/report.json" -H "Authorization: Bearer $token" "$report" || die "GET $report failed"
  echo "report: $(jq '.lines | length' "$BENCH_DATA/report.json") recipient-line-weeks, $(jq '[.lines[] | select(.flagged)] | length' "$BENCH_DATA/report.json") flagged, $(stat -c %s "$BENCH_DATA/report.json") bytes"
  times=""
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    times+=" $(curl -fsS -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "$report" | awk '{ printf "%.0f", $1 * 1000 }')"
  done
  bench_load after
  echo "reconciliation report, 10 requests through the gateway (ms):$times"
  echo "reconciliation report: $(median <<< "$times") ms"
}

bench_activities() {
  local activities db env
  bench_build services/Activities/Activities.Api/Activities.Api.csproj bench/Activities.Bench/Activities.Bench.csproj
  bench_servers
  mapfile -t env < <(service_env activitiesdb)
  bench_start activities services/Activities/Activities.Api/$RELEASE/CareServices.Activities.Api.dll "${env[@]}" \
    Activities__ChecklistDueScan__Enabled=false Activities__OccurrenceWarmer__Interval=00:00:10
  activities=$REPLY
  bench_wait_ok activities "$activities/health"
  db="$CARESERVICES_POSTGRES;Database=activitiesdb"
  bench_load before
  BENCH_SERVICE_PID=${BENCH_PID[activities]} dotnet bench/Activities.Bench/$RELEASE/Activities.Bench.dll "$activities" "$db" \
    "$(bench_token VolunteerCoordinator 1848)" "$(bench_token CareWorker 1848)" \
    "$(bench_token VolunteerCoordinator 9500)" "$(bench_token CareWorker 9500)" || die "the activities benchmark failed"
  bench_load after
}

# Assessment, Scheduling and the gateway in front of both; the district and the measurement are bench/Scheduling.Bench.
bench_scheduling() { # plan|worklist
  local env jwt gateway scheduling
  bench_build services/Assessment/Assessment.Api/Assessment.Api.csproj services/Scheduling/Scheduling.Api/Scheduling.Api.csproj \
    gateway/Gateway.csproj bench/Scheduling.Bench/Scheduling.Bench.csproj
  bench_servers
  start_assessment
  mapfile -t env < <(service_env schedulingdb)
  # Seven to eight recipients per primary contact on the day team (the method's three to four assumes part-time
  # contact persons across day and evening; this district names only day-team primaries).
  bench_start scheduling "$SCHEDULING_DLL" "${env[@]}" Scheduling__ContactPersons__CaseloadLimit=8
  scheduling=$REPLY
  bench_wait_ok scheduling "$scheduling/health"
  mapfile -t jwt < <(jwt_env)
  bench_start gateway gateway/$RELEASE/CareServices.Gateway.dll "${jwt[@]}" \
    "services__assessment__http__0=$ASSESSMENT" "services__scheduling__http__0=$scheduling" Gateway__RateLimit__PermitLimit=100000000
  gateway=$REPLY
  bench_wait_ok gateway "$gateway/alive"
  bench_load before
  BENCH_KEY=$BENCH_KEY dotnet bench/Scheduling.Bench/$RELEASE/Scheduling.Bench.dll "$1" "$gateway" || die "the $1 benchmark failed"
  bench_load after
}

# Documentation and the gateway in front of it; the journals and the measurement are bench/Journal.Bench.
bench_journal() {
  local env jwt gateway documentation
  bench_build services/Documentation/Documentation.Api/Documentation.Api.csproj gateway/Gateway.csproj \
    bench/Journal.Bench/Journal.Bench.csproj
  bench_servers
  mapfile -t env < <(service_env documentationdb)
  bench_start documentation services/Documentation/Documentation.Api/$RELEASE/CareServices.Documentation.Api.dll "${env[@]}"
  documentation=$REPLY
  bench_wait_ok documentation "$documentation/health"
  mapfile -t jwt < <(jwt_env)
  bench_start gateway gateway/$RELEASE/CareServices.Gateway.dll "${jwt[@]}" \
    "services__documentation__http__0=$documentation" Gateway__RateLimit__PermitLimit=100000000
  gateway=$REPLY
  bench_wait_ok gateway "$gateway/alive"
  bench_load before
  BENCH_KEY=$BENCH_KEY \
    BENCH_CPU_PIDS="documentation=${BENCH_PID[documentation]},gateway=${BENCH_PID[gateway]},postgres=$(source "$BENCH_DATA/postgres/instance.env" && echo "$POSTGRES_PID")" \
    dotnet bench/Journal.Bench/$RELEASE/Journal.Bench.dll \
    "$gateway" "$documentation" "$CARESERVICES_POSTGRES;Database=documentationdb" || die "the journal benchmark failed"
  bench_load after
}

# The Notifications service and the local sink (a real SMTP server writing .eml files) on private servers; the
# driver publishes the events straight to RabbitMQ, as Assessment's outbox dispatcher would.
bench_notifications() {
  local events=${BENCH_EVENTS:-10000} warmup=${BENCH_WARMUP_EVENTS:-1000} paced=${BENCH_PACED_EVENTS:-2000} rate=${BENCH_RATE:-200}
  local env smtp_port notifications queue=notifications-decision-terminated
  bench_build services/Notifications/Notifications.Api/Notifications.Api.csproj \
    services/Notifications/Notifications.LocalSink/Notifications.LocalSink.csproj bench/Notifications.Bench/Notifications.Bench.csproj
  bench_servers
  smtp_port=$(free_port)
  bench_start sink services/Notifications/Notifications.LocalSink/$RELEASE/CareServices.Notifications.LocalSink.dll \
    "Sink__DataDirectory=$BENCH_DATA/sink" "Sink__SmtpPort=$smtp_port" ASPNETCORE_ENVIRONMENT=Production
  bench_wait_ok sink "$REPLY/health"
  mapfile -t env < <(service_env notificationsdb)
  local -a extra
  read -r -a extra <<< "${BENCH_SERVICE_ENV:-}"
  [[ -z "${BENCH_SERVICE_ENV:-}" ]] || say "service environment: $BENCH_SERVICE_ENV"
  bench_start notifications services/Notifications/Notifications.Api/$RELEASE/CareServices.Notifications.Api.dll "${env[@]}" \
    "ConnectionStrings__smtp=smtp://127.0.0.1:$smtp_port" "${extra[@]}"
  notifications=$REPLY
  bench_wait_ok notifications "$notifications/health"
  local deadline=$(( SECONDS + 60 ))
  until [[ "$(curl -fsS -u guest:guest "${CARESERVICES_RABBITMQ_MANAGEMENT}api/queues/%2F/$queue" 2>/dev/null | jq -r '.consumers // 0')" -gt 0 ]]; do
    (( SECONDS < deadline )) || die "no consumer on queue $queue"
    sleep 0.5
  done
  local -A cpu_pids=(
    [notifications]=${BENCH_PID[notifications]} [sink]=${BENCH_PID[sink]}
    [postgres]=$(source "$BENCH_DATA/postgres/instance.env" && echo "$POSTGRES_PID")
    [rabbitmq]=$(source "$BENCH_DATA/rabbitmq/instance.env" && echo "$RABBITMQ_PID"))
  local -A cpu_before
  local name
  for name in "${!cpu_pids[@]}"; do cpu_before[$name]=$(tree_ticks "${cpu_pids[$name]}"); done
  bench_load before
  dotnet bench/Notifications.Bench/$RELEASE/CareServices.Bench.Notifications.dll "$CARESERVICES_RABBITMQ" \
    "$CARESERVICES_POSTGRES;Database=notificationsdb" "$BENCH_DATA/sink/mail" "$events" "$warmup" "$paced" "$rate" > "$BENCH_DATA/notifications.out" \
    || { cat "$BENCH_DATA/notifications.out"; die "not every e-mail reached the sink"; }
  bench_load after
  # CPU covers the set-up, warm-up and paced events too: an upper bound per e-mail.
  local hz total=0 n=$(( events + warmup + paced )) line="CPU per e-mail (us, set-up, warm-up and paced events included):"
  hz=$(getconf CLK_TCK)
  for name in notifications sink rabbitmq postgres; do
    local ticks=$(( $(tree_ticks "${cpu_pids[$name]}") - cpu_before[$name] ))
    total=$(( total + ticks ))
    line+=" $name $(awk -v t="$ticks" -v hz="$hz" -v n="$n" 'BEGIN { printf "%.0f", t * 1e6 / hz / n }'),"
  done
  echo "$line total $(awk -v t="$total" -v hz="$hz" -v n="$n" 'BEGIN { printf "%.0f", t * 1e6 / hz / n }')"
  awk -v t="$total" -v hz="$hz" -v n="$n" -v c="$(nproc)" \
    'BEGIN { printf "CPU-bound capacity: %.0f e-mails/s if the path had all %d cores to itself\n", n * c * hz / t, c }'
  cat "$BENCH_DATA/notifications.out"
}

# ./run.sh as a new user starts it: no .data folder (new servers, no demo data), until it prints "Demo data ready";
# then SIGTERM to its process group, as Ctrl+C would, stops everything it started.
bench_demo() {
  local log="$BENCH_DATA/run.log" timeout=${BENCH_DEMO_TIMEOUT:-1800} pid started built=0 running=0 ready=0 line
  if [[ -e .data ]]; then
    [[ -n "${BENCH_REMOVE_DATA:-}" ]] || die ".data (the local system's servers and data) exists; BENCH_REMOVE_DATA=1 removes it first"
    rm -rf .data
  fi
  bench_load before
  say "starting ./run.sh (build, servers, services, gateway, seed)"
  started=$SECONDS
  CARESERVICES_GATEWAY_PORT=${BENCH_GATEWAY_PORT:-18180} CARESERVICES_DASHBOARD_PORT=${BENCH_DASHBOARD_PORT:-18988} setsid ./run.sh > "$log" 2>&1 &
  pid=$!
  while (( ready == 0 )); do
    sleep 1
    (( built > 0 )) || ! grep -q '^Built in' "$log" || { built=$(( SECONDS - started )); bench_load "when built ($built s)"; }
    (( running > 0 )) || ! grep -q '^CareServices is running' "$log" || { running=$(( SECONDS - started )); bench_load "when every resource was healthy ($running s)"; }
    grep -q '^Demo data ready' "$log" && ready=$(( SECONDS - started ))
    if grep -q '^run.sh: ' "$log" || ! kill -0 "$pid" 2>/dev/null || (( SECONDS - started > timeout )); then
      ready=-1
    fi
  done
  bench_load "when the demo was ready"
  kill -TERM -- "-$pid" 2>/dev/null || true
  timeout 90 tail --pid="$pid" -f /dev/null || kill -KILL -- "-$pid" 2>/dev/null || true
  if [[ -f .data/seed.log ]]; then
    while read -r line; do echo "seed: $line"; done < .data/seed.log
  fi
  (( ready > 0 )) || { tail -n 20 "$log" >&2; die "./run.sh did not get to \"Demo data ready\" (log above)"; }
  echo "demo ready $ready s after ./run.sh started: built after $built s, every resource healthy after $running s, seeded in $(( ready - running )) s"
}

bench_plan() { bench_scheduling plan; }

bench_worklist() { bench_scheduling worklist; }

case "${1:-}" in
  gateway|events|notifications|otlp|decisions|memory|activities|plan|worklist|journal|demo)
    trap bench_cleanup EXIT
    trap 'exit 130' INT TERM
    bench_init
    "bench_$1"
    ;;
  *) echo "usage: $0 gateway|events|notifications|otlp|decisions|memory|activities|plan|worklist|journal|demo" >&2; exit 2 ;;
esac
