#!/usr/bin/env bash
# Runs CareServices on this machine: installs PostgreSQL, RabbitMQ and Redis when missing (as root), builds
# the AppHost, the services and the seeder, and starts the Aspire AppHost, which runs private servers under
# .data/servers, the five services and the gateway under DCP, with the Aspire dashboard on http://localhost:18888;
# then seeds the demo municipalities. Ctrl+C stops everything. Options after ./run.sh go to the AppHost
# (./run.sh --help).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if [[ " $* " == *" --help "* || " $* " == *" -h "* ]]; then
  exec dotnet run -c Release --project AppHost -- --help
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "run.sh: the .NET 10 SDK is needed: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
  exit 1
fi
if ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
  echo "run.sh: the .NET 10 SDK is needed; installed: $(dotnet --list-sdks 2>/dev/null | cut -d' ' -f1 | tr '\n' ' ')" >&2
  exit 1
fi

scripts/servers.sh install

build_started=$SECONDS
echo "Building CareServices (Release) …"
mkdir -p .data
# Only what runs (the AppHost, which references every service, and the seeder), through a solution filter: the
# tests and benchmarks, half the solution, are built by ./test.sh and bench/run.sh.
printf '{ "solution": { "path": "../CareServices.sln", "projects": [ "AppHost/AppHost.csproj", "Seed/Seed.csproj" ] } }\n' > .data/run.slnf
if ! dotnet build -c Release .data/run.slnf -nologo -v quiet -tl:off > .data/build.log 2>&1; then
  grep -E ': (error|warning) ' .data/build.log | sort -u >&2 || cat .data/build.log >&2
  echo "run.sh: build failed (full log: .data/build.log)" >&2
  exit 1
fi

gateway_port="${CARESERVICES_GATEWAY_PORT:-8080}"
dashboard_port="${CARESERVICES_DASHBOARD_PORT:-18888}"
echo "Built in $(( SECONDS - build_started )) s."
args=("$@")
data_dir=.data/servers
for (( i = 0; i < ${#args[@]}; i++ )); do
  [[ "${args[i]}" == --gateway-port ]] && gateway_port="${args[i + 1]:-$gateway_port}"
  [[ "${args[i]}" == --data-dir ]] && data_dir="${args[i + 1]:-$data_dir}"
done
# The demo users' password (made once per installation by the AppHost) and the users the seed links to its staff
# and recipients; the password is never printed, only where it is.
demo_users="$data_dir/identity/demo-users.json"
demo_password="$data_dir/identity/demo-password"
[[ " $* " == *" --gateway-port "* ]] || args+=(--gateway-port "$gateway_port")

# The gateway's and the dashboard's ports are the addresses people use: say so when they are taken, rather than
# let the AppHost start without them. (The servers and services take whatever ports are free.)
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$gateway_port" "$dashboard_port" "$(( dashboard_port + 1 ))" "$(( dashboard_port + 2 ))"; do
  if [[ "$port" != 0 ]] && port_taken "$port"; then
    echo "run.sh: port $port is in use (gateway $gateway_port, dashboard $dashboard_port and its OTLP receivers $(( dashboard_port + 1 ))," \
      "$(( dashboard_port + 2 ))). Stop what uses it, or choose others: CARESERVICES_GATEWAY_PORT, CARESERVICES_DASHBOARD_PORT." >&2
    exit 1
  fi
done

# The Aspire dashboard: on loopback, telemetry over OTLP/gRPC (services) and OTLP/HTTP (benchmarks), and a login
# token made here so the link can be printed with the rest.
export ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development ASPIRE_ALLOW_UNSECURED_TRANSPORT=true
export ASPNETCORE_URLS="http://localhost:$dashboard_port"
export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="http://localhost:$(( dashboard_port + 1 ))"
export ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL="http://localhost:$(( dashboard_port + 2 ))"
AppHost__BrowserToken="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export AppHost__BrowserToken
started=$SECONDS

# The AppHost runs in the background so this script can tell when the gateway is ready; a signal to this
# script becomes SIGTERM to the AppHost, which stops everything it started. It runs from its build output, not
# through `dotnet run`, which does not pass SIGTERM on: the AppHost would die and leave services and servers.
dotnet AppHost/bin/Release/net10.0/CareServices.AppHost.dll "${args[@]}" &
apphost=$!
trap 'kill -TERM "$apphost" 2>/dev/null || true' INT TERM HUP

gateway_ready() {
  timeout 3 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf "GET /health HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3
    read -r _ status _ <&3
    [[ "$status" == 200 ]]' _ "$1" 2>/dev/null
}

if [[ "$gateway_port" != 0 ]]; then
  until gateway_ready "$gateway_port"; do
    kill -0 "$apphost" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$apphost" 2>/dev/null; then
    gateway="http://localhost:$gateway_port"
    cat <<EOF

CareServices is running: every resource was ready $(( SECONDS - started )) s after the AppHost started.
  Gateway:    $gateway
  Dashboard:  http://localhost:$dashboard_port/login?t=$AppHost__BrowserToken
  A token:    curl -s -X POST $gateway/dev/token -H 'Content-Type: application/json' \\
                -d '{"role":"CaseWorker","municipality":"1848"}'
  Then:       curl -s $gateway/api/assessment/recipients/<id> -H "Authorization: Bearer <token>"
  Roles:      CaseWorker, Planner, CareWorker, Nurse, UnitLeader, VolunteerCoordinator, Volunteer, Admin …
  Demo users: once seeded (careworker, nurse, planner, recipient … listed in $demo_users), e.g.
              curl -s -X POST $gateway/dev/sign-in -H 'Content-Type: application/json' \\
                -d "{\"userName\":\"careworker\",\"password\":\"\$(cat $demo_password)\"}"
Press Ctrl+C to stop everything.
EOF
    # The demo municipalities go in through the gateway, so their events reach every service. Idempotent: a
    # second run finds them and adds nothing. CARESERVICES_NO_SEED=1 skips it.
    if [[ "${CARESERVICES_NO_SEED:-0}" != 1 ]]; then
      echo "Seeding the demo municipalities 1848 Steigen and 0301 Oslo (in the background; log: .data/seed.log) …"
      ( if dotnet run -c Release --no-build --project Seed -- --gateway "$gateway" --demo-users "$demo_users" > .data/seed.log 2>&1; then
          echo "Demo data ready: $(tail -3 .data/seed.log | paste -sd ';' - | sed 's/;/; /g')"
        else
          echo "run.sh: seeding failed (see .data/seed.log); the system keeps running" >&2
        fi ) &
    fi
  fi
fi

# wait returns early when a trapped signal arrives; keep waiting until the AppHost has stopped everything.
status=
while [[ -z "$status" ]]; do
  if wait "$apphost"; then
    status=0
  else
    code=$?
    kill -0 "$apphost" 2>/dev/null || status=$code
  fi
done
exit "$status"
