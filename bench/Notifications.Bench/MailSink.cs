namespace CareServices.Bench.Notifications;

/// <summary>
/// Reads what the local sink stored: one <c>.eml</c> file per accepted message, written before the sink answers
/// <c>250 OK</c>, so the file's time is when the message was accepted.
/// </summary>
public static class MailSink
{
    public static int Count(string directory) => Directory.Exists(directory) ? Directory.EnumerateFiles(directory, "*.eml").Count() : 0;

    /// <summary>When the sink accepted the e-mail to each bench relative (by the address in its To header).</summary>
    public static Dictionary<string, DateTimeOffset> AcceptedByRelative(string directory)
    {
        var accepted = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*.eml"))
        {
            var to = File.ReadLines(file).TakeWhile(line => line.Length > 0).FirstOrDefault(line => line.StartsWith("To: ", StringComparison.Ordinal));
            if (to is not null && to[4..].Trim().Trim('<', '>') is var address && address.StartsWith("relative-", StringComparison.Ordinal))
            {
                accepted[address] = new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero);
            }
        }
        return accepted;
    }
}
