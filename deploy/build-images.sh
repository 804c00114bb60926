#!/usr/bin/env bash
# Rendered by `dotnet run --project deploy/Generator -- --output deploy/` from the Aspire manifest..
# Builds each service's image from the repository root, tagged with the service's own <Version>.
#
#   deploy/build-images.sh [service...]    every service when none is named
#
# REGISTRY  image prefix (default careservices, the names the manifests use)
# PUSH=1    push each image after building it
# BUILDER   docker (default), podman, or anything with the same build/push commands
set -euo pipefail
cd "$(dirname "$0")/.."

version_of() {
  case "$1" in
    activities) echo 1.0.0 ;;
    assessment) echo 1.0.0 ;;
    documentation) echo 1.0.0 ;;
    gateway) echo 1.0.0 ;;
    identity) echo 1.0.0 ;;
    notifications) echo 1.0.0 ;;
    scheduling) echo 1.0.0 ;;
    *) echo "build-images.sh: unknown service '$1'" >&2; return 1 ;;
  esac
}
services=("$@")
[[ ${#services[@]} -gt 0 ]] || services=(activities assessment documentation gateway identity notifications scheduling)
registry="${REGISTRY:-careservices}"
builder="${BUILDER:-docker}"
for service in "${services[@]}"; do
  version=$(version_of "$service")
  image="$registry/$service:$version"
  echo "build-images.sh: $image"
  "$builder" build -f "deploy/base/$service/Dockerfile" -t "$image" .
  if [[ "${PUSH:-0}" == 1 ]]; then
    "$builder" push "$image"
  fi
done
