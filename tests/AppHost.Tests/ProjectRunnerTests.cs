using System.Diagnostics;
using CareServices.AppHost.Model;
using CareServices.AppHost.Orchestration;

namespace CareServices.AppHost.Tests;

/// <summary>Supervision of one process, with small shell commands standing in for a service.</summary>
public sealed class ProjectRunnerTests : IDisposable
{
    private static readonly Uri NobodyListens = new("http://127.0.0.1:1");
    private readonly HealthProbe _probe = new();

    [Fact]
    public async Task A_process_that_keeps_ending_is_restarted_and_each_restart_is_counted()
    {
        var status = Status();
        var runner = Runner(status, "exit 3", new RestartBackoff(TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1)));

        runner.Start();
        await WaitUntilAsync(() => status.RestartCount >= 3);
        await runner.StopAsync();

        Assert.Equal(ResourceState.Stopped, status.State);
        Assert.Contains(status.Log.Tail(100), line => line.Stream == LogStream.AppHost && line.Text == "exited with code 3");
        Assert.Contains(status.Log.Tail(100), line => line.Text.StartsWith("restarting in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stopping_ends_the_process_with_SIGTERM_and_leaves_nothing_it_started_behind()
    {
        var status = Status();
        var runner = Runner(status, "trap 'echo terminated; exit 0' TERM; sleep 60 & echo \"started $!\"; wait", RestartBackoff.Default());

        runner.Start();
        await WaitUntilAsync(() => status.Log.Tail(10).Any(line => line.Text.StartsWith("started ", StringComparison.Ordinal)));
        var pid = status.ProcessId!.Value;
        var sleeper = int.Parse(status.Log.Tail(10).Single(line => line.Text.StartsWith("started ", StringComparison.Ordinal)).Text[8..],
            System.Globalization.CultureInfo.InvariantCulture);
        var stopping = Stopwatch.StartNew();
        await runner.StopAsync();

        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(5), $"stop took {stopping.Elapsed}");
        Assert.Equal(ResourceState.Stopped, status.State);
        Assert.Equal(0, status.RestartCount);
        Assert.Contains(status.Log.Tail(10), line => line.Stream == LogStream.Output && line.Text == "terminated");
        await WaitUntilAsync(() => !IsRunning(pid) && !IsRunning(sleeper));
    }

    [Fact]
    public async Task A_project_that_cannot_be_started_fails_with_the_reason()
    {
        var status = Status();
        var runner = new ProjectRunner(status, () => throw new FileNotFoundException("'svc' is not built"), NobodyListens, _probe,
            RestartBackoff.Default(), TimeSpan.FromSeconds(1), (_, _) => { }, (_, _) => { });

        runner.Start();
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => runner.FirstHealthy.WaitAsync(TimeSpan.FromSeconds(10)));
        await runner.StopAsync();

        Assert.Contains("is not built", failure.Message, StringComparison.Ordinal);
        Assert.Equal(ResourceState.FailedToStart, status.State);
    }

    [Fact]
    public async Task An_operator_stop_keeps_the_project_stopped_until_it_is_started_again()
    {
        var status = Status();
        var runner = Runner(status, "echo \"up $$\"; sleep 60", RestartBackoff.Default());

        runner.Start();
        await WaitUntilAsync(() => status.Log.Tail(10).Any(line => line.Text.StartsWith("up ", StringComparison.Ordinal)));
        var first = status.ProcessId!.Value;
        await runner.StopByOperatorAsync();
        var stopped = status.State;
        runner.Start();
        await WaitUntilAsync(() => status.ProcessId is { } pid && pid != first && status.State == ResourceState.Starting);
        await runner.StopAsync();

        Assert.Equal(ResourceState.Stopped, stopped);
        Assert.Equal(0, status.RestartCount);
        Assert.False(IsRunning(first));
    }

    [Fact]
    public async Task An_operator_restart_starts_a_new_process_and_counts_a_restart()
    {
        var status = Status();
        var runner = Runner(status, "echo \"up $$\"; sleep 60", RestartBackoff.Default());

        runner.Start();
        await WaitUntilAsync(() => status.ProcessId is not null);
        var first = status.ProcessId!.Value;
        await runner.RestartAsync();
        await WaitUntilAsync(() => status.ProcessId is { } pid && pid != first);
        var second = status.ProcessId!.Value;
        await runner.StopAsync();

        Assert.Equal(1, status.RestartCount);
        Assert.False(IsRunning(first));
        Assert.False(IsRunning(second));
        Assert.Equal(ResourceState.Stopped, status.State);
    }

    public void Dispose() => _probe.Dispose();

    private static ResourceStatus Status() => new(new ProjectResource("svc", "services/Svc"), 100, TimeProvider.System);

    private static bool IsRunning(int pid)
    {
        // A reaped process has no /proc entry; a zombie still has one but is no longer running.
        var stat = $"/proc/{pid}/stat";
        return File.Exists(stat) && File.ReadAllText(stat).Split(')')[^1].TrimStart()[0] != 'Z';
    }

    // setsid, as for real projects: the child leads its own process group, which a stop clears.
    private ProjectRunner Runner(ResourceStatus status, string script, RestartBackoff backoff) =>
        new(status,
            () => new ProcessStartInfo("setsid") { ArgumentList = { "bash", "-c", script } },
            NobodyListens,
            _probe,
            backoff,
            TimeSpan.FromSeconds(5),
            status.Log.Append,
            (_, _) => { });

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(20), "the condition did not hold within 20 s");
            await Task.Delay(20);
        }
    }
}
