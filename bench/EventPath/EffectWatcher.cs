using Npgsql;

namespace CareServices.Bench.EventPath;

/// <summary>
/// Polls Scheduling's inbox until every event has its committed effect, reporting progress as it goes. Gives up only
/// when no effect is committed for <c>stall</c>: on a busy shared machine a slow run is still a measurement.
/// </summary>
public static class EffectWatcher
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);

    public static async Task<bool> WaitForAsync(string connectionString, int expected, TimeSpan stall)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM inbox_messages", connection);
        var last = -1L;
        var deadline = DateTimeOffset.UtcNow + stall;
        var nextProgress = DateTimeOffset.UtcNow + ProgressInterval;
        while (true)
        {
            var done = (long)(await command.ExecuteScalarAsync())!;
            if (done >= expected)
            {
                return true;
            }
            var now = DateTimeOffset.UtcNow;
            if (done > last)
            {
                last = done;
                deadline = now + stall;
            }
            else if (now > deadline)
            {
                Console.Error.WriteLine($"EventPath: only {done} of {expected} effects, none for {stall.TotalSeconds:0} s");
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
