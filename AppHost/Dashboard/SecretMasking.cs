using System.Text.RegularExpressions;

namespace CareServices.AppHost.Dashboard;

/// <summary>
/// Hides secrets in the environment shown to operators: whole values of keys that name a secret, and the password
/// inside connection strings and URIs.
/// </summary>
public static partial class SecretMasking
{
    public const string Mask = "••••••";

    public static string MaskValue(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        if (SecretName().IsMatch(name))
        {
            return Mask;
        }

        var masked = PasswordSetting().Replace(value, match => match.Groups[1].Value + Mask);
        return UriPassword().Replace(masked, match => match.Groups[1].Value + Mask + "@");
    }

    [GeneratedRegex("(key|secret|token|password|pwd|apikey|api-key|headers)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex("((?:password|pwd)\\s*=\\s*)[^;]*", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordSetting();

    [GeneratedRegex("(\\w+://[^:/@\\s]+:)[^@\\s]*@")]
    private static partial Regex UriPassword();
}
