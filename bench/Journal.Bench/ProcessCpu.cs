using System.Globalization;

namespace CareServices.Bench.Journal;

/// <summary>
/// CPU time (user + system) of the processes on the request path, each with its children (PostgreSQL serves every
/// connection from a child process), named in <c>BENCH_CPU_PIDS</c> as <c>name=pid,…</c> by run.sh. On a shared
/// machine CPU per request is the figure other load distorts least.
/// </summary>
public static class ProcessCpu
{
    public static Dictionary<string, double> Sample()
    {
        var named = (Environment.GetEnvironmentVariable("BENCH_CPU_PIDS") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .ToDictionary(pair => pair[0], pair => int.Parse(pair[1], CultureInfo.InvariantCulture));
        if (named.Count == 0)
        {
            return [];
        }
        var processes = new Dictionary<int, (int Parent, double Milliseconds)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }
            try
            {
                // After the command name: state is field 3, ppid 4, utime 14, stime 15 (1-based), in ticks of 1/100 s.
                var fields = File.ReadAllText(Path.Combine(directory, "stat")).Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                processes[pid] = (int.Parse(fields[1], CultureInfo.InvariantCulture),
                    (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) * 10);
            }
            catch (IOException)
            {
                // The process ended while the list was read.
            }
        }
        return named.ToDictionary(pair => pair.Key, pair => processes.Where(p => Descends(p.Key, pair.Value)).Sum(p => p.Value.Milliseconds));

        bool Descends(int pid, int root)
        {
            for (var depth = 0; pid > 1 && depth < 64; depth++)
            {
                if (pid == root)
                {
                    return true;
                }
                pid = processes.TryGetValue(pid, out var process) ? process.Parent : 0;
            }
            return false;
        }
    }

    /// <summary>", CPU per request: service 2.1 ms, gateway 1.0 ms, postgres 0.8 ms", or nothing when no process is named.</summary>
    public static string PerRequest(Dictionary<string, double> before, Dictionary<string, double> after, int requests) =>
        before.Count == 0 ? "" : ", CPU per request: " + string.Join(", ", before.Keys.Select(name =>
            string.Create(CultureInfo.InvariantCulture, $"{name} {(after[name] - before[name]) / requests:F1} ms")));
}
