using CareServices.Identity.Api;
using CareServices.Identity.Api.Clients;
using CareServices.Seed.Identity;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareServices.Identity.Tests;

/// <summary>What the provider takes from a demo-user file and what it leaves out.</summary>
public sealed class DemoUserDirectoryTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("identity-demo-directory-");

    private string UsersFile => Path.Combine(_folder.FullName, "demo-users.json");

    [Fact]
    public void Users_of_the_file_join_the_configured_ones_and_an_entry_with_an_unknown_role_or_municipality_is_left_out()
    {
        File.WriteAllText(UsersFile, """
            {
              "nurse": { "name": "Tone Berg", "role": "Nurse", "municipality": "1848", "staffId": "0b5c7a0e-4f0e-4f57-9a43-2a5cf1b0f0a1" },
              "mayor": { "name": "Mayor", "role": "Mayor", "municipality": "1848" },
              "nowhere": { "name": "Nowhere", "role": "Planner", "municipality": "18" }
            }
            """);

        using var directory = Load(new DemoUser { Name = "Kari", Role = "Planner", Municipality = "1848" });

        Assert.Equal(2, directory.Count);
        Assert.Equal(Guid.Parse("0b5c7a0e-4f0e-4f57-9a43-2a5cf1b0f0a1"), directory.Find("nurse")?.StaffId);
        Assert.Equal("Planner", directory.Find("kari.planner")?.Role);
        Assert.Null(directory.Find("mayor"));
        Assert.Null(directory.Find("nowhere"));
    }

    [Fact]
    public void A_file_that_is_not_json_leaves_the_configured_users()
    {
        File.WriteAllText(UsersFile, "{ \"nurse\": { \"role\": ");

        using var directory = Load(new DemoUser { Name = "Kari", Role = "Planner", Municipality = "1848" });

        Assert.Equal(1, directory.Count);
        Assert.NotNull(directory.Find("kari.planner"));
    }

    [Fact]
    public void The_file_the_seed_writes_is_read_with_every_link()
    {
        var staffId = Guid.NewGuid();
        var recipientId = Guid.NewGuid();
        var relative = Guid.NewGuid().ToString();
        DemoUserFile.Write(UsersFile, new Dictionary<string, DemoUserEntry>
        {
            ["careworker"] = new("Liv Nilsen", "CareWorker", "1848", StaffId: staffId),
            ["recipient"] = new("Ragna Olsen", "Recipient", "1848", RecipientId: recipientId),
            ["relative"] = new("Eva Olsen", "Relative", "1848", Subject: relative),
        });

        using var directory = Load(new DemoUser { Name = "Kari", Role = "Planner", Municipality = "1848" });

        Assert.Equal(("Liv Nilsen", "CareWorker", "1848", staffId), (directory.Find("careworker")?.Name, directory.Find("careworker")?.Role, directory.Find("careworker")?.Municipality, directory.Find("careworker")?.StaffId));
        Assert.Equal(recipientId, directory.Find("recipient")?.RecipientId);
        Assert.Equal(relative, directory.Find("relative")?.Subject);
        Assert.False(File.Exists(UsersFile + ".tmp"));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private DemoUserDirectory Load(DemoUser configured) => new(
        new IdentitySettings { DemoUsersFile = UsersFile, DemoUsers = new(StringComparer.Ordinal) { ["kari.planner"] = configured } },
        NullLogger<DemoUserDirectory>.Instance);
}
