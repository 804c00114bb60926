using CareServices.Deploy.Generator.Manifest;
using CareServices.Deploy.Generator.Yaml;

namespace CareServices.Deploy.Generator.Kubernetes;

/// <summary>
/// <c>base/database-roles/</c>: a Job that gives every service its own PostgreSQL role, owner of its own database,
/// and takes the right to connect to those databases from everyone else, so no service can open another's. It signs
/// in with the administrative account from <see cref="AdminSecret"/>; each role's password is the one in the
/// service's connections Secret (both made by create-secrets.sh). It waits for the server, so it may be applied
/// together with the in-cluster servers; services retry their database until it has run.
/// </summary>
public static class DatabaseRoles
{
    public const string Name = "database-roles";
    public const string AdminSecret = "careservices-postgres-admin";

    /// <summary>The key of a service's database password in its connections Secret.</summary>
    public const string PasswordKey = "postgres-password";

    private const string ScriptKey = "create-roles.sh";

    /// <summary>The services with a database: (service, database).</summary>
    public static IReadOnlyList<(string Service, string Database)> Owners(AspireManifest model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Projects
            .SelectMany(p => p.ConnectionReferences.Where(r => r.Kind == ServerKind.Postgres).Select(r => (Service: p.Name, Database: r.Name)))
            .OrderBy(owner => owner.Service, StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyDictionary<string, string> Render(AspireManifest model)
    {
        var owners = Owners(model);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["configmap.yaml"] = YamlWriter.Write(new YamlMapping
            {
                ["apiVersion"] = "v1",
                ["kind"] = "ConfigMap",
                ["metadata"] = Conventions.Metadata(Name, "database"),
                ["data"] = new YamlMapping { [ScriptKey] = Script(owners) },
            }),
            ["job.yaml"] = YamlWriter.Write(Job(owners)),
        };
        files[Kustomize.FileName] = YamlWriter.Write(new YamlMapping
        {
            ["apiVersion"] = Kustomize.ApiVersion,
            ["kind"] = "Kustomization",
            ["resources"] = new YamlSequence(files.Keys.Select(name => (YamlNode)name).ToList()),
        });
        return files;
    }

    public static string PasswordVariable(string service) => $"{service.ToUpperInvariant()}_PASSWORD";

    private static string Script(IReadOnlyList<(string Service, string Database)> owners) =>
        """
        #!/bin/sh
        # One role per service, owner of its own database; PUBLIC may not connect to any of them.
        set -eu
        create() { # <role> <database> <password>
          psql -v ON_ERROR_STOP=1 -q -d postgres -v role="$1" -v db="$2" -v password="$3" <<'SQL'
        SELECT format('CREATE ROLE %I LOGIN', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role')\gexec
        SELECT format('ALTER ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', :'role', :'password')\gexec
        SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'role') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db')\gexec
        SELECT format('ALTER DATABASE %I OWNER TO %I', :'db', :'role')\gexec
        SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'db')\gexec
        SQL
          echo "database-roles: $1 owns $2"
        }
        until pg_isready -q; do sleep 2; done

        """ + string.Concat(owners.Select(o => $"create {o.Service} {o.Database} \"${PasswordVariable(o.Service)}\"\n"));

    private static YamlMapping Job(IReadOnlyList<(string Service, string Database)> owners)
    {
        var admin = new (string Variable, string Key)[] { ("PGHOST", "host"), ("PGPORT", "port"), ("PGUSER", "username"), ("PGPASSWORD", "password") };
        var env = admin.Select(a => (YamlNode)new YamlMapping { ["name"] = a.Variable, ["valueFrom"] = Conventions.SecretKey(AdminSecret, a.Key) })
            .Concat(owners.Select(o => (YamlNode)new YamlMapping
            {
                ["name"] = PasswordVariable(o.Service),
                ["valueFrom"] = Conventions.SecretKey(Conventions.ConnectionsSecret(o.Service), PasswordKey),
            }))
            .ToList();
        return new YamlMapping
        {
            ["apiVersion"] = "batch/v1",
            ["kind"] = "Job",
            ["metadata"] = Conventions.Metadata(Name, "database"),
            ["spec"] = new YamlMapping
            {
                ["backoffLimit"] = 20,
                ["template"] = new YamlMapping
                {
                    ["metadata"] = new YamlMapping { ["labels"] = Conventions.Labels(Name, "database") },
                    ["spec"] = new YamlMapping
                    {
                        ["restartPolicy"] = "OnFailure",
                        ["automountServiceAccountToken"] = false,
                        ["enableServiceLinks"] = false,
                        ["securityContext"] = Security.Pod(ServerManifests.ServerUserId),
                        ["containers"] = new YamlSequence(new YamlMapping
                        {
                            ["name"] = Name,
                            ["image"] = ServerManifests.PostgresImage,
                            ["command"] = new YamlSequence("sh", $"/scripts/{ScriptKey}"),
                            ["env"] = new YamlSequence(env),
                            ["resources"] = new ContainerResources("50m", "64Mi", "500m", "128Mi").ToYaml(),
                            ["securityContext"] = Security.Container(readOnlyRootFilesystem: true),
                            ["volumeMounts"] = new YamlSequence(new YamlMapping { ["name"] = "scripts", ["mountPath"] = "/scripts", ["readOnly"] = true }),
                        }),
                        ["volumes"] = new YamlSequence(new YamlMapping
                        {
                            ["name"] = "scripts",
                            ["configMap"] = new YamlMapping { ["name"] = Name },
                        }),
                    },
                },
            },
        };
    }
}
