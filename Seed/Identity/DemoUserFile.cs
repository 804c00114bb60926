using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace CareServices.Seed.Identity;

/// <summary>A demo user as the identity provider reads them from its demo-user file (<c>Identity:DemoUsersFile</c>).</summary>
public sealed record DemoUserEntry(string Name, string Role, string Municipality, Guid? StaffId = null, Guid? RecipientId = null, string? Subject = null);

/// <summary>
/// Writes the identity provider's demo-user file: an object of user names. The provider reads the file whenever it
/// changes, so it is written whole beside it and then renamed over it: the provider never reads half a file.
/// </summary>
public static class DemoUserFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Names as people write them (Bjørn, not Bj\u00F8rn) in a file people read.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static void Write(string path, IReadOnlyDictionary<string, DemoUserEntry> users)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(users, Json));
        File.Move(temporary, full, overwrite: true);
    }
}
