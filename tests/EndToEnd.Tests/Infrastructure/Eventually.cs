namespace CareServices.EndToEnd.Tests.Infrastructure;

/// <summary>Polling for outcomes that arrive asynchronously (events, restarts).</summary>
public static class Eventually
{
    public static async Task<T> ReturnsAsync<T>(Func<Task<T?>> attempt, TimeSpan timeout, string what)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await attempt() is { } result)
                {
                    return result;
                }
            }
            catch (HttpRequestException e)
            {
                last = e;
            }
            catch (TaskCanceledException e)
            {
                last = e;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        throw new TimeoutException($"{what} did not happen within {timeout.TotalSeconds:0} s.{(last is null ? string.Empty : " Last error: " + last.Message)}");
    }
}
