namespace CareServices.Gateway;

public sealed class RateLimitSettings
{
    /// <summary>Requests one user (or one anonymous address) may make per <see cref="Window"/>.</summary>
    public int PermitLimit { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
