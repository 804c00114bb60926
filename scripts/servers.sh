#!/usr/bin/env bash
# Private PostgreSQL, RabbitMQ (with management) and Redis instances under one data folder, on free
# loopback ports, for ./run.sh, ./test.sh, benchmarks and the AppHost. Never touches systemd or the
# default ports, so it can run beside system servers and beside other data folders.
#
#   scripts/servers.sh start  <data-dir> [--persistent]   start (or reuse) all three; print servers.env
#   scripts/servers.sh stop   <data-dir> [server]         stop them (or only postgres|rabbitmq|redis) by their recorded PIDs;
#                                                         a later start brings a stopped one back on the same port
#   scripts/servers.sh status <data-dir>                  show what runs; exit 1 unless all three do
#   scripts/servers.sh install                            only install the packages when missing
#
# --persistent keeps Redis' append-only file on (a demo survives a restart); tests leave it off.
# CARESERVICES_SERVER_TIMEOUT (seconds, default 120) bounds each server's start.
set -euo pipefail

readonly PACKAGES=(postgresql rabbitmq-server redis-server)
readonly RABBIT_BIN=/usr/lib/rabbitmq/bin
readonly TIMEOUT="${CARESERVICES_SERVER_TIMEOUT:-120}"
# Ports are taken from here: below the ephemeral range (32768+) and above the well-known defaults.
readonly PORT_MIN=20000 PORT_MAX=32000

die() { echo "servers.sh: $*" >&2; exit 1; }
say() { echo "servers.sh: $*" >&2; }

usage() {
  echo "usage: $0 start|stop|status <data-dir> [--persistent]  |  $0 install" >&2
  exit 2
}

# ---------------------------------------------------------------- packages

pg_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -n "$dir" && -x "$dir/initdb" ]] && echo "$dir"
}

packages_present() {
  [[ -n "$(pg_bin_dir)" && -x "$RABBIT_BIN/rabbitmq-server" ]] \
    && command -v redis-server >/dev/null && command -v redis-cli >/dev/null
}

ensure_packages() {
  packages_present && return 0
  local install="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${PACKAGES[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    echo "servers.sh: PostgreSQL, RabbitMQ and Redis are not all installed. Install them as root:" >&2
    echo "  sudo sh -c '$install'" >&2
    exit 1
  fi
  say "installing ${PACKAGES[*]} (once)"
  # The packages would start system-wide servers on the default ports; policy-rc.d (exit 101) tells
  # invoke-rc.d and deb-systemd-invoke not to, for the length of this install only.
  local policy=/usr/sbin/policy-rc.d
  if [[ ! -e "$policy" ]]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy"
    chmod +x "$policy"
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null
  packages_present || die "packages installed but binaries not found"
}

# ---------------------------------------------------------------- ports and processes

is_alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Every local port the kernel knows in any state (listening, bound, TIME_WAIT), from /proc.
ports_in_use() {
  local file hex
  for file in /proc/net/tcp /proc/net/tcp6; do
    [[ -r "$file" ]] || continue
    while read -r _ hex _; do
      hex=${hex##*:}
      if [[ "$hex" =~ ^[0-9A-Fa-f]{4}$ ]]; then echo $(( 16#$hex )); fi
    done < "$file"
  done
}

TAKEN=" "     # ports given out in this run, or held by instances that keep running
RESERVED=" "  # ports recorded for any instance: a fresh pick avoids them so a restart can reuse them
USED=""       # ports the kernel reported when picking started

# Sets <variable> to <previous> when that port is still free (a restarted instance keeps its address),
# otherwise to a random free loopback port.
choose_port() { # <variable> [previous]
  local variable="$1" previous="${2:-}" port tries=0
  if [[ -n "$previous" && "$TAKEN" != *" $previous "* ]] && ! answers "$previous"; then
    TAKEN+="$previous "
    printf -v "$variable" '%s' "$previous"
    return 0
  fi
  [[ -n "$USED" ]] || USED=" $(ports_in_use | sort -u | tr '\n' ' ') "
  while (( tries++ < 500 )); do
    port=$(( PORT_MIN + (RANDOM * 32768 + RANDOM) % (PORT_MAX - PORT_MIN) ))
    [[ "$USED" == *" $port "* || "$TAKEN" == *" $port "* || "$RESERVED" == *" $port "* ]] && continue
    answers "$port" && continue
    TAKEN+="$port "
    printf -v "$variable" '%s' "$port"
    return 0
  done
  die "no free loopback port found between $PORT_MIN and $PORT_MAX"
}

wait_for() { # <seconds> <description> <command...>
  local seconds="$1" what="$2"; shift 2
  local deadline=$(( SECONDS + seconds ))
  until "$@"; do
    (( SECONDS < deadline )) || return 1
    sleep 0.2
  done
}

# Stops a process and waits for it to be gone; escalates to SIGKILL after a grace period.
terminate() { # <pid> <grace seconds>
  local pid="$1" grace="$2" deadline
  is_alive "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$(( SECONDS + grace ))
  while is_alive "$pid" && (( SECONDS < deadline )); do sleep 0.1; done
  if is_alive "$pid"; then
    kill -KILL "$pid" 2>/dev/null || true
    while is_alive "$pid"; do sleep 0.1; done
  fi
}

read_pid() { [[ -s "$1" ]] && head -n 1 "$1" | tr -dc '0-9' || true; }

# ---------------------------------------------------------------- state

# Per-server state lives in <dir>/<server>/instance.env (PID and ports); servers.env holds only the
# connection strings, so it can be sourced without side effects.
load_instance() { # <server> -> sets PID, PORT, PORT2.. as <SERVER>_* variables
  local file="$DATA/$1/instance.env"
  [[ -f "$file" ]] && source "$file" || true
}

save_instance() { # <server> <lines...>
  local server="$1"; shift
  printf '%s\n' "$@" > "$DATA/$server/instance.env"
}

# ---------------------------------------------------------------- PostgreSQL

as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# PostgreSQL refuses to run as root, and the postgres user cannot enter a folder under /root (mode 700).
# In that case the cluster lives under the postgres user's home and <dir>/postgres links to it.
postgres_dir() {
  local dir="$DATA/postgres"
  if [[ $(id -u) -eq 0 && ! -L "$dir" && ! -d "$dir/cluster" ]]; then
    mkdir -p "$dir"
    chown postgres:postgres "$dir"
    if ! runuser -u postgres -- test -w "$dir"; then
      rm -rf "$dir"
      local home target
      home=$(getent passwd postgres | cut -d: -f6)
      target="$home/careservices/$(echo -n "$DATA" | sha256sum | cut -c1-16)"
      install -d -o postgres -g postgres "$home/careservices" "$target"
      ln -s "$target" "$dir"
      say "postgres user cannot reach $DATA; PostgreSQL data is in $target"
    fi
  fi
  mkdir -p "$dir"
  [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$dir/" || true
  # The postgres user must be given the link's target: it cannot walk through the data folder.
  readlink -f "$dir"
}

postgres_running() {
  load_instance postgres
  local pid
  pid=$(read_pid "$DATA/postgres/cluster/postmaster.pid")
  is_alive "$pid" && [[ "$pid" == "${POSTGRES_PID:-}" ]] && answers "${POSTGRES_PORT:-0}"
}

start_postgres() { # <port>
  local port="$1" dir bin sockets
  bin=$(pg_bin_dir)
  dir=$(postgres_dir)
  # A Unix socket path is limited to 107 bytes; a deep data folder gets TCP only.
  sockets="$dir"
  (( ${#dir} < 90 )) || sockets="''"
  if [[ ! -f "$dir/cluster/PG_VERSION" ]]; then
    rm -rf "$dir/cluster"
    as_postgres "$bin/initdb" -D "$dir/cluster" --no-sync -A trust -U postgres -E UTF8 --no-locale \
      > "$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; return 1; }
  fi
  as_postgres "$bin/pg_ctl" start -D "$dir/cluster" -l "$dir/postgres.log" -w -t "$TIMEOUT" -o \
    "-p $port -k $sockets -c listen_addresses=127.0.0.1 -c max_connections=300 -c unix_socket_permissions=0777" \
    > "$dir/pg_ctl.log" 2>&1 || { tail -n 20 "$dir/postgres.log" >&2 2>/dev/null; return 1; }
  wait_for "$TIMEOUT" postgres answers "$port" || return 1
  # trust on loopback, but a password lets the same connection string work against md5/scram servers.
  as_postgres "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qAt \
    -c "ALTER USER postgres PASSWORD 'postgres'" >/dev/null || return 1
  save_instance postgres "POSTGRES_PID=$(read_pid "$dir/cluster/postmaster.pid")" "POSTGRES_PORT=$port"
}

stop_postgres() {
  load_instance postgres
  local dir pid
  dir=$(readlink -f "$DATA/postgres" || echo "$DATA/postgres")
  pid=$(read_pid "$dir/cluster/postmaster.pid")
  [[ -n "$pid" ]] || pid="${POSTGRES_PID:-}"
  if is_alive "$pid" && [[ -f "$dir/cluster/PG_VERSION" ]]; then
    as_postgres "$(pg_bin_dir)/pg_ctl" stop -D "$dir/cluster" -m fast -w -t 30 >/dev/null 2>&1 || true
  fi
  terminate "$pid" 5
}

# ---------------------------------------------------------------- RabbitMQ

# The /usr/sbin wrappers switch user and HOME, so the CLI would read another Erlang cookie: call the
# scripts in /usr/lib/rabbitmq/bin directly with one private HOME, one private epmd on loopback and
# every path inside the data folder.
rabbit_env() { # <amqp> <management> <dist> <epmd>
  local dir="$DATA/rabbitmq"
  export HOME="$dir/home"
  export RABBITMQ_NODENAME=careservices@localhost
  export RABBITMQ_USE_LONGNAME=false
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  export RABBITMQ_NODE_PORT="$1"
  export RABBITMQ_DIST_PORT="$3"
  export ERL_EPMD_PORT="$4"
  export ERL_EPMD_ADDRESS=127.0.0.1
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  export RABBITMQ_CONF_ENV_FILE="$dir/rabbitmq-env.conf"
  export RABBITMQ_CONFIG_FILE="$dir/rabbitmq.conf"
  export RABBITMQ_ADVANCED_CONFIG_FILE="$dir/advanced.config"
  export RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins"
  export RABBITMQ_MNESIA_BASE="$dir/mnesia"
  export RABBITMQ_LOG_BASE="$dir/log"
  export RABBITMQ_PID_FILE="$dir/rabbitmq.pid"
}

rabbit_running() {
  load_instance rabbitmq
  local pid
  pid=$(read_pid "$DATA/rabbitmq/rabbitmq.pid")
  is_alive "$pid" && [[ "$pid" == "${RABBITMQ_PID:-}" ]] \
    && answers "${RABBITMQ_PORT:-0}" && answers "${RABBITMQ_MANAGEMENT_PORT:-0}"
}

start_rabbit() { # <amqp> <management> <dist> <epmd>
  local dir="$DATA/rabbitmq"
  mkdir -p "$dir/home" "$dir/mnesia" "$dir/log"
  : > "$dir/rabbitmq-env.conf"
  echo '[rabbitmq_management].' > "$dir/enabled_plugins"
  # listeners.tcp.default would listen on every interface; the numbered form keeps AMQP on loopback.
  cat > "$dir/rabbitmq.conf" <<EOF
listeners.tcp.1 = 127.0.0.1:$1
management.tcp.ip = 127.0.0.1
management.tcp.port = $2
loopback_users.guest = true
log.console = false
log.file.level = warning
EOF
  rm -f "$dir/rabbitmq.pid"
  (
    rabbit_env "$@"
    setsid "$RABBIT_BIN/rabbitmq-server" > "$dir/log/console.log" 2>&1 < /dev/null &
    echo $! > "$dir/launcher.pid"
    "$RABBIT_BIN/rabbitmqctl" wait --timeout "$TIMEOUT" "$dir/rabbitmq.pid" > "$dir/log/wait.log" 2>&1
  ) || { tail -n 20 "$dir/log/console.log" >&2 2>/dev/null; return 1; }
  wait_for "$TIMEOUT" rabbitmq answers "$1" || return 1
  wait_for "$TIMEOUT" rabbitmq-management answers "$2" || return 1
  save_instance rabbitmq "RABBITMQ_PID=$(read_pid "$dir/rabbitmq.pid")" "RABBITMQ_PORT=$1" \
    "RABBITMQ_MANAGEMENT_PORT=$2" "RABBITMQ_DIST_PORT=$3" "RABBITMQ_EPMD_PORT=$4"
}

stop_rabbit() {
  load_instance rabbitmq
  local dir="$DATA/rabbitmq" pid
  pid=$(read_pid "$dir/rabbitmq.pid")
  [[ -n "$pid" ]] || pid="${RABBITMQ_PID:-}"
  if is_alive "$pid" && [[ -n "${RABBITMQ_EPMD_PORT:-}" ]]; then
    ( rabbit_env "${RABBITMQ_PORT:-0}" "${RABBITMQ_MANAGEMENT_PORT:-0}" "${RABBITMQ_DIST_PORT:-0}" "$RABBITMQ_EPMD_PORT"
      timeout 30 "$RABBIT_BIN/rabbitmqctl" shutdown >/dev/null 2>&1 ) || true
  fi
  terminate "$pid" 10
  terminate "$(read_pid "$dir/launcher.pid")" 2
  if [[ -n "${RABBITMQ_EPMD_PORT:-}" ]]; then
    ERL_EPMD_PORT="$RABBITMQ_EPMD_PORT" epmd -port "$RABBITMQ_EPMD_PORT" -kill >/dev/null 2>&1 || true
    # epmd daemonizes without a pid file: find it by the port it was started with.
    local epmd_pid
    for epmd_pid in $(pgrep -x epmd 2>/dev/null || true); do
      if { tr '\0' '\n' < "/proc/$epmd_pid/environ"; } 2>/dev/null | grep -qx "ERL_EPMD_PORT=$RABBITMQ_EPMD_PORT"; then
        terminate "$epmd_pid" 2
      fi
    done
  fi
}

# ---------------------------------------------------------------- Redis

redis_pong() { [[ "$(redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null)" == PONG ]]; }

redis_running() {
  load_instance redis
  local pid
  pid=$(read_pid "$DATA/redis/redis.pid")
  is_alive "$pid" && [[ "$pid" == "${REDIS_PID:-}" ]] && answers "${REDIS_PORT:-0}"
}

start_redis() { # <port>
  local port="$1" dir="$DATA/redis" persistence=(--appendonly no)
  mkdir -p "$dir"
  [[ "$PERSISTENT" == true ]] && persistence=(--appendonly yes --appendfsync everysec)
  rm -f "$dir/redis.pid"
  redis-server --port "$port" --bind 127.0.0.1 --dir "$dir" --save '' "${persistence[@]}" \
    --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" >/dev/null 2>&1 \
    || { tail -n 20 "$dir/redis.log" >&2 2>/dev/null; return 1; }
  wait_for "$TIMEOUT" redis redis_pong "$port" || return 1
  wait_for 5 redis-pid test -s "$dir/redis.pid" || return 1
  save_instance redis "REDIS_PID=$(read_pid "$dir/redis.pid")" "REDIS_PORT=$port"
}

stop_redis() {
  load_instance redis
  local pid
  pid=$(read_pid "$DATA/redis/redis.pid")
  [[ -n "$pid" ]] || pid="${REDIS_PID:-}"
  if is_alive "$pid" && [[ -n "${REDIS_PORT:-}" ]]; then
    # SHUTDOWN writes the append-only file when persistence is on; a plain kill would too, but later.
    timeout 10 redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown >/dev/null 2>&1 || true
  fi
  terminate "$pid" 10
}

# ---------------------------------------------------------------- commands

write_env() {
  load_instance postgres; load_instance rabbitmq; load_instance redis
  local env
  env=$(cat <<EOF
CARESERVICES_POSTGRES='Host=127.0.0.1;Port=$POSTGRES_PORT;Username=postgres;Password=postgres'
CARESERVICES_RABBITMQ='amqp://guest:guest@127.0.0.1:$RABBITMQ_PORT/'
CARESERVICES_RABBITMQ_MANAGEMENT='http://127.0.0.1:$RABBITMQ_MANAGEMENT_PORT/'
CARESERVICES_REDIS='127.0.0.1:$REDIS_PORT'
EOF
)
  echo "$env" > "$DATA/servers.env.tmp"
  mv "$DATA/servers.env.tmp" "$DATA/servers.env"
  echo "$env"
}

# Runs one server's start in the background; its outcome lands in <dir>/start/<server>.status.
# fd 9 (the lock) is closed first: a server inheriting it would hold the lock for its whole life.
launch() { # <server> <function> <args...>
  local server="$1"; shift
  mkdir -p "$DATA/start"
  rm -f "$DATA/start/$server.status"
  ( exec 9>&-
    if "$@" > "$DATA/start/$server.log" 2>&1 < /dev/null; then echo ok; else echo failed; fi \
      > "$DATA/start/$server.status" ) &
}

cmd_start() {
  ensure_packages
  exec 9> "$DATA/.lock"
  flock -w "$TIMEOUT" 9 || die "another servers.sh holds $DATA/.lock"

  local started=() failed=() port pg amqp mgmt dist epmd rd
  load_instance postgres; load_instance rabbitmq; load_instance redis
  for port in ${POSTGRES_PORT:-} ${RABBITMQ_PORT:-} ${RABBITMQ_MANAGEMENT_PORT:-} \
      ${RABBITMQ_DIST_PORT:-} ${RABBITMQ_EPMD_PORT:-} ${REDIS_PORT:-}; do
    RESERVED+="$port "
  done

  if postgres_running; then
    TAKEN+="$POSTGRES_PORT "
    say "postgres already running (pid $POSTGRES_PID, port $POSTGRES_PORT)"
  else
    stop_postgres
    choose_port pg "${POSTGRES_PORT:-}"
    launch postgres start_postgres "$pg"; started+=(postgres)
  fi
  if rabbit_running; then
    TAKEN+="$RABBITMQ_PORT $RABBITMQ_MANAGEMENT_PORT $RABBITMQ_DIST_PORT $RABBITMQ_EPMD_PORT "
    say "rabbitmq already running (pid $RABBITMQ_PID, port $RABBITMQ_PORT)"
  else
    stop_rabbit
    choose_port amqp "${RABBITMQ_PORT:-}"
    choose_port mgmt "${RABBITMQ_MANAGEMENT_PORT:-}"
    choose_port dist "${RABBITMQ_DIST_PORT:-}"
    choose_port epmd "${RABBITMQ_EPMD_PORT:-}"
    launch rabbitmq start_rabbit "$amqp" "$mgmt" "$dist" "$epmd"; started+=(rabbitmq)
  fi
  if redis_running; then
    TAKEN+="$REDIS_PORT "
    say "redis already running (pid $REDIS_PID, port $REDIS_PORT)"
  else
    stop_redis
    choose_port rd "${REDIS_PORT:-}"
    launch redis start_redis "$rd"; started+=(redis)
  fi
  wait

  for server in "${started[@]}"; do
    if [[ "$(cat "$DATA/start/$server.status" 2>/dev/null)" != ok ]]; then
      failed+=("$server")
      echo "servers.sh: $server did not come up (timeout ${TIMEOUT}s). Its output:" >&2
      sed 's/^/  /' "$DATA/start/$server.log" >&2 || true
      echo "  (logs under $DATA/$server)" >&2
    fi
  done
  if (( ${#failed[@]} > 0 )); then
    stop_all
    die "failed to start: ${failed[*]}"
  fi
  (( ${#started[@]} == 0 )) || say "started ${started[*]} in ${SECONDS}s"
  write_env
}

stop_all() {
  stop_postgres & stop_rabbit & stop_redis &
  wait
}

cmd_stop() {
  [[ -d "$DATA" ]] || return 0
  if [[ -n "$ONLY" ]]; then
    "stop_${ONLY/rabbitmq/rabbit}"
    say "stopped $ONLY in $DATA"
    return 0
  fi
  stop_all
  rm -f "$DATA/servers.env" "$DATA"/*/instance.env
  say "stopped servers in $DATA"
}

cmd_status() {
  local down=0
  if postgres_running; then echo "postgres  running  pid $POSTGRES_PID  port $POSTGRES_PORT"
  else echo "postgres  stopped"; down=1; fi
  if rabbit_running; then
    echo "rabbitmq  running  pid $RABBITMQ_PID  port $RABBITMQ_PORT  management $RABBITMQ_MANAGEMENT_PORT"
  else echo "rabbitmq  stopped"; down=1; fi
  if redis_running; then echo "redis     running  pid $REDIS_PID  port $REDIS_PORT"
  else echo "redis     stopped"; down=1; fi
  return "$down"
}

if [[ "${1:-}" == install && $# -eq 1 ]]; then
  ensure_packages
  exit 0
fi
(( $# >= 2 )) || usage
COMMAND="$1"
DATA_ARG="$2"
shift 2
PERSISTENT=false
ONLY=""
for arg in "$@"; do
  case "$arg" in
    --persistent) PERSISTENT=true ;;
    postgres|rabbitmq|redis) [[ "$COMMAND" == stop ]] || usage; ONLY="$arg" ;;
    *) usage ;;
  esac
done
mkdir -p "$DATA_ARG"
DATA=$(cd "$DATA_ARG" && pwd -P)
readonly DATA PERSISTENT ONLY

case "$COMMAND" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) usage ;;
esac
