using System.Collections.Frozen;
using System.Text.Json;
using CareServices.ServiceDefaults.Auth;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace CareServices.Identity.Api.Clients;

/// <summary>
/// The demo users who may sign in: those of configuration (<c>Identity:DemoUsers</c>) and those of
/// <see cref="IdentitySettings.DemoUsersFile"/>, which is watched and read again when it changes, so users the seed
/// writes after the provider started can sign in without a restart. A file that cannot be read or parsed leaves the
/// users as they were; an entry with an unknown role or a malformed municipality is left out.
/// </summary>
public sealed partial class DemoUserDirectory : IDisposable
{
    private static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web);
    private readonly IReadOnlyDictionary<string, DemoUser> _configured;
    private readonly string? _file;
    private readonly PhysicalFileProvider? _folder;
    private readonly IDisposable? _watch;
    private readonly ILogger<DemoUserDirectory> _logger;
    private volatile FrozenDictionary<string, DemoUser> _users;

    public DemoUserDirectory(IdentitySettings settings, ILogger<DemoUserDirectory> logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _logger = logger;
        _configured = settings.DemoUsers;
        _users = _configured.ToFrozenDictionary(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(settings.DemoUsersFile))
        {
            return;
        }

        _file = Path.GetFullPath(settings.DemoUsersFile);
        _folder = new PhysicalFileProvider(Path.GetDirectoryName(_file)!);
        var name = Path.GetFileName(_file);
        _watch = ChangeToken.OnChange(() => _folder.Watch(name), Load);
        Load();
    }

    /// <summary>How many demo users may sign in now.</summary>
    public int Count => _users.Count;

    public DemoUser? Find(string userName) => _users.GetValueOrDefault(userName);

    public void Dispose()
    {
        _watch?.Dispose();
        _folder?.Dispose();
    }

    private void Load()
    {
        Dictionary<string, DemoUser>? written;
        try
        {
            // A removed file takes its users with it.
            written = !File.Exists(_file) ? [] : JsonSerializer.Deserialize<Dictionary<string, DemoUser>>(File.ReadAllText(_file), FileJson);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            LogUnreadable(_logger, _file!, exception.GetType().Name);
            return;
        }

        var users = new Dictionary<string, DemoUser>(_configured, StringComparer.Ordinal);
        foreach (var (userName, user) in written ?? [])
        {
            if (user is null || !Roles.All.Contains(user.Role) || user.Municipality is not { Length: 4 } m || !m.All(char.IsAsciiDigit))
            {
                LogInvalidUser(_logger, userName);
                continue;
            }
            users[userName] = user;
        }
        _users = users.ToFrozenDictionary(StringComparer.Ordinal);
        LogLoaded(_logger, _users.Count, _file!);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} demo user(s) may sign in after reading {File}")]
    private static partial void LogLoaded(ILogger logger, int count, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the demo users of {File} ({Error}); the users stay as they were")]
    private static partial void LogUnreadable(ILogger logger, string file, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo user {UserName} has an unknown role or a malformed municipality and cannot sign in")]
    private static partial void LogInvalidUser(ILogger logger, string userName);
}
