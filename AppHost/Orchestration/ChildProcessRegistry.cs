namespace CareServices.AppHost.Orchestration;

/// <summary>
/// Records the children of a run in a file, so the next run can stop any that outlived an AppHost killed
/// hard (SIGKILL leaves no chance to stop them); without it, the gateway's fixed port would stay taken.
/// </summary>
internal sealed class ChildProcessRegistry(string file)
{
    private readonly Lock _gate = new();

    /// <summary>Stops processes from an earlier run that still run the same assembly; returns how many.</summary>
    public int StopLeftovers()
    {
        if (!File.Exists(file))
        {
            return 0;
        }

        var stopped = 0;
        foreach (var line in File.ReadAllLines(file))
        {
            var parts = line.Split('\t', 2);
            if (parts.Length == 2 && int.TryParse(parts[0], out var pid) && Runs(pid, parts[1]))
            {
                try
                {
                    using var process = System.Diagnostics.Process.GetProcessById(pid);
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(5000);
                    stopped++;
                }
                catch (ArgumentException)
                {
                    // Gone meanwhile.
                }
            }
        }

        File.Delete(file);
        return stopped;
    }

    public void Record(int processId, string assemblyPath)
    {
        lock (_gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.AppendAllLines(file, [$"{processId}\t{assemblyPath}"]);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            File.Delete(file);
        }
    }

    private static bool Runs(int pid, string assemblyPath)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Split('\0').Contains(assemblyPath);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
