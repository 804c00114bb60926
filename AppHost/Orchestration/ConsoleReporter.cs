namespace CareServices.AppHost.Orchestration;

/// <summary>Prints each resource's state changes, URL and PID, and the last lines of a project that ended.</summary>
internal sealed class ConsoleReporter(TextWriter output, bool echoResourceOutput)
{
    private const int LinesShownOnExit = 15;
    private readonly Lock _gate = new();

    public void Follow(ResourceStatus status)
    {
        status.Changed += snapshot => OnChanged(status, snapshot);
    }

    public void EchoLine(string resource, LogStream stream, string line)
    {
        if (echoResourceOutput)
        {
            Write($"  {resource,-16} | {(stream == LogStream.Error ? "! " : string.Empty)}{line}");
        }
    }

    public void Write(string line)
    {
        lock (_gate)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }

    private void OnChanged(ResourceStatus status, ResourceSnapshot snapshot)
    {
        var pid = snapshot.ProcessId is { } id ? $"pid {id}" : string.Empty;
        var detail = snapshot.State is ResourceState.Running ? string.Empty : snapshot.Detail;
        Write($"{DateTime.Now:HH:mm:ss} {snapshot.Name,-16} {snapshot.State.ToString().ToLowerInvariant(),-14} " +
              $"{snapshot.Endpoint?.ToString().TrimEnd('/'),-24} {pid,-10} {detail}".TrimEnd());
        if (snapshot.State is ResourceState.Exited && !echoResourceOutput)
        {
            foreach (var line in status.Log.Tail(LinesShownOnExit))
            {
                Write($"  {snapshot.Name,-16} | {line.Text}");
            }
        }
    }
}
