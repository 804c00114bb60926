namespace CareServices.Notifications.LocalSink;

/// <summary>Writes a captured message so that a reader never sees half a file: a temporary name, then a rename.</summary>
internal static class CapturedFiles
{
    public static async Task WriteAsync(string directory, string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, fileName);
        var temporary = path + ".tmp";
        await File.WriteAllBytesAsync(temporary, content.ToArray(), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The id of a message: the client's own id when it is one (a GUID), else a new one.</summary>
    public static Guid IdFrom(string? clientId) =>
        clientId is not null && Guid.TryParse(clientId.Split('@')[0].Trim('<', '>'), out var id) ? id : Guid.CreateVersion7();
}
