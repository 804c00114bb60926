using Npgsql;

namespace CareServices.Bench.EventPath;

/// <summary>Polls Scheduling's inbox until every event has its committed effect, reporting progress as it goes.</summary>
public static class EffectWatcher
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);

    public static async Task<bool> WaitForAsync(string connectionString, int expected, TimeSpan timeout)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM inbox_messages", connection);
        var deadline = DateTimeOffset.UtcNow + timeout;
        var nextProgress = DateTimeOffset.UtcNow + ProgressInterval;
        while (true)
        {
            var done = (long)(await command.ExecuteScalarAsync())!;
            if (done >= expected)
            {
                return true;
            }
            var now = DateTimeOffset.UtcNow;
            if (now > deadline)
            {
                Console.Error.WriteLine($"EventPath: only {done} of {expected} effects after {timeout.TotalSeconds:0} s");
                return false;
            }
            if (now > nextProgress)
            {
                Console.Error.WriteLine($"EventPath: {done} of {expected} effects committed");
                nextProgress = now + ProgressInterval;
            }
            await Task.Delay(PollInterval);
        }
    }
}
