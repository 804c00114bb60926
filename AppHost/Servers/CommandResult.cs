namespace CareServices.AppHost.Servers;

/// <summary>What a finished command printed and returned.</summary>
internal sealed record CommandResult(int ExitCode, string Output, string Error);
