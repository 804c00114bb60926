using CareServices.AppHost.Orchestration;
using CareServices.AppHost.Servers;

namespace CareServices.AppHost.Tests;

public sealed class SupportTests
{
    [Fact]
    public void Servers_env_lines_are_read_with_their_quotes_removed()
    {
        var values = ServersEnvFile.Parse(
        [
            "CARESERVICES_POSTGRES='Host=127.0.0.1;Port=20775;Username=postgres;Password=postgres'",
            "# comment",
            "CARESERVICES_REDIS='127.0.0.1:31195'",
            string.Empty,
        ]);

        Assert.Equal("Host=127.0.0.1;Port=20775;Username=postgres;Password=postgres", values["CARESERVICES_POSTGRES"]);
        Assert.Equal("127.0.0.1:31195", values["CARESERVICES_REDIS"]);
        Assert.Equal(2, values.Count);
    }

    [Fact]
    public void Restarts_back_off_exponentially_up_to_the_ceiling_and_start_over_after_a_stable_run()
    {
        var backoff = new RestartBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(1));
        var quickly = TimeSpan.FromSeconds(2);

        var delays = Enumerable.Range(0, 5).Select(_ => backoff.Next(quickly).TotalSeconds).ToList();

        Assert.Equal([1, 2, 4, 5, 5], delays);
        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Next(TimeSpan.FromMinutes(2)));
    }

    [Fact]
    public void The_resource_log_keeps_the_newest_lines_in_order()
    {
        var log = new ResourceLog(3, TimeProvider.System);
        foreach (var text in new[] { "one", "two", "three", "four" })
        {
            log.Append(LogStream.Output, text);
        }

        Assert.Equal(["two", "three", "four"], log.Tail(10).Select(l => l.Text));
        Assert.Equal(["four"], log.Tail(1).Select(l => l.Text));
        Assert.Equal(["three", "four"], log.Tail(10, afterSequence: 2).Select(l => l.Text));
    }
}
