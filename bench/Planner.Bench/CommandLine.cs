using System.Globalization;

namespace CareServices.Bench.Planner;

/// <summary>Command, positional arguments and <c>--name value</c> options.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    private CommandLine(string command) => Command = command;

    public string Command { get; }

    public List<string> Positional { get; } = [];

    public static CommandLine Parse(string[] args)
    {
        var result = new CommandLine(args.Length > 0 ? args[0] : "");
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                result._options[args[i][2..]] = args[++i];
            }
            else
            {
                result.Positional.Add(args[i]);
            }
        }

        return result;
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public double Number(string name, double fallback) =>
        _options.TryGetValue(name, out var value) ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public static int Usage()
    {
        Console.Error.WriteLine("""
            usage:
              mankowska <folder> --bks <bks.csv> --time-limit <s> [--threads <n>] [--seed <n>]
                        [--out <results.csv>] [--solutions <folder>] [--planner alns|construction|greedy|ortools]
                        [--clock wall|cpu] [--iterations <n>]
              district [--time-limit <s>] [--threads <n>] [--seed <n>] [--scaling 500,1000,2000,4000]
                       [--scaling-time-limit <s>] [--replan-time-limit <s>] [--continuity-scale <f>] [--weights <contact,unfamiliar,split,day,horizon>]
                       [--clock wall|cpu] [--variants greedy,on,off,replan]
            """);
        return 2;
    }
}
