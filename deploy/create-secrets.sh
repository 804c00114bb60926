#!/usr/bin/env bash
# Rendered by `dotnet run --project deploy/Generator -- --output deploy/` from the Aspire manifest..
# Creates the Secrets the manifests reference in one namespace. No value is stored in the repository.
#
#   deploy/create-secrets.sh <namespace> --in-cluster-servers    dev overlay: generated passwords for its own servers
#   deploy/create-secrets.sh <namespace>                         managed servers, named as in servers.env:
#     CARESERVICES_POSTGRES   Host=<host>;Port=<port>;Username=<user>;Password=<password>   (no Database: each service's is added)
#     CARESERVICES_RABBITMQ   amqp(s)://<user>:<password>@<host>:<port>/<vhost>
#     CARESERVICES_REDIS      <host>:<port>[,ssl=true,password=<password>]
#
# CARESERVICES_POSTGRES's account needs CREATEROLE and CREATEDB: the database-roles Job uses it to give each
# service a role of its own that owns its own database. The identity provider's RSA signing key is made with
# openssl, client secrets and role passwords are generated; existing values are kept, so a re-run is harmless.
# A service's at-rest keys (<service>-at-rest-keys: key-ring certificate, national-id hash key) are made once
# with openssl and never replaced: without them its key ring and national-id lookups cannot be read. Back
# them up apart from the database backups.
set -euo pipefail
namespace="${1:?usage: deploy/create-secrets.sh <namespace> [--in-cluster-servers]}"
mode="${2:-}"

apply_secret() { # <name> <key=value>...
  local name="$1"
  shift
  kubectl -n "$namespace" create secret generic "$name" --from-env-file=<(printf '%s\n' "$@") \
    --dry-run=client -o yaml | kubectl apply -f - >/dev/null
  echo "create-secrets.sh: $namespace/$name"
}
apply_file_secret() { # <name> <value> (one key, "value"; for values of several lines)
  kubectl -n "$namespace" create secret generic "$1" --from-file=value=<(printf '%s' "$2") \
    --dry-run=client -o yaml | kubectl apply -f - >/dev/null
  echo "create-secrets.sh: $namespace/$1"
}
existing() { # <secret> <key>: its value, or nothing
  kubectl -n "$namespace" get secret "$1" -o "jsonpath={.data.$2}" 2>/dev/null | base64 -d 2>/dev/null || true
}
password() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
at_rest_keys() { # <secret>: made once, kept on every later run
  if kubectl -n "$namespace" get secret "$1" >/dev/null 2>&1; then
    echo "create-secrets.sh: $namespace/$1 exists, kept"
    return
  fi
  local keys
  keys=$(mktemp -d)
  openssl req -x509 -newkey rsa:3072 -nodes -days 10950 -subj "/CN=CareServices key ring" \
    -keyout "$keys/key.pem" -out "$keys/cert.pem" 2>/dev/null
  cat "$keys/cert.pem" "$keys/key.pem" > "$keys/key-ring.pem"
  head -c 32 /dev/urandom | base64 > "$keys/national-id-hash.key"
  kubectl -n "$namespace" create secret generic "$1" --from-file="$keys/key-ring.pem" \
    --from-file="$keys/national-id-hash.key" --dry-run=client -o yaml | kubectl apply -f - >/dev/null
  rm -rf "$keys"
  echo "create-secrets.sh: $namespace/$1"
}

kubectl create namespace "$namespace" --dry-run=client -o yaml | kubectl apply -f - >/dev/null

if [[ "$mode" == --in-cluster-servers ]]; then
  postgres_password=$(existing careservices-servers postgres-password)
  rabbitmq_password=$(existing careservices-servers rabbitmq-password)
  redis_password=$(existing careservices-servers redis-password)
  postgres_password="${postgres_password:-$(password)}"
  rabbitmq_password="${rabbitmq_password:-$(password)}"
  redis_password="${redis_password:-$(password)}"
  apply_secret careservices-servers "postgres-password=$postgres_password" \
    "rabbitmq-password=$rabbitmq_password" "redis-password=$redis_password"
  CARESERVICES_POSTGRES="Host=postgres;Port=5432;Username=postgres;Password=$postgres_password"
  CARESERVICES_RABBITMQ="amqp://careservices:$rabbitmq_password@rabbitmq:5672/"
  CARESERVICES_REDIS="redis:6379,password=$redis_password"
elif [[ -n "$mode" ]]; then
  echo "create-secrets.sh: unknown option '$mode'" >&2
  exit 2
fi
: "${CARESERVICES_POSTGRES:?set CARESERVICES_POSTGRES, or pass --in-cluster-servers}"
: "${CARESERVICES_RABBITMQ:?set CARESERVICES_RABBITMQ, or pass --in-cluster-servers}"
: "${CARESERVICES_REDIS:?set CARESERVICES_REDIS, or pass --in-cluster-servers}"
setting() { # <key...>: the first of these settings in CARESERVICES_POSTGRES
  local key
  for key in "$@"; do
    tr ';' '\n' <<<"${CARESERVICES_POSTGRES}" | awk -F= -v k="$key" 'tolower($1) == tolower(k) { sub(/^[^=]*=/, ""); print; exit }'
  done | head -n 1
}
pg_host=$(setting Host Server)
pg_port=$(setting Port)
pg_port="${pg_port:-5432}"
# Other settings (SSL Mode …) carry over to every service's connection string.
pg_options=$(tr ';' '\n' <<<"${CARESERVICES_POSTGRES}" | grep -viE '^(host|server|port|username|user id|userid|password|database)=' | grep -v '^$' | sed 's/^/;/' | tr -d '\n' || true)
apply_secret careservices-postgres-admin "host=$pg_host" "port=$pg_port" "username=$(setting Username 'User Id')" "password=$(setting Password)"
role_password() { # <service>: its database role's password, kept from its Secret or new
  local current
  current=$(existing "$1-connections" postgres-password)
  echo "${current:-$(password)}"
}

signing_key=$(existing identity-signing-key value)
signing_key="${signing_key:-$(openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 2>/dev/null)}"
apply_file_secret identity-signing-key "$signing_key"
scheduling_client_secret=$(existing scheduling-client-secret value)
apply_secret scheduling-client-secret "value=${scheduling_client_secret:-$(password)}"
activities_password=$(role_password activities)
apply_secret activities-connections "activitiesdb=Host=$pg_host;Port=$pg_port;Username=activities;Password=$activities_password;Database=activitiesdb$pg_options" "rabbitmq=$CARESERVICES_RABBITMQ" "redis=$CARESERVICES_REDIS" "postgres-password=$activities_password"
assessment_password=$(role_password assessment)
apply_secret assessment-connections "assessmentdb=Host=$pg_host;Port=$pg_port;Username=assessment;Password=$assessment_password;Database=assessmentdb$pg_options" "rabbitmq=$CARESERVICES_RABBITMQ" "redis=$CARESERVICES_REDIS" "postgres-password=$assessment_password"
documentation_password=$(role_password documentation)
apply_secret documentation-connections "documentationdb=Host=$pg_host;Port=$pg_port;Username=documentation;Password=$documentation_password;Database=documentationdb$pg_options" "rabbitmq=$CARESERVICES_RABBITMQ" "redis=$CARESERVICES_REDIS" "postgres-password=$documentation_password"
apply_secret gateway-connections "redis=$CARESERVICES_REDIS"
notifications_password=$(role_password notifications)
apply_secret notifications-connections "notificationsdb=Host=$pg_host;Port=$pg_port;Username=notifications;Password=$notifications_password;Database=notificationsdb$pg_options" "rabbitmq=$CARESERVICES_RABBITMQ" "redis=$CARESERVICES_REDIS" "postgres-password=$notifications_password"
scheduling_password=$(role_password scheduling)
apply_secret scheduling-connections "rabbitmq=$CARESERVICES_RABBITMQ" "redis=$CARESERVICES_REDIS" "schedulingdb=Host=$pg_host;Port=$pg_port;Username=scheduling;Password=$scheduling_password;Database=schedulingdb$pg_options" "postgres-password=$scheduling_password"
at_rest_keys assessment-at-rest-keys
