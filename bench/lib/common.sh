# Helpers for bench/run.sh (sourced): quiet builds, private servers in a throwaway folder, service processes on
# free ports, a JWT minted with the run's own key, and one cleanup that stops all of it.

BENCH_DATA=""
BENCH_PIDS=()
declare -A BENCH_PID  # by name

say() { echo "bench: $*" >&2; }
die() { say "$*"; exit 1; }

# Stops every process this run started (newest first), then the servers, then removes the folder.
bench_cleanup() {
  local i pid
  for (( i = ${#BENCH_PIDS[@]} - 1; i >= 0; i-- )); do
    pid=${BENCH_PIDS[i]}
    kill -TERM "$pid" 2>/dev/null || continue
    timeout 20 tail --pid="$pid" -f /dev/null || kill -KILL "$pid" 2>/dev/null || true
  done
  if [[ -n "$BENCH_DATA" ]]; then
    scripts/servers.sh stop "$BENCH_DATA" >/dev/null 2>&1 || true
    rm -rf "$BENCH_DATA"
  fi
}

# A throwaway folder for logs and servers, which the postgres user can enter (so its cluster stays inside).
bench_init() {
  BENCH_DATA=$(mktemp -d "${TMPDIR:-/tmp}/careservices-bench.XXXXXX")
  chmod 755 "$BENCH_DATA"
}

bench_servers() {
  say "starting PostgreSQL, RabbitMQ and Redis in $BENCH_DATA"
  scripts/servers.sh start "$BENCH_DATA" > /dev/null || die "the servers did not start"
  # shellcheck disable=SC1091
  source "$BENCH_DATA/servers.env"
}

# Builds the projects (and what they reference) in one quiet MSBuild run, through a solution filter.
bench_build() { # <project.csproj...>
  local log="$BENCH_DATA/build.log"
  [[ -z "${BENCH_NO_BUILD:-}" ]] || return 0
  jq -n --arg sln "$PWD/CareServices.sln" '{ solution: { path: $sln, projects: $ARGS.positional } }' --args "$@" \
    > "$BENCH_DATA/bench.slnf"
  say "building $(basename -a "$@" | tr '\n' ' ')(Release)"
  if ! dotnet build "$BENCH_DATA/bench.slnf" -c Release -nologo -v quiet -tl:off > "$log" 2>&1; then
    grep -E ': (error|warning) ' "$log" | sort -u >&2 || cat "$log" >&2
    die "build failed"
  fi
}

# CPU time (user + system) a process has used so far, in clock ticks.
cpu_ticks() { # <pid>
  awk '{ print $14 + $15 }' "/proc/$1/stat"
}

# CPU time of a server and the processes it forked (PostgreSQL's backends), including children already reaped.
tree_ticks() { # <pid>
  local pid total
  total=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$1/stat")
  for pid in $(pgrep -P "$1"); do
    total=$(( total + $(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pid/stat" 2>/dev/null || echo 0) ))
  done
  echo "$total"
}

# Other work on this machine competes for the same cores: say how busy it was.
bench_load() { # <when>
  echo "load average $1: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
}

# Starts a dll on a free loopback port (Kestrel picks it) with the given environment; sets REPLY to its URL.
# It runs in its own folder, which is its content root: that is where its appsettings.json is.
bench_start() { # <name> <dll> [NAME=value...]
  local name="$1" dll="$2" log="$BENCH_DATA/$1.log" deadline=$(( SECONDS + ${BENCH_START_TIMEOUT:-300} )) pid
  shift 2
  [[ -f "$dll" ]] || die "$dll is missing"
  ( cd "$(dirname "$dll")" && exec env "$@" ASPNETCORE_URLS=http://127.0.0.1:0 dotnet "$(basename "$dll")" ) > "$log" 2>&1 &
  pid=$!
  BENCH_PIDS+=("$pid")
  BENCH_PID[$name]=$pid
  until REPLY=$(grep -o -m 1 'Now listening on: http://[0-9.]*:[0-9]*' "$log" | cut -d' ' -f4) && [[ -n "$REPLY" ]]; do
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$log" >&2; die "$name exited during start-up"; }
    (( SECONDS < deadline )) || { tail -n 30 "$log" >&2; die "$name did not start listening"; }
    sleep 0.2
  done
}

bench_wait_ok() { # <name> <url>
  local deadline=$(( SECONDS + ${BENCH_START_TIMEOUT:-300} ))
  until curl -fsS -o /dev/null "$2"; do
    (( SECONDS < deadline )) || { tail -n 30 "$BENCH_DATA/$1.log" >&2; die "$1 is not healthy ($2)"; }
    sleep 0.5
  done
}

# The JWT contract every service validates (ServiceDefaults/Auth). With BENCH_AUTHORITY set (start_identity), tokens
# are RS256 from the identity provider and validated by its discovery document; otherwise HS256 with the run's key.
readonly BENCH_ISSUER=careservices-dev BENCH_AUDIENCE=careservices
BENCH_KEY=$(head -c 32 /dev/urandom | base64 -w0)
BENCH_AUTHORITY=""
BENCH_SECRET=$(head -c 24 /dev/urandom | base64 -w0 | tr '+/' '-_')

base64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# The identity provider (services/Identity) with an RSA key made for the run, a client and a demo user per role.
start_identity() {
  local pem
  pem=$(openssl genrsa 2048 2>/dev/null)
  bench_start identity "services/Identity/Identity.Api/$RELEASE/CareServices.Identity.Api.dll" ASPNETCORE_ENVIRONMENT=Production \
    "Identity__SigningKeyPem=$pem" "Identity__Clients__bench__Secret=$BENCH_SECRET" "Identity__DemoPassword=$BENCH_SECRET" \
    Identity__DemoUsers__bench-caseworker__Role=CaseWorker Identity__DemoUsers__bench-caseworker__Municipality=1848
  BENCH_AUTHORITY=$REPLY
  bench_wait_ok identity "$BENCH_AUTHORITY/.well-known/openid-configuration"
}

bench_token() { # <role> <municipality>
  if [[ -n "$BENCH_AUTHORITY" ]]; then
    curl -fsS -d grant_type=password -d client_id=bench --data-urlencode "client_secret=$BENCH_SECRET" \
      -d "username=bench-$(tr '[:upper:]' '[:lower:]' <<< "$1")" --data-urlencode "password=$BENCH_SECRET" \
      "$BENCH_AUTHORITY/connect/token" | jq -r .access_token
    return
  fi
  local header payload key
  header=$(printf '{"alg":"HS256","typ":"JWT"}' | base64url)
  payload=$(printf '{"sub":"bench","role":"%s","municipality":"%s","iss":"%s","aud":"%s","exp":%d}' \
    "$1" "$2" "$BENCH_ISSUER" "$BENCH_AUDIENCE" $(( $(date +%s) + 3600 )) | base64url)
  key=$(printf '%s' "$BENCH_KEY" | base64 -d | od -An -v -tx1 | tr -d ' \n')
  printf '%s.%s.%s\n' "$header" "$payload" \
    "$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key" -binary | base64url)"
}

# The environment every CareServices host gets from the AppHost, for one service database.
service_env() { # <database>
  echo "ConnectionStrings__$1=$CARESERVICES_POSTGRES;Database=$1"
  # At-rest keys (Assessment's key ring and national-id hash), made at the first start in the run's folder.
  echo "DataProtection__KeyDirectory=$BENCH_DATA/keys/${1%db}"
  echo "DataProtection__CreateMissingKeys=true"
  echo "ConnectionStrings__rabbitmq=$CARESERVICES_RABBITMQ"
  echo "ConnectionStrings__redis=$CARESERVICES_REDIS"
  jwt_env
}

jwt_env() {
  echo "Authentication__Jwt__Audience=$BENCH_AUDIENCE"
  if [[ -n "$BENCH_AUTHORITY" ]]; then
    echo "Authentication__Jwt__Authority=$BENCH_AUTHORITY"
    echo "Authentication__Jwt__RequireHttpsMetadata=false"
  else
    echo "Authentication__Jwt__Issuer=$BENCH_ISSUER"
    echo "Authentication__Jwt__SigningKey=$BENCH_KEY"
  fi
  echo "ASPNETCORE_ENVIRONMENT=Production"
}
