using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareServices.ServiceDefaults.Tests.Ledger;

/// <summary>
/// The ledger service as a process of its own (<c>dotnet CareServices.ServiceDefaults.Tests.dll ledger-host
/// publisher|consumer &lt;database&gt; &lt;rabbitmq&gt;</c>), so the fault tests can kill it with SIGKILL: only a
/// separate process dies the way a crashed service does. The test runner never calls this entry point.
/// </summary>
public static class LedgerProcess
{
    public const string Command = "ledger-host";
    public const string Ready = "ledger-host ready";

    /// <summary>A service's retries (the tests' in-process hosts retry briefly): long enough to outlast a server restart.</summary>
    private static readonly Dictionary<string, string?> ServiceRetry = new()
    {
        ["Messaging:Retry:Limit"] = "10",
        ["Messaging:Retry:MinInterval"] = "00:00:00.200",
        ["Messaging:Retry:MaxInterval"] = "00:00:05",
        ["Messaging:Retry:IntervalDelta"] = "00:00:00.500",
    };

    public static async Task<int> Main(string[] args)
    {
        if (args is not [Command, var role, var database, var rabbitMq] || role is not ("publisher" or "consumer"))
        {
            await Console.Error.WriteLineAsync($"usage: {Command} publisher|consumer <database> <rabbitmq>");
            return 2;
        }
        using var host = LedgerHost.Build(database, rabbitMq, batchSize: 100, settings: ServiceRetry,
            role: role == "publisher" ? LedgerRole.Publisher : LedgerRole.Consumer);
        await host.StartAsync();
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(120));
        Console.WriteLine(Ready);
        await host.WaitForShutdownAsync();
        return 0;
    }
}
