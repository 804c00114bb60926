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
# CARESERVICES_JWT_SIGNING_KEY (base64, at least 256 bits): the token signing key; when unset, the existing
# Secret's is kept, or a new one generated. Existing server passwords are kept too, so a re-run is harmless.
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
postgres="${CARESERVICES_POSTGRES%;}"

signing_key="${CARESERVICES_JWT_SIGNING_KEY:-$(existing careservices-jwt signing-key)}"
signing_key="${signing_key:-$(head -c 32 /dev/urandom | base64)}"
apply_secret careservices-jwt "signing-key=$signing_key"
apply_secret activities-connections "activitiesdb=$postgres;Database=activitiesdb" "rabbitmq=$CARESERVICES_RABBITMQ" "redis=$CARESERVICES_REDIS"
apply_secret assessment-connections "assessmentdb=$postgres;Database=assessmentdb" "rabbitmq=$CARESERVICES_RABBITMQ" "redis=$CARESERVICES_REDIS"
apply_secret documentation-connections "documentationdb=$postgres;Database=documentationdb" "rabbitmq=$CARESERVICES_RABBITMQ" "redis=$CARESERVICES_REDIS"
apply_secret gateway-connections "redis=$CARESERVICES_REDIS"
apply_secret notifications-connections "notificationsdb=$postgres;Database=notificationsdb" "rabbitmq=$CARESERVICES_RABBITMQ" "redis=$CARESERVICES_REDIS"
apply_secret scheduling-connections "rabbitmq=$CARESERVICES_RABBITMQ" "redis=$CARESERVICES_REDIS" "schedulingdb=$postgres;Database=schedulingdb"
at_rest_keys assessment-at-rest-keys
