namespace CareServices.TestSupport;

/// <summary>Polls for an outcome that arrives asynchronously (over the bus). The timeout is generous: these tests check correctness, not speed.</summary>
public static class Eventually
{
    public static async Task<bool> UntilAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }
            await Task.Delay(100);
        }
        return await condition();
    }
}
