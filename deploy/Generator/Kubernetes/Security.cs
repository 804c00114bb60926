using CareServices.Deploy.Generator.Yaml;

namespace CareServices.Deploy.Generator.Kubernetes;

/// <summary>Security contexts that pass the Kubernetes "restricted" pod security standard.</summary>
public static class Security
{
    public static YamlMapping Pod(int userId) => new()
    {
        ["runAsNonRoot"] = true,
        ["runAsUser"] = userId,
        ["runAsGroup"] = userId,
        ["fsGroup"] = userId,
        ["seccompProfile"] = new YamlMapping { ["type"] = "RuntimeDefault" },
    };

    public static YamlMapping Container(bool readOnlyRootFilesystem) => new()
    {
        ["runAsNonRoot"] = true,
        ["allowPrivilegeEscalation"] = false,
        ["readOnlyRootFilesystem"] = readOnlyRootFilesystem,
        ["capabilities"] = new YamlMapping { ["drop"] = new YamlSequence("ALL") },
    };
}
