using System.Text;
using CareServices.Deploy.Generator.Manifest;
using CareServices.Deploy.Generator.Kubernetes;

namespace CareServices.Deploy.Generator.Scripts;

/// <summary>
/// <c>create-secrets.sh</c>: creates every Secret the manifests reference, from the same variables as
/// <c>servers.env</c> (managed servers) or with generated passwords for the dev overlay's in-cluster servers: the
/// PostgreSQL administrative account for the database-roles Job, each service's connections with its own database
/// role, the identity provider's RSA signing key and the client secrets. Values pass through a pipe, never through a
/// command line or the repository.
/// </summary>
public static class CreateSecretsScript
{
    public static string Render(AspireManifest model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var postgres = model.Servers.Single(s => s.Kind == ServerKind.Postgres).Name;
        var rabbitmq = model.Servers.Single(s => s.Kind == ServerKind.RabbitMQ).Name;
        var redis = model.Servers.Single(s => s.Kind == ServerKind.Redis).Name;
        var text = new StringBuilder();
        text.Append($$"""
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
              cat "$keys/cert.pem" "$keys/key.pem" > "$keys/{{AtRestKeyRingFile}}"
              head -c 32 /dev/urandom | base64 > "$keys/{{AtRestHashFile}}"
              kubectl -n "$namespace" create secret generic "$1" --from-file="$keys/{{AtRestKeyRingFile}}" \
                --from-file="$keys/{{AtRestHashFile}}" --dry-run=client -o yaml | kubectl apply -f - >/dev/null
              rm -rf "$keys"
              echo "create-secrets.sh: $namespace/$1"
            }

            kubectl create namespace "$namespace" --dry-run=client -o yaml | kubectl apply -f - >/dev/null

            if [[ "$mode" == --in-cluster-servers ]]; then
              postgres_password=$(existing {{Conventions.ServersSecret}} {{ServerManifests.PostgresPasswordKey}})
              rabbitmq_password=$(existing {{Conventions.ServersSecret}} {{ServerManifests.RabbitMQPasswordKey}})
              redis_password=$(existing {{Conventions.ServersSecret}} {{ServerManifests.RedisPasswordKey}})
              postgres_password="${postgres_password:-$(password)}"
              rabbitmq_password="${rabbitmq_password:-$(password)}"
              redis_password="${redis_password:-$(password)}"
              apply_secret {{Conventions.ServersSecret}} "{{ServerManifests.PostgresPasswordKey}}=$postgres_password" \
                "{{ServerManifests.RabbitMQPasswordKey}}=$rabbitmq_password" "{{ServerManifests.RedisPasswordKey}}=$redis_password"
              CARESERVICES_POSTGRES="Host={{postgres}};Port={{ServerManifests.PostgresPort}};Username=postgres;Password=$postgres_password"
              CARESERVICES_RABBITMQ="amqp://{{ServerManifests.RabbitMQUser}}:$rabbitmq_password@{{rabbitmq}}:{{ServerManifests.RabbitMQPort}}/"
              CARESERVICES_REDIS="{{redis}}:{{ServerManifests.RedisPort}},password=$redis_password"
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
            apply_secret {{DatabaseRoles.AdminSecret}} "host=$pg_host" "port=$pg_port" "username=$(setting Username 'User Id')" "password=$(setting Password)"
            role_password() { # <service>: its database role's password, kept from its Secret or new
              local current
              current=$(existing "$1-connections" {{DatabaseRoles.PasswordKey}})
              echo "${current:-$(password)}"
            }

            signing_key=$(existing {{SigningKeySecret}} value)
            signing_key="${signing_key:-$(openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 2>/dev/null)}"
            apply_file_secret {{SigningKeySecret}} "$signing_key"

            """);
        foreach (var parameter in model.Projects.SelectMany(p => p.SecretReferences).Select(r => r.Parameter)
            .Where(name => name != SigningKeySecret).Distinct().Order(StringComparer.Ordinal))
        {
            var variable = parameter.Replace('-', '_');
            text.Append($"{variable}=$(existing {parameter} value)\n");
            text.Append($"apply_secret {parameter} \"value=${{{variable}:-$(password)}}\"\n");
        }
        foreach (var project in model.Projects.Where(p => p.ConnectionReferences.Count > 0))
        {
            var owns = project.ConnectionReferences.Any(r => r.Kind == ServerKind.Postgres);
            if (owns)
            {
                text.Append($"{project.Name}_password=$(role_password {project.Name})\n");
            }
            var pairs = project.ConnectionReferences
                .OrderBy(r => r.Name, StringComparer.Ordinal)
                .Select(r => $"\"{r.Name}={Value(project.Name, r)}\"")
                .Concat(owns ? [$"\"{DatabaseRoles.PasswordKey}=${project.Name}_password\""] : []);
            text.Append($"apply_secret {Conventions.ConnectionsSecret(project.Name)} {string.Join(' ', pairs)}\n");
        }
        foreach (var project in model.Projects.Where(p => p.Environment.ContainsKey(Conventions.AtRestKeysVariable)))
        {
            text.Append($"at_rest_keys {Conventions.AtRestKeysSecret(project.Name)}\n");
        }
        return text.ToString();
    }

    // The file names the service reads (ServiceDefaults/DataProtection/AtRestKeys.cs).
    private const string AtRestKeyRingFile = "key-ring.pem";
    private const string AtRestHashFile = "national-id-hash.key";

    /// <summary>The secret parameter that holds the identity provider's RSA signing key (PEM, several lines).</summary>
    private const string SigningKeySecret = "identity-signing-key";

    private static string Value(string service, ConnectionReference resource) => resource.Kind switch
    {
        ServerKind.Postgres => $"Host=$pg_host;Port=$pg_port;Username={service};Password=${service}_password;Database={resource.Name}$pg_options",
        ServerKind.RabbitMQ => "$CARESERVICES_RABBITMQ",
        _ => "$CARESERVICES_REDIS",
    };
}
