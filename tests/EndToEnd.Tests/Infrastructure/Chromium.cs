using Microsoft.Playwright;

namespace CareServices.EndToEnd.Tests.Infrastructure;

/// <summary>Debian's Chromium driven by Playwright (<c>scripts/browser.sh install</c>, which <c>./test.sh</c> runs, installs it).</summary>
public static class Chromium
{
    public const string Variable = "CARESERVICES_CHROMIUM";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        var path = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given ? given : "/usr/bin/chromium";
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"No browser at {path}: scripts/browser.sh install (./test.sh runs it) installs Debian's chromium.");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }
}
