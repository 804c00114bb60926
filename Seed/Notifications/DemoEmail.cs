using System.Globalization;
using System.Text;

namespace CareServices.Seed.Notifications;

/// <summary>
/// Demo e-mail addresses made from a person's name (no random draw, so seeding the same numbers gives the same
/// people as before). In a local run every message lands in the local mail sink, never in a real mailbox.
/// </summary>
public static class DemoEmail
{
    public static string For(string name, string domain)
    {
        var local = new StringBuilder();
        foreach (var c in name.Trim().ToLower(CultureInfo.InvariantCulture))
        {
            local.Append(c switch
            {
                'æ' => "ae",
                'ø' => "o",
                'å' => "a",
                ' ' or '-' => ".",
                _ when char.IsAsciiLetterOrDigit(c) => c.ToString(),
                _ => "",
            });
        }
        return $"{local}@{domain}";
    }
}
