using System.Text;
using CareServices.Deploy.Generator.Kubernetes;

namespace CareServices.Deploy.Generator.Scripts;

/// <summary><c>build-images.sh</c>: builds (and pushes) each service's image, tagged with the service's own version.</summary>
public static class BuildImagesScript
{
    public static string Render(IReadOnlyList<(string Name, string Version)> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var sorted = services.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.Append("""
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

            """);
        foreach (var (name, version) in sorted)
        {
            text.Append($"    {name}) echo {version} ;;\n");
        }
        text.Append("""
                *) echo "build-images.sh: unknown service '$1'" >&2; return 1 ;;
              esac
            }

            """);
        text.Append($"services=(\"$@\")\n[[ ${{#services[@]}} -gt 0 ]] || services=({string.Join(' ', sorted.Select(s => s.Name))})\n");
        text.Append($$"""
            registry="${REGISTRY:-{{Conventions.PartOf}}}"
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

            """);
        return text.ToString();
    }
}
